/**
 * The expected outcome of every file of test/fixtures/bad, worked out by hand from its rows (see
 * NOTES.md there): shared by the in-process test (badCorpus.test.ts) and the browser test
 * (test/e2e/bad-corpus.test.ts).
 */
import type { FileKind, RejectReason } from '../../../src/ingest/types';

export type Expected =
  | { refused: RegExp }
  | { orders: number; customers: number; revenue: number; rejects?: Partial<Record<RejectReason, number>>; note?: RegExp }
  | { refundsOnly: true; rows: number }
  | { kind: Exclude<FileKind, 'orders'>; records: number; rejects?: Partial<Record<RejectReason, number>> };

/** The three good orders most files start from: c1 10 + 30, c2 20. */
const GOOD = { orders: 3, customers: 2, revenue: 60 };
const NO_CUSTOMER_COLUMN = /no column looks like a customer id/;

export const EXPECTED: Record<string, Expected> = {
  'empty.csv': { refused: /the file is empty/ },
  'bom-only-utf8.csv': { refused: /holds only a byte order mark/ },
  'bom-only-utf16le.csv': { refused: /holds only a byte order mark/ },
  'blank-lines-only.csv': { refused: /no data \(only blank lines\)/ },
  'header-only.csv': { refused: /a header row but no data rows\. Found columns: order_id, customer_id, order_date, amount/ },
  'header-only-no-newline.csv': { refused: /a header row but no data rows/ },
  'only-delimiters.csv': { refused: /holds no rows/ },
  'png-renamed.csv': { refused: /looks like a PNG image/ },
  'jpeg-renamed.csv': { refused: /looks like a JPEG image/ },
  'pdf-renamed.csv': { refused: /looks like a PDF document/ },
  'xls-97-renamed.csv': { refused: /old Excel 97–2003/ },
  'zip-renamed.csv': { refused: /a ZIP archive, not an Excel workbook/ },
  'zip-truncated.xlsx': { refused: /damaged and could not be opened/ },
  'gzip-damaged.csv.gz': { refused: /gzip data is damaged/ },
  'gzip-of-nothing.csv.gz': { refused: /compressed file is empty/ },
  'elf-program.csv': { refused: /looks like a program \(ELF\)/ },
  'nul-bytes.csv': { refused: /binary file \(it contains NUL bytes\)/ },
  'html-page.csv': { refused: NO_CUSTOMER_COLUMN },
  'json-array.csv': { refused: NO_CUSTOMER_COLUMN },
  'semicolon-delimited.csv': GOOD,
  'tab-delimited.csv': GOOD,
  'pipe-delimited.csv': GOOD,
  'colon-delimited.csv': { refused: NO_CUSTOMER_COLUMN },
  'cr-only-line-ends.csv': GOOD,
  'crlf-trailing-delimiters.csv': GOOD,
  'blank-lines-between.csv': GOOD,
  // Kept: 1001 c1 10, 1003 c1 30. Ragged: lines 3, 4 (short) and 5 (a filled extra field).
  'ragged-rows.csv': { orders: 2, customers: 1, revenue: 40, rejects: { 'ragged-row': 3 } },
  'every-row-ragged.csv': { refused: /none of the 3 rows could be used: 3 with the wrong number of fields/ },
  // Line 3 opens a quote that runs to the end: one row of 2 fields (ragged); only 1001 is left.
  'unbalanced-quote-middle.csv': { orders: 1, customers: 1, revenue: 10, rejects: { 'ragged-row': 1 } },
  'unbalanced-quote-last.csv': GOOD,
  // c"2 is an unusual but readable id; 3"0.00 is not an amount.
  'stray-quotes-inside-values.csv': { orders: 2, customers: 2, revenue: 30, rejects: { 'unreadable-amount': 1 } },
  'quoted-newlines-and-delimiters.csv': { orders: 3, customers: 3, revenue: 60 },
  'one-megabyte-cell.csv': GOOD,
  'one-megabyte-line-no-delimiter.csv': { refused: NO_CUSTOMER_COLUMN },
  'five-thousand-columns.csv': { refused: /the file has 5000 columns; we read at most 2000/ },
  'two-thousand-columns.csv': GOOD,
  // The first `amount` column (10, 20, 30) is read, not the second (99 each).
  'duplicate-headers.csv': GOOD,
  'blank-headers.csv': GOOD,
  'proto-headers.csv': GOOD,
  'proto-headers-only.csv': { refused: NO_CUSTOMER_COLUMN },
  'proto-channel-values.csv': GOOD,
  'bom-twice.csv': GOOD,
  'headers-spaced-uppercase.csv': GOOD,
  'quoted-newline-in-header.csv': GOOD,
  // 10 + 20 + 30 + 40, four different customers.
  'formula-customer-ids.csv': { orders: 4, customers: 4, revenue: 100 },
  // =10+0 and @SUM(20) are not amounts; +30 is.
  'formula-amounts.csv': { orders: 1, customers: 1, revenue: 30, rejects: { 'unreadable-amount': 2 } },
  // The first and third ids are the same script tag: 2 customers.
  'script-tag-customer-ids.csv': GOOD,
  'rtl-override-customer-ids.csv': { orders: 3, customers: 3, revenue: 60 },
  'sql-and-path-ids.csv': { orders: 3, customers: 3, revenue: 60 },
  'emoji-and-combining-ids.csv': GOOD,
  'control-characters.csv': GOOD,
  'survey-comments-hostile.csv': { kind: 'surveys', records: 3 },
  'events-proto-stages.csv': { kind: 'events', records: 3 },
  'spend-hostile-channels.csv': { kind: 'spend', records: 2 },
  'year-0001-dates.csv': { ...GOOD, rejects: { 'unreadable-date': 1 } },
  'year-9999-dates.csv': { ...GOOD, rejects: { 'unreadable-date': 1 } },
  'placeholder-1900-date.csv': { orders: 4, customers: 3, revenue: 100 },
  'only-far-dates.csv': { refused: /no date in column "order_date" could be read \(e\.g\. "0001-01-01", "9999-12-31"\)/ },
  // 2024-02-30, 2023-02-29 and 2024-13-01 do not exist.
  'impossible-dates.csv': { orders: 1, customers: 1, revenue: 10, rejects: { 'unreadable-date': 3 } },
  // Kept: 1002 c2 20, 1004 c3 10.
  'amount-1e308.csv': { orders: 2, customers: 2, revenue: 30, rejects: { 'unreadable-amount': 2 } },
  'amount-nan-infinity.csv': { orders: 1, customers: 1, revenue: 10, rejects: { 'unreadable-amount': 4 } },
  'excel-error-values.csv': { orders: 1, customers: 1, revenue: 10, rejects: { 'unreadable-amount': 2, 'unreadable-date': 1 } },
  'zero-amounts.csv': { orders: 3, customers: 2, revenue: 0 },
  'refunds-only.csv': { refundsOnly: true, rows: 3 },
  'guests-only.csv': { refused: /none of the 3 rows could be used: 3 without a customer id/ },
  'every-amount-unreadable.csv': { refused: /none of the 3 rows could be used: 3 with an unreadable amount/ },
  'every-date-unreadable.csv': { refused: /no date in column "order_date" could be read/ },
  // "USD 10" is read; "20 dollars" and "about 30" are not.
  'amounts-with-words.csv': { orders: 1, customers: 1, revenue: 10, rejects: { 'unreadable-amount': 2 } },
  // The file is not UTF-8 throughout: read as Windows-1252, "café" in UTF-8 becomes "cafÃ©", a different customer.
  'mixed-encodings.csv': { orders: 3, customers: 3, revenue: 60 },
  // 1,400 orders of 1.00 for c0…c49, then one for "cé" past the sniffed 64 KiB.
  'mixed-encodings-late.csv': { orders: 1401, customers: 51, revenue: 1401, note: /not valid UTF-8 throughout/ },
  // The odd last byte makes a last line of one character: a ragged row.
  'utf16le-no-bom-odd-length.csv': { ...GOOD, rejects: { 'ragged-row': 1 } },
  // "c1ÀÂ€ø" (as Windows-1252) is not "c1": 3 customers.
  'utf8-invalid-sequences.csv': { orders: 3, customers: 3, revenue: 60 },
};
