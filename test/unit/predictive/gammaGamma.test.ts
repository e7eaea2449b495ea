import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customerSummary,
  expectedAverageSpend,
  fitGammaGamma,
  frequencyMonetaryCorrelation,
  gammaGammaLogLikelihood,
  type GammaGammaParams,
} from '../../../src/metrics/predictive';
import { CDNOW_CALIBRATION_END, loadCdnowTable, loadPublishedSummary } from '../../fixtures/cdnow/load';
import { expectAllFinite, simpson, summaryFromColumns } from './helpers';

const cdnow = customerSummary(loadCdnowTable(), { calibrationEndDay: CDNOW_CALIBRATION_END, timeUnit: 'week' });
if (cdnow.status !== 'ok') throw new Error('CDNOW summary failed');

describe('Gamma-Gamma log-likelihood', () => {
  it('matches hand-computed densities', () => {
    // p = q = γ = 1, x = 1, m = 1: Γ(2)/(Γ(1)Γ(1)) · 1¹ · 1⁰ · 1¹ / (1 + 1)² = 1/4.
    expect(gammaGammaLogLikelihood({ p: 1, q: 1, gamma: 1 }, 1, 1)).toBeCloseTo(Math.log(1 / 4), 13);
    // p = 2, q = 3, γ = 4, x = 2, m = 5 (px = 4): Γ(7)/(Γ(4)Γ(3)) = 720/12 = 60; γ^q = 64;
    // m^(px−1) = 125; x^(px) = 16; (γ + m x)^(px+q) = 14⁷ = 105,413,504 → 7,680,000 / 105,413,504.
    expect(gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, 2, 5)).toBeCloseTo(Math.log(7_680_000 / 105_413_504), 12);
  });

  it('is a density in m_x: it integrates to 1', () => {
    // With px > 1 and q > 1 the transformed integrand vanishes at both ends (m^(px−1) at u = 0,
    // (1−u)^(q−1) at u = 1), so setting it to 0 there is exact and Simpson is accurate.
    const params = fc.record({ p: fc.double({ min: 1.5, max: 8, noNaN: true }), q: fc.double({ min: 1.5, max: 8, noNaN: true }), gamma: fc.double({ min: 0.5, max: 50, noNaN: true }) });
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 6 }), (p, x) => {
        // m = s·u/(1−u) maps (0, 1) onto (0, ∞), with s the prior mean scale γ/x; dm = s/(1−u)² du.
        const scale = p.gamma / x;
        const integrand = (u: number): number => {
          if (u <= 0 || u >= 1) return 0;
          const m = (scale * u) / (1 - u);
          return Math.exp(gammaGammaLogLikelihood(p, x, m)) * (scale / (1 - u) ** 2);
        };
        expect(simpson(integrand, 0, 1, 20000)).toBeCloseTo(1, 4);
      }),
      { numRuns: 60 },
    );
  });
});

describe('fitGammaGamma on CDNOW', () => {
  const fit = fitGammaGamma(cdnow);

  it('lands within 1% of the published p, q, γ and of the ML fit on the csv', () => {
    if (fit.status !== 'ok') throw new Error(`fit failed: ${fit.reason}`);
    expect(fit.customers).toBe(946); // repeat buyers in the calibration period
    const published: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
    const maximumLikelihood: GammaGammaParams = { p: 6.248, q: 3.745, gamma: 15.451 };
    for (const key of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit.params[key] / published[key] - 1)).toBeLessThan(0.01);
      expect(Math.abs(fit.params[key] / maximumLikelihood[key] - 1)).toBeLessThan(0.01);
    }
    expectAllFinite(fit);
  });

  it("reproduces lifetimes' conditional expected average spend", () => {
    if (fit.status !== 'ok') throw new Error('fit failed');
    // lifetimes README (PROVENANCE.md): 24.658619 (x = 2, m = 22.35), 18.911489 (x = 1, m = 11.77),
    // 35.170981 (x = 0: pγ/(q−1)). Our estimates differ from lifetimes' in the 4th digit (we fit on
    // unrounded spend), which moves these by < 0.002.
    expect(Math.abs(expectedAverageSpend(fit.params, 2, 22.35)! - 24.658619)).toBeLessThan(0.005);
    expect(Math.abs(expectedAverageSpend(fit.params, 1, 11.77)! - 18.911489)).toBeLessThan(0.005);
    expect(Math.abs(expectedAverageSpend(fit.params, 0, 0)! - 35.170981)).toBeLessThan(0.005);
  });
});

