/**
 * BG/NBD predictions for a customer, from Fader, Hardie & Lee (2005), "Counting Your Customers
 * the Easy Way", Marketing Science 24(2):
 * - eq. 9, expected purchases of a new customer in (0, t]:
 *     E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))];
 * - eq. 10, expected purchases in (T, T+t] of a customer with history (x, t_x, T):
 *     E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *                           / [1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)],
 *   i.e. P(alive) times eq. 9 at the posterior parameters (r+x, α+T, a, b+x);
 * - P(alive | x, t_x, T) = 1 / [1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)]
 *   (Fader, Hardie & Lee 2008, "Computing P(alive) using the BG/NBD model", brucehardie.com note 021).
 * The model lets a customer drop out only right after a repeat purchase, so P(alive) = 1 when x = 0.
 * The hypergeometric part is summed in the stable form described in hypergeometric.ts.
 */
import { unconditionalExpectation } from './hypergeometric';
import { logistic } from './specialFunctions';
import type { BgNbdParams } from './types';

function positive(value: number): boolean {
  return value > 0 && Number.isFinite(value);
}

/** True when every parameter is a positive finite number. */
export function validBgNbdParams(params: BgNbdParams): boolean {
  return positive(params.r) && positive(params.alpha) && positive(params.a) && positive(params.b);
}

function validHistory(x: number, recency: number, age: number): boolean {
  return Number.isInteger(x) && x >= 0 && recency >= 0 && age >= recency && Number.isFinite(age);
}

/**
 * P(alive | x, t_x, T); null for invalid parameters or history (x a non-negative integer,
 * 0 ≤ t_x ≤ T). Computed as a logistic of the log odds so extreme histories give 0 or 1, not NaN.
 */
export function probabilityAlive(params: BgNbdParams, x: number, recency: number, age: number): number | null {
  if (!validBgNbdParams(params) || !validHistory(x, recency, age)) return null;
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOddsDead = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
  return logistic(-logOddsDead);
}

/**
 * E[X(t)] for a customer just acquired (eq. 9): expected repeat purchases in (0, t], t in the
 * parameters' time unit. null for invalid input or when the series does not converge (t beyond
 * about 2,700 α).
 */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number | null {
  if (!validBgNbdParams(params) || !(t >= 0) || !Number.isFinite(t)) return null;
  return unconditionalExpectation(params.r, params.alpha, params.a, params.b, t);
}

/**
 * E[Y(t) | x, t_x, T] (eq. 10): expected purchases in the next t time units of a customer with
 * x repeat purchases, the last at t_x, observed for T. null for invalid input or when the
 * series does not converge (t beyond about 2,700 (α+T)).
 */
export function expectedPurchases(params: BgNbdParams, t: number, x: number, recency: number, age: number): number | null {
  const alive = probabilityAlive(params, x, recency, age);
  if (alive === null || !(t >= 0) || !Number.isFinite(t)) return null;
  if (alive === 0) return 0;
  const future = unconditionalExpectation(params.r + x, params.alpha + age, params.a, params.b + x, t);
  return future === null ? null : alive * future;
}
