import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerSummary } from '../../../src/metrics/predictive';
import { dayFromIso } from '../../../src/metrics/calendar';
import { orderTableFromRows, type OrderRowInput } from '../../../src/metrics/table';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, loadCdnowTable, loadPublishedSummary } from '../../fixtures/cdnow/load';
import { expectAllFinite } from './helpers';

const day = (iso: string): number => dayFromIso(iso)!;
let orderNumber = 0;
function purchase(customerId: string | null, iso: string, amount: number, channel = 'web'): OrderRowInput {
  return { orderId: `o${++orderNumber}`, customerId, day: day(iso), amount, isPurchase: true, attributes: { channel } };
}
function refund(customerId: string, iso: string, amount: number): OrderRowInput {
  return { orderId: `o${++orderNumber}`, customerId, day: day(iso), amount, isPurchase: false, attributes: { channel: 'web' } };
}

/**
 * two-buyers-same-day-orders-refund-holdout (calibration ends 2024-01-31, holdout ends 2024-02-29):
 *   A: 01-01 10 and 01-01 5 (one purchase day), 01-08 20, 01-15 30, refund 01-16 −30 (ignored),
 *      holdout 02-05 40 and 02-05 1 (one day), 03-10 9 (after the holdout)
 *   B: 01-20 7 (store channel)
 *   C: first purchase 02-10, after the calibration end → left out
 *   D: a refund only → left out; a guest order → left out
 * A: x = 2 (01-08, 01-15), t_x = 14/7 = 2, T = 30/7, monetary = (20 + 30)/2 = 25,
 *    calibration revenue = 10 + 5 + 20 + 30 = 65, holdout days = 1.
 * B: x = 0, t_x = 0, T = 11/7, monetary 0, revenue 7, holdout 0. Holdout length 29/7 weeks.
 */
const rows: OrderRowInput[] = [
  purchase('A', '2024-01-01', 10),
  purchase('A', '2024-01-01', 5),
  purchase('A', '2024-01-08', 20),
  purchase('A', '2024-01-15', 30),
  refund('A', '2024-01-16', -30),
  purchase('A', '2024-02-05', 40),
  purchase('A', '2024-02-05', 1),
  purchase('A', '2024-03-10', 9),
  purchase('B', '2024-01-20', 7, 'store'),
  purchase('C', '2024-02-10', 50),
  refund('D', '2024-01-10', -5),
  purchase(null, '2024-01-05', 999),
];
const table = orderTableFromRows(rows, ['channel']);
const options = { calibrationEndDay: day('2024-01-31'), holdoutEndDay: day('2024-02-29'), timeUnit: 'week' as const };

describe('customerSummary on a hand-computed fixture', () => {
  it('computes x, t_x, T, monetary value and holdout purchases', () => {
    const summary = customerSummary(table, options);
    if (summary.status !== 'ok') throw new Error('expected ok');
    expect(summary.customerIds).toEqual(['A', 'B']);
    expect(Array.from(summary.frequency)).toEqual([2, 0]);
    expect(summary.recency[0]).toBeCloseTo(2, 12);
    expect(summary.recency[1]).toBe(0);
    expect(summary.age[0]).toBeCloseTo(30 / 7, 12);
    expect(summary.age[1]).toBeCloseTo(11 / 7, 12);
    expect(Array.from(summary.monetary)).toEqual([25, 0]);
    expect(Array.from(summary.calibrationRevenue)).toEqual([65, 7]);
    expect(Array.from(summary.holdoutFrequency!)).toEqual([1, 0]);
    expect(summary.holdoutLength).toBeCloseTo(29 / 7, 12);
    expect(Array.from(summary.firstPurchaseDay)).toEqual([day('2024-01-01'), day('2024-01-20')]);
    expect(summary.leftTruncatedCustomers).toBe(0);
  });

  it('counts in days with timeUnit day, and has no holdout columns without a holdout end', () => {
    const summary = customerSummary(table, { calibrationEndDay: day('2024-01-31'), timeUnit: 'day' });
    if (summary.status !== 'ok') throw new Error('expected ok');
    expect(Array.from(summary.recency)).toEqual([14, 0]);
    expect(Array.from(summary.age)).toEqual([30, 11]);
    expect(summary.holdoutFrequency).toBeNull();
    expect(summary.holdoutLength).toBeNull();
  });

  it('applies filters: attributes of the first purchase, and day ranges (reporting left truncation)', () => {
    const store = customerSummary(table, { ...options, filters: { attributes: { channel: ['store'] } } });
    if (store.status !== 'ok') throw new Error('expected ok');
    expect(store.customerIds).toEqual(['B']);
    // From 01-05 on, A's first purchase is 01-08: x = 1 (01-15), t_x = 1, T = 23/7, monetary 30.
    const late = customerSummary(table, { ...options, filters: { fromDay: day('2024-01-05') } });
    if (late.status !== 'ok') throw new Error('expected ok');
    expect(late.frequency[0]).toBe(1);
    expect(late.recency[0]).toBeCloseTo(1, 12);
    expect(late.age[0]).toBeCloseTo(23 / 7, 12);
    expect(late.monetary[0]).toBe(30);
    expect(late.leftTruncatedCustomers).toBe(1);
  });

  it('returns explicit empty states', () => {
    expect(customerSummary(table, { ...options, filters: { customerIds: ['nobody'] } })).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(customerSummary(table, { ...options, calibrationEndDay: day('2023-12-31') })).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(customerSummary(table, { ...options, holdoutEndDay: day('2024-01-31') })).toEqual({ status: 'empty', reason: 'invalid-holdout' });
    const refundsOnly = orderTableFromRows([refund('A', '2024-01-02', -3), refund('B', '2024-01-03', -4)]);
    expect(customerSummary(refundsOnly, options)).toEqual({ status: 'empty', reason: 'no-customers' });
  });
});

