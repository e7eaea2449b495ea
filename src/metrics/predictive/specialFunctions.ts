/**
 * Special functions the buy-till-you-die models need, written out so the metrics library has no
 * numeric dependency.
 *
 * logGamma: Lanczos approximation with g = 7 and nine coefficients (Lanczos 1964, "A precise
 * approximation of the gamma function", SIAM J. Numer. Anal. B 1; the coefficients for g = 7,
 * n = 9 are P. Godfrey's, as reproduced in the Wikipedia article "Lanczos approximation"). Relative
 * error of Γ below about 1e-15 for z ≥ 0.5; below 0.5 the reflection formula
 * Γ(z)Γ(1−z) = π / sin(πz) is used (Abramowitz & Stegun 6.1.17).
 */

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(z) for z > 0. Returns NaN for z ≤ 0 or a non-finite z (callers map that to "invalid").
 *
 * For z ≥ 0.5: ln Γ(z) = ½ ln(2π) + (z − ½) ln(t) − t + ln A(z), with t = z + g − ½ and
 * A(z) = c₀ + Σₖ cₖ / (z − 1 + k) (Lanczos series shifted by one, as in Numerical Recipes).
 */
export function logGamma(z: number): number {
  if (!(z > 0) || !Number.isFinite(z)) return Number.NaN;
  if (z < 0.5) {
    // Reflection: ln Γ(z) = ln π − ln sin(πz) − ln Γ(1 − z); sin(πz) > 0 on (0, ½).
    return Math.log(Math.PI) - Math.log(Math.sin(Math.PI * z)) - logGamma(1 - z);
  }
  const shifted = z - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let k = 1; k < LANCZOS_COEFFICIENTS.length; k++) series += LANCZOS_COEFFICIENTS[k]! / (shifted + k);
  const t = shifted + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(eᵘ + eᵛ) without overflow: max(u, v) + ln(1 + e^−|u−v|). Either side may be −∞. */
export function logAddExp(u: number, v: number): number {
  if (u === Number.NEGATIVE_INFINITY) return v;
  if (v === Number.NEGATIVE_INFINITY) return u;
  const larger = Math.max(u, v);
  return larger + Math.log1p(Math.exp(-Math.abs(u - v)));
}

/** The logistic function 1 / (1 + e^−u), evaluated so it never overflows. */
export function logistic(u: number): number {
  if (u >= 0) return 1 / (1 + Math.exp(-u));
  const e = Math.exp(u);
  return e / (1 + e);
}
