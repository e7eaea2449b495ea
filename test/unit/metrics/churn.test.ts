import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  defaultChurnWindowDays,
  repeatPurchaseRate,
  retentionByPeriod,
  timeBetweenOrders,
  type RetentionByPeriod,
  type RetentionPeriod,
} from '../../../src/metrics/churn';
import { isActiveAt, periodGrid, periodOptionsOf, purchaseDays, quantileSorted } from '../../../src/metrics/activity';
import { applyFilters } from '../../../src/metrics/view';
import { mergeOrderTables, type OrderRowInput } from '../../../src/metrics/table';
import type { Settings } from '../../../src/metrics/settings';
import { day, denseRows, expectPlainJson, ordersTable, randomRows, settings, shuffled, tableOf, BASE_DAY, type FixtureOrder } from '../../fixtures/metrics/retentionOrders';

function ok(result: ReturnType<typeof retentionByPeriod>): RetentionByPeriod {
  if (result.status !== 'ok') throw new Error(`expected periods, got ${result.reason}`);
  return result;
}

describe('retentionByPeriod: the CRR example', () => {
  it('10 active at start, 2 lost, 0 new → CRR 80%, churn 20%', () => {
    // Window 30 days. Ten customers buy on 2024-01-20 (active through 02-18); eight of them buy
    // again on 02-10 (active through 03-10). At the end of February (02-29, the view runs to it):
    // E = 8, N = 0, S = 10, lost = 2 → CRR = (8 − 0)/10 × 100 = 80, churn = 2/10 × 100 = 20.
    const orders: FixtureOrder[] = [];
    for (let i = 0; i < 10; i++) {
      orders.push({ id: `jan${i}`, customer: `k${i}`, date: '2024-01-20', amount: 10 });
      if (i < 8) orders.push({ id: `feb${i}`, customer: `k${i}`, date: '2024-02-10', amount: 10 });
    }
    const result = ok(retentionByPeriod(ordersTable(orders), settings({ churnWindowDays: 30 }), { toDay: day('2024-02-29') }));
    const february = result.periods[1]!;
    expect(february.period).toBe('2024-02');
    expect([february.startActive, february.endActive, february.newCustomers, february.lostCustomers]).toEqual([10, 8, 0, 2]);
    expect(february.customerRetentionRate).toBe(80);
    expect(february.churnRate).toBe(20);
    // January: nobody active before the data start, so S = 0 and both rates are undefined (null).
    expect(result.periods[0]).toMatchObject({ period: '2024-01', startActive: 0, endActive: 10, newCustomers: 10, customerRetentionRate: null, churnRate: null });
  });
});

/**
 * window-thirty-days (settings.churnWindowDays = 30, monthly, view 2024-01-01 … 2024-03-31).
 * A purchase on q keeps its customer active on q … q + 29.
 *   A: 01-20 +100, 02-10 +20, 03-05 +30, refund 03-12 −10
 *   B: 01-25 +40                 C: 01-10 +50, 03-20 +60
 *   D: 02-05 +70                 E: 01-31 +80 (active through 02-29)
 *   F: 03-30 +90                 G: 2023-12-20 +25 (before the view), 02-20 +35
 *   guest: 02-14 +15
 * Active at 12-31: G.                                   Active at 01-31: A, B, C, E.
 * Active at 02-29: A (02-10), D, E (01-31 + 29 = 02-29), G (02-20).   Active at 03-31: A (03-05), C (03-20), F.
 * Jan: S 1, E 4, new A B C E = 4, gained 4, lost G = 1, retained 0 → CRR (4 − 4)/1 = 0, churn 100.
 * Feb: S 4, E 4, new D = 1, gained D G = 2, lost B C = 2, retained A E = 2, reactivated G
 *      → CRR (4 − 2)/4 = 50, churn 50; lifecycle new 1, returning A 1, reactivated G 1, dormant E 1, lost 2.
 * Mar: S 4 (A D E G), E 3 (A C F), new F, gained C F = 2, lost D E G = 3, retained A, reactivated C
 *      → CRR (3 − 2)/4 = 25, churn 75; lifecycle new 1, returning 1, reactivated 1, dormant 0, lost 3.
 * Buyers / revenue: Jan new 4 (100 + 40 + 50 + 80 = 270), returning 0;
 *   Feb new D (70), returning A G (20 + 35 = 55), guest 15; Mar new F (90), returning A C (30 − 10 + 60 = 80).
 */
