/**
 * The Gaussian hypergeometric part of the BG/NBD expectation, summed as a series with a
 * convergence check.
 *
 * Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", eq. 9:
 *   E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; z)],   z = t/(α+t).
 * Written that way it breaks down numerically: the 2F1 grows like (1−z)^(a−1−r) as t grows (overflowing for the conditional form with large x),
 * (a−1) divides by zero at a = 1, and c = a+b−1 may be ≤ 0. We use Euler's transformation
 * (DLMF 15.8.1) ₂F₁(r, b; c; z) = (1−z)^(c−r−b) ₂F₁(c−r, c−b; c; z), with c−b = a−1, so
 *   (α/(α+t))^r ₂F₁(r, b; c; z) = (1−z)^(a−1) ₂F₁(A, a−1; c; z),   A = a+b−1−r,
 * and split off the factor (a−1) of every term n ≥ 1, since (a−1)ₙ = (a−1)·(a)ₙ₋₁, and the factor
 * c of (c)ₙ = c·(c+1)ₙ₋₁. With L = ln(1−z) = ln(α/(α+t)) this gives
 *   E[X(t)] = c · (1 − e^((a−1)L)) / (a−1) − e^((a−1)L) · S,
 *   S = Σ_{n≥1} (A)ₙ (a)ₙ₋₁ / ((c+1)ₙ₋₁ n!) zⁿ,
 * which is finite at a = 1 (the first term tends to −c·L), needs only c + 1 = a + b > 0, and has
 * terms decaying like n^(a−2−r) zⁿ.
 *
 * When r > a + b, A < −1 and the factor (A + n) is negative for n < −A: the first terms alternate
 * in sign and may be far larger than their sum (r = 49, a = 0.002, b = 0.01, t = 300: terms of
 * 10^5 times the sum), so a sum in doubles loses up to five digits. There the series is summed in
 * double-double arithmetic (about 32 digits; the `double-double` package, with proven error
 * bounds), its inputs A and c included; the figures then agree with a 60-digit evaluation of
 * eq. 9 to 1e-14 (test/unit/predictive/hypergeometric.test.ts).
 */
import { ddAddDd, ddAddDouble, ddDivDd, ddMultDd, ddMultDouble2, twoSum } from 'double-double';

/** Above this many terms the series is reported as not converged (t ≫ α, z → 1). */
export const MAX_SERIES_TERMS = 100_000;

const RELATIVE_TOLERANCE = 1e-16;

/**
 * S = Σ_{n≥1} (A)ₙ (a)ₙ₋₁ / ((c+1)ₙ₋₁ n!) zⁿ for 0 ≤ z < 1, or null when it did not converge
 * within MAX_SERIES_TERMS terms. A and c are given as double-doubles ([low, high]): they are
 * differences of the parameters, exact there; the double path rounds them.
 *
 * Stopping rule: once the terms have a fixed sign (n > −A) and the term ratio ρₙ is below 1, the
 * tail is bounded by |τₙ| ρ̂ / (1 − ρ̂) with ρ̂ = max(|ρₙ|, z) (the ratios tend to z); we stop
 * when that bound falls below 1e-16 of the partial sum.
 */
export function expectationSeries(A: number[], a: number, c: number[], z: number): number | null {
  if (z === 0) return 0;
  return A[1]! < -1 ? alternatingSeries(A, a, c, z) : plainSeries(A[0]! + A[1]!, a, c[0]! + c[1]!, z);
}

/** The series in doubles: every term has the sign of the first from n > −A on, and A ≥ −1. */
function plainSeries(A: number, a: number, c: number, z: number): number | null {
  let term = A * z;
  let sum = term;
  for (let n = 1; n < MAX_SERIES_TERMS; n++) {
    const ratio = ((A + n) * (a + n - 1) * z) / ((c + n) * (n + 1));
    if (A + n > 0) {
      const bound = Math.max(Math.abs(ratio), z);
      if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= RELATIVE_TOLERANCE * Math.abs(sum)) return sum;
      if (term === 0) return sum;
    }
    term *= ratio;
    sum += term;
    if (!Number.isFinite(sum)) return null;
  }
  return null;
}

/** The series in double-double arithmetic, for A < −1 (alternating first terms, see the top). */
function alternatingSeries(A: number[], a: number, c: number[], z: number): number | null {
  let term = ddMultDouble2(z, A);
  let sum = term;
  for (let n = 1; n < MAX_SERIES_TERMS; n++) {
    const An = ddAddDouble(A, n);
    const ratio = ddDivDd(ddMultDouble2(z, ddMultDd(An, twoSum(a, n - 1))), ddMultDouble2(n + 1, ddAddDouble(c, n)));
    // The same stopping rule as plainSeries, on the high parts.
    if (An[1]! > 0) {
      const bound = Math.max(Math.abs(ratio[1]!), z);
      if (bound < 1 && (Math.abs(term[1]!) * bound) / (1 - bound) <= RELATIVE_TOLERANCE * Math.abs(sum[1]!)) return sum[0]! + sum[1]!;
      if (term[1] === 0) return sum[0]! + sum[1]!;
    }
    term = ddMultDd(term, ratio);
    sum = ddAddDd(sum, term);
    if (!Number.isFinite(sum[1]!)) return null;
  }
  return null;
}

/**
 * E[X(t)] of BG/NBD, eq. 9 of Fader, Hardie & Lee (2005), in the stable form above.
 * Assumes r, α, a, b > 0 and t ≥ 0; returns null only when the series does not converge.
 * The conditional expectation (eq. 10) is P(alive) times this at (r+x, α+T, a, b+x).
 */
export function unconditionalExpectation(r: number, alpha: number, a: number, b: number, t: number): number | null {
  if (t <= 0) return 0;
  const z = t / (alpha + t);
  const logOneMinusZ = -Math.log1p(t / alpha);
  // c = a + b − 1 and A = c − r, exactly (as double-doubles).
  const c = ddAddDouble(twoSum(a, b), -1);
  const series = expectationSeries(ddAddDouble(c, -r), a, c, z);
  if (series === null) return null;
  const shift = a - 1;
  const firstPart = shift === 0 ? -logOneMinusZ : -Math.expm1(shift * logOneMinusZ) / shift;
  const value = (c[0]! + c[1]!) * firstPart - Math.exp(shift * logOneMinusZ) * series;
  // The exact value is positive for t > 0; rounding can only leave a few ulps below zero.
  return value > 0 ? value : 0;
}
