/**
 * E[X(t)] of BG/NBD (Fader, Hardie & Lee 2005, eq. 9) against a 60-digit evaluation of the
 * formula as published, with mpmath 1.3 (Python), at the exact values of the doubles given:
 *
 *   import mpmath as mp; mp.mp.dps = 60
 *   R, AL, A, B, T = map(mp.mpf, (r, alpha, a, b, t)); z = T / (AL + T); c = A + B - 1
 *   E = c / (A - 1) * (1 - (AL / (AL + T))**R * mp.hyp2f1(R, B, c, z))
 *
 * The first four rows have r ≫ a + b: the series' first terms alternate in sign and reach 10^5
 * times their sum (hypergeometric.ts). Summed in doubles they were off by up to 8e-5 (relative);
 * summed in double-double they agree to the last digits of a double.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unconditionalExpectation } from '../../../src/metrics/predictive/hypergeometric';

/** r, α, a, b, t and E[X(t)] (the double nearest the 60-digit value). */
const REFERENCE: readonly (readonly [number, number, number, number, number, number])[] = [
  [36.5, 0.01, 0.0034, 0.001, 0.5, 405.6663453767176],
  [36.5, 0.01, 0.0034, 0.001, 5, 4018.088233542585],
  [48, 1, 0.001, 0.001, 10, 239.12480609314983],
  [49, 0.5, 0.002, 0.01, 300, 24021.911540530233],
  [40, 2, 0.5, 0.3, 30, 19.394651608319162],
  [20, 3, 1.5, 0.2, 12, 1.3546420942431752],
  [10, 1, 0.01, 0.02, 20, 127.3475328127694],
  // The CDNOW fit (Fader, Hardie & Lee 2005) at 39 weeks.
  [0.243, 4.414, 0.793, 2.426, 39, 1.196723193320817],
];

describe('unconditionalExpectation', () => {
  it.each(REFERENCE)('r = %s, α = %s, a = %s, b = %s, t = %s: %s', (r, alpha, a, b, t, expected) => {
    const value = unconditionalExpectation(r, alpha, a, b, t)!;
    expect(Math.abs(value - expected) / expected).toBeLessThan(1e-14);
  });

  it('is continuous across r = a + b + 1, where the double-double sum takes over', () => {
    // A = a + b − 1 − r crosses −1: the two ways of summing must meet.
    const a = 0.6;
    const b = 0.9;
    const below = unconditionalExpectation(2.5 - 1e-12, 1, a, b, 8)!;
    const at = unconditionalExpectation(2.5, 1, a, b, 8)!;
    const above = unconditionalExpectation(2.5 + 1e-12, 1, a, b, 8)!;
    expect(Math.abs(above - below) / at).toBeLessThan(1e-11);
    expect(below).toBeLessThanOrEqual(at);
    expect(at).toBeLessThanOrEqual(above);
  });

  it('grows with t by no less than rounding, for any parameters (1e-12 relative)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 50, noNaN: true }),
        fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 50, noNaN: true }),
        fc.double({ min: 1e-3, max: 50, noNaN: true }),
        fc.double({ min: 1e-3, max: 20, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (r, alpha, a, b, ratio, step) => {
          const t1 = ratio * alpha;
          const e1 = unconditionalExpectation(r, alpha, a, b, t1)!;
          const e2 = unconditionalExpectation(r, alpha, a, b, t1 * (1 + step))!;
          expect(e1).toBeGreaterThan(0);
          expect(e2 - e1).toBeGreaterThanOrEqual(-1e-12 * e2);
        },
      ),
      { numRuns: 500 },
    );
  });
});
