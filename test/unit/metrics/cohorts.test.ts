import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cohortTable, type CohortTable } from '../../../src/metrics/cohorts';
import { mergeOrderTables } from '../../../src/metrics/table';
import { applyFilters } from '../../../src/metrics/view';
import { day, expectPlainJson, ordersTable, randomRows, settings, shuffled, tableOf, BASE_DAY } from '../../fixtures/metrics/retentionOrders';

/**
 * two-cohorts-one-refund (monthly):
 *   o1 A 2024-01-05 +100 email      o2 B 2024-01-20 +50 social
 *   o3 A 2024-02-10 +30             o4 C 2024-02-03 +80 email
 *   o2 refund B 2024-02-15 −20      o5 B 2024-03-25 +60
 *   o7 guest 2024-03-10 +15 (no customer: not in any cohort)
 * Cohort 2024-01 = {A, B}, size 2:
 *   active          k0: A,B = 2   k1 (Feb): A = 1 (B's refund is no purchase)   k2 (Mar): B = 1
 *   activeUnbounded k0: 2         k1: A (last Feb) and B (last Mar) = 2         k2: B = 1
 *   revenue         k0: 100 + 50 = 150   k1: 30 − 20 = 10   k2: 60
 *   retention [100, 50, 50], unbounded [100, 100, 50], revenue retention [100, 10/150 = 6.67, 60/150 = 40]
 * Cohort 2024-02 = {C}, size 1: active [1, 0], unbounded [1, 0], revenue [80, 0]
 * Weighted curve: k0 (2 + 1)/(2 + 1) = 100 (2 cohorts); k1 (1 + 0)/3 = 33.33 (2 cohorts); k2 1/2 = 50 (1 cohort)
 */
const twoCohortsOneRefund = ordersTable([
  { id: 'o1', customer: 'A', date: '2024-01-05', amount: 100, channel: 'email' },
  { id: 'o2', customer: 'B', date: '2024-01-20', amount: 50, channel: 'social' },
  { id: 'o3', customer: 'A', date: '2024-02-10', amount: 30, channel: 'social' },
  { id: 'o4', customer: 'C', date: '2024-02-03', amount: 80, channel: 'email' },
  { id: 'o2', customer: 'B', date: '2024-02-15', amount: -20, refund: true },
  { id: 'o5', customer: 'B', date: '2024-03-25', amount: 60 },
  { id: 'o7', customer: null, date: '2024-03-10', amount: 15 },
]);

function ok(result: ReturnType<typeof cohortTable>): CohortTable {
  if (result.status !== 'ok') throw new Error(`expected cohorts, got ${result.reason}`);
  return result;
}

