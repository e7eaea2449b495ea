import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { overviewKpis, type OverviewKpis } from '../../../src/metrics/kpis';
import { repeatPurchaseRate } from '../../../src/metrics/churn';
import { mergeOrderTables } from '../../../src/metrics/table';
import { day, expectPlainJson, ordersTable, randomRows, settings, shuffled, tableOf, BASE_DAY } from '../../fixtures/metrics/retentionOrders';

/**
 * two-cohorts-one-refund (as in cohorts.test.ts):
 *   o1 A 01-05 +100, o2 B 01-20 +50, o3 A 02-10 +30, o4 C 02-03 +80, refund of o2 02-15 −20,
 *   o5 B 03-25 +60, o7 guest 03-10 +15 (all 2024)
 * Whole data: orders = 6 purchase rows (guest included), customers A B C = 3,
 *   revenue 100 + 50 + 30 + 80 − 20 + 60 + 15 = 315, AOV 315/6 = 52.5,
 *   repeat: A 2, B 2, C 1 → 2/3 = 66.67%.
 */
const twoCohortsOneRefund = ordersTable([
  { id: 'o1', customer: 'A', date: '2024-01-05', amount: 100, channel: 'email' },
  { id: 'o2', customer: 'B', date: '2024-01-20', amount: 50, channel: 'social' },
  { id: 'o3', customer: 'A', date: '2024-02-10', amount: 30 },
  { id: 'o4', customer: 'C', date: '2024-02-03', amount: 80, channel: 'email' },
  { id: 'o2', customer: 'B', date: '2024-02-15', amount: -20, refund: true },
  { id: 'o5', customer: 'B', date: '2024-03-25', amount: 60 },
  { id: 'o7', customer: null, date: '2024-03-10', amount: 15 },
]);

function ok(result: ReturnType<typeof overviewKpis>): OverviewKpis {
  if (result.status !== 'ok') throw new Error(`expected KPIs, got ${result.reason}`);
  return result;
}

