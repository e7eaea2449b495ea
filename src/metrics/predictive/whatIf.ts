/**
 * What-if on retention: how much predicted CLV would change if customers dropped out less.
 *
 * In BG/NBD each customer drops out after a repeat purchase with probability p ~ Beta(a, b),
 * whose mean is a/(a+b) (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way").
 * Lowering dropout by k % scales that mean by (1 − k/100) while keeping a + b (the Beta's
 * "sample size", hence its relative spread) fixed:
 *   a' = (1 − k/100) · a,   b' = (a + b) − a'.
 * Purchase rates (r, α), spend (Gamma-Gamma) and the horizon, discount and margin are unchanged;
 * total predicted CLV (clv.ts) is recomputed with (r, α, a', b') for the same customers, whose
 * P(alive) and expected purchases both change.
 */
import { predictedClv, type PredictedClvEmpty, type PredictedClvOptions } from './clv';
import type { BgNbdParams, CustomerSummary, GammaGammaParams } from './types';

export interface WhatIfRetentionOptions extends PredictedClvOptions {
  /** Percentage by which the mean dropout probability is lowered, 0 ≤ k < 100. */
  dropoutReductionPercent: number;
}

export interface WhatIfRetention {
  status: 'ok';
  dropoutReductionPercent: number;
  /** Mean dropout probability after a repeat purchase, a/(a+b), before and after. */
  dropoutMeanBefore: number;
  dropoutMeanAfter: number;
  paramsAfter: BgNbdParams;
  totalBefore: number;
  totalAfter: number;
  difference: number;
  /** difference / totalBefore × 100; null when totalBefore is 0. */
  differencePercent: number | null;
  /** Customers each total covers (equal unless a series failed to converge in one run). */
  customersWithEstimateBefore: number;
  customersWithEstimateAfter: number;
}

export interface WhatIfRetentionEmpty {
  status: 'empty';
  reason: PredictedClvEmpty['reason'] | 'invalid-reduction';
}

/** BG/NBD parameters with the mean dropout lowered by `reductionPercent` %, a + b kept. */
export function reduceDropout(params: BgNbdParams, reductionPercent: number): BgNbdParams {
  const sum = params.a + params.b;
  const a = params.a * (1 - reductionPercent / 100);
  return { r: params.r, alpha: params.alpha, a, b: sum - a };
}

/** Total predicted CLV before and after lowering the dropout probability. */
export function whatIfRetention(
  summary: CustomerSummary,
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  options: WhatIfRetentionOptions,
): WhatIfRetention | WhatIfRetentionEmpty {
  const reduction = options.dropoutReductionPercent;
  if (!(reduction >= 0 && reduction < 100)) return { status: 'empty', reason: 'invalid-reduction' };
  const clvOptions: PredictedClvOptions = { ...options, groupKeys: null };
  const before = predictedClv(summary, bgnbd, gammaGamma, clvOptions);
  if (before.status !== 'ok') return before;
  const paramsAfter = reduceDropout(bgnbd, reduction);
  const after = predictedClv(summary, paramsAfter, gammaGamma, clvOptions);
  if (after.status !== 'ok') return after;
  const difference = after.total - before.total;
  return {
    status: 'ok',
    dropoutReductionPercent: reduction,
    dropoutMeanBefore: bgnbd.a / (bgnbd.a + bgnbd.b),
    dropoutMeanAfter: paramsAfter.a / (paramsAfter.a + paramsAfter.b),
    paramsAfter,
    totalBefore: before.total,
    totalAfter: after.total,
    difference,
    differencePercent: before.total !== 0 ? (difference / before.total) * 100 : null,
    customersWithEstimateBefore: before.customersWithEstimate,
    customersWithEstimateAfter: after.customersWithEstimate,
  };
}
