/**
 * The BG/NBD log-likelihood.
 *
 * Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
 * Pareto/NBD Model", Marketing Science 24(2), eq. 6: for a customer with x repeat purchases,
 * the last at t_x, observed for T,
 *   L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x))
 *     + δ(x>0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+t_x)^(r+x)).
 * In logs, with B(a+1, b+x−1)/B(a, b+x) = a / (b+x−1):
 *   ln L = A₁ + A₂ + ln(e^A₃ + δ(x>0) e^A₄),
 *   A₁ = ln Γ(r+x) − ln Γ(r) + r ln α,
 *   A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x),
 *   A₃ = −(r+x) ln(α+T),
 *   A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x),
 * the form of Fader, Hardie & Lee (2005), "Implementing the BG/NBD Model for Customer Base
 * Analysis in Excel" (brucehardie.com note 004), summed with log-sum-exp. For x = 0 the second
 * term is absent (and b+x−1 may be negative), so A₄ is never evaluated.
 */
import { logAddExp, logGamma } from './specialFunctions';
import type { BgNbdParams, CustomerSummary } from './types';

/** ln L of one customer (eq. 6); NaN when the parameters are not all positive and finite. */
export function bgnbdLogLikelihood(params: BgNbdParams, x: number, recency: number, age: number): number {
  const { r, alpha, a, b } = params;
  const shared = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
  return shared + customerTerms(params, x, recency, age);
}

/** The x-dependent part of ln L (everything but −ln Γ(r) + r ln α + ln Γ(a+b) − ln Γ(b)). */
function customerTerms(params: BgNbdParams, x: number, recency: number, age: number): number {
  const { r, alpha, a, b } = params;
  const rx = r + x;
  const gammaTerms = logGamma(rx) + logGamma(b + x) - logGamma(a + b + x);
  const aliveTerm = -rx * Math.log(alpha + age);
  if (x === 0) return gammaTerms + aliveTerm;
  const dropTerm = Math.log(a) - Math.log(b + x - 1) - rx * Math.log(alpha + recency);
  return gammaTerms + logAddExp(aliveTerm, dropTerm);
}

/**
 * Customers grouped by identical (x, t_x, T): the likelihood only depends on those, so a fit
 * over n customers costs one evaluation per distinct triple, weighted by its count.
 */
export interface BgNbdGroups {
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  count: Float64Array;
  customers: number;
}

export function groupForBgNbd(summary: CustomerSummary): BgNbdGroups {
  const indexOf = new Map<string, number>();
  const frequency: number[] = [];
  const recency: number[] = [];
  const age: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < summary.customers; i++) {
    const x = summary.frequency[i]!;
    // t_x is irrelevant when x = 0; normalise it so those customers share groups.
    const tx = x === 0 ? 0 : summary.recency[i]!;
    const T = summary.age[i]!;
    const key = `${x}|${tx}|${T}`;
    const found = indexOf.get(key);
    if (found !== undefined) {
      count[found]!++;
      continue;
    }
    indexOf.set(key, count.length);
    frequency.push(x);
    recency.push(tx);
    age.push(T);
    count.push(1);
  }
  return {
    frequency: Float64Array.from(frequency),
    recency: Float64Array.from(recency),
    age: Float64Array.from(age),
    count: Float64Array.from(count),
    customers: summary.customers,
  };
}

/** Σ ln L over all customers (the grouped form of eq. 6 summed). */
export function bgnbdTotalLogLikelihood(params: BgNbdParams, groups: BgNbdGroups): number {
  const { r, alpha, a, b } = params;
  const shared = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
  let total = shared * groups.customers;
  for (let g = 0; g < groups.count.length; g++) {
    total += groups.count[g]! * customerTerms(params, groups.frequency[g]!, groups.recency[g]!, groups.age[g]!);
  }
  return total;
}
