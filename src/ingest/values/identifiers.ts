/**
 * Order and customer ids as keys: trimmed, Persian/Arabic digits as ASCII, e-mail addresses in
 * lower case (mailbox names are case-insensitive in practice, and the same person must not count
 * twice), and the float artefact of spreadsheet round-trips dropped (`17850.0` → `17850`).
 */
import { asciiDigits } from './digits';

export function normalizeId(raw: string, stripLeadingZeros = false): string {
  let id = asciiDigits(raw.trim());
  if (id.includes('@')) return id.toLowerCase();
  if (/^\d+\.0+$/.test(id)) id = id.slice(0, id.indexOf('.'));
  if (stripLeadingZeros && /^0+\d/.test(id)) id = id.replace(/^0+(?=\d)/, '');
  return id;
}
