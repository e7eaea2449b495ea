import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestOrdersBy } from '../../../src/ingest/orders';
import { readOrderChunk, splitPoint, type OrderChunkRequest, type OrderChunkResult, type OrderHalves, type ReadOrderChunk } from '../../../src/ingest/fast/orderHalves';
import { fastOrdersInput } from '../../../src/ingest/fast/fastOrders';
import type { PreparedFile } from '../../../src/ingest/prepare';
import { csvBytes, fileArbitrary, prepared, quoteCell, type Delimiter } from './csvArbitrary';

/** The other worker, in-process: request and result go through structuredClone as they would through postMessage. */
const inProcess: ReadOrderChunk = async (request) => structuredClone(await readOrderChunk(structuredClone(request)));

/** A "worker" that doubles the second half's amounts: its mark in the result shows the halves were used. */
const marking: ReadOrderChunk = async (request) => {
  const result = await inProcess(request);
  if (result.outcome === 'ok') result.table.amount.forEach((value, i, amounts) => (amounts[i] = value * 2 + 1000));
  return result;
};

function ingest(file: PreparedFile, halves?: OrderHalves) {
  return ingestOrdersBy(file, { fileName: 'orders.csv', kind: 'orders', ...(halves ? { orderHalves: halves } : {}) }, 'auto');
}

async function ok(file: PreparedFile, halves?: OrderHalves) {
  const result = await ingest(file, halves);
  if (result === 'invalid-encoding' || !result.ok) throw new Error(`expected a table: ${JSON.stringify(result)}`);
  return result;
}

function expectSameResult(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  const amounts = (value: unknown): boolean[] | null => (typeof value === 'object' && value !== null && 'table' in value ? Array.from((value as { table: { amount: Float64Array } }).table.amount, (x) => Object.is(x, -0)) : null);
  // toEqual treats -0 and 0 alike on typed arrays: compare the signs of zero too.
  expect(amounts(actual)).toEqual(amounts(expected));
}

/** Orders with their line items together (1–3 rows each, ids in file order), some rows unreadable, cells that need quotes. */
const lineItemFile = fc.record({
  orders: fc.array(
    fc.record({
      items: fc.integer({ min: 1, max: 3 }),
      // Mostly readable values, so that both halves usually have rows.
      customer: fc.constantFrom('C1', 'c2', 'Ann@Example.com', 'C4', '0012', 'C5', 'C6', ''),
      date: fc.constantFrom('2024-01-31', '2024-02-29 10:00:00', '2024-03-01', '2024-03-02', '2023-02-29', 'soon', ''),
      amount: fc.constantFrom('11.99', '-5', '0', '1,234.56', '3', '7.5', 'abc', ''),
      status: fc.constantFrom('paid', 'refunded', ''),
      channel: fc.constantFrom('web', 'a,b', 'two\nlines', 'cr\r\nlf', 'q"uote', ''),
    }),
    { minLength: 8, maxLength: 40 },
  ),
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
  newline: fc.constantFrom('\r\n', '\n'),
  bom: fc.boolean(),
});

function lineItemBytes(spec: typeof lineItemFile extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const lines = [['order_id', 'customer_id', 'order_date', 'amount', 'status', 'channel']];
  spec.orders.forEach((order, o) => {
    for (let item = 0; item < order.items; item++) lines.push([String(5000 + o), order.customer, order.date, order.amount, order.status, order.channel]);
  });
  const text = lines.map((cells) => cells.map((cell) => quoteCell(cell, spec.delimiter, false, false)).join(spec.delimiter)).join(spec.newline);
  return new TextEncoder().encode((spec.bom ? '\ufeff' : '') + text + spec.newline);
}

