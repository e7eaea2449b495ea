/**
 * Fitting the BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way",
 * Marketing Science 24(2)) by maximum likelihood.
 *
 * We maximise Σ ln L (eq. 6, see bgnbdLikelihood.ts) over θ = (ln r, ln α, ln a, ln b), so every
 * parameter stays positive, with Nelder–Mead and restarts (maximumLikelihood.ts). Times are first
 * divided by the mean customer age T̄ (α is the only parameter with a unit, so α = α̂_scaled · T̄
 * exactly). Starting point: r = 1, α = r / (Σx / ΣT) (the pooled repeat-purchase rate), a = 1,
 * b = 3. Predictions (eq. 9, eq. 10, P(alive)) live in bgnbdPredictions.ts.
 */
import { bgnbdTotalLogLikelihood, groupForBgNbd, type BgNbdGroups } from './bgnbdLikelihood';
import { fitFailure, fitOutcome, type ModelFit, type ModelFitFailure } from './fitResult';
import { maximiseLikelihood } from './maximumLikelihood';
import { MINIMUM_CUSTOMERS_FOR_FIT, type BgNbdParams, type CustomerSummary, type FitFailureReason, type FitOptions } from './types';

export { bgnbdLogLikelihood } from './bgnbdLikelihood';
export { expectedPurchases, expectedPurchasesNewCustomer, probabilityAlive } from './bgnbdPredictions';

/** A converged BG/NBD fit; logLikelihood is in the summary's time unit. */
export type BgNbdFit = ModelFit<BgNbdParams>;
export type BgNbdFitFailure = ModelFitFailure<BgNbdParams>;

function scaleTimes(groups: BgNbdGroups, factor: number): BgNbdGroups {
  return { ...groups, recency: groups.recency.map((value) => value * factor), age: groups.age.map((value) => value * factor) };
}

/** Maximum-likelihood BG/NBD parameters for the summary's customers. */
export function fitBgNbd(summary: CustomerSummary, options: FitOptions = {}): BgNbdFit | BgNbdFitFailure {
  const customers = summary.customers;
  const failure = (reason: FitFailureReason): BgNbdFitFailure => fitFailure(reason, customers);
  if (customers < MINIMUM_CUSTOMERS_FOR_FIT) return failure('too-few-customers');
  let repeatPurchases = 0;
  let totalAge = 0;
  for (let i = 0; i < customers; i++) {
    repeatPurchases += summary.frequency[i]!;
    totalAge += summary.age[i]!;
  }
  // A repeat purchase implies T > 0, so totalAge > 0 below.
  if (repeatPurchases === 0) return failure('no-repeat-buyers');

  const groups = groupForBgNbd(summary);
  const meanAge = totalAge / customers;
  const scaled = scaleTimes(groups, 1 / meanAge);
  const pooledRate = repeatPurchases / customers; // per scaled time unit (mean T = 1)
  const fit = maximiseLikelihood(
    (theta) => -bgnbdTotalLogLikelihood(paramsFromLog(theta, 1), scaled) / customers,
    [0, Math.log(1 / pooledRate), 0, Math.log(3)],
    customers,
    options,
  );
  const params = paramsFromLog(fit.point, meanAge);
  const logLikelihood = bgnbdTotalLogLikelihood(params, groups);
  return fitOutcome(fit, params, logLikelihood, customers, (errors) => ({ r: errors[0]!, alpha: errors[1]! * meanAge, a: errors[2]!, b: errors[3]! }));
}

/** Parameters from θ, with α converted back from scaled time (× timeScale). */
function paramsFromLog(theta: readonly number[], timeScale: number): BgNbdParams {
  return { r: Math.exp(theta[0]!), alpha: Math.exp(theta[1]!) * timeScale, a: Math.exp(theta[2]!), b: Math.exp(theta[3]!) };
}
