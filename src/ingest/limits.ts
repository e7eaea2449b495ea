/** Limits checked before parsing, so a file we cannot handle fails fast with a clear message. */

/** The largest file we read: a browser tab holds the bytes plus the table, and 1 GiB is a safe ceiling. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** More columns than this is not an export we understand (and would make every row expensive). */
export const MAX_COLUMNS = 2000;

/**
 * More rows than this would not fit a tab's memory as a table (about 45 bytes per order plus the
 * file's own bytes): refused before the parse, counted from the line breaks.
 */
export const MAX_ROWS = 20_000_000;

/** Rejected rows kept for the report and the download; the counts stay exact beyond this. */
export const MAX_REJECT_ROWS_KEPT = 10_000;

/** Bytes read to sniff the encoding, delimiter, header and value formats. */
export const SNIFF_BYTES = 64 * 1024;

/** Data rows shown on the mapping screen. */
export const INSPECTION_ROWS = 10;

/**
 * The largest amount, quantity or score we read (10^15, a quadrillion in any currency): larger
 * values are typing or export errors, and a sum of 20 million of them stays a finite number.
 */
export const MAX_ABSOLUTE_NUMBER = 1e15;

/** Dates before 1900-01-01 or after 2100-12-31 are placeholders or typing errors (0001-01-01, 9999-12-31), not orders. */
export const EARLIEST_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
export const LATEST_DAY = Date.UTC(2100, 11, 31) / 86_400_000;

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Words read at once by countByte between checks of `stopAfter` (256 KiB). */
const COUNT_BLOCK_WORDS = 1 << 16;

/**
 * Occurrences of `byte`, counted up to just past `stopAfter`. Four bytes at a time (a zero-byte
 * test on the word XOR the byte repeated, exact: no carry crosses bytes), about 1.4× faster than a
 * native indexOf per line on 100 MB of 100-byte rows; the bytes before the first aligned word and
 * after the last are counted one by one.
 */
function countByte(bytes: Uint8Array, byte: number, stopAfter: number): number {
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  let count = 0;
  if (bytes.length < head + 4) {
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === byte) count++;
    return Math.min(count, stopAfter + 1);
  }
  for (let i = 0; i < head; i++) if (bytes[i] === byte) count++;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, (bytes.length - head) >>> 2);
  const repeated = Math.imul(byte, 0x01010101);
  for (let from = 0; from < words.length && count <= stopAfter; from += COUNT_BLOCK_WORDS) {
    const to = Math.min(words.length, from + COUNT_BLOCK_WORDS);
    for (let i = from; i < to; i++) {
      const x = words[i]! ^ repeated;
      // High bit of each byte set exactly where that byte of x is zero.
      const zeros = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
      if (zeros !== 0) count += Math.imul((zeros >>> 7) & 0x01010101, 0x01010101) >>> 24;
    }
  }
  for (let i = head + words.length * 4; i < bytes.length; i++) if (bytes[i] === byte) count++;
  return Math.min(count, stopAfter + 1);
}

/**
 * Line breaks in text bytes (LF and CRLF; CR alone when the file has no LF), counted up to just past
 * `stopAfter`. An upper bound of the rows: a quoted value holding a newline counts twice.
 */
export function countLineBreaks(bytes: Uint8Array, stopAfter: number = MAX_ROWS): number {
  const lineFeeds = countByte(bytes, LINE_FEED, stopAfter);
  return lineFeeds > 0 ? lineFeeds : countByte(bytes, CARRIAGE_RETURN, stopAfter);
}

/**
 * Whether a text of this many bytes can hold more rows than we read: a row takes at least two
 * bytes (a character and a line break), so files under 40 MB are not even counted.
 */
export function mayHaveTooManyRows(byteLength: number): boolean {
  return byteLength > 2 * (MAX_ROWS + 1);
}

/** True when a file of this many lines (or rows, for a workbook) holds more rows than we read. */
export function tooManyRows(rows: number): boolean {
  return rows > MAX_ROWS + 1; // the header row is not a data row
}

/**
 * RangeErrors V8 and other engines throw when an allocation fails (a typed array, a buffer, a
 * string or an array too large for the memory left): the file does not fit, it is not a bug.
 */
const ALLOCATION_FAILURE = /allocation failed|invalid (typed )?array length|invalid array buffer length|invalid string length|out of memory/i;

export function isAllocationFailure(error: unknown): boolean {
  return error instanceof RangeError && ALLOCATION_FAILURE.test(error.message);
}
