/**
 * The header row: where it is, whether there is one, clean column names, and a signature of the
 * header so the UI can remember a user's mapping for files with the same columns.
 */
import { readDateParts } from './values/dateParts';
import { readNumber } from './values/money';

/** Lower-case letters and digits only (any script): `Created at`, `created_at`, `CreatedAt` → `createdat`. */
export function columnKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface HeaderGuess {
  hasHeader: boolean;
  /** Index in the sample rows of the header (or of the first data row when there is no header). */
  headerIndex: number;
  header: string[];
  reason: string;
}

function looksLikeValue(cell: string): boolean {
  const text = cell.trim();
  return text !== '' && (readNumber(text) !== null || readDateParts(text) !== null);
}

/** Fields up to the last non-blank one (a trailing delimiter adds no column). */
function filledWidth(row: readonly string[]): number {
  let width = row.length;
  while (width > 0 && row[width - 1]!.trim() === '') width--;
  return width;
}

function modalWidth(rows: readonly string[][]): number {
  const tally = new Map<number, number>();
  let best = 0;
  let bestTimes = 0;
  for (const row of rows.slice(0, 50)) {
    const width = filledWidth(row);
    const times = (tally.get(width) ?? 0) + 1;
    tally.set(width, times);
    if (times > bestTimes || (times === bestTimes && width > best)) {
      best = width;
      bestTimes = times;
    }
  }
  return best;
}

/** Column names: trimmed; blanks become `Column N`; repeats get ` (2)`, ` (3)`… */
export function cleanHeader(cells: readonly string[], width: number): string[] {
  const seen = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < Math.max(width, cells.length); i++) {
    const base = (cells[i] ?? '').trim() || `Column ${i + 1}`;
    const times = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), times);
    names.push(times === 1 ? base : `${base} (${times})`);
  }
  return names;
}

/**
 * Finds the header among the first rows: the first row with the usual field count (title lines
 * above it are skipped). It is a header unless it holds a number or a date and no known column name.
 */
export function detectHeader(rows: readonly string[][], isKnownColumn: (key: string) => boolean): HeaderGuess {
  const width = modalWidth(rows);
  let index = rows.findIndex((row, i) => i < 20 && filledWidth(row) >= width);
  // A header with blank names at its end (`,order_id,customer_id,…,`) is shorter than its data rows:
  // a full-width row naming two columns we know, before the first full one, is the header all the same.
  const named = rows.findIndex((row, i) => i < 20 && row.length >= width && row.filter((cell) => isKnownColumn(columnKey(cell))).length >= 2);
  if (named >= 0 && (index < 0 || named < index)) index = named;
  if (index < 0) index = 0;
  const candidate = rows[index] ?? [];
  const known = candidate.some((cell) => isKnownColumn(columnKey(cell)));
  const valueLike = candidate.filter(looksLikeValue);
  if (valueLike.length > 0 && !known) {
    return {
      hasHeader: false,
      headerIndex: index,
      header: cleanHeader([], width),
      reason: `no header row: the first row holds values such as "${valueLike[0]}"`,
    };
  }
  const skipped = index > 0 ? ` after ${index} title line(s)` : '';
  return { hasHeader: true, headerIndex: index, header: cleanHeader(candidate, width), reason: `header row${skipped}` };
}

/** A 53-bit string hash (cyrb53, public domain, by bryc), as 14 hex digits. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A stable key for "files with these columns": the column keys (case, spacing and punctuation
 * ignored), sorted, hashed. The same export with its columns reordered gets the same signature.
 */
export function headerSignature(header: readonly string[]): string {
  const keys = header.map(columnKey).sort();
  return `h1-${header.length}-${hash53(keys.join('\u0000'))}`;
}