describe('cohortTable on two-cohorts-one-refund', () => {
  const result = ok(cohortTable(twoCohortsOneRefund, settings(), {}));

  it('builds the hand-computed matrix', () => {
    expect(result.offsets).toEqual([0, 1, 2]);
    expect(result.customers).toBe(3);
    expect(result.rows.map((r) => [r.cohort, r.size, r.active, r.activeUnbounded, r.revenue])).toEqual([
      ['2024-01', 2, [2, 1, 1], [2, 2, 1], [150, 10, 60]],
      ['2024-02', 1, [1, 0], [1, 0], [80, 0]],
    ]);
    const january = result.rows[0]!;
    expect(january.retention).toEqual([100, 50, 50]);
    expect(january.retentionUnbounded).toEqual([100, 100, 50]);
    expect(january.revenueRetention[1]).toBeCloseTo(6.6667, 4);
    expect(january.revenueRetention[2]).toBeCloseTo(40, 10);
  });

  it('averages retention weighted by cohort size over the cohorts that reached each offset', () => {
    expect(result.weightedAverage.map((p) => [p.offset, p.cohorts, p.customers, p.active])).toEqual([
      [0, 2, 3, 3],
      [1, 2, 3, 1],
      [2, 1, 2, 1],
    ]);
    expect(result.weightedAverage[1]!.retention).toBeCloseTo(33.3333, 4);
    expect(result.weightedAverage[2]!.retention).toBe(50);
  });

  it('maps to the CLI shape exactly', () => {
    const cli = { period: result.period, rows: result.rows.map((r) => ({ cohort: r.cohort, size: r.size, active: r.active })) };
    expect(JSON.parse(JSON.stringify(cli))).toEqual({
      period: 'month',
      rows: [
        { cohort: '2024-01', size: 2, active: [2, 1, 1] },
        { cohort: '2024-02', size: 1, active: [1, 0] },
      ],
    });
    expectPlainJson(result);
  });

  it('breaks down by the channel of the first purchase, blanks as (blank)', () => {
    const table = ordersTable([
      { id: 'x1', customer: 'A', date: '2024-01-05', amount: 10, channel: 'email' },
      { id: 'x2', customer: 'A', date: '2024-02-05', amount: 10, channel: 'social' }, // later channel is ignored
      { id: 'x3', customer: 'B', date: '2024-01-07', amount: 10 },
      { id: 'x4', customer: 'C', date: '2024-02-01', amount: 10, channel: 'email' },
    ]);
    const byChannel = ok(cohortTable(table, settings(), {}, { breakdown: 'channel' }));
    expect(byChannel.breakdown).toBe('channel');
    expect(byChannel.groups!.map((g) => [g.key, g.customers, g.rows.map((r) => [r.cohort, r.active])])).toEqual([
      ['(blank)', 1, [['2024-01', [1, 0]]]],
      ['email', 2, [['2024-01', [1, 1]], ['2024-02', [1]]]],
    ]);
    // email curve: k0 (1 + 1)/2 = 100, k1 1/1 = 100 (only the January cohort reached k1)
    expect(byChannel.groups![1]!.weightedAverage.map((p) => p.retention)).toEqual([100, 100]);
    expect(byChannel.rows.map((r) => r.size)).toEqual([2, 1]);
    expect(cohortTable(table, settings(), {}, { breakdown: 'nope' })).toEqual({ status: 'empty', reason: 'unknown-attribute' });
  });

  it('keeps acquisition from the whole table under a date filter, and counts only purchases in range', () => {
    // Feb–Mar only: A and B were acquired in January, so only C (February) forms a cohort.
    const filtered = ok(cohortTable(twoCohortsOneRefund, settings(), { fromDay: day('2024-02-01'), toDay: day('2024-03-31') }));
    expect(filtered.rows.map((r) => [r.cohort, r.size, r.active])).toEqual([['2024-02', 1, [1, 0]]]);
    // January only: the Feb/Mar purchases of A and B are outside, so the cohort has one column.
    const january = ok(cohortTable(twoCohortsOneRefund, settings(), { toDay: day('2024-01-31') }));
    expect(january.rows.map((r) => [r.cohort, r.active, r.revenue])).toEqual([['2024-01', [2], [150]]]);
    expect([january.firstPeriodPartial, january.lastPeriodPartial]).toEqual([true, false]); // the data start on 01-05
  });

  it('marks a period cut by the range as partial', () => {
    const cut = ok(cohortTable(twoCohortsOneRefund, settings(), { fromDay: day('2024-01-10') }));
    expect([cut.firstPeriodPartial, cut.lastPeriodPartial]).toEqual([true, true]); // 01-10 … 03-25
    expect(cut.rows.map((r) => [r.cohort, r.size])).toEqual([['2024-01', 1], ['2024-02', 1]]); // A was acquired on 01-05, before the range
  });
});

