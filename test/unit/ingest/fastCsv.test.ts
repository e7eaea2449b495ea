import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareFile, type PreparedFile } from '../../../src/ingest/prepare';
import { ingestOrdersBy, type OrderReadPath } from '../../../src/ingest/orders';
import { CsvScanner } from '../../../src/ingest/fast/csvScanner';
import { InternTable } from '../../../src/ingest/fast/internTable';
import { utf8SequenceLength } from '../../../src/ingest/fast/bytes';

const HEADER = ['order_id', 'customer_id', 'order_date', 'amount', 'cost', 'status', 'channel'];

/** Cells that exercise every rule of the row reader: ids normalised, dates and amounts in many shapes, blanks. */
const CELLS: Record<string, readonly string[]> = {
  order_id: ['1001', '1001', '1002', ' 1003 ', '17850.0', '17850', 'C536379', '', 'A-7', '٣٤', '0012'],
  customer_id: ['C1', 'c1', ' C1 ', 'Ann@Example.com', 'ann@example.com', '', '0', 'ü-5', '17850.0', 'x"y'],
  order_date: ['2024-01-31', '2024-01-31 10:08:49', '2024-02-30', '2024-02-29T23:59', '2023-02-29', '31/01/2024', '2024-01-31 24:00', '2024-01-31 10:08:49.123', '', 'soon', '1403/05/12', ' 2024-03-01 ', '1403-05-12 08:00', '0001-01-01', '9999-12-31 10:00', '1899-12-31', '2101-01-01'],
  amount: ['11.99', '-5', '0', '-0.00', '1,234.56', '1.234', '(5)', '$7', '', 'abc', '12345678901234567', ' 3.5 ', '.5'],
  cost: ['1.5', '', 'n/a', '0.25'],
  status: ['paid', 'Refunded', 'wc-cancelled', '', 'PAID', ' void '],
  channel: ['web', '12" vinyl', '{"a":1}', 'a,b', 'line\nbreak', 'cr\r\nlf', 'quote"inside', ' x ', '', 'é', 'x\u00a0', '\u00a0'],
};

type Delimiter = ',' | ';' | '\t' | '|';

/** RFC 4180 quoting; `loose` leaves a quote inside a cell unquoted when nothing else needs quotes (`12" vinyl`). */
function quoteCell(cell: string, delimiter: Delimiter, always: boolean, loose: boolean): string {
  const needs = /[\r\n]/.test(cell) || cell.includes(delimiter) || (cell.includes('"') && !(loose && !cell.startsWith('"')));
  return needs || always ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const rowArbitrary = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(...HEADER.map((name) => fc.constantFrom(...CELLS[name]!))).map((cells) => ({ cells: cells as string[], kind: 'row' as const })) },
  { weight: 1, arbitrary: fc.constant({ cells: [] as string[], kind: 'blank' as const }) },
  { weight: 1, arbitrary: fc.constantFrom(['9', 'C9'], ['9', 'C9', '2024-01-01', '1', '', 'paid', 'web', 'extra']).map((cells) => ({ cells, kind: 'ragged' as const })) },
);

const fileArbitrary = fc.record({
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 30 }),
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  looseQuotes: fc.boolean(),
  finalNewline: fc.boolean(),
});

interface FileSpec {
  rows: { cells: readonly string[] }[];
  delimiter: Delimiter;
  newline: string;
  bom: boolean;
  quoteAll: boolean;
  looseQuotes: boolean;
  finalNewline: boolean;
}

function csvBytes(file: FileSpec): Uint8Array {
  const lines = [HEADER, ...file.rows.map((row) => row.cells)].map((cells) => cells.map((cell) => quoteCell(cell, file.delimiter, file.quoteAll, file.looseQuotes)).join(file.delimiter));
  const text = (file.bom ? '\ufeff' : '') + lines.join(file.newline) + (file.finalNewline ? file.newline : '');
  return new TextEncoder().encode(text);
}

async function prepared(bytes: Uint8Array): Promise<PreparedFile | null> {
  const file = await prepareFile(bytes, { fileName: 'orders.csv', kind: 'orders' });
  return 'ok' in file ? null : file;
}

function ingest(file: PreparedFile, path: OrderReadPath) {
  return ingestOrdersBy(file, { fileName: 'orders.csv', kind: 'orders' }, path);
}

