/**
 * Bytes → something we can read rows from: plain text in a known encoding, or a workbook sheet.
 * gzip is unwrapped first (`.csv.gz`, or the magic bytes 1f 8b); a zip that holds a workbook is
 * read as .xlsx; known binary formats, zips that are not workbooks and text with NUL bytes fail
 * with a message naming the file and what we expected.
 */
import { guessEncoding, legacyEncoding } from './encoding';
import { failure } from './failure';
import { gunzip } from './gzip';
import { MAX_FILE_BYTES, SNIFF_BYTES } from './limits';
import { containerKind, hasNulByte, knownBinary } from './signatures';
import type { IngestFailure, TextEncodingName } from './types';
import { readWorkbook } from './xlsx/workbook';

export const EXPECTED_FILES = 'Expected a CSV, TSV or text export, or an Excel .xlsx workbook (optionally gzip-compressed).';

export type DecodedInput =
  | { type: 'text'; bytes: Uint8Array; encoding: TextEncodingName; bomLength: number; encodingReason: string; compression: 'gzip' | null }
  | { type: 'grid'; rows: string[][]; lines: number[]; sheetNames: string[]; sheet: string; compression: 'gzip' | null };

/** The size check, before anything is read. */
export function checkSize(fileName: string, bytes: number): IngestFailure | null {
  if (bytes === 0) return failure(fileName, `the file is empty. ${EXPECTED_FILES}`);
  return bytes > MAX_FILE_BYTES ? tooLarge(fileName, bytes) : null;
}

export function tooLarge(fileName: string, bytes: number): IngestFailure {
  const size = bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
  return failure(fileName, `the file (${size}) is larger than the 1 GiB we can read in a browser tab; split it into smaller files (for example one per year) and load them together, or use the command line.`);
}

export interface DecodeOptions {
  sheet?: string | undefined;
  /** Force a text encoding (used to re-read a file whose UTF-8 turned out invalid past the sniffed part). */
  encoding?: TextEncodingName | 'legacy' | undefined;
}

export async function decodeInput(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): Promise<DecodedInput | IngestFailure> {
  const sizeProblem = checkSize(fileName, bytes.length);
  if (sizeProblem) return sizeProblem;
  let content = bytes;
  let compression: 'gzip' | null = null;
  if (containerKind(content) === 'gzip') {
    const unzipped = await gunzip(content);
    if (!unzipped.ok) {
      return unzipped.reason === 'too-large'
        ? tooLarge(fileName, MAX_FILE_BYTES + 1)
        : failure(fileName, `the gzip data is damaged and could not be decompressed. ${EXPECTED_FILES}`);
    }
    content = unzipped.bytes;
    compression = 'gzip';
    if (content.length === 0) return failure(fileName, `the compressed file is empty. ${EXPECTED_FILES}`);
  }
  if (containerKind(content) === 'zip') {
    const workbook = readWorkbook(content, options.sheet);
    if (workbook.ok) return { type: 'grid', rows: workbook.rows, lines: workbook.lines, sheetNames: workbook.sheetNames, sheet: workbook.sheet, compression };
    switch (workbook.reason) {
      case 'not-a-workbook':
        return failure(fileName, `this is a ZIP archive, not an Excel workbook. ${EXPECTED_FILES} Unzip it and load the CSV inside.`);
      case 'corrupt':
        return failure(fileName, `this ZIP archive or workbook is damaged and could not be opened. ${EXPECTED_FILES}`);
      case 'no-such-sheet':
        return failure(fileName, `the workbook has no sheet named "${options.sheet ?? ''}". Sheets: ${workbook.sheetNames.join(', ')}.`);
      case 'empty':
        return failure(fileName, `no sheet of the workbook holds data${workbook.sheetNames.length ? ` (sheets: ${workbook.sheetNames.join(', ')})` : ''}.`);
    }
  }
  const binary = knownBinary(content);
  if (binary) return failure(fileName, `this looks like ${binary}, not a table of orders. ${EXPECTED_FILES}`);
  const sample = content.subarray(0, SNIFF_BYTES);
  const guess = guessEncoding(sample);
  const encoding = options.encoding === 'legacy' ? legacyEncoding(content) : (options.encoding ?? guess.encoding);
  const isUtf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!isUtf16 && hasNulByte(sample)) return failure(fileName, `this is a binary file (it contains NUL bytes), not text. ${EXPECTED_FILES}`);
  const bomLength = options.encoding && options.encoding !== guess.encoding ? 0 : guess.bomLength;
  if (content.length <= bomLength) return failure(fileName, `the file holds only a byte order mark and no data. ${EXPECTED_FILES}`);
  const encodingReason = options.encoding ? `${encoding} (the file is not valid UTF-8 throughout)` : `${guess.encoding} (${guess.reason})`;
  return { type: 'text', bytes: content, encoding, bomLength, encodingReason, compression };
}