describe('orders read in two halves at once', () => {
  it('give exactly the one-pass result on any generated CSV (quotes, separators and line breaks in cells, BOM, CRLF/LF/CR, ragged and blank rows)', async () => {
    await fc.assert(
      fc.asyncProperty(fileArbitrary, async (spec) => {
        const file = await prepared(csvBytes(spec));
        if (!file) return;
        expectSameResult(await ingest(file, { readChunk: inProcess, fromBytes: 0 }), await ingest(file));
      }),
      { numRuns: 300 },
    );
  });

  it('give the one-pass result on files of orders with their line items together, and are used for most of them', async () => {
    let runs = 0;
    let used = 0;
    await fc.assert(
      fc.asyncProperty(lineItemFile, async (spec) => {
        const file = await prepared(lineItemBytes(spec));
        if (!file) return;
        runs++;
        const onePass = await ingest(file);
        expectSameResult(await ingest(file, { readChunk: inProcess, fromBytes: 0 }), onePass);
        // With the marking worker, a different result means the second half's table was used.
        if (JSON.stringify(await ingest(file, { readChunk: marking, fromBytes: 0 })) !== JSON.stringify(onePass)) used++;
      }),
      { numRuns: 200 },
    );
    expect(used).toBeGreaterThan(runs * 0.7);
  });

  it('count the second half’s reject lines from the start of the file (hand-checked example)', async () => {
    const rows = ['order_id,customer_id,order_date,amount,note', '1,C1,2024-01-01,5,x', '2,,2024-01-02,5,x', '3,C3,2024-01-03,5,"a', 'b"', '4,C4,2024-01-04,5,x', '5,C5,bad,5,x', '6,C6,2024-01-06,5,x', '7,,2024-01-07,5,x'];
    const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
    const file = (await prepared(bytes))!;
    const input = fastOrdersInput(file)!;
    // The first line break after the middle (byte 88 of 177) is the one inside order 3's quoted note; the
    // split search reads `b"` as a row, then order 4's row, whose id differs: the second half starts at order 4
    // (line 6), and reading the first half up to it confirms that a row starts there.
    expect(new TextDecoder().decode(bytes.subarray(splitPoint(input, 0)!)).startsWith('4,C4')).toBe(true);
    const halves = await ok(file, { readChunk: marking, fromBytes: 0 });
    expect(halves.rejects.rows).toEqual([
      { line: 3, column: 'customer_id', value: '', reason: 'missing-customer-id' },
      { line: 7, column: 'order_date', value: 'bad', reason: 'unreadable-date' },
      { line: 9, column: 'customer_id', value: '', reason: 'missing-customer-id' },
    ]);
    expect(Array.from(halves.table.amount)).toEqual([5, 5, 1010, 1010]);
  });

  it('move the split past the rest of an order’s line items', async () => {
    const rows = ['order_id,customer_id,order_date,amount', '1,C1,2024-01-01,5', '2,C2,2024-01-02,5', '2,C2,2024-01-02,5', '2,C2,2024-01-02,5', '2,C2,2024-01-02,5', '3,C3,2024-01-03,5'];
    const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
    const file = (await prepared(bytes))!;
    expect(new TextDecoder().decode(bytes.subarray(splitPoint(fastOrdersInput(file)!, 0)!))).toBe('3,C3,2024-01-03,5\n');
    const halves = await ok(file, { readChunk: marking, fromBytes: 0 });
    expect(Array.from(halves.table.amount)).toEqual([5, 20, 1010]);
  });

  it('read in one pass when the halves share an order id, the split falls inside a quoted line break, or the other worker fails', async () => {
    const shared = ['order_id,customer_id,order_date,amount', '1,C1,2024-01-01,5', '2,C2,2024-01-02,5', '3,C3,2024-01-03,5', '1,,2024-01-09,-2', '4,C4,2024-01-04,5'];
    const quoted = ['order_id,customer_id,order_date,amount,note', '1,C1,2024-01-01,5,x', `2,C2,2024-01-02,5,"${'a\n'.repeat(12)}"`, '3,C3,2024-01-03,5,y'];
    for (const rows of [shared, quoted]) {
      const file = (await prepared(new TextEncoder().encode(rows.join('\n') + '\n')))!;
      expectSameResult(await ingest(file, { readChunk: marking, fromBytes: 0 }), await ingest(file));
    }
    const file = (await prepared(new TextEncoder().encode(shared.slice(0, 4).join('\n') + '\n')))!;
    const failing: ReadOrderChunk = () => Promise.reject(new Error('worker crashed'));
    expectSameResult(await ingest(file, { readChunk: failing, fromBytes: 0 }), await ingest(file));
  });

  it('stop the other worker when the load is cancelled', async () => {
    const rows = ['order_id,customer_id,order_date,amount', ...Array.from({ length: 2000 }, (_, i) => `${i},C${i % 50},2024-01-01,5`)];
    const file = (await prepared(new TextEncoder().encode(rows.join('\n') + '\n')))!;
    const controller = new AbortController();
    let stopped: boolean | null = null;
    const watching: ReadOrderChunk = (request: OrderChunkRequest, signal?: AbortSignal) =>
      new Promise<OrderChunkResult>((_, reject) => {
        signal?.addEventListener('abort', () => {
          stopped = true;
          reject(new Error('stopped'));
        });
        controller.abort();
      });
    const result = await ingestOrdersBy(file, { fileName: 'orders.csv', kind: 'orders', signal: controller.signal, orderHalves: { readChunk: watching, fromBytes: 0 } }, 'auto');
    expect(result).toMatchObject({ ok: false, message: 'Cancelled' });
    expect(stopped).toBe(true);
  });
});
