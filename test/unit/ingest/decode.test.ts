import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkSize } from '../../../src/ingest/decode';
import { ingestBytes, MAX_COLUMNS, MAX_FILE_BYTES } from '../../../src/ingest/index';
import { readWorkbook } from '../../../src/ingest/xlsx/workbook';
import { isDateFormatCode } from '../../../src/ingest/xlsx/styles';
import { asOrders, failureMessage, fixtureBytes, ingestFixture, ingestText, readableRows } from './helpers';

/**
 * A workbook written by hand from ECMA-376 Part 1 (SpreadsheetML), the way Excel writes one:
 * shared strings (one with rich-text runs and a phonetic run, one with entities and an _x000D_
 * escape), a built-in date style (14) and a custom one, a boolean, an error, a gap between cells,
 * a `x:` namespace prefix, and a workbook whose first sheet is empty.
 */
function handWrittenWorkbook(): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rels}"><workbookPr/><sheets><sheet name="Cover" sheetId="1" r:id="rId1"/><sheet name="Orders &amp; refunds" sheetId="2" r:id="rId2"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rels}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rels}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${rels}/styles" Target="styles.xml"/></Relationships>`),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="${main}" count="8" uniqueCount="8"><si><t>order_id</t></si><si><t>customer_id</t></si><si><t>order_date</t></si><si><t>amount</t></si><si><t>note</t></si>` +
        `<si><r><rPr><b/></rPr><t>Big </t></r><r><t xml:space="preserve">&amp; bold</t></r><rPh sb="0" eb="1"><t>ビッグ</t></rPh></si><si><t>a &lt;b&gt; "c"_x000D_</t></si><si><t>C1</t></si></sst>`,
    ),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="170" formatCode="[$-409]d\\-mmm\\-yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/><xf numFmtId="4"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData/></worksheet>`),
    'xl/worksheets/sheet2.xml': strToU8(
      `<?xml version="1.0"?><x:worksheet xmlns:x="${main}"><x:sheetData>` +
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c><x:c r="E1" t="s"><x:v>4</x:v></x:c></x:row>` +
        `<x:row r="2"><x:c r="A2"><x:v>1001</x:v></x:c><x:c r="B2" t="s"><x:v>7</x:v></x:c><x:c r="C2" s="1"><x:v>45292</x:v></x:c><x:c r="D2" s="3"><x:v>1234.5</x:v></x:c><x:c r="E2" t="s"><x:v>5</x:v></x:c></x:row>` +
        `<x:row r="4"><x:c r="A4" t="str"><x:v>1002</x:v></x:c><x:c r="B4" t="inlineStr"><x:is><x:t>C2</x:t></x:is></x:c><x:c r="C4" s="2"><x:v>45351.75</x:v></x:c><x:c r="D4"><x:v>0.30000000000000004</x:v></x:c><x:c r="E4" t="s"><x:v>6</x:v></x:c></x:row>` +
        `<x:row r="5"><x:c r="A5"><x:v>1003</x:v></x:c><x:c r="B5" t="b"><x:v>1</x:v></x:c><x:c r="C5" t="e"><x:v>#N/A</x:v></x:c><x:c r="E5"><x:v>7</x:v></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`,
    ),
  };
  return zipSync(files);
}

