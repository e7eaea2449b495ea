import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAYS_PER_MONTH, expectedPurchases, predictedClv, reduceDropout, whatIfRetention, type BgNbdParams, type GammaGammaParams, type PredictedClvOptions } from '../../../src/metrics/predictive';
import { expectAllFinite, summaryFromColumns } from './helpers';

const ones: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };
const spendParams: GammaGammaParams = { p: 2, q: 3, gamma: 4 };
const month = DAYS_PER_MONTH / 7; // 4.348125 weeks
const options: PredictedClvOptions = { horizonMonths: 1, monthlyDiscountRate: 0.01, marginPercent: 50, timeUnit: 'week' };

/** one-new-customer: x = 0, T = 3 weeks. */
const newCustomer = summaryFromColumns({ frequency: [0], recency: [0], age: [3] });

describe('predictedClv by hand', () => {
  it('values a customer with no repeat purchase at r = α = a = b = 1', () => {
    // x = 0 → P(alive) = 1 and the posterior is (r, α+T, a, b) = (1, 4, 1, 1), whose E[X(t)] is
    // ∫₀¹ t/(4 + pt) dp = ln(1 + t/4). Spend: pγ/(q−1) = 8/2 = 4. Margin 50 %, d = 1 %.
    // 1 month: ln(1 + 4.348125/4) · 4 · 0.5 / 1.01.
    const e1 = Math.log(1 + month / 4);
    const one = predictedClv(newCustomer, ones, spendParams, options);
    if (one.status !== 'ok') throw new Error('expected ok');
    expect(one.total).toBeCloseTo((e1 * 4 * 0.5) / 1.01, 12);
    expect(one.perCustomer.expectedPurchases[0]).toBeCloseTo(e1, 12);
    expect(one.perCustomer.expectedAverageSpend[0]).toBe(4);
    expect(one.perCustomer.probabilityAlive[0]).toBe(1);
    // 2 months: + (ln(1 + 2·4.348125/4) − e1) · 4 · 0.5 / 1.01².
    const e2 = Math.log(1 + (2 * month) / 4);
    const two = predictedClv(newCustomer, ones, spendParams, { ...options, horizonMonths: 2 });
    if (two.status !== 'ok') throw new Error('expected ok');
    expect(two.total).toBeCloseTo((e1 * 2) / 1.01 + ((e2 - e1) * 2) / 1.01 ** 2, 12);
    expect(two.mean).toBeCloseTo(two.total, 12);
  });

  it('uses the conditional expectation of eq. 10 month by month for repeat buyers', () => {
    const params: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const summary = summaryFromColumns({ frequency: [3], recency: [20], age: [38], monetary: [30] });
    const result = predictedClv(summary, params, spendParams, { ...options, horizonMonths: 6, marginPercent: null });
    if (result.status !== 'ok') throw new Error('expected ok');
    const spend = (2 * (4 + 3 * 30)) / (2 * 3 + 3 - 1); // Gamma-Gamma: p(γ + x m)/(px + q − 1) = 188/8
    let expected = 0;
    for (let m = 1; m <= 6; m++) {
      const increment = expectedPurchases(params, m * month, 3, 20, 38)! - expectedPurchases(params, (m - 1) * month, 3, 20, 38)!;
      expected += (increment * spend) / 1.01 ** m;
    }
    expect(result.total).toBeCloseTo(expected, 10);
    expect(result.basis).toBe('revenue');
    expect(result.perCustomer.predictedClv[0]).toBeCloseTo(result.perCustomer.probabilityAlive[0]! * result.perCustomer.predictedClvIfAlive[0]!, 12);
  });

  it('totals by the group keys the caller gives, sorted by key', () => {
    const summary = summaryFromColumns({ frequency: [0, 0, 0], recency: [0, 0, 0], age: [3, 3, 3] });
    const result = predictedClv(summary, ones, spendParams, { ...options, groupKeys: ['2024-02', '2024-01', '2024-02'] });
    if (result.status !== 'ok') throw new Error('expected ok');
    const each = result.perCustomer.predictedClv[0]!;
    expect(result.groups).toEqual([
      { key: '2024-01', customers: 1, customersWithEstimate: 1, total: each, mean: each },
      { key: '2024-02', customers: 2, customersWithEstimate: 2, total: 2 * each, mean: each },
    ]);
  });
});

