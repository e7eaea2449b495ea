/** Generated order CSV for the fast-path tests: cells that exercise every rule of the row reader, any quoting and line breaks. */
import fc from 'fast-check';
import { prepareFile, type PreparedFile } from '../../../src/ingest/prepare';

export const HEADER = ['order_id', 'customer_id', 'order_date', 'amount', 'cost', 'status', 'channel'];

/** Cells that exercise every rule of the row reader: ids normalised, dates and amounts in many shapes, blanks. */
export const CELLS: Record<string, readonly string[]> = {
  order_id: ['1001', '1001', '1002', ' 1003 ', '17850.0', '17850', 'C536379', '', 'A-7', '٣٤', '0012'],
  customer_id: ['C1', 'c1', ' C1 ', 'Ann@Example.com', 'ann@example.com', '', '0', 'ü-5', '17850.0', 'x"y'],
  order_date: ['2024-01-31', '2024-01-31 10:08:49', '2024-02-30', '2024-02-29T23:59', '2023-02-29', '31/01/2024', '2024-01-31 24:00', '2024-01-31 10:08:49.123', '', 'soon', '1403/05/12', ' 2024-03-01 ', '1403-05-12 08:00', '0001-01-01', '9999-12-31 10:00', '1899-12-31', '2101-01-01'],
  amount: ['11.99', '-5', '0', '-0.00', '1,234.56', '1.234', '(5)', '$7', '', 'abc', '12345678901234567', ' 3.5 ', '.5'],
  cost: ['1.5', '', 'n/a', '0.25'],
  status: ['paid', 'Refunded', 'wc-cancelled', '', 'PAID', ' void '],
  channel: ['web', '12" vinyl', '{"a":1}', 'a,b', 'line\nbreak', 'cr\r\nlf', 'quote"inside', ' x ', '', 'é', 'x\u00a0', '\u00a0'],
};

export type Delimiter = ',' | ';' | '\t' | '|';

/** RFC 4180 quoting; `loose` leaves a quote inside a cell unquoted when nothing else needs quotes (`12" vinyl`). */
export function quoteCell(cell: string, delimiter: Delimiter, always: boolean, loose: boolean): string {
  const needs = /[\r\n]/.test(cell) || cell.includes(delimiter) || (cell.includes('"') && !(loose && !cell.startsWith('"')));
  return needs || always ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export const rowArbitrary = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(...HEADER.map((name) => fc.constantFrom(...CELLS[name]!))).map((cells) => ({ cells: cells as string[], kind: 'row' as const })) },
  { weight: 1, arbitrary: fc.constant({ cells: [] as string[], kind: 'blank' as const }) },
  { weight: 1, arbitrary: fc.constantFrom(['9', 'C9'], ['9', 'C9', '2024-01-01', '1', '', 'paid', 'web', 'extra']).map((cells) => ({ cells, kind: 'ragged' as const })) },
);

export const fileArbitrary = fc.record({
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 30 }),
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  looseQuotes: fc.boolean(),
  finalNewline: fc.boolean(),
});

export interface FileSpec {
  rows: { cells: readonly string[] }[];
  delimiter: Delimiter;
  newline: string;
  bom: boolean;
  quoteAll: boolean;
  looseQuotes: boolean;
  finalNewline: boolean;
}

export function csvBytes(file: FileSpec): Uint8Array {
  const lines = [HEADER, ...file.rows.map((row) => row.cells)].map((cells) => cells.map((cell) => quoteCell(cell, file.delimiter, file.quoteAll, file.looseQuotes)).join(file.delimiter));
  const text = (file.bom ? '\ufeff' : '') + lines.join(file.newline) + (file.finalNewline ? file.newline : '');
  return new TextEncoder().encode(text);
}

export async function prepared(bytes: Uint8Array): Promise<PreparedFile | null> {
  const file = await prepareFile(bytes, { fileName: 'orders.csv', kind: 'orders' });
  return 'ok' in file ? null : file;
}

