/**
 * 95% confidence intervals for the survey scores. Inputs are counts; outputs are proportions
 * (callers scale to percent). Every function returns null where the interval is undefined.
 */

/** z such that P(|Z| ≤ z) = 0.95 for a standard normal Z. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * NPS interval, Wald: with p = promoters/n and d = detractors/n, NPS = p − d and
 * var(p − d) = (p + d − (p − d)²) / n (the variance of the difference of two multinomial
 * proportions); interval NPS ± z·√var, clipped to [−1, 1].
 * Source: Rocks, B. (2016), "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 365–372, arXiv:1601.07235, section 2 (the Wald interval). Rocks finds the
 * Wald interval too narrow for small n; we report it because it is the standard one and say so.
 */
export function npsWaldInterval(promoters: number, detractors: number, n: number): Interval | null {
  if (n <= 0) return null;
  const p = promoters / n;
  const d = detractors / n;
  const nps = p - d;
  const variance = Math.max(0, (p + d - nps * nps) / n);
  const half = Z_95 * Math.sqrt(variance);
  return { low: Math.max(-1, nps - half), high: Math.min(1, nps + half) };
}

/**
 * Wilson score interval for a proportion x/n:
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).
 * Source: Wilson, E. B. (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22(158), 209–212; recommended by Agresti & Coull (1998), The American
 * Statistician 52(2), 119–126.
 */
export function wilsonInterval(successes: number, n: number): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** t₀.₉₇₅ for 1…30 degrees of freedom (Student's t quantiles, as tabulated e.g. by scipy.stats.t.ppf). */
const T_975 = [
  12.706204736174694, 4.302652729749462, 3.1824463052837078, 2.7764451051977934, 2.5705818356363146,
  2.4469118511449786, 2.364624251592784, 2.306004135204166, 2.262157162798205, 2.228138851986274,
  2.200985160091639, 2.1788128296672284, 2.1603686564627913, 2.144786687917804, 2.131449545559776,
  2.1199052992212546, 2.1098155778333156, 2.1009220402410382, 2.0930240544083087, 2.085963447265864,
  2.0796138447276795, 2.0738730679040254, 2.0686576104190486, 2.0638985616280245, 2.0595385527532972,
  2.0555294386428735, 2.0518305164802846, 2.0484071417952454, 2.045229642132703, 2.0422724563012378,
];

/**
 * The 0.975 quantile of Student's t with ν degrees of freedom: the table for ν ≤ 30, beyond it the
 * Cornish–Fisher expansion of Abramowitz & Stegun (1964), 26.7.5, to the ν⁻⁴ term (error < 1e-7).
 */
export function studentT975(degreesOfFreedom: number): number {
  const v = degreesOfFreedom;
  if (v <= 30) return T_975[Math.max(1, Math.floor(v)) - 1]!;
  const z = Z_95;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / v + g2 / v ** 2 + g3 / v ** 3 + g4 / v ** 4;
}

/**
 * Mean with a t interval: x̄ ± t₀.₉₇₅,ₙ₋₁ · s/√n, s the sample standard deviation (n − 1).
 * Interval null for n < 2 (no estimate of spread).
 */
export function meanWithTInterval(values: readonly number[]): { mean: number; standardDeviation: number | null; interval: Interval | null } | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / n;
  if (n < 2) return { mean, standardDeviation: null, interval: null };
  // Σ(x − x̄)² = (n·Σx² − (Σx)²)/n: exact for whole-number scores, so the result does not depend
  // on the order of the responses.
  let sumOfSquares = 0;
  for (const value of values) sumOfSquares += value * value;
  const squares = Math.max(0, (n * sumOfSquares - sum * sum) / n);
  const standardDeviation = Math.sqrt(squares / (n - 1));
  const half = (studentT975(n - 1) * standardDeviation) / Math.sqrt(n);
  return { mean, standardDeviation, interval: { low: mean - half, high: mean + half } };
}
