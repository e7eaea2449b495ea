/**
 * The Gamma-Gamma model of spend per transaction (Colombo & Jiang 1999, "A stochastic RFM
 * model", Journal of Interactive Marketing 13(3); Fader, Hardie & Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4); Fader &
 * Hardie 2013, "The Gamma-Gamma Model of Monetary Value", brucehardie.com note 025).
 *
 * Each transaction value is Gamma(p, ν); ν varies across customers as Gamma(q, γ). A customer's
 * mean m_x over x repeat transactions then has the marginal density
 *   f(m_x | p, q, γ; x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m_x^(px−1) x^(px) / (γ + m_x x)^(px+q),
 * fitted by maximum likelihood on repeat buyers (x > 0, m_x > 0) over (ln p, ln q, ln γ) with the
 * same Nelder–Mead-with-restarts optimiser as BG/NBD (maximumLikelihood.ts). The conditional mean spend is
 *   E(M | p, q, γ, m_x, x) = p (γ + x m_x) / (px + q − 1)
 *     = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m_x,
 * a weighted average of the population mean pγ/(q−1) and the customer's own mean.
 * The model assumes spend is independent of purchase frequency; `frequencyMonetaryCorrelation`
 * reports the Pearson correlation used as the check (Fader, Hardie & Lee 2005, "RFM and CLV").
 */
import { logGamma } from './specialFunctions';
import { fitFailure, fitOutcome, type ModelFit, type ModelFitFailure } from './fitResult';
import { maximiseLikelihood } from './maximumLikelihood';
import { MINIMUM_CUSTOMERS_FOR_FIT, type CustomerSummary, type FitFailureReason, type FitOptions, type GammaGammaParams } from './types';

/** A converged Gamma-Gamma fit; `customers` counts the repeat buyers with positive spend it used. */
export type GammaGammaFit = ModelFit<GammaGammaParams>;
export type GammaGammaFitFailure = ModelFitFailure<GammaGammaParams>;

/** Repeat buyers (x > 0) with a positive mean spend, prepared for the likelihood. */
interface SpendData {
  frequency: Float64Array;
  monetary: Float64Array;
  logMonetary: Float64Array;
  /** Distinct x values and their counts: ln Γ terms depend on x only. */
  distinctFrequency: Float64Array;
  distinctCount: Float64Array;
}

