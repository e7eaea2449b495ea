/**
 * Maximum likelihood over log-parameters, shared by the BG/NBD and Gamma-Gamma fits.
 *
 * The caller hands the mean negative log-likelihood per customer over θ = ln(parameters), on
 * data rescaled so that a typical time (BG/NBD) or spend (Gamma-Gamma) is 1; both models are
 * scale-equivariant (only α, respectively γ, carries the unit), so the optimum maps back exactly.
 * Then every sensible parameter has |θ| well below 10: we search the box |θᵢ| ≤ 10 (objective
 * +∞ outside) and report an optimum within 0.5 of its wall as "parameter-at-bound". That is where
 * the likelihood has no interior maximum, e.g. a, b → ∞ with a/(a+b) fixed (every customer has
 * the same dropout probability) or r, α → ∞ (identical purchase rates): the model's mixing
 * distribution degenerates and its parameters cannot be estimated.
 */
import { minimize } from './optimizer';
import { logParameterStandardErrors } from './standardErrors';
import type { FitOptions } from './types';

const LOG_PARAMETER_WALL = 10;
const AT_BOUND = LOG_PARAMETER_WALL - 0.5;
const DEFAULT_MAX_ITERATIONS = 4000;
/** Iterations the best point may spend in the at-bound zone before the search is abandoned. */
const PATIENCE_AT_BOUND = 200;

export interface LogParameterFit {
  /** θ̂ on the rescaled data. */
  point: number[];
  iterations: number;
  outcome: 'converged' | 'iteration-limit' | 'parameter-at-bound';
  /** Standard errors of e^θ̂ on the rescaled data (relative errors are scale-free); null if not computable. */
  standardErrors: number[] | null;
}

/** Minimises `meanNegativeLogLikelihood` over θ from `start` with Nelder–Mead and restarts. */
export function maximiseLikelihood(
  meanNegativeLogLikelihood: (theta: number[]) => number,
  start: readonly number[],
  customers: number,
  options: FitOptions,
): LogParameterFit {
  const objective = (theta: number[]): number =>
    theta.some((value) => Math.abs(value) > LOG_PARAMETER_WALL) ? Number.POSITIVE_INFINITY : meanNegativeLogLikelihood(theta);
  const atBound = (point: readonly number[]): boolean => point.some((value) => Math.abs(value) > AT_BOUND);
  let iterationsAtBound = 0;
  const result = minimize(objective, start, {
    maxIterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    initialStep: 1,
    // Sliding along the wall towards a degenerate optimum can take thousands of tiny steps.
    abandon: (best) => (iterationsAtBound = atBound(best) ? iterationsAtBound + 1 : 0) > PATIENCE_AT_BOUND,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const outcome = atBound(result.point) ? 'parameter-at-bound' : result.converged && Number.isFinite(result.value) ? 'converged' : 'iteration-limit';
  const standardErrors =
    outcome === 'converged' ? logParameterStandardErrors((theta) => objective(theta) * customers, result.point) : null;
  return { point: result.point, iterations: result.iterations, outcome, standardErrors };
}
