import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderTableFromRows, type OrderRowInput } from '../../../src/metrics/table';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { giniCoefficient, revenueConcentration } from '../../../src/metrics/concentration';

let nextOrder = 0;
function purchase(customerId: string | null, day: number, amount: number): OrderRowInput {
  return { orderId: `p${nextOrder++}`, customerId, day, amount, isPurchase: true };
}
function refund(customerId: string, day: number, amount: number): OrderRowInput {
  return { orderId: `r${nextOrder++}`, customerId, day, amount, isPurchase: false };
}

/**
 * six-customers-one-negative:
 *   A 60, B 20, C 10, D 10, E 5 − 5 = 0, F 10 − 30 = −20, plus a guest order of 500 (ignored).
 * Positive revenue Σ max(r, 0) = 100; negative set aside = −20; net = 80; non-positive customers: E, F.
 * Top 20% of 6 = ⌈1.2⌉ = 2 customers: A + B = 80 → 0.8.
 * Ascending (F and E count as 0): 0, 0, 10, 10, 20, 60; cumulative shares C₀…C₆ = 0, 0, 0, .1, .2, .4, 1.
 * Gini = 2 Σ i·xᵢ / (n Σx) − (n+1)/n = 2·(3·10 + 4·10 + 5·20 + 6·60)/(6·100) − 7/6 = 1060/600 − 7/6 = 0.6.
 */
const table = orderTableFromRows([
  purchase('A', 1, 60),
  purchase('B', 2, 20),
  purchase('C', 3, 10),
  purchase('D', 4, 10),
  purchase('E', 5, 5),
  refund('E', 6, -5),
  purchase('F', 7, 10),
  refund('F', 8, -30),
  purchase(null, 9, 500),
]);

describe('revenueConcentration', () => {
  it('computes the top-20% share, Lorenz curve and Gini on a hand-checked fixture', () => {
    const result = revenueConcentration(table, DEFAULT_SETTINGS, {});
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.customers).toBe(6);
    expect(result.topCustomers).toBe(2);
    expect(result.topRevenue).toBe(80);
    expect(result.topRevenueShare).toBeCloseTo(0.8, 12);
    expect(result.netRevenue).toBe(80);
    expect(result.positiveRevenue).toBe(100);
    expect(result.negativeRevenue).toBe(-20);
    expect(result.customersWithNonPositiveRevenue).toBe(2);
    expect(result.gini).toBeCloseTo(0.6, 12);
    expect(result.lorenz).toHaveLength(101);
    expect(result.lorenz[0]).toEqual({ customerShare: 0, revenueShare: 0 });
    expect(result.lorenz[100]).toEqual({ customerShare: 1, revenueShare: 1 });
    // 10%: position 0.6 → 0. 50%: position 3 → C₃ = 0.1. 60%: 3.6 → 0.1 + 0.6·0.1 = 0.16. 90%: 5.4 → 0.4 + 0.4·0.6 = 0.64.
    expect(result.lorenz[10]!.revenueShare).toBeCloseTo(0, 12);
    expect(result.lorenz[50]!.revenueShare).toBeCloseTo(0.1, 12);
    expect(result.lorenz[60]!.revenueShare).toBeCloseTo(0.16, 12);
    expect(result.lorenz[90]!.revenueShare).toBeCloseTo(0.64, 12);
  });

  it('takes ⌈share × n⌉ customers, without rounding noise', () => {
    // 15 equal customers: 0.2 × 15 = 3.0000000000000004 in floating point, still 3 customers → share 0.2; Gini 0.
    const equal = orderTableFromRows(Array.from({ length: 15 }, (_, i) => purchase(`c${i}`, i, 7)));
    const result = revenueConcentration(equal, DEFAULT_SETTINGS, {});
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.topCustomers).toBe(3);
    expect(result.topRevenueShare).toBeCloseTo(0.2, 12);
    expect(result.gini).toBe(0);
    // 7 customers, top 50%: ⌈3.5⌉ = 4.
    const seven = orderTableFromRows(Array.from({ length: 7 }, (_, i) => purchase(`c${i}`, i, i + 1)));
    const half = revenueConcentration(seven, DEFAULT_SETTINGS, {}, 0.5);
    if (half.status !== 'ok') throw new Error('expected ok');
    expect(half.topCustomers).toBe(4);
    expect(half.topRevenue).toBe(7 + 6 + 5 + 4);
  });

  it('one customer: all the revenue, Gini 0, Lorenz on the diagonal', () => {
    const one = orderTableFromRows([purchase('A', 1, 42)]);
    const result = revenueConcentration(one, DEFAULT_SETTINGS, {});
    if (result.status !== 'ok') throw new Error('expected ok');
    expect([result.topCustomers, result.topRevenueShare, result.gini]).toEqual([1, 1, 0]);
    expect(result.lorenz[37]!.revenueShare).toBeCloseTo(0.37, 12);
  });

  it('returns explicit empty states', () => {
    expect(revenueConcentration(table, DEFAULT_SETTINGS, { customerIds: [] })).toEqual({ status: 'empty', reason: 'no-customers' });
    const refundsOnly = orderTableFromRows([refund('A', 1, -5)]);
    expect(revenueConcentration(refundsOnly, DEFAULT_SETTINGS, {})).toEqual({ status: 'empty', reason: 'no-customers' });
    const nothingLeft = orderTableFromRows([purchase('A', 1, 5), refund('A', 2, -5)]);
    expect(revenueConcentration(nothingLeft, DEFAULT_SETTINGS, {})).toEqual({ status: 'empty', reason: 'no-positive-revenue' });
    expect(revenueConcentration(table, DEFAULT_SETTINGS, {}, 0)).toEqual({ status: 'empty', reason: 'invalid-top-share' });
    expect(revenueConcentration(table, DEFAULT_SETTINGS, {}, 1.5)).toEqual({ status: 'empty', reason: 'invalid-top-share' });
  });
});