describe('expectedAverageSpend', () => {
  it('matches the formula by hand', () => {
    // p = 2, q = 3, γ = 4: x = 0 → pγ/(q−1) = 8/2 = 4; x = 3, m = 10 → 2·(4 + 30)/(6 + 3 − 1) = 68/8 = 8.5.
    expect(expectedAverageSpend({ p: 2, q: 3, gamma: 4 }, 0, 0)).toBe(4);
    expect(expectedAverageSpend({ p: 2, q: 3, gamma: 4 }, 3, 10)).toBe(8.5);
  });

  it('lies between the population mean and the customer mean (a weighted average)', () => {
    const params = fc.record({ p: fc.double({ min: 0.01, max: 50, noNaN: true }), q: fc.double({ min: 1.01, max: 50, noNaN: true }), gamma: fc.double({ min: 0.01, max: 1e4, noNaN: true }) });
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1e5, noNaN: true }), (p, x, m) => {
        const population = (p.p * p.gamma) / (p.q - 1);
        const value = expectedAverageSpend(p, x, m)!;
        const slack = 1e-9 * Math.max(population, m, 1);
        expect(value).toBeGreaterThanOrEqual(Math.min(population, m) - slack);
        expect(value).toBeLessThanOrEqual(Math.max(population, m) + slack);
      }),
    );
  });

  it('is null where the mean does not exist or the input is invalid', () => {
    expect(expectedAverageSpend({ p: 2, q: 1, gamma: 4 }, 0, 0)).toBeNull(); // q ≤ 1: infinite population mean
    expect(expectedAverageSpend({ p: 0.1, q: 0.5, gamma: 4 }, 1, 5)).toBeNull(); // px + q − 1 < 0
    expect(expectedAverageSpend({ p: 2, q: 3, gamma: 4 }, 1.5, 5)).toBeNull();
    expect(expectedAverageSpend({ p: 2, q: 3, gamma: 4 }, 1, -5)).toBeNull();
    expect(expectedAverageSpend({ p: Number.NaN, q: 3, gamma: 4 }, 1, 5)).toBeNull();
  });
});

describe('frequencyMonetaryCorrelation', () => {
  it('is the Pearson correlation over repeat buyers, by hand', () => {
    // Repeat buyers (x, m): (1, 10), (2, 30), (3, 20); x = 0 customers are left out.
    // x̄ = 2, m̄ = 20; Σdxdm = (−1)(−10) + 0 + (1)(0) = 10; Σdx² = 2; Σdm² = 100 + 100 = 200 → r = 10/√400 = 0.5.
    const summary = summaryFromColumns({ frequency: [1, 2, 3, 0], recency: [1, 2, 3, 0], age: [5, 5, 5, 5], monetary: [10, 30, 20, 0] });
    expect(frequencyMonetaryCorrelation(summary)).toEqual({ status: 'ok', correlation: 0.5, customers: 3 });
  });

  it('agrees with the csv on CDNOW and reports empty states', () => {
    const rows = loadPublishedSummary().filter((row) => row.x > 0 && row.monetary > 0);
    const meanX = rows.reduce((s, r) => s + r.x, 0) / rows.length;
    const meanM = rows.reduce((s, r) => s + r.monetary, 0) / rows.length;
    const covariance = rows.reduce((s, r) => s + (r.x - meanX) * (r.monetary - meanM), 0);
    const varianceX = rows.reduce((s, r) => s + (r.x - meanX) ** 2, 0);
    const varianceM = rows.reduce((s, r) => s + (r.monetary - meanM) ** 2, 0);
    const result = frequencyMonetaryCorrelation(cdnow);
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.correlation).toBeCloseTo(covariance / Math.sqrt(varianceX * varianceM), 4);
    const two = summaryFromColumns({ frequency: [1, 2], recency: [1, 1], age: [2, 2], monetary: [5, 6] });
    expect(frequencyMonetaryCorrelation(two)).toEqual({ status: 'empty', reason: 'too-few-repeat-buyers', customers: 2 });
    const flat = summaryFromColumns({ frequency: [2, 2, 2], recency: [1, 1, 1], age: [2, 2, 2], monetary: [5, 6, 7] });
    expect(frequencyMonetaryCorrelation(flat)).toEqual({ status: 'empty', reason: 'no-variation', customers: 3 });
  });
});

describe('fitGammaGamma on bad input', () => {
  it("fails with 'no-repeat-buyers' and 'too-few-customers'", () => {
    const none = summaryFromColumns({ frequency: new Array(50).fill(0), recency: new Array(50).fill(0), age: new Array(50).fill(3) });
    expect(fitGammaGamma(none)).toMatchObject({ status: 'failed', reason: 'no-repeat-buyers', customers: 0 });
    const few = summaryFromColumns({ frequency: new Array(29).fill(2), recency: new Array(29).fill(1), age: new Array(29).fill(3), monetary: Array.from({ length: 29 }, (_, i) => 10 + i) });
    expect(fitGammaGamma(few)).toMatchObject({ status: 'failed', reason: 'too-few-customers', customers: 29 });
    // Repeat buyers whose repeat days total zero or less (all-refund-like spend) do not count.
    const zeroSpend = summaryFromColumns({ frequency: new Array(40).fill(1), recency: new Array(40).fill(1), age: new Array(40).fill(3), monetary: new Array(40).fill(0) });
    const result = fitGammaGamma(zeroSpend);
    expect(result).toMatchObject({ status: 'failed', reason: 'no-repeat-buyers' });
    expectAllFinite(result);
  });
});
