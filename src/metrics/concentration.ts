/**
 * Revenue concentration: how much of the revenue the best customers bring (Pareto), the Lorenz
 * curve and the Gini coefficient.
 *
 * Customers: those with a purchase in the view; each one's revenue is their net revenue there.
 * Negative totals (refunds above purchases) are counted as 0 in every figure here: such a
 * customer stays in the count at the bottom of the ranking, and the amount set aside is reported
 * as `negativeRevenue`. Shares are therefore shares of `positiveRevenue` = Σ max(revenue, 0),
 * which equals net revenue when no customer is negative. Without this, the Lorenz curve would dip
 * below zero and the Gini coefficient could exceed 1 (Chen, Tsaur & Rhai 1982, Econometrica 50(6)).
 *
 * - Top share: the k = ⌈topShare × n⌉ customers with the most revenue (at least 1; a 1e-9
 *   tolerance keeps 0.2 × 15 = 3.0000000000000004 at 3), ties broken by customer id so the list
 *   is deterministic; their revenue / positive revenue. Since k ≥ topShare × n, the share is at
 *   least topShare (what equal revenues would give).
 * - Lorenz curve: customers sorted by revenue ascending; L(i/n) = share of revenue of the i
 *   smallest; between those points linear. Reported at every 1% of customers, (0,0) to (1,1).
 * - Gini = 2 Σ i·x₍ᵢ₎ / (n Σ x) − (n + 1)/n with x₍₁₎ ≤ … ≤ x₍ₙ₎ (Wikipedia, "Gini coefficient",
 *   alternative expressions; the sample Gini, whose maximum is (n − 1)/n).
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import { marginRule } from './margin';
import { customerTotals, sortedRevenue } from './customerTotals';

export interface LorenzPoint {
  customerShare: number;
  revenueShare: number;
}

export interface RevenueConcentration {
  status: 'ok';
  customers: number;
  /** The share of customers asked for (0.2 = top 20%). */
  topShare: number;
  /** ⌈topShare × n⌉ customers, at least 1. */
  topCustomers: number;
  topRevenue: number;
  /** topRevenue / positiveRevenue, in [topShare, 1]. */
  topRevenueShare: number;
  /** Net revenue of the customers (negative totals included). */
  netRevenue: number;
  /** Σ max(revenue, 0): the denominator of every share. */
  positiveRevenue: number;
  /** Σ min(revenue, 0): set aside (≤ 0). */
  negativeRevenue: number;
  customersWithNonPositiveRevenue: number;
  /** 101 points: customer share 0, 0.01, …, 1. */
  lorenz: LorenzPoint[];
  gini: number;
}

export interface ConcentrationEmpty {
  status: 'empty';
  reason: 'no-customers' | 'no-positive-revenue' | 'invalid-top-share';
}

export function revenueConcentration(table: OrderTable, settings: Settings, filters: Filters, topShare = 0.2): RevenueConcentration | ConcentrationEmpty {
  if (!(topShare > 0 && topShare <= 1)) return { status: 'empty', reason: 'invalid-top-share' };
  const view = applyFilters(table, filters);
  const totals = customerTotals(view, marginRule(table, settings));
  const n = totals.customer.length;
  if (n === 0) return { status: 'empty', reason: 'no-customers' };
  let netRevenue = 0;
  let positiveRevenue = 0;
  let negativeRevenue = 0;
  let nonPositive = 0;
  for (let i = 0; i < n; i++) {
    const revenue = totals.revenue[i]!;
    netRevenue += revenue;
    if (revenue > 0) positiveRevenue += revenue;
    else {
      negativeRevenue += revenue;
      nonPositive++;
    }
  }
  if (!(positiveRevenue > 0)) return { status: 'empty', reason: 'no-positive-revenue' };
  // Only the revenues matter (customers with equal revenue are interchangeable in every figure):
  // the values ascending; the top customers are its end, largest first. max(0, ·) keeps the
  // order, so clamping the shared sorted revenue gives the sorted clamped values.
  const sorted = sortedRevenue(totals);
  const ascendingValues = new Float64Array(n);
  for (let i = 0; i < n; i++) ascendingValues[i] = Math.max(0, sorted[i]!);
  const topCustomers = Math.min(n, Math.max(1, Math.ceil(topShare * n - 1e-9)));
  let topRevenue = 0;
  for (let k = 0; k < topCustomers; k++) topRevenue += ascendingValues[n - 1 - k]!;
  return {
    status: 'ok',
    customers: n,
    topShare,
    topCustomers,
    topRevenue,
    topRevenueShare: Math.min(1, topRevenue / positiveRevenue),
    netRevenue,
    positiveRevenue,
    negativeRevenue,
    customersWithNonPositiveRevenue: nonPositive,
    lorenz: lorenzCurve(ascendingValues, positiveRevenue),
    gini: giniCoefficient(ascendingValues, positiveRevenue),
  };
}

/** Lorenz curve at every 1% of customers, from values sorted ascending (all ≥ 0, total > 0). */
export function lorenzCurve(ascending: ArrayLike<number>, total: number): LorenzPoint[] {
  const n = ascending.length;
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cumulative[i + 1] = cumulative[i]! + ascending[i]! / total;
  cumulative[n] = 1;
  const points: LorenzPoint[] = [];
  for (let percent = 0; percent <= 100; percent++) {
    const position = (percent * n) / 100;
    const below = Math.min(n, Math.floor(position));
    const fraction = position - below;
    const share = below === n ? 1 : cumulative[below]! + fraction * (cumulative[below + 1]! - cumulative[below]!);
    points.push({ customerShare: percent / 100, revenueShare: share });
  }
  return points;
}

/** Sample Gini coefficient of values sorted ascending (all ≥ 0, total > 0), in [0, (n−1)/n]. */
export function giniCoefficient(ascending: ArrayLike<number>, total: number): number {
  const n = ascending.length;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * ascending[i]!;
  const gini = (2 * weighted) / (n * total) - (n + 1) / n;
  return Math.min(1, Math.max(0, gini)); // guards rounding only: mathematically already in range
}