describe('cohort periods and labels', () => {
  it('forms Jalali monthly cohorts: 2024-03-19 is 1402-12-29, 2024-03-20 is 1403-01-01', () => {
    // X: 2024-03-19 (Esfand 1402) and 2024-04-19 (1403-01-31, Farvardin has 31 days)
    // Y: 2024-03-20 (1 Farvardin 1403) and 2024-04-20 (1403-02-01)
    const table = ordersTable([
      { id: '1', customer: 'X', date: '2024-03-19', amount: 10 },
      { id: '2', customer: 'Y', date: '2024-03-20', amount: 10 },
      { id: '3', customer: 'X', date: '2024-04-19', amount: 10 },
      { id: '4', customer: 'Y', date: '2024-04-20', amount: 10 },
    ]);
    const jalali = ok(cohortTable(table, settings({ calendar: 'jalali' }), {}));
    // 1402-12 {X}: X buys in 1403-01 (k1) but not 1403-02 (k2); 1403-01 {Y}: Y buys in 1403-02 (k1)
    expect(jalali.rows.map((r) => [r.cohort, r.size, r.active])).toEqual([
      ['1402-12', 1, [1, 1, 0]],
      ['1403-01', 1, [1, 1]],
    ]);
    const gregorian = ok(cohortTable(table, settings(), {}));
    expect(gregorian.rows.map((r) => [r.cohort, r.size, r.active])).toEqual([['2024-03', 2, [2, 2]]]);
  });

  it('labels ISO weeks across a year boundary (2020 has a week 53)', () => {
    // P 2020-12-28 (Mon) and Q 2021-01-03 (Sun) are in 2020-W53; R 2021-01-04 (Mon) starts 2021-W01.
    const table = ordersTable([
      { id: '1', customer: 'P', date: '2020-12-28', amount: 10 },
      { id: '2', customer: 'Q', date: '2021-01-03', amount: 10 },
      { id: '3', customer: 'R', date: '2021-01-04', amount: 10 },
      { id: '4', customer: 'P', date: '2021-01-05', amount: 10 },
    ]);
    const iso = ok(cohortTable(table, settings({ period: 'week' }), {}));
    expect(iso.rows.map((r) => [r.cohort, r.size, r.active])).toEqual([
      ['2020-W53', 2, [2, 1]],
      ['2021-W01', 1, [1]],
    ]);
    // Weeks from Sunday: P alone in the week of Sun 2020-12-27; Q, R (and P's return) in the week of 2021-01-03.
    const sunday = ok(cohortTable(table, settings({ period: 'week', weekStart: 0 }), {}));
    expect(sunday.rows.map((r) => [r.cohort, r.size, r.active])).toEqual([
      ['W2020-12-27', 1, [1, 1]],
      ['W2021-01-03', 2, [2]],
    ]);
  });

  it('labels quarters and years', () => {
    const quarters = ok(cohortTable(twoCohortsOneRefund, settings({ period: 'quarter' }), {}));
    // 100 + 50 + 30 + 80 − 20 + 60 = 300; the guest's 15 is in no cohort
    expect(quarters.rows.map((r) => [r.cohort, r.size, r.active, r.revenue])).toEqual([['2024-Q1', 3, [3], [300]]]);
    const years = ok(cohortTable(twoCohortsOneRefund, settings({ period: 'year' }), {}));
    expect(years.rows.map((r) => r.cohort)).toEqual(['2024']);
  });
});

describe('cohortTable edge cases', () => {
  it('returns explicit empty states', () => {
    expect(cohortTable(twoCohortsOneRefund, settings(), { customerIds: ['nobody'] })).toEqual({ status: 'empty', reason: 'no-customers' });
    const refundsOnly = ordersTable([
      { id: 'r1', customer: 'A', date: '2024-01-05', amount: -10, refund: true },
      { id: 'r2', customer: 'B', date: '2024-02-05', amount: -20, refund: true },
    ]);
    expect(cohortTable(refundsOnly, settings(), {})).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(cohortTable(ordersTable([]), settings(), {})).toEqual({ status: 'empty', reason: 'no-customers' });
    // B buys again in March but was acquired in January: buyers in range, no acquisitions.
    expect(cohortTable(twoCohortsOneRefund, settings(), { fromDay: day('2024-03-01') })).toEqual({ status: 'empty', reason: 'no-acquisitions' });
  });

  it('handles single-day data and a single customer', () => {
    const singleDay = ordersTable([
      { id: '1', customer: 'A', date: '2024-05-05', amount: 10 },
      { id: '2', customer: 'B', date: '2024-05-05', amount: 20 },
      { id: '3', customer: 'A', date: '2024-05-05', amount: 5 },
    ]);
    const result = ok(cohortTable(singleDay, settings({ period: 'day' }), {}));
    expect(result.rows.map((r) => [r.cohort, r.size, r.active, r.revenue])).toEqual([['2024-05-05', 2, [2], [35]]]);
    expectPlainJson(result);
    const one = ok(cohortTable(ordersTable([{ id: '1', customer: 'A', date: '2024-05-05', amount: 0 }]), settings(), {})); // a free order
    expect(one.rows[0]!.revenueRetention).toEqual([null]); // revenue[0] = 0: no base to compare with
    expectPlainJson(one);
  });
});

