import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bgnbdLogLikelihood,
  customerSummary,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  type BgNbdParams,
} from '../../../src/metrics/predictive';
import { bgnbdTotalLogLikelihood, groupForBgNbd } from '../../../src/metrics/predictive/bgnbdLikelihood';
import { CDNOW_CALIBRATION_END, loadCdnowTable } from '../../fixtures/cdnow/load';
import { expectAllFinite, simpson, summaryFromColumns, textbookHypergeometric } from './helpers';

const ones: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };
/** Published estimates (Fader, Hardie & Lee 2005, Table 1 / lifetimes test suite). */
const published: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

const cdnow = customerSummary(loadCdnowTable(), { calibrationEndDay: CDNOW_CALIBRATION_END, timeUnit: 'week' });
if (cdnow.status !== 'ok') throw new Error('CDNOW summary failed');
const cdnowFit = fitBgNbd(cdnow);

describe('BG/NBD log-likelihood (eq. 6)', () => {
  it('matches hand-computed values at r = α = a = b = 1', () => {
    // x = 1, t_x = 1, T = 2: B(1,2)/B(1,1)·Γ(2)/(Γ(1)·3²) + B(2,1)/B(1,1)·Γ(2)/(Γ(1)·2²)
    //   = ½·1/9 + ½·1/4 = 13/72.
    expect(bgnbdLogLikelihood(ones, 1, 1, 2)).toBeCloseTo(Math.log(13 / 72), 13);
    // x = 0, T = 2: B(1,1)/B(1,1)·1/(1+2)¹ = 1/3 (no dropout term).
    expect(bgnbdLogLikelihood(ones, 0, 0, 2)).toBeCloseTo(Math.log(1 / 3), 13);
  });

  it('summed over groups of identical customers equals the sum over customers', () => {
    const history = fc.integer({ min: 0, max: 12 }).chain((x) =>
      fc.tuple(fc.constant(x), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([f, u, v]) => ({
        x: f,
        recency: f === 0 ? 0 : Math.min(u, v),
        age: Math.max(u, v),
      })),
    );
    fc.assert(
      fc.property(fc.array(history, { minLength: 1, maxLength: 40 }), (customers) => {
        const summary = summaryFromColumns({ frequency: customers.map((c) => c.x), recency: customers.map((c) => c.recency), age: customers.map((c) => c.age) });
        let direct = 0;
        for (const c of customers) direct += bgnbdLogLikelihood(published, c.x, c.recency, c.age);
        expect(bgnbdTotalLogLikelihood(published, groupForBgNbd(summary))).toBeCloseTo(direct, 8);
      }),
    );
  });
});

describe('fitBgNbd on CDNOW', () => {
  it('lands within 1% of the published r, α, a, b and within 0.1 of LL −9582.43', () => {
    if (cdnowFit.status !== 'ok') throw new Error(`fit failed: ${cdnowFit.reason}`);
    const { params } = cdnowFit;
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(params[key] / published[key] - 1)).toBeLessThan(0.01);
    expect(Math.abs(cdnowFit.logLikelihood - -9582.43)).toBeLessThan(0.1);
    expect(cdnowFit.customers).toBe(2357);
    expect(cdnowFit.standardErrors).not.toBeNull();
    expectAllFinite(cdnowFit);
  });

  it('is unit-free: in days α is 7× larger, r, a, b unchanged, and ln L shifts by −Σx·ln 7', () => {
    // Rescaling every time by c multiplies α by c and each customer's density of (t_x, T) by c^(−x).
    if (cdnowFit.status !== 'ok') throw new Error('fit failed');
    const inDays = customerSummary(loadCdnowTable(), { calibrationEndDay: CDNOW_CALIBRATION_END, timeUnit: 'day' });
    if (inDays.status !== 'ok') throw new Error('summary failed');
    const dayFit = fitBgNbd(inDays);
    if (dayFit.status !== 'ok') throw new Error('fit failed');
    expect(dayFit.params.alpha / (7 * cdnowFit.params.alpha)).toBeCloseTo(1, 4);
    for (const key of ['r', 'a', 'b'] as const) expect(dayFit.params[key] / cdnowFit.params[key]).toBeCloseTo(1, 4);
    const repeatPurchases = cdnow.frequency.reduce((sum, x) => sum + x, 0);
    expect(dayFit.logLikelihood).toBeCloseTo(cdnowFit.logLikelihood - repeatPurchases * Math.log(7), 4);
  });

  it('reports progress as non-decreasing fractions ending at 1', () => {
    const fractions: number[] = [];
    const first300 = (column: ArrayLike<number>): number[] => Array.from(column).slice(0, 300);
    const small = summaryFromColumns({ frequency: first300(cdnow.frequency), recency: first300(cdnow.recency), age: first300(cdnow.age) });
    fitBgNbd(small, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
  });
});