const windowThirtyDays = ordersTable([
  { id: 'a1', customer: 'A', date: '2024-01-20', amount: 100 },
  { id: 'a2', customer: 'A', date: '2024-02-10', amount: 20 },
  { id: 'a3', customer: 'A', date: '2024-03-05', amount: 30 },
  { id: 'a3', customer: 'A', date: '2024-03-12', amount: -10, refund: true },
  { id: 'b1', customer: 'B', date: '2024-01-25', amount: 40 },
  { id: 'c1', customer: 'C', date: '2024-01-10', amount: 50 },
  { id: 'c2', customer: 'C', date: '2024-03-20', amount: 60 },
  { id: 'd1', customer: 'D', date: '2024-02-05', amount: 70 },
  { id: 'e1', customer: 'E', date: '2024-01-31', amount: 80 },
  { id: 'f1', customer: 'F', date: '2024-03-30', amount: 90 },
  { id: 'g0', customer: 'G', date: '2023-12-20', amount: 25 },
  { id: 'g1', customer: 'G', date: '2024-02-20', amount: 35 },
  { id: 'guest', customer: null, date: '2024-02-14', amount: 15 },
]);
const firstQuarter = { fromDay: day('2024-01-01'), toDay: day('2024-03-31') };
const thirtyDays = settings({ churnWindowDays: 30 });

describe('retentionByPeriod on window-thirty-days', () => {
  const result = ok(retentionByPeriod(windowThirtyDays, thirtyDays, firstQuarter));
  const pick = (p: RetentionPeriod) => [p.period, p.startActive, p.endActive, p.newCustomers, p.gainedCustomers, p.retainedCustomers, p.lostCustomers, p.reactivatedCustomers];

  it('counts S, E, N, gained, retained, lost and reactivated per period', () => {
    expect(result.churnWindow).toEqual({ days: 30, source: 'setting', gaps: null, percentile90: null });
    expect(result.periods.map(pick)).toEqual([
      ['2024-01', 1, 4, 4, 4, 0, 1, 0],
      ['2024-02', 4, 4, 1, 2, 2, 2, 1],
      ['2024-03', 4, 3, 1, 2, 1, 3, 1],
    ]);
    expect(result.periods.map((p) => [p.customerRetentionRate, p.churnRate])).toEqual([
      [0, 100],
      [50, 50],
      [25, 75],
    ]);
  });

  it('gives lifecycle counts and new vs returning buyers and revenue', () => {
    expect(result.periods.map((p) => p.lifecycle)).toEqual([
      { new: 4, returning: 0, reactivated: 0, dormant: 0, lost: 1 },
      { new: 1, returning: 1, reactivated: 1, dormant: 1, lost: 2 },
      { new: 1, returning: 1, reactivated: 1, dormant: 0, lost: 3 },
    ]);
    expect(result.periods.map((p) => [p.newBuyers, p.returningBuyers, p.newRevenue, p.returningRevenue, p.guestRevenue])).toEqual([
      [4, 0, 270, 0, 0],
      [1, 2, 70, 55, 15],
      [1, 2, 90, 80, 0],
    ]);
    expectPlainJson(result);
  });

  it('reads history before the range: without the filter, G is new in December 2023', () => {
    const all = ok(retentionByPeriod(windowThirtyDays, thirtyDays, {}));
    expect(all.periods.map((p) => [p.period, p.startActive, p.newCustomers])).toEqual([
      ['2023-12', 0, 1],
      ['2024-01', 1, 4],
      ['2024-02', 4, 1],
      ['2024-03', 4, 1],
    ]);
    expect(all.periods[3]!.endDay).toBe(day('2024-03-30')); // the data end on 03-30: March is cut
    expect(all.periods[3]!.partial).toBe(true);
  });

  it('counts a customer who bought early in the period and fell silent as returning and lost, never dormant', () => {
    // Window 7. H: 01-28 (active through 02-03), 02-02 (through 02-08) → in February: active at the start,
    // bought (returning), not active at 02-29 (lost). I: 01-30 (through 02-05), no February purchase → lost.
    // A 7-day window cannot span a whole month, so nobody is dormant.
    const table = ordersTable([
      { id: 'h1', customer: 'H', date: '2024-01-28', amount: 10 },
      { id: 'h2', customer: 'H', date: '2024-02-02', amount: 10 },
      { id: 'i1', customer: 'I', date: '2024-01-30', amount: 10 },
    ]);
    const february = ok(retentionByPeriod(table, settings({ churnWindowDays: 7 }), { toDay: day('2024-02-29') })).periods[1]!;
    expect([february.startActive, february.endActive, february.lostCustomers, february.retainedCustomers]).toEqual([2, 0, 2, 0]);
    expect(february.lifecycle).toEqual({ new: 0, returning: 1, reactivated: 0, dormant: 0, lost: 2 });
    expect([february.customerRetentionRate, february.churnRate]).toEqual([0, 100]);
  });

  it('counts revenue of refund-only customers as new, not returning', () => {
    // R never bought (a refund of an order older than the data): its −30 in March is no returning revenue.
    const table = ordersTable([
      { id: 'a1', customer: 'A', date: '2024-03-01', amount: 50 },
      { id: 'old', customer: 'R', date: '2024-03-02', amount: -30, refund: true },
    ]);
    const march = ok(retentionByPeriod(table, settings(), {})).periods[0]!;
    expect([march.newRevenue, march.returningRevenue]).toEqual([20, 0]);
  });

  it('returns explicit empty states', () => {
    expect(retentionByPeriod(windowThirtyDays, thirtyDays, { customerIds: ['nobody'] })).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(retentionByPeriod(windowThirtyDays, settings({ churnWindowDays: 0 }), {})).toEqual({ status: 'empty', reason: 'invalid-churn-window' });
    const refundsOnly = ordersTable([{ id: 'r', customer: 'A', date: '2024-01-01', amount: -5, refund: true }]);
    expect(retentionByPeriod(refundsOnly, settings(), {})).toEqual({ status: 'empty', reason: 'no-customers' });
  });

  it('gives null rates, not NaN, for single-day data and a single customer', () => {
    const singleDay = ordersTable([
      { id: '1', customer: 'A', date: '2024-05-05', amount: 10 },
      { id: '2', customer: 'B', date: '2024-05-05', amount: 10 },
    ]);
    const result = ok(retentionByPeriod(singleDay, settings(), {}));
    expect(result.churnWindow).toMatchObject({ days: 90, source: 'fallback', gaps: 0, percentile90: null });
    expect(result.periods).toHaveLength(1);
    expect(result.periods[0]).toMatchObject({ startActive: 0, endActive: 2, newCustomers: 2, customerRetentionRate: null, churnRate: null });
    expectPlainJson(result);
    expectPlainJson(retentionByPeriod(ordersTable([{ id: '1', customer: 'A', date: '2024-05-05', amount: 10 }]), settings({ period: 'week' }), {}));
  });
});

