/**
 * The engine metric behind cohort click-through: the customers of one acquisition cohort under
 * the current filters, the same customers the heat map row counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Engine } from '../../../src/worker/engine';
import { DEFAULT_SETTINGS, type Filters, type Settings } from '../../../src/metrics/settings';
import { dayFromIso } from '../../../src/metrics/calendar';

async function engineWith(path: string): Promise<Engine> {
  const engine = new Engine();
  const outcome = await engine.load(new Uint8Array(readFileSync(path)), { fileName: path.split('/').pop()! });
  if (!outcome.ok) throw new Error(outcome.message);
  return engine;
}

function cohortIds(engine: Engine, cohort: string, filters: Filters = {}, settings: Settings = DEFAULT_SETTINGS): string[] | null {
  const result = engine.compute({ metric: 'cohortCustomers', settings, filters, options: { cohort } });
  return result.status === 'ok' ? result.customerIds : null;
}

describe('cohortCustomers on three-months-with-refund.csv', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineWith('test/fixtures/e2e/three-months-with-refund.csv');
  });

  it('lists each month cohort by first purchase (a refund is not a purchase)', () => {
    // First purchases: alice 01-03, bob 01-10, carol 01-15 → 2024-01; dave 02-11, erin 02-25 → 2024-02
    // (bob's 02-20 order is refunded and he was acquired in January anyway); frank 03-18 → 2024-03.
    expect(cohortIds(engine, '2024-01')).toEqual(['alice@example.com', 'bob@example.com', 'carol@example.com']);
    expect(cohortIds(engine, '2024-02')).toEqual(['dave@example.com', 'erin@example.com']);
    expect(cohortIds(engine, '2024-03')).toEqual(['frank@example.com']);
    expect(cohortIds(engine, '2023-12')).toEqual([]);
  });

  it('uses the period of the settings', () => {
    // Quarter 2024-Q1 holds all six; ISO week 2024-W02 (Jan 8–14) holds bob only.
    expect(cohortIds(engine, '2024-Q1', {}, { ...DEFAULT_SETTINGS, period: 'quarter' })).toHaveLength(6);
    expect(cohortIds(engine, '2024-W02', {}, { ...DEFAULT_SETTINGS, period: 'week' })).toEqual(['bob@example.com']);
  });

  // The generic preset keeps the file's header as the attribute name: 'Channel'.
  it('applies the filters: channel of the first purchase, and acquisition inside the date range', () => {
    expect(cohortIds(engine, '2024-01', { attributes: { Channel: ['social'] } })).toEqual(['bob@example.com']);
    // From 2024-01-15: alice (acquired 01-03) and bob (01-10) were acquired before the range, as in the heat map.
    expect(cohortIds(engine, '2024-01', { fromDay: dayFromIso('2024-01-15') })).toEqual(['carol@example.com']);
  });

  it('says no-data without orders', () => {
    expect(new Engine().compute({ metric: 'cohortCustomers', settings: DEFAULT_SETTINGS, filters: {}, options: { cohort: '2024-01' } })).toEqual({ status: 'no-data' });
  });
});

describe('cohortCustomers on the sample orders', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineWith('public/samples/orders.csv');
  });

  it('matches the heat map: each row size, disjoint rows, all members (property over period and date range)', () => {
    const state = engine.state().orders!;
    const first = state.firstDay!;
    const last = state.lastDay!;
    fc.assert(
      fc.property(
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: last - first }),
        fc.constantFrom<Filters['attributes']>(undefined, { channel: ['email'] }, { country: ['GB', 'US'] }),
        (period, fromDay, length, attributes) => {
          const settings = { ...DEFAULT_SETTINGS, period };
          const filters: Filters = { fromDay, toDay: Math.min(last, fromDay + length), ...(attributes ? { attributes } : {}) };
          const table = engine.compute({ metric: 'cohorts', settings, filters, options: {} });
          if (table.status !== 'ok') return;
          const seen = new Set<string>();
          for (const row of table.rows) {
            const ids = cohortIds(engine, row.cohort, filters, settings)!;
            expect(ids).toHaveLength(row.size);
            for (const id of ids) {
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
          }
          expect(seen.size).toBe(table.customers);
        },
      ),
      { numRuns: 25 },
    );
  });
});