describe('xlsx workbooks', () => {
  it('reads a hand-written SpreadsheetML workbook cell by cell', () => {
    const workbook = readWorkbook(handWrittenWorkbook());
    expect(workbook).toEqual({
      ok: true,
      sheetNames: ['Cover', 'Orders & refunds'],
      sheet: 'Orders & refunds',
      lines: [1, 2, 4, 5],
      rows: [
        ['order_id', 'customer_id', 'order_date', 'amount', 'note'],
        // 45292 in built-in style 14 → 2024-01-01; rich text runs joined, phonetic run left out.
        ['1001', 'C1', '2024-01-01', '1234.5', 'Big & bold'],
        // Custom date format → 45351.75 = 2024-02-29 18:00; 0.1 + 0.2 shown with Excel's 15 digits.
        ['1002', 'C2', '2024-02-29 18:00:00', '0.3', 'a <b> "c"\r'],
        // Boolean, error, a missing D5 cell.
        ['1003', 'TRUE', '#N/A', '', '7'],
      ],
    });
  });

  it('a named sheet, or a clear failure listing the sheets', async () => {
    expect(readWorkbook(handWrittenWorkbook(), 'Cover')).toMatchObject({ ok: false, reason: 'empty' });
    expect(failureMessage(await ingestBytes(handWrittenWorkbook(), { fileName: 'book.xlsx', sheet: 'Missing' }))).toBe('book.xlsx: the workbook has no sheet named "Missing". Sheets: Cover, Orders & refunds.');
  });

  it('ingests the workbook: dates from date cells, the row with an error date rejected', async () => {
    const result = asOrders(await ingestBytes(handWrittenWorkbook(), { fileName: 'book.xlsx' }));
    expect(readableRows(result.table)).toEqual([
      { order: '1001', customer: 'C1', day: '2024-01-01', amount: 1234.5, purchase: true },
      { order: '1002', customer: 'C2', day: '2024-02-29', amount: 0.3, purchase: true },
    ]);
    expect(result.rejects.rows).toEqual([{ line: 5, column: 'order_date', value: '#N/A', reason: 'unreadable-date' }]);
  });

  it('the 1904 date system (workbooks from old Macs)', async () => {
    const result = asOrders(await ingestFixture('mac-1904-dates.xlsx'));
    expect(readableRows(result.table).map((row) => [row.day, row.amount])).toEqual([['2024-01-02', 10], ['2024-02-29', 0.3]]);
  });

  it('date format codes', () => {
    expect(isDateFormatCode('yyyy-mm-dd')).toBe(true);
    expect(isDateFormatCode('[$-409]d\\-mmm\\-yyyy;@')).toBe(true);
    expect(isDateFormatCode('h:mm AM/PM')).toBe(true);
    expect(isDateFormatCode('#,##0.00')).toBe(false);
    expect(isDateFormatCode('"Days: "0')).toBe(false);
    expect(isDateFormatCode('[Red]#,##0')).toBe(false);
    expect(isDateFormatCode('General')).toBe(false);
  });
});

describe('gzip', () => {
  it('a .csv.gz decompresses and parses', async () => {
    const result = asOrders(await ingestFixture('three-orders.csv.gz'));
    expect(readableRows(result.table).map((row) => [row.order, row.amount])).toEqual([['G1', 10], ['G2', 20], ['G3', 30]]);
    expect(result.notes).toContain('Decompressed from gzip.');
  });

  it('damaged gzip fails clearly', async () => {
    const damaged = fixtureBytes('three-orders.csv.gz').slice(0, 30);
    expect(failureMessage(await ingestBytes(damaged, { fileName: 'orders.csv.gz' }))).toContain('orders.csv.gz: the gzip data is damaged');
  });
});

describe('binary and unexpected files', () => {
  it('an image', async () => {
    expect(failureMessage(await ingestFixture('one-pixel.png'))).toBe('one-pixel.png: this looks like a PNG image, not a table of orders. Expected a CSV, TSV or text export, or an Excel .xlsx workbook (optionally gzip-compressed).');
  });

  it('a zip that is not a workbook', async () => {
    expect(failureMessage(await ingestFixture('csv-inside-a-zip.zip'))).toContain('csv-inside-a-zip.zip: this is a ZIP archive, not an Excel workbook.');
  });

  it('a PDF, an old .xls, NUL bytes in text', async () => {
    expect(failureMessage(await ingestBytes(new TextEncoder().encode('%PDF-1.7\n...'), { fileName: 'report.pdf' }))).toContain('report.pdf: this looks like a PDF document');
    expect(failureMessage(await ingestBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { fileName: 'old.xls' }))).toContain('old Excel 97–2003 (.xls)');
    expect(failureMessage(await ingestBytes(new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x0a, 0x31, 0x2c, 0x32, 0x0a, 0x33]), { fileName: 'blob.csv' }))).toContain('blob.csv: this is a binary file (it contains NUL bytes)');
  });
});

describe('limits, checked before parsing', () => {
  it(`a file over ${MAX_FILE_BYTES} bytes (1 GiB) is refused with advice`, () => {
    expect(checkSize('huge.csv', MAX_FILE_BYTES + 1)?.message).toBe(
      'huge.csv: the file (1.0 GiB) is larger than the 1 GiB we can read in a browser tab; split it into smaller files (for example one per year) and load them together, or use the command line.',
    );
    expect(checkSize('fine.csv', MAX_FILE_BYTES)).toBeNull();
  });

  it(`more than ${MAX_COLUMNS} columns`, async () => {
    const header = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
    expect(failureMessage(await ingestText(`${header}\n${header}\n`))).toContain(`the file has ${MAX_COLUMNS + 1} columns; we read at most ${MAX_COLUMNS}`);
  });
});
