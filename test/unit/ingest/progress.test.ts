import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/index';
import { asOrders } from './helpers';

/** About 3 MB of orders: enough for the reader to work in ~50 segments. */
function bigFile(): Uint8Array {
  const lines = ['order_id,customer_id,order_date,amount,channel'];
  for (let i = 0; i < 60_000; i++) lines.push(`o${i},c${i % 997},2024-${String((i % 12) + 1).padStart(2, '0')}-15,${(i % 500) + 0.99},ch${i % 5}`);
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

describe('progress and cancel', () => {
  it('reports progress at least every 5%, never backwards, ending at 1', async () => {
    const fractions: number[] = [];
    const result = asOrders(await ingestBytes(bigFile(), { fileName: 'big.csv', onProgress: (fraction) => fractions.push(fraction) }));
    expect(result.table.length).toBe(60_000);
    expect(fractions.at(-1)).toBe(1);
    const steps = [0, ...fractions];
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!).toBeGreaterThanOrEqual(steps[i - 1]!);
      expect(steps[i]! - steps[i - 1]!).toBeLessThanOrEqual(0.05);
    }
  });

  it('with a second pass (day/month order undecided in the first 64 KiB) progress still moves in small steps', async () => {
    const lines = ['order_id,customer_id,order_date,amount'];
    for (let i = 0; i < 40_000; i++) lines.push(`o${i},c${i % 97},0${(i % 9) + 1}/0${(i % 7) + 1}/2024,1.00`);
    lines.push('last,c1,28/02/2024,1.00');
    const fractions: number[] = [];
    const result = asOrders(await ingestBytes(new TextEncoder().encode(lines.join('\n')), { fileName: 'slashes.csv', onProgress: (fraction) => fractions.push(fraction) }));
    expect(result.notes.join(' ')).toContain('dd/mm/yyyy (decided from the values)');
    const steps = [0, ...fractions];
    for (let i = 1; i < steps.length; i++) expect(steps[i]! - steps[i - 1]!).toBeLessThanOrEqual(0.05);
    expect(steps.some((fraction) => fraction > 0.25 && fraction < 0.35)).toBe(true);
  });

  it('an abort signal stops the parse with the message "Cancelled"', async () => {
    const controller = new AbortController();
    let calls = 0;
    const result = await ingestBytes(bigFile(), {
      fileName: 'big.csv',
      signal: controller.signal,
      onProgress: (fraction) => {
        calls++;
        if (fraction > 0.2) controller.abort();
      },
    });
    expect(result).toEqual({ ok: false, fileName: 'big.csv', message: 'Cancelled' });
    expect(calls).toBeLessThan(40);
  });

  it('an already aborted signal returns at once', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await ingestBytes(bigFile(), { fileName: 'big.csv', signal: controller.signal })).toEqual({ ok: false, fileName: 'big.csv', message: 'Cancelled' });
  });

  it('the same bytes give the same table on every run', async () => {
    const bytes = bigFile();
    const first = asOrders(await ingestBytes(bytes, { fileName: 'big.csv' }));
    const second = asOrders(await ingestBytes(bytes, { fileName: 'big.csv' }));
    expect(second.table).toEqual(first.table);
  });
});