describe('defaultChurnWindowDays', () => {
  /** One customer buying after each of the given gaps (days), from 2024-01-01. */
  function withGaps(gaps: readonly number[]) {
    const orders: FixtureOrder[] = [{ id: 'g0', customer: 'A', date: '2024-01-01', amount: 1 }];
    let current = day('2024-01-01');
    gaps.forEach((gap, i) => {
      current += gap;
      orders.push({ id: `g${i + 1}`, customer: 'A', date: new Date(current * 86_400_000).toISOString().slice(0, 10), amount: 1 });
    });
    return ordersTable(orders);
  }

  it('is the 90th percentile of the gaps, rounded up, at least 7 days', () => {
    // Gaps 1 … 20 sorted: h = (20 − 1) × 0.9 = 17.1 → x[17] + 0.1 × (x[18] − x[17]) = 18 + 0.1 = 18.1 → 19 days.
    expect(defaultChurnWindowDays(withGaps(Array.from({ length: 20 }, (_, i) => i + 1)), {})).toBe(19);
    // Twenty gaps of 3 days: 90th percentile 3 → raised to the 7-day minimum.
    expect(defaultChurnWindowDays(withGaps(new Array<number>(20).fill(3)), {})).toBe(7);
  });

  it('falls back to 90 days with fewer than 20 gaps', () => {
    expect(defaultChurnWindowDays(withGaps(new Array<number>(19).fill(10)), {})).toBe(90);
    expect(defaultChurnWindowDays(windowThirtyDays, {})).toBe(90);
  });

  it('counts same-day orders as one purchase day', () => {
    // 20 gaps of 10 days plus a second order on the first day (a 0-day "gap" that must not count).
    const table = withGaps(new Array<number>(20).fill(10));
    const extra = mergeOrderTables([table, ordersTable([{ id: 'same', customer: 'A', date: '2024-01-01', amount: 1 }])]);
    expect(defaultChurnWindowDays(extra, {})).toBe(10);
  });
});

