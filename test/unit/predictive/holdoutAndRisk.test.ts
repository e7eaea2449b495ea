import { describe, expect, it } from 'vitest';
import {
  atRiskCustomers,
  calibrationHoldoutCheck,
  customerSummary,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  predictedClv,
  probabilityAlive,
  type BgNbdParams,
  type GammaGammaParams,
} from '../../../src/metrics/predictive';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, loadCdnowTable } from '../../fixtures/cdnow/load';
import { expectAllFinite, summaryFromColumns } from './helpers';

const ones: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };
const published: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const spendParams: GammaGammaParams = { p: 2, q: 3, gamma: 4 };

describe('calibrationHoldoutCheck by hand', () => {
  it('groups by calibration frequency 0…6 and 7+, with actual and expected means', () => {
    // three-customers-ten-week-holdout: x = 0 (T = 5, 1 holdout purchase), x = 1 (t_x = 2, T = 5, 0),
    // x = 8 (t_x = 4, T = 5, 3). At r = α = a = b = 1 the x = 0 expectation is ln(1 + 10/(1+5)).
    const summary = summaryFromColumns({ frequency: [0, 1, 8], recency: [0, 2, 4], age: [5, 5, 5], holdoutFrequency: [1, 0, 3], holdoutLength: 10 });
    const check = calibrationHoldoutCheck(summary, ones);
    if (check.status !== 'ok') throw new Error('expected ok');
    expect(check.rows.map((row) => row.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(check.rows.map((row) => row.customers)).toEqual([1, 1, 0, 0, 0, 0, 0, 1]);
    expect(check.rows.map((row) => row.actualMean)).toEqual([1, 0, null, null, null, null, null, 3]);
    expect(check.rows[0]!.expectedMean).toBeCloseTo(Math.log(1 + 10 / 6), 12);
    expect(check.rows[1]!.expectedMean).toBeCloseTo(expectedPurchases(ones, 10, 1, 2, 5)!, 12);
    expect(check.rows[7]!.expectedMean).toBeCloseTo(expectedPurchases(ones, 10, 8, 4, 5)!, 12);
    expect(check.rows[2]!.expectedMean).toBeNull();
    expect(check.actualTotal).toBe(4);
    expect(check.customersWithoutExpectation).toBe(0);
  });

  it('is empty without a holdout period or with invalid parameters', () => {
    const summary = summaryFromColumns({ frequency: [1], recency: [1], age: [2] });
    expect(calibrationHoldoutCheck(summary, ones)).toEqual({ status: 'empty', reason: 'no-holdout' });
    const withHoldout = summaryFromColumns({ frequency: [1], recency: [1], age: [2], holdoutFrequency: [0], holdoutLength: 3 });
    expect(calibrationHoldoutCheck(withHoldout, { ...ones, r: Number.NaN })).toEqual({ status: 'empty', reason: 'invalid-params' });
  });
});

describe('atRiskCustomers by hand', () => {
  // quiet-big-spender-and-recent-buyer: c0 x = 3, last purchase at week 2 of 30, revenue 900;
  // c1 x = 3, last purchase at week 29 of 30, revenue 100; c2 x = 0 (P(alive) = 1, never at risk).
  const summary = summaryFromColumns({ frequency: [3, 3, 0], recency: [2, 29, 0], age: [30, 30, 30], monetary: [200, 25, 0], calibrationRevenue: [900, 100, 40] });
  const clv = predictedClv(summary, published, spendParams, { horizonMonths: 12, monthlyDiscountRate: 0.01, marginPercent: 40, timeUnit: 'week' });
  if (clv.status !== 'ok') throw new Error('expected ok');

  it('ranks by (1 − P(alive)) · max(historical value, CLV if alive), repeat buyers only', () => {
    const result = atRiskCustomers(summary, clv);
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.customers.map((c) => c.customerId)).toEqual(['c0', 'c1']);
    const first = result.customers[0]!;
    const alive = probabilityAlive(published, 3, 2, 30)!;
    expect(first.probabilityAlive).toBeCloseTo(alive, 14);
    expect(first.historicalValue).toBeCloseTo(900 * 0.4, 12); // revenue × the CLV's 40 % margin
    expect(first.valueAtRisk).toBeCloseTo((1 - alive) * Math.max(360, first.predictedClvIfAlive), 12);
    expect(first.predictedClv).toBeCloseTo(alive * first.predictedClvIfAlive, 12);
    expect(result.customersAtRisk).toBe(2);
    expect(result.totalValueAtRisk).toBeCloseTo(result.customers[0]!.valueAtRisk + result.customers[1]!.valueAtRisk, 12);
    expect(atRiskCustomers(summary, clv, { limit: 1 })).toMatchObject({ customersAtRisk: 2, customers: [{ customerId: 'c0' }] });
  });

  it('is empty for mismatched inputs', () => {
    const other = summaryFromColumns({ frequency: [1], recency: [1], age: [2] });
    expect(atRiskCustomers(other, clv)).toEqual({ status: 'empty', reason: 'mismatched-inputs' });
  });
});

describe('the predictive pipeline on CDNOW', () => {
  it('fits, checks the holdout, values and ranks customers without a NaN anywhere', () => {
    const summary = customerSummary(loadCdnowTable(), { calibrationEndDay: CDNOW_CALIBRATION_END, holdoutEndDay: CDNOW_HOLDOUT_END, timeUnit: 'week' });
    if (summary.status !== 'ok') throw new Error('summary failed');
    const bgnbd = fitBgNbd(summary);
    const gammaGamma = fitGammaGamma(summary);
    if (bgnbd.status !== 'ok' || gammaGamma.status !== 'ok') throw new Error('fit failed');

    const check = calibrationHoldoutCheck(summary, bgnbd.params);
    if (check.status !== 'ok') throw new Error('expected ok');
    expect(check.rows.reduce((sum, row) => sum + row.customers, 0)).toBe(2357);
    expect(check.actualTotal).toBe(summary.holdoutFrequency!.reduce((sum, value) => sum + value, 0));
    // Conditional expectations rise with calibration frequency, as the actual means do (the conditional-expectation plot of FHL 2005).
    const expectedMeans = check.rows.map((row) => row.expectedMean!);
    for (let i = 1; i < expectedMeans.length; i++) expect(expectedMeans[i]!).toBeGreaterThan(expectedMeans[i - 1]!);
    // A sanity bound, not a published figure: 1,653 expected vs 1,882 actual repeat-purchase days.
    expect(Math.abs(check.expectedTotal / check.actualTotal - 1)).toBeLessThan(0.2);

    const cohortOf = Array.from(summary.firstPurchaseDay, (day) => new Date(day * 86_400_000).toISOString().slice(0, 7));
    const clv = predictedClv(summary, bgnbd.params, gammaGamma.params, { horizonMonths: 12, monthlyDiscountRate: 0.01, marginPercent: null, timeUnit: 'week', groupKeys: cohortOf });
    if (clv.status !== 'ok') throw new Error('expected ok');
    expect(clv.customersWithEstimate).toBe(2357);
    expect(clv.groups!.map((group) => group.key)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(clv.groups!.reduce((sum, group) => sum + group.total, 0)).toBeCloseTo(clv.total, 6);
    const atRisk = atRiskCustomers(summary, clv, { limit: 20 });
    if (atRisk.status !== 'ok') throw new Error('expected ok');
    expect(atRisk.customers).toHaveLength(20);
    for (let i = 1; i < atRisk.customers.length; i++) expect(atRisk.customers[i]!.valueAtRisk).toBeLessThanOrEqual(atRisk.customers[i - 1]!.valueAtRisk);
    for (const value of [summary, bgnbd, gammaGamma, check, clv, atRisk]) expectAllFinite(value);
  });
});