describe('customerSummary on CDNOW', () => {
  it('reproduces cdnow_customers_summary_with_transactions.csv for all 2,357 customers', () => {
    const summary = customerSummary(loadCdnowTable(), { calibrationEndDay: CDNOW_CALIBRATION_END, holdoutEndDay: CDNOW_HOLDOUT_END, timeUnit: 'week' });
    if (summary.status !== 'ok') throw new Error('expected ok');
    const published = loadPublishedSummary();
    expect(published).toHaveLength(2357);
    expect(summary.customers).toBe(2357);
    expect(summary.holdoutLength).toBe(39); // 1997-09-30 → 1998-06-30 is 273 days = 39 weeks
    const position = new Map(summary.customerIds.map((id, i) => [id, i]));
    // The csv rounds to 2 decimals: a match is within half a unit of the last place.
    const tolerance = 0.005 + 1e-9;
    const mismatches: string[] = [];
    for (const row of published) {
      const i = position.get(row.id);
      if (i === undefined) {
        mismatches.push(`${row.id} missing`);
        continue;
      }
      if (summary.frequency[i] !== row.x) mismatches.push(`${row.id} x`);
      if (Math.abs(summary.recency[i]! - row.recency) > tolerance) mismatches.push(`${row.id} t_x`);
      if (Math.abs(summary.age[i]! - row.age) > tolerance) mismatches.push(`${row.id} T`);
      if (Math.abs(summary.monetary[i]! - row.monetary) > tolerance) mismatches.push(`${row.id} zbar`);
    }
    expect(mismatches).toEqual([]);
    expectAllFinite(summary);
  });
});

describe('customerSummary invariants', () => {
  const base = day('2024-01-01');
  const orderArbitrary = fc.record({
    customer: fc.integer({ min: 0, max: 6 }),
    offset: fc.integer({ min: 0, max: 120 }),
    amount: fc.double({ min: -50, max: 500, noNaN: true }),
    isPurchase: fc.boolean(),
  });
  it('has integer x ≥ 0, 0 ≤ t_x ≤ T, monetary 0 exactly when x = 0, and holdout purchases ≥ 0', () => {
    fc.assert(
      fc.property(fc.array(orderArbitrary, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 120 }), fc.constantFrom('day' as const, 'week' as const), (orders, calibrationOffset, timeUnit) => {
        const orderTable = orderTableFromRows(
          orders.map((order, i) => ({ orderId: `o${i}`, customerId: `c${order.customer}`, day: base + order.offset, amount: order.amount, isPurchase: order.isPurchase })),
        );
        const summary = customerSummary(orderTable, { calibrationEndDay: base + calibrationOffset, holdoutEndDay: base + 121, timeUnit });
        const buyers = new Set(orders.filter((o) => o.isPurchase && o.offset <= calibrationOffset).map((o) => o.customer));
        if (summary.status !== 'ok') {
          expect(buyers.size).toBe(0);
          return;
        }
        expect(summary.customers).toBe(buyers.size);
        for (let i = 0; i < summary.customers; i++) {
          const x = summary.frequency[i]!;
          expect(Number.isInteger(x) && x >= 0).toBe(true);
          expect(summary.recency[i]!).toBeGreaterThanOrEqual(0);
          expect(summary.recency[i]!).toBeLessThanOrEqual(summary.age[i]!);
          if (x === 0) expect(summary.recency[i]).toBe(0);
          if (x === 0) expect(summary.monetary[i]).toBe(0);
          expect(summary.holdoutFrequency![i]!).toBeGreaterThanOrEqual(0);
        }
        expectAllFinite(summary);
      }),
      { numRuns: 200 },
    );
  });
});
