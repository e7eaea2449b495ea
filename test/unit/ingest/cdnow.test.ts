import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/metrics/calendar';
import { ingestBytes } from '../../../src/ingest/index';
import { asOrders, SHARED_DATA } from './helpers';

/**
 * The real CDNOW sample (copied from ../shared/data into test/fixtures/cdnow, with its provenance in SOURCES.md): 6,919 transactions of
 * 2,357 customers. Reproduces the published summary's x (repeat purchase days up to 1997-09-30) for
 * every customer, which checks ids, dates and one-order-per-row together.
 */
const sample = `${SHARED_DATA}CDNOW_sample.txt`;
const summary = `${SHARED_DATA}cdnow_customers_summary_with_transactions.csv`;

describe.runIf(existsSync(sample) && existsSync(summary))('CDNOW sample (real data)', () => {
  it('6,919 orders of 2,357 customers; repeat purchase days match the published summary', async () => {
    const result = asOrders(await ingestBytes(new Uint8Array(readFileSync(sample)), { fileName: 'CDNOW_sample.txt' }));
    expect(result.preset).toBe('cdnow');
    expect(result.rowsRead).toBe(6919);
    expect(result.table.length).toBe(6919);
    expect(result.rejects.total).toBe(0);
    expect(result.table.customerIds.length).toBe(2357);
    const calibrationEnd = dayFromIso('1997-09-30')!;
    const days = new Map<string, Set<number>>();
    for (let i = 0; i < result.table.length; i++) {
      const id = result.table.customerIds[result.table.customer[i]!]!;
      if (!days.has(id)) days.set(id, new Set());
      days.get(id)!.add(result.table.day[i]!);
    }
    const lines = readFileSync(summary, 'utf8').trim().split('\n').slice(1);
    expect(lines).toHaveLength(2357);
    let checked = 0;
    for (const line of lines) {
      const [id, x] = line.split(',');
      const purchaseDays = [...(days.get(id!) ?? [])].sort((a, b) => a - b);
      const repeatDays = purchaseDays.filter((day) => day > purchaseDays[0]! && day <= calibrationEnd).length;
      expect(repeatDays, `customer ${id}`).toBe(Number(x));
      checked++;
    }
    expect(checked).toBe(2357);
  });
});
