import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duckdbNativeCohorts, duckdbWasmCohorts, firstDifference, type CohortCell } from '../../../bench/duckdb';
import { ingestBytes } from '../../../src/ingest/index';
import { cohortTable } from '../../../src/metrics/cohorts';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';

/**
 * Guests, refund statuses (any spelling), a negative amount, an e-mail in capitals and a late
 * evening date: the benchmark's SQL must read them as src/metrics/cohorts.ts does.
 * By hand: a (a@x.com = A@X.com) buys in Jan and Feb; b's January order is refunded, so b is
 * acquired in Feb and buys again in Mar; c's January order is cancelled and its first March row a
 * refund, so c is acquired in Mar; d buys in Jan and Mar; the guest counts nowhere.
 */
const CSV = [
  'order_id,customer_id,order_date,amount,status,channel',
  '1,a@x.com,2024-01-05,10,paid,web',
  '2,A@X.com,2024-02-10,5,paid,web',
  '3,b,2024-01-20,7,refunded,web',
  '4,b,2024-02-03,8,paid,web',
  '5,,2024-01-07,9,paid,web',
  '6,c,2024-03-01,-4,paid,web',
  '7,c,2024-01-31 23:59:00,3,wc-cancelled,web',
  '8,c,2024-03-15,6,Paid,web',
  '9,b,2024-03-20,2,paid,web',
  '10,d,2024-01-15,4,paid,web',
  '11,d,2024-03-02,4,paid,web',
].join('\n');

const EXPECTED: CohortCell[] = [
  { cohort: '2024-01', offset: 0, customers: 2 },
  { cohort: '2024-01', offset: 1, customers: 1 },
  { cohort: '2024-01', offset: 2, customers: 1 },
  { cohort: '2024-02', offset: 0, customers: 1 },
  { cohort: '2024-02', offset: 1, customers: 1 },
  { cohort: '2024-03', offset: 0, customers: 1 },
];

function csvFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bench-cohorts-')), 'orders.csv');
  writeFileSync(path, CSV);
  return path;
}

describe('the benchmark’s DuckDB cohort table', () => {
  it('our cohort table has the hand-computed cells', async () => {
    const result = await ingestBytes(new TextEncoder().encode(CSV), { fileName: 'orders.csv' });
    if (!result.ok || result.kind !== 'orders') throw new Error('ingest failed');
    const table = cohortTable(result.table, DEFAULT_SETTINGS, {});
    if (table.status !== 'ok') throw new Error('no cohorts');
    const cells = table.rows.flatMap((row) => row.active.map((customers, offset) => ({ cohort: row.cohort, offset, customers })));
    expect(firstDifference(EXPECTED, cells)).toBeNull();
    expect(cells.filter((cell) => cell.customers > 0)).toEqual(EXPECTED);
  });

  it('native DuckDB gives the same cells from the file', async () => {
    expect(await duckdbNativeCohorts(csvFile())).toEqual(EXPECTED);
  }, 60_000);

  it('DuckDB-WASM gives the same cells from the file', async () => {
    expect((await duckdbWasmCohorts(csvFile())).cells).toEqual(EXPECTED);
  }, 60_000);

  it('names the first different cell, counting a missing cell as 0', () => {
    expect(firstDifference(EXPECTED, EXPECTED.slice(0, -1))).toBe('cohort 2024-03, offset 0: 1 vs 0');
    expect(firstDifference(EXPECTED, [...EXPECTED, { cohort: '2024-02', offset: 2, customers: 0 }])).toBeNull();
    expect(firstDifference([{ cohort: '2024-01', offset: 0, customers: 3 }], [{ cohort: '2024-01', offset: 0, customers: 2 }])).toBe('cohort 2024-01, offset 0: 3 vs 2');
  });
});
