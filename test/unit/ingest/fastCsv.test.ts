import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PreparedFile } from '../../../src/ingest/prepare';
import { csvBytes, fileArbitrary, prepared } from './csvArbitrary';
import { ingestOrdersBy, type OrderReadPath } from '../../../src/ingest/orders';
import { CsvScanner } from '../../../src/ingest/fast/csvScanner';
import { InternTable } from '../../../src/ingest/fast/internTable';
import { utf8SequenceLength } from '../../../src/ingest/fast/bytes';

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

  it('gives the same ids whatever the kind of table: dense numbers (with a prefix or none), sampled hashes, every byte hashed', () => {
    const prefix = fc.constantFrom('', '#', 'C', 'cus-', 'ORD-2024-', 'é', '0x');
    const key = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map(String),
      fc.integer({ min: 0, max: 2 ** 40 }).map(String),
      fc.tuple(prefix, fc.integer({ min: 0, max: 3000 })).map(([p, n]) => `${p}${n}`),
      fc.tuple(prefix, fc.constantFrom('0', '007', '1.0', '', ' 5', '5 ', 'x')).map(([p, n]) => `${p}${n}`),
      fc.constantFrom('0', '00', '0100', '100', '1e2', '', 'A-7', '999999999999999', '9999999999999999', '٣٤', 'C', 'CC1', '#'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const plain = new InternTable(4);
        const others = [new InternTable(4, 'denseNumbers'), new InternTable(4, 'fewKeys')];
        const encoder = new TextEncoder();
        for (const text of keys) {
          const bytes = encoder.encode(text);
          const expected = plain.intern(bytes, 0, bytes.length);
          for (const table of others) {
            expect(table.intern(bytes, 0, bytes.length)).toBe(expected);
            expect(table.isNew).toBe(plain.isNew);
          }
        }
        const texts = Array.from({ length: plain.size }, (_, id) => plain.text(id));
        for (const table of others) {
          expect(Array.from({ length: table.size }, (_, id) => table.text(id))).toEqual(texts);
          texts.forEach((text, id) => {
            const bytes = encoder.encode(text);
            expect(table.find(bytes, 0, bytes.length)).toBe(id);
          });
          const absent = encoder.encode('not a key \u0000');
          expect(table.find(absent, 0, absent.length)).toBe(-1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a fewKeys table keeps its ids when its sampled hash cannot tell keys apart, and past 1024 keys', () => {
    const encoder = new TextEncoder();
    // Same length, same sampled bytes (first, quarter, middle, last two): only the bytes in between differ.
    const alike = Array.from({ length: 40 }, (_, i) => `A${String.fromCharCode(97 + (i % 26))}B${String.fromCharCode(97 + Math.floor(i / 26))}MxyZZ`);
    const many = Array.from({ length: 3000 }, (_, i) => `value ${i}`);
    for (const keys of [alike, many]) {
      const table = new InternTable(4, 'fewKeys');
      const ids = keys.map((text) => {
        const bytes = encoder.encode(text);
        return table.intern(bytes, 0, bytes.length);
      });
      expect(ids).toEqual(keys.map((_, i) => i));
      keys.forEach((text, i) => {
        const bytes = encoder.encode(text);
        expect(table.intern(bytes, 0, bytes.length)).toBe(i);
        expect(table.isNew).toBe(false);
        expect(table.find(bytes, 0, bytes.length)).toBe(i);
      });
    }
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