function repeatBuyerSpend(summary: CustomerSummary): SpendData {
  const frequency: number[] = [];
  const monetary: number[] = [];
  const counts = new Map<number, number>();
  for (let i = 0; i < summary.customers; i++) {
    const x = summary.frequency[i]!;
    const m = summary.monetary[i]!;
    if (x > 0 && m > 0 && Number.isFinite(m)) {
      frequency.push(x);
      monetary.push(m);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  return {
    frequency: Float64Array.from(frequency),
    monetary: Float64Array.from(monetary),
    logMonetary: Float64Array.from(monetary, Math.log),
    distinctFrequency: Float64Array.from(counts.keys()),
    distinctCount: Float64Array.from(counts.values()),
  };
}

/** ln f(m_x | p, q, γ; x) for one customer (x > 0, m_x > 0). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, gamma } = params;
  const px = p * x;
  return (
    logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(monetary) + px * Math.log(x) -
    (px + q) * Math.log(gamma + monetary * x)
  );
}

function totalLogLikelihood(params: GammaGammaParams, data: SpendData): number {
  const { p, q, gamma } = params;
  const n = data.frequency.length;
  let total = n * (q * Math.log(gamma) - logGamma(q));
  for (let g = 0; g < data.distinctFrequency.length; g++) {
    const x = data.distinctFrequency[g]!;
    total += data.distinctCount[g]! * (logGamma(p * x + q) - logGamma(p * x) + p * x * Math.log(x));
  }
  for (let i = 0; i < n; i++) {
    const px = p * data.frequency[i]!;
    total += (px - 1) * data.logMonetary[i]! - (px + q) * Math.log(gamma + data.monetary[i]! * data.frequency[i]!);
  }
  return total;
}

function paramsFromLog(theta: readonly number[], spendScale: number): GammaGammaParams {
  return { p: Math.exp(theta[0]!), q: Math.exp(theta[1]!), gamma: Math.exp(theta[2]!) * spendScale };
}

/**
 * Maximum-likelihood Gamma-Gamma parameters over the repeat buyers. Spend is first divided by its
 * mean m̄ (γ is the only parameter with a unit, so γ = γ̂_scaled · m̄ exactly); starting point
 * p = 2, q = 3, γ = 1 on that scale (implied population mean pγ/(q−1) = 1, the observed mean).
 */
export function fitGammaGamma(summary: CustomerSummary, options: FitOptions = {}): GammaGammaFit | GammaGammaFitFailure {
  const data = repeatBuyerSpend(summary);
  const customers = data.frequency.length;
  const failure = (reason: FitFailureReason): GammaGammaFitFailure => fitFailure(reason, customers);
  if (customers === 0) return failure('no-repeat-buyers');
  if (customers < MINIMUM_CUSTOMERS_FOR_FIT) return failure('too-few-customers');
  let meanSpend = 0;
  for (let i = 0; i < customers; i++) meanSpend += data.monetary[i]! / customers;
  const scaled: SpendData = {
    ...data,
    monetary: data.monetary.map((value) => value / meanSpend),
    logMonetary: data.logMonetary.map((value) => value - Math.log(meanSpend)),
  };
  const fit = maximiseLikelihood(
    (theta) => -totalLogLikelihood(paramsFromLog(theta, 1), scaled) / customers,
    [Math.log(2), Math.log(3), 0],
    customers,
    options,
  );
  const params = paramsFromLog(fit.point, meanSpend);
  const logLikelihood = totalLogLikelihood(params, data);
  return fitOutcome(fit, params, logLikelihood, customers, (errors) => ({ p: errors[0]!, q: errors[1]!, gamma: errors[2]! * meanSpend }));
}

/**
 * E(M | p, q, γ, m_x, x): expected spend per future transaction. For x = 0 this is the
 * population mean pγ/(q−1). null when the mean does not exist (q ≤ 1 for x = 0, px+q ≤ 1) or
 * the input is invalid (x not a non-negative integer, m_x negative, parameters not positive).
 */
export function expectedAverageSpend(params: GammaGammaParams, x: number, monetary: number): number | null {
  const { p, q, gamma } = params;
  const valid = [p, q, gamma].every((value) => value > 0 && Number.isFinite(value));
  if (!valid || !Number.isInteger(x) || x < 0 || !(monetary >= 0) || !Number.isFinite(monetary)) return null;
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) return null;
  return (p * (gamma + x * monetary)) / denominator;
}

export type FrequencyMonetaryCorrelation =
  | { status: 'ok'; correlation: number; customers: number }
  | { status: 'empty'; reason: 'too-few-repeat-buyers' | 'no-variation'; customers: number };

/**
 * Pearson correlation between x and m_x over repeat buyers with positive spend (the customers
 * the Gamma-Gamma fit uses): r = Σ(x−x̄)(m−m̄) / √(Σ(x−x̄)² Σ(m−m̄)²). Near 0 supports the
 * independence assumption. Needs at least 3 such customers and variation in both.
 */
export function frequencyMonetaryCorrelation(summary: CustomerSummary): FrequencyMonetaryCorrelation {
  const data = repeatBuyerSpend(summary);
  const n = data.frequency.length;
  if (n < 3) return { status: 'empty', reason: 'too-few-repeat-buyers', customers: n };
  // Constant columns are detected exactly: rounding would leave a tiny non-zero variance.
  const constant = (values: Float64Array): boolean => values.every((value) => value === values[0]);
  if (constant(data.frequency) || constant(data.monetary)) return { status: 'empty', reason: 'no-variation', customers: n };
  let meanX = 0;
  let meanM = 0;
  for (let i = 0; i < n; i++) {
    meanX += data.frequency[i]! / n;
    meanM += data.monetary[i]! / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = data.frequency[i]! - meanX;
    const dy = data.monetary[i]! - meanM;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return { status: 'empty', reason: 'no-variation', customers: n };
  return { status: 'ok', correlation: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), customers: n };
}
