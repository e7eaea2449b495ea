/**
 * Reads back a number written by Intl in en, fa or ar ("1,234.5", "۱٬۲۳۴٫۵", "١٢٣"): used to
 * choose a plural form when a caller passes an already formatted count.
 */
const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; other characters unchanged. */
export function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}

/** The number in `text`, or null: group separators are dropped, "." and "٫" read as the decimal point. */
export function parseLocalisedNumber(text: string): number | null {
  const normalised = latinDigits(text)
    .replace(/\u066b/g, '.')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[^\d.-]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}
