import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedPurchases, expectedPurchasesNewCustomer, fitBgNbd, probabilityAlive, type BgNbdParams } from '../../../src/metrics/predictive';
import { expectAllFinite, summaryFromColumns } from './helpers';
import { mulberry32, simulateBgNbd } from './simulate';

const published: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

const paramsArbitrary = fc.record({
  r: fc.double({ min: 1e-3, max: 50, noNaN: true }),
  alpha: fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
  a: fc.double({ min: 1e-3, max: 50, noNaN: true }),
  b: fc.double({ min: 1e-3, max: 50, noNaN: true }),
});
/** A history: x repeat purchases, 0 ≤ t_x ≤ T (t_x = 0 when x = 0). */
const historyArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }))
  .map(([x, share, age]) => ({ x, recency: x === 0 ? 0 : share * age, age }));

describe('P(alive)', () => {
  it('is 1 when x = 0 (dropout can only follow a repeat purchase)', () => {
    expect(probabilityAlive(published, 0, 0, 38.86)).toBe(1);
  });

  it('matches a hand computation at r = α = a = b = 1', () => {
    // x = 1, t_x = 1, T = 2: 1 / (1 + a/(b+x−1)·((α+T)/(α+t_x))^(r+x)) = 1 / (1 + (3/2)²) = 4/13.
    expect(probabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 1, 1, 2)).toBeCloseTo(4 / 13, 14);
  });

  it('is 1/(1 + a/(b+x−1)) when the last purchase is at T, and falls as the customer stays silent', () => {
    // With t_x = T the recency ratio is 1: P = 1/(1 + 0.793/(2.426+2−1)) = 3.426/4.219.
    expect(probabilityAlive(published, 2, 30, 30)).toBeCloseTo(3.426 / 4.219, 12);
    expect(probabilityAlive(published, 2, 10, 30)!).toBeLessThan(probabilityAlive(published, 2, 20, 30)!);
  });

  it('lies in [0, 1] for any valid parameters and history', () => {
    fc.assert(
      fc.property(paramsArbitrary, historyArbitrary, (params, { x, recency, age }) => {
        const alive = probabilityAlive(params, x, recency, age);
        expect(alive).not.toBeNull();
        expect(alive!).toBeGreaterThanOrEqual(0);
        expect(alive!).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('returns null, not NaN, for invalid input', () => {
    expect(probabilityAlive({ ...published, a: 0 }, 1, 1, 2)).toBeNull();
    expect(probabilityAlive({ ...published, b: Number.NaN }, 1, 1, 2)).toBeNull();
    expect(probabilityAlive(published, 1.5, 1, 2)).toBeNull();
    expect(probabilityAlive(published, 1, 3, 2)).toBeNull();
    expect(probabilityAlive(published, -1, 0, 2)).toBeNull();
  });
});

describe('expected purchases', () => {
  it('are ≥ 0 and non-decreasing in t', () => {
    fc.assert(
      fc.property(
        paramsArbitrary,
        historyArbitrary,
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 1e-6, max: 20, noNaN: true }),
        (params, { x, recency, age }, ratio, extra) => {
          // t up to 40 (α + T): far below the series' limit of ≈ 2,700 (α + T).
          const t1 = ratio * (params.alpha + age);
          const t2 = t1 + extra * (params.alpha + age);
          const e1 = expectedPurchases(params, t1, x, recency, age);
          const e2 = expectedPurchases(params, t2, x, recency, age);
          expect(e1).not.toBeNull();
          expect(e2).not.toBeNull();
          expect(e1!).toBeGreaterThanOrEqual(0);
          // Rounding only: where r ≫ a + b the series' first terms cancel each other and are
          // summed in double-double (hypergeometric.ts; in doubles, CI found r = 36.5, α = 0.01,
          // a = 0.0034, b = 0.001 losing 5e-8 of E ≈ 89.77 over a step of 1e-8 in t).
          expect(e2! - e1!).toBeGreaterThanOrEqual(-1e-12 * Math.max(1, e2!));
          const fresh = expectedPurchasesNewCustomer(params, ratio * params.alpha);
          expect(fresh).not.toBeNull();
          expect(fresh!).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('are 0 at t = 0 and grow with x when the last purchase is at T', () => {
    expect(expectedPurchases(published, 0, 3, 10, 20)).toBe(0);
    expect(expectedPurchasesNewCustomer(published, 0)).toBe(0);
    let previous = -1;
    for (let x = 0; x <= 30; x++) {
      const value = expectedPurchases(published, 39, x, 38.86, 38.86)!;
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
  });

  it('returns null when the series cannot converge (t ≫ α) or input is invalid, never NaN', () => {
    // z = t/(α+t) = 1 − 1e-9 needs ~4e10 terms, beyond the 100,000-term limit.
    expect(expectedPurchasesNewCustomer({ r: 1, alpha: 1, a: 2, b: 1 }, 1e9)).toBeNull();
    expect(expectedPurchasesNewCustomer(published, -1)).toBeNull();
    expect(expectedPurchases(published, Number.POSITIVE_INFINITY, 1, 1, 2)).toBeNull();
    expect(expectedPurchases({ ...published, r: -1 }, 1, 1, 1, 2)).toBeNull();
  });
});

describe('fitBgNbd on bad input', () => {
  it("fails with 'too-few-customers' below 30 customers", () => {
    const summary = summaryFromColumns({ frequency: new Array(29).fill(1), recency: new Array(29).fill(3), age: new Array(29).fill(10) });
    const fit = fitBgNbd(summary);
    expect(fit).toMatchObject({ status: 'failed', reason: 'too-few-customers', customers: 29 });
    expectAllFinite(fit);
  });

  it("fails with 'no-repeat-buyers' when nobody bought twice, e.g. a single-day data set", () => {
    const singleDay = summaryFromColumns({ frequency: new Array(40).fill(0), recency: new Array(40).fill(0), age: new Array(40).fill(0) });
    expect(fitBgNbd(singleDay)).toMatchObject({ status: 'failed', reason: 'no-repeat-buyers' });
    const noRepeats = summaryFromColumns({ frequency: new Array(40).fill(0), recency: new Array(40).fill(0), age: new Array(40).fill(12) });
    expect(fitBgNbd(noRepeats)).toMatchObject({ status: 'failed', reason: 'no-repeat-buyers' });
  });

  it("fails with 'did-not-converge' when the iteration budget runs out, keeping the best point", () => {
    // 500 simulated BG/NBD customers: the fit converges with the default budget, not with 10 iterations.
    const summary = summaryFromColumns(simulateBgNbd(mulberry32(7), { r: 0.5, alpha: 6, a: 0.8, b: 2.5 }, new Array(500).fill(52)));
    const fit = fitBgNbd(summary, { maxIterations: 10 });
    expect(fit).toMatchObject({ status: 'failed', reason: 'did-not-converge', detail: 'iteration-limit' });
    expect(fit.status === 'failed' && fit.params !== null).toBe(true);
    expectAllFinite(fit);
    const full = fitBgNbd(summary);
    expect(full.status).toBe('ok');
    expectAllFinite(full);
  });

  it("fails with 'parameter-at-bound' when the likelihood has no interior maximum", () => {
    // x cycles 0..3 with recency 5..11 and T = 20 for everyone: the ML lets a, b → ∞ with a/(a+b)
    // fixed (one dropout probability for all), so ln b runs into the search box.
    const n = 60;
    const summary = summaryFromColumns({
      frequency: Array.from({ length: n }, (_, i) => i % 4),
      recency: Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 0 : 5 + (i % 7))),
      age: new Array(n).fill(20),
    });
    const fit = fitBgNbd(summary);
    expect(fit).toMatchObject({ status: 'failed', reason: 'did-not-converge', detail: 'parameter-at-bound' });
    expect(fit.iterations).toBeLessThan(4000);
    expectAllFinite(fit);
  });

  it('never yields NaN or infinity on degenerate data (everyone buys every week until T)', () => {
    const n = 40;
    const summary = summaryFromColumns({ frequency: new Array(n).fill(10), recency: new Array(n).fill(10), age: new Array(n).fill(10) });
    const fit = fitBgNbd(summary);
    expectAllFinite(fit);
    expect(fit).toMatchObject({ status: 'failed', reason: 'did-not-converge', detail: 'parameter-at-bound' });
  });
});