describe('overviewKpis', () => {
  it('gives the hand-computed figures over the whole data, with no previous period', () => {
    const result = ok(overviewKpis(twoCohortsOneRefund, settings(), {}));
    expect(result).toMatchObject({ orders: 6, customers: 3, revenue: 315, averageOrderValue: 52.5, repeatCustomers: 2, previous: null });
    expect(result.repeatPurchaseRate).toBeCloseTo(66.6667, 4);
    expectPlainJson(result);
  });

  it('compares with the same number of days just before the range', () => {
    // Range 2024-02-01 … 2024-03-31 = 29 + 31 = 60 days → previous 2023-12-03 … 2024-01-31.
    // Range: o3, o4, the refund, o5, o7 → orders 4, customers A C B = 3 (one purchase each in range),
    //   revenue 30 + 80 − 20 + 60 + 15 = 165, AOV 41.25, repeat 0%.
    // Previous: o1, o2 → orders 2, customers 2, revenue 150, AOV 75, repeat 0%.
    const result = ok(overviewKpis(twoCohortsOneRefund, settings(), { fromDay: day('2024-02-01'), toDay: day('2024-03-31') }));
    expect(result).toMatchObject({ orders: 4, customers: 3, revenue: 165, averageOrderValue: 41.25, repeatCustomers: 0, repeatPurchaseRate: 0 });
    expect(result.previous).toEqual({
      firstDay: day('2023-12-03'),
      lastDay: day('2024-01-31'),
      orders: 2,
      customers: 2,
      revenue: 150,
      averageOrderValue: 75,
      repeatCustomers: 0,
      repeatPurchaseRate: 0,
    });
  });

  it('applies customer filters to the previous period too', () => {
    // Only B: range Feb–Mar has the refund (−20) and o5 (+60); previous has o2 (+50).
    const result = ok(overviewKpis(twoCohortsOneRefund, settings(), { fromDay: day('2024-02-01'), toDay: day('2024-03-31'), customerIds: ['B'] }));
    expect([result.orders, result.customers, result.revenue]).toEqual([1, 1, 40]);
    expect(result.previous).toMatchObject({ orders: 1, customers: 1, revenue: 50 });
  });

  it('matches the repeat-purchase rate of churn.ts', () => {
    const kpis = ok(overviewKpis(twoCohortsOneRefund, settings(), {}));
    const rate = repeatPurchaseRate(twoCohortsOneRefund, settings(), {});
    expect(rate.status === 'ok' && rate.rate).toBe(kpis.repeatPurchaseRate);
  });

  it('reproduces the browser-test fixture (three-months-with-refund: 10 orders, 6 customers, 905.74, 50%)', () => {
    const table = ordersTable([
      { id: '1001', customer: 'alice', date: '2024-01-03', amount: 120 },
      { id: '1002', customer: 'bob', date: '2024-01-10', amount: 80.5 },
      { id: '1003', customer: 'carol', date: '2024-01-15', amount: 45 },
      { id: '1004', customer: 'alice', date: '2024-02-02', amount: 60 },
      { id: '1005', customer: 'dave', date: '2024-02-11', amount: 200 },
      { id: '1006', customer: 'bob', date: '2024-02-20', amount: 0, refund: true }, // fully refunded: no purchase, no revenue
      { id: '1007', customer: 'erin', date: '2024-02-25', amount: 99.99 },
      { id: '1008', customer: 'alice', date: '2024-03-05', amount: 75.25 },
      { id: '1009', customer: 'dave', date: '2024-03-09', amount: 20 },
      { id: '1010', customer: 'frank', date: '2024-03-18', amount: 150 },
      { id: '1011', customer: 'carol', date: '2024-03-28', amount: 55 },
    ]);
    const result = ok(overviewKpis(table, settings(), {}));
    expect([result.orders, result.customers, result.repeatPurchaseRate]).toEqual([10, 6, 50]);
    expect(result.revenue).toBeCloseTo(905.74, 9);
  });

  it('returns explicit empty states', () => {
    expect(overviewKpis(twoCohortsOneRefund, settings(), { customerIds: ['nobody'] })).toEqual({ status: 'empty', reason: 'no-rows' });
    expect(overviewKpis(ordersTable([]), settings(), {})).toEqual({ status: 'empty', reason: 'no-rows' });
    const refundsOnly = ordersTable([
      { id: 'r1', customer: 'A', date: '2024-01-05', amount: -10, refund: true },
      { id: 'r2', customer: 'B', date: '2024-02-05', amount: -20, refund: true },
    ]);
    expect(overviewKpis(refundsOnly, settings(), {})).toEqual({ status: 'empty', reason: 'no-orders' });
  });

  it('handles single-day data, one customer and guest-only orders', () => {
    const single = ok(overviewKpis(ordersTable([{ id: '1', customer: 'A', date: '2024-05-05', amount: 10 }]), settings(), {}));
    expect(single).toMatchObject({ orders: 1, customers: 1, revenue: 10, averageOrderValue: 10, repeatPurchaseRate: 0, previous: null });
    const guests = ok(overviewKpis(ordersTable([{ id: '1', customer: null, date: '2024-05-05', amount: 10 }]), settings(), {}));
    expect([guests.orders, guests.customers, guests.repeatPurchaseRate]).toEqual([1, 0, null]);
    expectPlainJson(guests);
  });
});

describe('overviewKpis properties', () => {
  it('is plain JSON, keeps the repeat rate within [0, 100], and ignores row order and upload splits', () => {
    fc.assert(
      fc.property(randomRows, fc.nat(), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.integer({ min: 0, max: 200 }), (rows, seed, side, from) => {
        const filters = { fromDay: BASE_DAY + from, toDay: BASE_DAY + from + 30 };
        const whole = overviewKpis(tableOf(rows), settings(), filters);
        expectPlainJson(whole);
        if (whole.status === 'ok') {
          expect(whole.customers).toBeLessThanOrEqual(whole.orders);
          expect(whole.repeatCustomers).toBeLessThanOrEqual(whole.customers);
          if (whole.repeatPurchaseRate !== null) expect(whole.repeatPurchaseRate).toBeLessThanOrEqual(100);
        }
        expect(overviewKpis(tableOf(shuffled(rows, seed)), settings(), filters)).toEqual(whole);
        const merged = mergeOrderTables([tableOf(rows.filter((_, i) => side[i])), tableOf(rows.filter((_, i) => !side[i]))]);
        expect(overviewKpis(merged, settings(), filters)).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });
});
