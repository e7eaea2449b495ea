/**
 * Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits → ASCII 0–9, so "۱۴۰۳/۰۵/۱۲"
 * and "١٢٣" read like "1403/05/12" and "123". Applied to every value and id we interpret.
 */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const HAS_EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;

export function asciiDigits(text: string): string {
  if (!HAS_EASTERN_DIGITS.test(text)) return text;
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
