/**
 * Predicted customer lifetime value over a horizon, from BG/NBD (how many purchases) and
 * Gamma-Gamma (how much per purchase), discounted monthly.
 *
 *   CLVᵢ = Σ_{m=1..H} [E(Y(m·L) | xᵢ, t_xᵢ, Tᵢ) − E(Y((m−1)·L) | xᵢ, t_xᵢ, Tᵢ)] · E(M | xᵢ, m_xᵢ) · margin / (1 + d)^m
 *
 * with L = 365.2425/12 days in the summary's time unit, E(Y(t) | …) the BG/NBD conditional
 * expectation (Fader, Hardie & Lee 2005, eq. 10), E(M | …) the Gamma-Gamma conditional mean
 * spend, margin = marginPercent/100 (1 when null: revenue), and cash flows discounted at the end
 * of the month in which they occur. Fader, Hardie & Lee (2005, "RFM and CLV", JMR 42(4)) discount
 * in continuous time ("discounted expected residual transactions"); the monthly discrete sum is
 * the form of lifetimes' `customer_lifetime_value` (Davidson-Pilon 2015), which a dashboard can
 * show month by month. Spend is assumed independent of the purchase process, as in both papers.
 */
import { unconditionalExpectation } from './hypergeometric';
import { probabilityAlive, validBgNbdParams } from './bgnbdPredictions';
import { expectedAverageSpend } from './gammaGamma';
import { DAYS_PER_MONTH, DAYS_PER_UNIT, type BgNbdParams, type CustomerSummary, type GammaGammaParams, type TimeUnit } from './types';

export interface PredictedClvOptions {
  /** Whole months, 1 to 1,200. */
  horizonMonths: number;
  /** Per month, e.g. 0.01 (≈ 12.7 % a year); ≥ 0. */
  monthlyDiscountRate: number;
  /** Gross margin in percent of revenue, 0 to 100; null values revenue instead of margin. */
  marginPercent: number | null;
  /** Must equal the summary's time unit (the unit the parameters were fitted in). */
  timeUnit: TimeUnit;
  /** One group key per summary customer (cohort label, segment…); totals are also given per key. */
  groupKeys?: readonly string[] | null;
}

export interface ClvGroupTotal {
  key: string;
  customers: number;
  /** Customers of the group with an estimate (the others are left out of total and mean). */
  customersWithEstimate: number;
  total: number;
  mean: number | null;
}

export interface PredictedClv {
  status: 'ok';
  horizonMonths: number;
  monthlyDiscountRate: number;
  marginPercent: number | null;
  basis: 'margin' | 'revenue';
  customers: number;
  /** Customers with every figure defined; see perCustomer for who is missing and why (null). */
  customersWithEstimate: number;
  total: number;
  mean: number | null;
  /** Σ expected purchases over the horizon (undiscounted), over customers with an estimate. */
  expectedPurchasesTotal: number;
  /** Aligned with summary.customerIds; null where a figure is undefined. */
  perCustomer: {
    predictedClv: (number | null)[];
    /** The CLV if the customer is alive today: predictedClv / P(alive). */
    predictedClvIfAlive: (number | null)[];
    expectedPurchases: (number | null)[];
    expectedAverageSpend: (number | null)[];
    probabilityAlive: (number | null)[];
  };
  groups: ClvGroupTotal[] | null;
}

export interface PredictedClvEmpty {
  status: 'empty';
  reason: 'no-customers' | 'invalid-options' | 'invalid-params' | 'time-unit-mismatch' | 'mismatched-groups';
}

function validOptions(options: PredictedClvOptions): boolean {
  const { horizonMonths, monthlyDiscountRate, marginPercent } = options;
  return (
    Number.isInteger(horizonMonths) &&
    horizonMonths >= 1 &&
    horizonMonths <= 1200 &&
    monthlyDiscountRate >= 0 &&
    Number.isFinite(monthlyDiscountRate) &&
    (marginPercent === null || (marginPercent >= 0 && marginPercent <= 100))
  );
}

/**
 * Discounted expected purchases over the horizon for one customer, if alive:
 * Σ_m [e(m·L) − e((m−1)·L)] / (1+d)^m with e the eq. 9 expectation at the posterior parameters
 * (r+x, α+T, a, b+x), plus the undiscounted e(H·L). null when a series does not converge.
 */