describe('BG/NBD expectations: published values', () => {
  it("reproduces Hardie's spreadsheet E[X(t)] at the ML estimates (to its 4 decimals, ±5e-4)", () => {
    if (cdnowFit.status !== 'ok') throw new Error('fit failed');
    // From Fader, Hardie & Lee's BG/NBD Excel note, as asserted in lifetimes' tests (PROVENANCE.md).
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(Math.abs(expectedPurchasesNewCustomer(cdnowFit.params, t)! - expected[i]!)).toBeLessThan(5e-4));
  });

  it("reproduces Hardie's E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226", () => {
    expect(Math.abs(expectedPurchases(published, 39, 2, 30.43, 38.86)! - 1.226)).toBeLessThan(5e-4);
  });
});

describe('BG/NBD expectations: closed forms at special points', () => {
  it('gives ln(1 + t) for r = α = a = b = 1 (the a = 1 limit) and 2(1 − ln(1+t)/t) for a = 2', () => {
    // p ~ Uniform: E[X(t)] = ∫₀¹ t/(1+pt) dp = ln(1+t). p ~ Beta(2,1): ∫₀¹ 2p·t/(1+pt) dp = 2(1 − ln(1+t)/t).
    for (const t of [0.5, 1, 10, 1000]) {
      expect(expectedPurchasesNewCustomer(ones, t)).toBeCloseTo(Math.log1p(t), 10);
      expect(expectedPurchasesNewCustomer({ ...ones, a: 2 }, t)).toBeCloseTo(2 * (1 - Math.log1p(t) / t), 10);
    }
    // Continuity through a = 1, where the textbook form divides by a − 1 = 0.
    expect(expectedPurchasesNewCustomer({ ...ones, a: 1 + 1e-9 }, 1)).toBeCloseTo(Math.log(2), 8);
  });

  it('equals the textbook 2F1 forms of eq. 9 and eq. 10 where those converge', () => {
    const params = fc.record({
      r: fc.double({ min: 0.05, max: 5, noNaN: true }),
      alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
      a: fc.double({ min: 0.05, max: 5, noNaN: true }),
      b: fc.double({ min: 0.05, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(params, fc.double({ min: 0.01, max: 4, noNaN: true }), fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (p, ratio, x, share) => {
        fc.pre(Math.abs(p.a - 1) > 0.05 && Math.abs(p.a + p.b - 1) > 0.05);
        // Textbook eq. 9: (a+b−1)/(a−1)·[1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))], t/(α+t) ≤ 0.8.
        const t = ratio * p.alpha;
        const textbookNew = ((p.a + p.b - 1) / (p.a - 1)) * (1 - (p.alpha / (p.alpha + t)) ** p.r * textbookHypergeometric(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t)));
        expect(expectedPurchasesNewCustomer(p, t)!).toBeCloseTo(textbookNew, 7);
        // Textbook eq. 10 at T = 2α, t_x = share·T.
        const age = 2 * p.alpha;
        const recency = x === 0 ? 0 : share * age;
        const z = t / (p.alpha + age + t);
        const numerator = ((p.a + p.b + x - 1) / (p.a - 1)) * (1 - ((p.alpha + age) / (p.alpha + age + t)) ** (p.r + x) * textbookHypergeometric(p.r + x, p.b + x, p.a + p.b + x - 1, z));
        const denominator = 1 + (x > 0 ? (p.a / (p.b + x - 1)) * ((p.alpha + age) / (p.alpha + recency)) ** (p.r + x) : 0);
        const actual = expectedPurchases(p, t, x, recency, age)!;
        expect(Math.abs(actual - numerator / denominator)).toBeLessThan(1e-7 * Math.max(1, Math.abs(actual)));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the model definition E_p[(1 − (α/(α+pt))^r)/p], p ~ Beta(a, b), integrated numerically', () => {
    // E[X(t) | λ, p] = (1 − e^(−λpt))/p and E_λ[e^(−λpt)] = (α/(α+pt))^r (Fader, Hardie & Lee 2005).
    // Integer a, b keep the Beta integrand a smooth polynomial, so Simpson's rule is accurate;
    // the normaliser B(a, b) is integrated the same way, independently of logGamma.
    const params = fc.record({
      r: fc.double({ min: 0.1, max: 4, noNaN: true }),
      alpha: fc.double({ min: 1, max: 20, noNaN: true }),
      a: fc.integer({ min: 1, max: 4 }),
      b: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(params, fc.double({ min: 0.1, max: 10, noNaN: true }), (p, ratio) => {
        const t = ratio * p.alpha;
        const weight = (q: number): number => q ** (p.a - 1) * (1 - q) ** (p.b - 1);
        const perCustomer = (q: number): number => (q === 0 ? (p.r * t) / p.alpha : -Math.expm1(-p.r * Math.log1p((q * t) / p.alpha)) / q);
        const integral = simpson((q) => weight(q) * perCustomer(q), 0, 1) / simpson(weight, 0, 1);
        expect(Math.abs(expectedPurchasesNewCustomer(p, t)! - integral)).toBeLessThan(1e-7 * Math.max(1, integral));
      }),
      { numRuns: 100 },
    );
  });
});