describe('fast ingest path', () => {
  it('gives the same table, rejects, counts and notes as the papaparse path on generated CSV (quotes, separators and line breaks in cells, BOM, CRLF/LF/CR)', async () => {
    let fast = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fileArbitrary, async (spec) => {
        const file = await prepared(csvBytes(spec));
        if (!file) return;
        runs++;
        const reference = await ingest(file, 'reference');
        const fastResult = await ingest(file, 'fast');
        if (fastResult === 'unsure') return;
        fast++;
        expect(fastResult).toEqual(reference);
        // toEqual treats -0 and 0 alike on typed arrays: compare the amounts bit for bit too.
        if (typeof reference === 'object' && reference.ok && typeof fastResult === 'object' && fastResult.ok) {
          expect(Array.from(fastResult.table.amount, (x) => Object.is(x, -0))).toEqual(Array.from(reference.table.amount, (x) => Object.is(x, -0)));
        }
      }),
      { numRuns: 400 },
    );
    // The generator quotes by the RFC, so the fast path must have read most files itself.
    expect(fast).toBeGreaterThan(runs * 0.9);
  });

  it('reads quoted cells with delimiters, escaped quotes and line breaks itself, with the line numbers of the file', async () => {
    const text = 'order_id,customer_id,order_date,amount,channel\r\n1,C1,2024-01-02,5,"a,""b"""\r\n2,,2024-01-03,5,"two\r\nlines"\r\n3,C3,bad date,5,web\r\n';
    const file = (await prepared(new TextEncoder().encode(text)))!;
    const result = await ingest(file, 'fast');
    if (result === 'unsure' || result === 'invalid-encoding' || !result.ok) throw new Error('expected the fast path to read the file');
    expect(result.table.attributes[0]!.values).toEqual(['a,"b"']);
    expect(result.rejects.rows).toEqual([
      { line: 3, column: 'customer_id', value: '', reason: 'missing-customer-id' },
      { line: 5, column: 'order_date', value: 'bad date', reason: 'unreadable-date' },
    ]);
    expect(result.rowsRead).toBe(3);
  });

  it('leaves to the reference path what it cannot read like papaparse: text after a closing quote, an unclosed quote, a foreign line break, invalid UTF-8', async () => {
    const clean = 'order_id,customer_id,order_date,amount\n1,C1,2024-01-02,5\n2,C2,2024-01-03,6\n';
    const unsure = [`${clean}3,"C3"x,2024-01-04,5\n`, `${clean}3,"C3,2024-01-04,5\n`, `${clean}3,C3,2024-01-04,5\r4,C4,2024-01-05,5\n`];
    for (const text of unsure) {
      const file = (await prepared(new TextEncoder().encode(text)))!;
      expect(await ingest(file, 'fast')).toBe('unsure');
      const auto = await ingest(file, 'auto');
      expect(auto).toEqual(await ingest(file, 'reference'));
    }
    const scanner = new CsvScanner(new Uint8Array([0x61, 0xc3, 0x28, 0x0a]), 0, 0x2c, '\n');
    expect(scanner.next()).toBe(false);
    expect(scanner.unsure).toBe(true);
  });

  it('scans fields and lines by hand-checked example', () => {
    const bytes = new TextEncoder().encode('a;"b\n""c""";\n\nd');
    const scanner = new CsvScanner(bytes, 0, 0x3b, '\n');
    const rows: { line: number; cells: string[] }[] = [];
    while (scanner.next()) rows.push({ line: scanner.line, cells: Array.from({ length: scanner.count }, (_, i) => scanner.text(i)) });
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b\n"c"', ''] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['d'] },
    ]);
    expect(scanner.unsure).toBe(false);
  });

  it('validates UTF-8 sequences as the fatal TextDecoder does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 4 }), (bytes) => {
        const lead = bytes[0]!;
        if (lead < 0x80) return;
        const length = utf8SequenceLength(bytes, 0, bytes.length);
        const decodes = (end: number): boolean => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
            return true;
          } catch {
            return false;
          }
        };
        // Some prefix decodes exactly when the lead byte starts a valid sequence; ours is that prefix.
        const valid = [1, 2, 3, 4].some((end) => end <= bytes.length && decodes(end));
        if (length > 0) expect(decodes(length)).toBe(true);
        expect(length > 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('interns byte strings to dense ids in first-seen order, through growth', () => {
    const table = new InternTable(4);
    const encoder = new TextEncoder();
    const ids: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const key = encoder.encode(`k${i % 3000}`);
      ids.push(table.intern(key, 0, key.length));
    }
    expect(table.size).toBe(3000);
    expect(ids.slice(0, 3)).toEqual([0, 1, 2]);
    expect(ids[3000]).toBe(0);
    expect(ids[4999]).toBe(1999);
    expect(table.text(2999)).toBe('k2999');
  });

  it('gives the same ids with dense numbers on as off, numbers near, far and below the first, and non-numbers mixed in', () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map(String),
      fc.integer({ min: 0, max: 2 ** 40 }).map(String),
      fc.constantFrom('0', '00', '0100', '100', '1e2', '', 'A-7', '999999999999999', '9999999999999999', '٣٤'),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const plain = new InternTable(4);
        const dense = new InternTable(4, true);
        const encoder = new TextEncoder();
        for (const text of keys) {
          const bytes = encoder.encode(text);
          const expected = plain.intern(bytes, 0, bytes.length);
          expect(dense.intern(bytes, 0, bytes.length)).toBe(expected);
          expect(dense.isNew).toBe(plain.isNew);
        }
        expect(Array.from({ length: dense.size }, (_, id) => dense.text(id))).toEqual(Array.from({ length: plain.size }, (_, id) => plain.text(id)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps numbers written differently apart (leading zeros, long digit strings, blanks)', () => {
    const table = new InternTable(4);
    const encoder = new TextEncoder();
    const keys = ['0', '00', '007', '7', '70', '1e3', '1000', '123456789012345', '1234567890123456', '4096', '8192', '', '-1', '1'];
    const ids = keys.map((key) => {
      const bytes = encoder.encode(key);
      return table.intern(bytes, 0, bytes.length);
    });
    expect(ids).toEqual(keys.map((_, i) => i));
    const again = [...keys].reverse().map((key) => {
      const bytes = encoder.encode(key);
      return table.intern(bytes, 0, bytes.length);
    });
    expect(again).toEqual(keys.map((_, i) => keys.length - 1 - i));
    expect(keys.map((_, i) => table.text(i))).toEqual(keys);
  });
});