describe('cohortTable properties', () => {
  const periods = fc.constantFrom('day', 'week', 'month', 'quarter') as fc.Arbitrary<'day' | 'week' | 'month' | 'quarter'>;
  const calendars = fc.constantFrom('gregorian', 'jalali') as fc.Arbitrary<'gregorian' | 'jalali'>;

  it('keeps retention within 100%, active[0] = size, bounded ≤ unbounded, and sizes summing to the customers acquired', () => {
    fc.assert(
      fc.property(randomRows, periods, calendars, fc.integer({ min: 0, max: 120 }), (rows, period, calendar, from) => {
        const table = tableOf(rows);
        const filters = { fromDay: BASE_DAY + from };
        const result = cohortTable(table, settings({ period, calendar }), filters, { breakdown: 'channel' });
        expectPlainJson(result);
        const view = applyFilters(table, filters);
        const acquired = new Set<string>();
        for (let i = 0; i < view.customers.length; i++) {
          const code = view.customers[i]!;
          const first = view.index.firstPurchaseDay[code]!;
          if (first >= view.firstDay && first <= view.lastDay) acquired.add(table.customerIds[code]!);
        }
        if (result.status !== 'ok') {
          expect(acquired.size).toBe(0);
          return;
        }
        expect(result.rows.reduce((sum, r) => sum + r.size, 0)).toBe(acquired.size);
        expect(result.groups!.reduce((sum, g) => sum + g.customers, 0)).toBe(acquired.size);
        for (const row of [...result.rows, ...result.groups!.flatMap((g) => g.rows)]) {
          expect(row.active[0]).toBe(row.size);
          row.active.forEach((active, k) => {
            expect(active).toBeLessThanOrEqual(row.activeUnbounded[k]!);
            expect(row.retention[k]!).toBeLessThanOrEqual(100);
            expect(row.retention[k]!).toBeGreaterThanOrEqual(0);
            if (k > 0) expect(row.activeUnbounded[k]!).toBeLessThanOrEqual(row.activeUnbounded[k - 1]!);
          });
        }
        for (const point of result.weightedAverage) expect(point.retention).toBeLessThanOrEqual(100);
        expect(result.offsets.length).toBe(Math.max(...result.rows.map((r) => r.active.length)));
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(randomRows, fc.nat(), periods, (rows, seed, period) => {
        const a = cohortTable(tableOf(rows), settings({ period }), {}, { breakdown: 'channel' });
        const b = cohortTable(tableOf(shuffled(rows, seed)), settings({ period }), {}, { breakdown: 'channel' });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same result on two halves merged with mergeOrderTables as on the whole', () => {
    fc.assert(
      fc.property(randomRows, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (rows, side) => {
        const first = rows.filter((_, i) => side[i]);
        const second = rows.filter((_, i) => !side[i]);
        const merged = mergeOrderTables([tableOf(first), tableOf(second)]);
        expect(cohortTable(merged, settings(), {}, { breakdown: 'channel' })).toEqual(cohortTable(tableOf(rows), settings(), {}, { breakdown: 'channel' }));
      }),
      { numRuns: 100 },
    );
  });
});