function discountedPurchasesIfAlive(
  params: BgNbdParams,
  x: number,
  age: number,
  monthLength: number,
  options: PredictedClvOptions,
): { discounted: number; undiscounted: number } | null {
  let previous = 0;
  let discounted = 0;
  for (let month = 1; month <= options.horizonMonths; month++) {
    const cumulative = unconditionalExpectation(params.r + x, params.alpha + age, params.a, params.b + x, month * monthLength);
    if (cumulative === null) return null;
    // The expectation is non-decreasing in t; clamp rounding so a month never counts negative.
    const increment = Math.max(0, cumulative - previous);
    discounted += increment / (1 + options.monthlyDiscountRate) ** month;
    previous = Math.max(previous, cumulative);
  }
  return { discounted, undiscounted: previous };
}

/** Predicted CLV per customer over the horizon, with totals overall and per group key. */
export function predictedClv(
  summary: CustomerSummary,
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  options: PredictedClvOptions,
): PredictedClv | PredictedClvEmpty {
  if (summary.customers === 0) return { status: 'empty', reason: 'no-customers' };
  if (!validOptions(options)) return { status: 'empty', reason: 'invalid-options' };
  if (options.timeUnit !== summary.timeUnit) return { status: 'empty', reason: 'time-unit-mismatch' };
  if (!validBgNbdParams(bgnbd)) return { status: 'empty', reason: 'invalid-params' };
  const groupKeys = options.groupKeys ?? null;
  if (groupKeys !== null && groupKeys.length !== summary.customers) return { status: 'empty', reason: 'mismatched-groups' };

  const monthLength = DAYS_PER_MONTH / DAYS_PER_UNIT[summary.timeUnit];
  const margin = options.marginPercent === null ? 1 : options.marginPercent / 100;
  const n = summary.customers;
  const clvColumn: (number | null)[] = new Array<number | null>(n).fill(null);
  const clvIfAliveColumn: (number | null)[] = new Array<number | null>(n).fill(null);
  const purchasesColumn: (number | null)[] = new Array<number | null>(n).fill(null);
  const spendColumn: (number | null)[] = new Array<number | null>(n).fill(null);
  const aliveColumn: (number | null)[] = new Array<number | null>(n).fill(null);
  let total = 0;
  let purchasesTotal = 0;
  let withEstimate = 0;

  for (let i = 0; i < n; i++) {
    const x = summary.frequency[i]!;
    const alive = probabilityAlive(bgnbd, x, summary.recency[i]!, summary.age[i]!);
    const spend = expectedAverageSpend(gammaGamma, x, summary.monetary[i]!);
    aliveColumn[i] = alive;
    spendColumn[i] = spend;
    if (alive === null) continue;
    const purchases = discountedPurchasesIfAlive(bgnbd, x, summary.age[i]!, monthLength, options);
    if (purchases === null) continue;
    purchasesColumn[i] = alive * purchases.undiscounted;
    if (spend === null) continue;
    const ifAlive = purchases.discounted * spend * margin;
    clvIfAliveColumn[i] = ifAlive;
    clvColumn[i] = alive * ifAlive;
    total += alive * ifAlive;
    purchasesTotal += alive * purchases.undiscounted;
    withEstimate++;
  }

  return {
    status: 'ok',
    horizonMonths: options.horizonMonths,
    monthlyDiscountRate: options.monthlyDiscountRate,
    marginPercent: options.marginPercent,
    basis: options.marginPercent === null ? 'revenue' : 'margin',
    customers: n,
    customersWithEstimate: withEstimate,
    total,
    mean: withEstimate > 0 ? total / withEstimate : null,
    expectedPurchasesTotal: purchasesTotal,
    perCustomer: {
      predictedClv: clvColumn,
      predictedClvIfAlive: clvIfAliveColumn,
      expectedPurchases: purchasesColumn,
      expectedAverageSpend: spendColumn,
      probabilityAlive: aliveColumn,
    },
    groups: groupKeys === null ? null : groupTotals(groupKeys, clvColumn),
  };
}

function groupTotals(keys: readonly string[], clv: readonly (number | null)[]): ClvGroupTotal[] {
  const groups = new Map<string, ClvGroupTotal>();
  keys.forEach((key, i) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, customers: 0, customersWithEstimate: 0, total: 0, mean: null }));
    group.customers++;
    const value = clv[i];
    if (value === null || value === undefined) return;
    group.customersWithEstimate++;
    group.total += value;
  });
  const sorted = [...groups.values()].sort((u, v) => (u.key < v.key ? -1 : u.key > v.key ? 1 : 0));
  for (const group of sorted) group.mean = group.customersWithEstimate > 0 ? group.total / group.customersWithEstimate : null;
  return sorted;
}
