import { afterAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/index';
import { nodeOrderChunkClient } from '../../../src/cli/nodeHalves';
import type { ReadOrderChunk } from '../../../src/ingest/fast/orderHalves';

/** This 5 MB file is read in halves (the product starts at TWO_HALVES_FROM_BYTES, 32 MB). */
const SMALL = 1 << 20;

const client = nodeOrderChunkClient();
afterAll(() => client.close());

/** ~5 MB of orders with line items, refunds, unreadable rows and a quoted cell with a line break. */
function ordersCsv(): Uint8Array {
  const lines = ['order_id,customer_id,order_date,amount,status,channel'];
  for (let i = 0; i < 110_000; i++) {
    const items = (i % 3) + 1;
    for (let item = 0; item < items; item++) {
      const date = i % 997 === 0 ? 'not a date' : `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const channel = i % 1001 === 0 ? '"two\nlines"' : `ch${i % 5}`;
      lines.push(`${100_000 + i},C${(i * 7919) % 40_000},${date},${(i % 90) + 0.25},${i % 13 === 0 ? 'refunded' : 'paid'},${channel}`);
    }
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

describe('two halves in a Node worker thread (the CLI and the benchmark)', () => {
  it('gives the one-pass result, and the worker can be stopped and used again', async () => {
    const bytes = ordersCsv();
    const onePass = await ingestBytes(bytes.slice(), { fileName: 'orders.csv' });
    let secondHalfRows = 0;
    const watched: ReadOrderChunk = async (request, signal) => {
      const result = await client.readChunk(request, signal);
      if (result.outcome === 'ok') secondHalfRows = result.table.length;
      return result;
    };
    const halves = await ingestBytes(bytes.slice(), { fileName: 'orders.csv', orderHalves: { readChunk: watched, fromBytes: SMALL } });
    expect(onePass.ok).toBe(true);
    expect(halves).toEqual(onePass);
    // The worker thread read about half of the orders (this file has no order id in both halves).
    if (!onePass.ok || onePass.kind !== 'orders') throw new Error('expected orders');
    expect(secondHalfRows / onePass.table.length).toBeGreaterThan(0.4);
    expect(secondHalfRows / onePass.table.length).toBeLessThan(0.6);

    // A request stopped half-way ends the worker; the next request starts a new one.
    const controller = new AbortController();
    const stopped = ingestBytes(bytes.slice(), { fileName: 'orders.csv', signal: controller.signal, orderHalves: { readChunk: client.readChunk, fromBytes: SMALL } });
    setTimeout(() => controller.abort(), 20);
    expect(await stopped).toMatchObject({ ok: false, message: 'Cancelled' });
    expect(await ingestBytes(bytes.slice(), { fileName: 'orders.csv', orderHalves: { readChunk: client.readChunk, fromBytes: SMALL } })).toEqual(onePass);
  }, 60_000);
});