describe('repeatPurchaseRate and timeBetweenOrders on window-thirty-days (Jan–Mar)', () => {
  it('gives the overall rate and the per-period trend', () => {
    // Customers in the range: A (3 purchases), C (2), B D E F G (1 each in range) → 2/7 = 28.57%.
    // Jan buyers A B C E, none with 2 purchases by 01-31 → 0; Feb buyers A (2 by 02-29), D, G (2 with 2023-12-20) → 2/3;
    // Mar buyers A (3), C (2), F (1) → 2/3.
    const result = repeatPurchaseRate(windowThirtyDays, settings(), firstQuarter);
    if (result.status !== 'ok') throw new Error('expected a rate');
    expect([result.customers, result.repeatCustomers]).toEqual([7, 2]);
    expect(result.rate).toBeCloseTo((2 / 7) * 100, 10);
    expect(result.byPeriod.map((p) => [p.period, p.buyers, p.repeatBuyers])).toEqual([
      ['2024-01', 4, 0],
      ['2024-02', 3, 2],
      ['2024-03', 3, 2],
    ]);
    expect(repeatPurchaseRate(windowThirtyDays, settings(), { customerIds: [] })).toEqual({ status: 'empty', reason: 'no-customers' });
    // A second purchase on the last day of the period counts for that period: 01-10 and 01-31 → January 1 of 1.
    const lastDay = ordersTable([
      { id: '1', customer: 'A', date: '2024-01-10', amount: 1 },
      { id: '2', customer: 'A', date: '2024-01-31', amount: 1 },
    ]);
    const january = repeatPurchaseRate(lastDay, settings(), {});
    expect(january.status === 'ok' && january.byPeriod.map((p) => [p.buyers, p.repeatBuyers, p.rate])).toEqual([[1, 1, 100]]);
  });

  it('summarises the gaps between purchase days', () => {
    // A: 01-20 → 02-10 = 21, 02-10 → 03-05 = 24 (2024 is a leap year); C: 01-10 → 03-20 = 70. G has one purchase in range.
    // mean (21 + 24 + 70)/3 = 38.33; median 24; p90: h = 2 × 0.9 = 1.8 → 24 + 0.8 × (70 − 24) = 60.8.
    const result = timeBetweenOrders(windowThirtyDays, settings(), firstQuarter);
    if (result.status !== 'ok') throw new Error('expected gaps');
    expect([result.gaps, result.customers, result.medianDays]).toEqual([3, 2, 24]);
    expect(result.meanDays).toBeCloseTo(115 / 3, 10);
    expect(result.percentile90Days).toBeCloseTo(60.8, 10);
    expect(result.bins.filter((b) => b.count > 0).map((b) => [b.fromDays, b.toDays, b.count])).toEqual([
      [15, 30, 2],
      [61, 90, 1],
    ]);
    expect(result.bins.reduce((sum, b) => sum + b.count, 0)).toBe(3);
  });

  it('says so when nobody bought twice', () => {
    const single = ordersTable([{ id: '1', customer: 'A', date: '2024-05-05', amount: 10 }]);
    expect(timeBetweenOrders(single, settings(), {})).toEqual({ status: 'empty', reason: 'no-repeat-purchases' });
    expect(timeBetweenOrders(single, settings(), { customerIds: ['x'] })).toEqual({ status: 'empty', reason: 'no-customers' });
    const result = repeatPurchaseRate(single, settings(), {});
    expect(result).toMatchObject({ status: 'ok', customers: 1, repeatCustomers: 0, rate: 0 });
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics (Hyndman & Fan 7)', () => {
    expect(quantileSorted([], 0.5)).toBeNull();
    expect(quantileSorted([5], 0.9)).toBe(5);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5); // h = 1.5
    expect(quantileSorted([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 10); // h = 3.6 → 40 + 0.6 × 10
  });
});

/** The figures recomputed the slow, obvious way: every customer, every period, the active rule as written. */
function bruteForce(rows: readonly OrderRowInput[], chosen: Settings, fromDay: number) {
  const table = tableOf(rows);
  const view = applyFilters(table, { fromDay });
  const history = applyFilters(table, {});
  const grid = periodGrid(view.firstDay, view.lastDay, periodOptionsOf(chosen));
  const window = chosen.churnWindowDays!;
  return Array.from({ length: grid.count }, (_, offset) => {
    const start = grid.startDay[offset]!;
    const end = grid.endDay[offset]!;
    const figures = { startActive: 0, endActive: 0, newCustomers: 0, lostCustomers: 0, reactivatedCustomers: 0, dormant: 0 };
    for (let position = 0; position < history.customers.length; position++) {
      const days = purchaseDays(history, position, view.lastDay);
      if (days.length === 0) continue;
      const first = days[0]!;
      const atStart = isActiveAt(days, start - 1, window);
      const atEnd = isActiveAt(days, end, window);
      const bought = days.some((d) => d >= start && d <= end);
      const isNew = first >= start && first <= end;
      if (atStart) figures.startActive++;
      if (atEnd) figures.endActive++;
      if (isNew) figures.newCustomers++;
      if (atStart && !atEnd) figures.lostCustomers++;
      if (bought && !isNew && !atStart) figures.reactivatedCustomers++;
      if (atStart && !bought && atEnd) figures.dormant++;
    }
    return figures;
  });
}

describe('retentionByPeriod properties', () => {
  const chosenSettings = fc.record({
    period: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
    churnWindowDays: fc.integer({ min: 1, max: 70 }),
  });

  it('agrees with the active rule computed customer by customer', () => {
    fc.assert(
      fc.property(fc.oneof(randomRows, denseRows), chosenSettings, fc.integer({ min: 0, max: 150 }), (rows, chosen, from) => {
        const chosenFull = settings(chosen);
        const result = retentionByPeriod(tableOf(rows), chosenFull, { fromDay: BASE_DAY + from });
        if (result.status !== 'ok') return;
        const expected = bruteForce(rows, chosenFull, BASE_DAY + from);
        expect(result.periods.map((p) => ({
          startActive: p.startActive,
          endActive: p.endActive,
          newCustomers: p.newCustomers,
          lostCustomers: p.lostCustomers,
          reactivatedCustomers: p.reactivatedCustomers,
          dormant: p.lifecycle.dormant,
        }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps CRR and churn within [0, 100], adding up to 100, with E = retained + gained', () => {
    fc.assert(
      fc.property(randomRows, chosenSettings, (rows, chosen) => {
        const result = retentionByPeriod(tableOf(rows), settings(chosen), {});
        expectPlainJson(result);
        if (result.status !== 'ok') return;
        for (const p of result.periods) {
          expect(p.retainedCustomers + p.lostCustomers).toBe(p.startActive);
          expect(p.retainedCustomers + p.gainedCustomers).toBe(p.endActive);
          expect(p.newBuyers).toBe(p.newCustomers);
          if (p.startActive === 0) {
            expect([p.customerRetentionRate, p.churnRate]).toEqual([null, null]);
            continue;
          }
          expect(p.customerRetentionRate!).toBeGreaterThanOrEqual(0);
          expect(p.customerRetentionRate!).toBeLessThanOrEqual(100);
          expect(p.churnRate!).toBeGreaterThanOrEqual(0);
          expect(p.customerRetentionRate! + p.churnRate!).toBeCloseTo(100, 9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on row order, nor on how the rows were split across merged uploads', () => {
    fc.assert(
      fc.property(randomRows, fc.nat(), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (rows, seed, side) => {
        const whole = retentionByPeriod(tableOf(rows), settings(), {});
        expect(retentionByPeriod(tableOf(shuffled(rows, seed)), settings(), {})).toEqual(whole);
        const merged = mergeOrderTables([tableOf(rows.filter((_, i) => side[i])), tableOf(rows.filter((_, i) => !side[i]))]);
        expect(retentionByPeriod(merged, settings(), {})).toEqual(whole);
        expect(timeBetweenOrders(merged, settings(), {})).toEqual(timeBetweenOrders(tableOf(rows), settings(), {}));
        expect(repeatPurchaseRate(merged, settings(), {})).toEqual(repeatPurchaseRate(tableOf(rows), settings(), {}));
      }),
      { numRuns: 100 },
    );
  });
});