describe('predictedClv properties', () => {
  const customers = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 15 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 60, noNaN: true }), fc.double({ min: 1, max: 200, noNaN: true })),
    { minLength: 1, maxLength: 8 },
  );
  const toSummary = (rows: [number, number, number, number][]) =>
    summaryFromColumns({ frequency: rows.map((r) => r[0]), recency: rows.map((r) => (r[0] === 0 ? 0 : r[1] * r[2])), age: rows.map((r) => r[2]), monetary: rows.map((r) => (r[0] === 0 ? 0 : r[3])) });
  const params: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

  it('grows with the horizon, falls with the discount rate, and scales with the margin', () => {
    fc.assert(
      fc.property(customers, fc.integer({ min: 1, max: 36 }), fc.double({ min: 0, max: 0.05, noNaN: true }), (rows, horizon, discount) => {
        const summary = toSummary(rows);
        const base = { ...options, horizonMonths: horizon, monthlyDiscountRate: discount };
        const total = (o: Partial<PredictedClvOptions>): number => {
          const result = predictedClv(summary, params, spendParams, { ...base, ...o });
          if (result.status !== 'ok') throw new Error('expected ok');
          expectAllFinite(result);
          return result.total;
        };
        const now = total({});
        expect(total({ horizonMonths: horizon + 1 })).toBeGreaterThanOrEqual(now * (1 - 1e-12));
        expect(total({ monthlyDiscountRate: discount + 0.01 })).toBeLessThanOrEqual(now * (1 + 1e-12));
        expect(total({ marginPercent: 25 })).toBeCloseTo(now / 2, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('what-if: lowering dropout never lowers total CLV, and 0 % changes nothing', () => {
    fc.assert(
      fc.property(customers, fc.double({ min: 0, max: 99, noNaN: true }), (rows, reduction) => {
        const result = whatIfRetention(toSummary(rows), params, spendParams, { ...options, horizonMonths: 12, dropoutReductionPercent: reduction });
        if (result.status !== 'ok') throw new Error('expected ok');
        expect(result.totalAfter).toBeGreaterThanOrEqual(result.totalBefore * (1 - 1e-12));
        expectAllFinite(result);
      }),
      { numRuns: 60 },
    );
    const unchanged = whatIfRetention(newCustomer, params, spendParams, { ...options, dropoutReductionPercent: 0 });
    expect(unchanged).toMatchObject({ status: 'ok', difference: 0, differencePercent: 0 });
  });
});

describe('whatIfRetention by hand', () => {
  it('scales the mean dropout a/(a+b) by (1 − k/100) keeping a + b', () => {
    // a = 0.8, b = 2.5, k = 20 %: a' = 0.64, b' = 3.3 − 0.64 = 2.66; mean 0.8/3.3 → 0.64/3.3.
    const after = reduceDropout({ r: 0.5, alpha: 6, a: 0.8, b: 2.5 }, 20);
    expect(after.a).toBeCloseTo(0.64, 14);
    expect(after.b).toBeCloseTo(2.66, 14);
    expect(after.r).toBe(0.5);
    expect(after.alpha).toBe(6);
    const summary = summaryFromColumns({ frequency: [2, 0], recency: [10, 0], age: [30, 30], monetary: [20, 0] });
    const result = whatIfRetention(summary, { r: 0.5, alpha: 6, a: 0.8, b: 2.5 }, spendParams, { ...options, horizonMonths: 12, dropoutReductionPercent: 20 });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.dropoutMeanBefore).toBeCloseTo(0.8 / 3.3, 14);
    expect(result.dropoutMeanAfter).toBeCloseTo(0.64 / 3.3, 14);
    const after12 = predictedClv(summary, after, spendParams, { ...options, horizonMonths: 12 });
    if (after12.status !== 'ok') throw new Error('expected ok');
    expect(result.totalAfter).toBeCloseTo(after12.total, 12);
    expect(result.difference).toBeCloseTo(result.totalAfter - result.totalBefore, 12);
    expect(result.difference).toBeGreaterThan(0);
  });
});

describe('predictedClv and whatIfRetention on bad input', () => {
  it('return explicit empty states, never NaN', () => {
    const empty = summaryFromColumns({ frequency: [], recency: [], age: [] });
    expect(predictedClv(empty, ones, spendParams, options)).toEqual({ status: 'empty', reason: 'no-customers' });
    expect(predictedClv(newCustomer, ones, spendParams, { ...options, horizonMonths: 0 })).toEqual({ status: 'empty', reason: 'invalid-options' });
    expect(predictedClv(newCustomer, ones, spendParams, { ...options, monthlyDiscountRate: -0.1 })).toEqual({ status: 'empty', reason: 'invalid-options' });
    expect(predictedClv(newCustomer, ones, spendParams, { ...options, marginPercent: 120 })).toEqual({ status: 'empty', reason: 'invalid-options' });
    expect(predictedClv(newCustomer, ones, spendParams, { ...options, timeUnit: 'day' })).toEqual({ status: 'empty', reason: 'time-unit-mismatch' });
    expect(predictedClv(newCustomer, { ...ones, a: 0 }, spendParams, options)).toEqual({ status: 'empty', reason: 'invalid-params' });
    expect(predictedClv(newCustomer, ones, spendParams, { ...options, groupKeys: ['a', 'b'] })).toEqual({ status: 'empty', reason: 'mismatched-groups' });
    expect(whatIfRetention(newCustomer, ones, spendParams, { ...options, dropoutReductionPercent: 100 })).toEqual({ status: 'empty', reason: 'invalid-reduction' });
  });

  it('leaves out, and counts, customers whose figures are undefined', () => {
    // q = 1: no population mean spend for x = 0 → no estimate for that customer; the repeat buyer keeps one.
    const summary = summaryFromColumns({ frequency: [0, 2], recency: [0, 5], age: [10, 10], monetary: [0, 12] });
    const result = predictedClv(summary, ones, { p: 2, q: 1, gamma: 4 }, { ...options, groupKeys: ['g', 'g'] });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.customersWithEstimate).toBe(1);
    expect(result.perCustomer.predictedClv[0]).toBeNull();
    expect(result.perCustomer.expectedPurchases[0]).not.toBeNull();
    expect(result.total).toBeCloseTo(result.perCustomer.predictedClv[1]!, 12);
    expect(result.groups).toEqual([{ key: 'g', customers: 2, customersWithEstimate: 1, total: result.total, mean: result.total }]);
    // α tiny and T = 0: t/(α+T) ≈ 5e9 over 100 years, beyond the series: the customer has no estimate.
    const runaway = predictedClv(summaryFromColumns({ frequency: [0], recency: [0], age: [0] }), { r: 1, alpha: 1e-6, a: 2, b: 1 }, spendParams, { ...options, horizonMonths: 1200 });
    expect(runaway).toMatchObject({ status: 'ok', customersWithEstimate: 0, total: 0, mean: null });
    expectAllFinite(runaway);
  });
});
