/**
 * The result of a maximum-likelihood model fit, shared by BG/NBD and Gamma-Gamma: the parameters
 * with their standard errors when the search converged, else the reason and the best point reached.
 */
import type { LogParameterFit } from './maximumLikelihood';
import type { FitFailureReason } from './types';

export interface ModelFit<Params> {
  status: 'ok';
  params: Params;
  /** Σ ln L at the optimum (natural log), in the data's own units. */
  logLikelihood: number;
  iterations: number;
  converged: true;
  /** Customers the fit used. */
  customers: number;
  /** Asymptotic standard errors (observed information, delta method); null if the Hessian is not positive definite. */
  standardErrors: Params | null;
}

export interface ModelFitFailure<Params> {
  status: 'failed';
  reason: FitFailureReason;
  /** For did-not-converge: the iteration budget ran out, or a parameter ran to the edge of its range. */
  detail: 'iteration-limit' | 'parameter-at-bound' | null;
  customers: number;
  /** The best point reached, when the optimiser ran. */
  params: Params | null;
  logLikelihood: number | null;
  iterations: number;
}

/** A fit that could not start (too few customers, no repeat buyers). */
export function fitFailure<Params>(reason: FitFailureReason, customers: number): ModelFitFailure<Params> {
  return { status: 'failed', reason, detail: null, customers, params: null, logLikelihood: null, iterations: 0 };
}

/**
 * The outcome of a search: `params` and `logLikelihood` are already mapped back to the data's
 * units; `standardErrors` maps the optimiser's errors (rescaled data) back the same way.
 */
export function fitOutcome<Params>(
  fit: LogParameterFit,
  params: Params,
  logLikelihood: number,
  customers: number,
  standardErrors: (errors: readonly number[]) => Params,
): ModelFit<Params> | ModelFitFailure<Params> {
  if (fit.outcome !== 'converged' || !Number.isFinite(logLikelihood)) {
    const finite = Number.isFinite(logLikelihood);
    return {
      ...fitFailure<Params>('did-not-converge', customers),
      detail: fit.outcome === 'parameter-at-bound' ? 'parameter-at-bound' : 'iteration-limit',
      params: finite ? params : null,
      logLikelihood: finite ? logLikelihood : null,
      iterations: fit.iterations,
    };
  }
  return {
    status: 'ok',
    params,
    logLikelihood,
    iterations: fit.iterations,
    converged: true,
    customers,
    standardErrors: fit.standardErrors ? standardErrors(fit.standardErrors) : null,
  };
}