const customerRevenues = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 });

function tableOf(revenues: readonly number[], order: readonly number[] = revenues.map((_, i) => i)): ReturnType<typeof orderTableFromRows> {
  // Revenue 0 is a purchase of 1 with a refund of −1, so every customer has a purchase.
  return orderTableFromRows(
    order.flatMap((i) => {
      const revenue = revenues[i]!;
      const rows: OrderRowInput[] = [{ orderId: `p${i}`, customerId: `c${i}`, day: i % 9, amount: revenue === 0 ? 1 : revenue, isPurchase: true }];
      if (revenue === 0) rows.push({ orderId: `r${i}`, customerId: `c${i}`, day: i % 9, amount: -1, isPurchase: false });
      return rows;
    }),
  );
}

describe('concentration properties', () => {
  it('top share within [topShare, 1] for non-negative revenue; Lorenz monotone and convex; Gini in [0, 1]', () => {
    fc.assert(
      fc.property(customerRevenues, fc.double({ min: 0.01, max: 1, noNaN: true }), (revenues, share) => {
        const result = revenueConcentration(tableOf(revenues), DEFAULT_SETTINGS, {}, share);
        if (revenues.every((r) => r === 0)) {
          expect(result).toEqual({ status: 'empty', reason: 'no-positive-revenue' });
          return;
        }
        if (result.status !== 'ok') throw new Error('expected ok');
        expect(result.topRevenueShare).toBeGreaterThanOrEqual(share - 1e-9);
        expect(result.topRevenueShare).toBeLessThanOrEqual(1);
        expect(result.gini).toBeGreaterThanOrEqual(0);
        expect(result.gini).toBeLessThanOrEqual(1);
        const ys = result.lorenz.map((p) => p.revenueShare);
        expect(ys[0]).toBe(0);
        expect(ys[100]).toBe(1);
        for (let k = 1; k <= 100; k++) {
          expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(-1e-12); // monotone
          expect(ys[k]!).toBeLessThanOrEqual(k / 100 + 1e-12); // under the line of equality
          if (k >= 2) expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(ys[k - 1]! - ys[k - 2]! - 1e-12); // convex
        }
      }),
    );
  });

  it('Gini equals 1 − (1/n) Σ (Cᵢ₋₁ + Cᵢ) (area form)', () => {
    fc.assert(
      fc.property(customerRevenues.filter((r) => r.some((x) => x > 0)), (revenues) => {
        const sorted = [...revenues].sort((a, b) => a - b);
        const total = sorted.reduce((s, x) => s + x, 0);
        let cumulative = 0;
        let area = 0;
        for (const x of sorted) {
          const next = cumulative + x / total;
          area += cumulative + next;
          cumulative = next;
        }
        expect(giniCoefficient(sorted, total)).toBeCloseTo(Math.max(0, 1 - area / sorted.length), 9);
      }),
    );
  });

  it('shuffling rows changes nothing', () => {
    fc.assert(
      fc.property(customerRevenues.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r.map((_, i) => i), { minLength: r.length, maxLength: r.length }))), ([revenues, order]) => {
        expect(revenueConcentration(tableOf(revenues, order), DEFAULT_SETTINGS, {})).toEqual(revenueConcentration(tableOf(revenues), DEFAULT_SETTINGS, {}));
      }),
    );
  });
});
