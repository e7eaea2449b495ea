/**
 * Derivative-free minimisation for the maximum-likelihood fits: Nelder–Mead with restarts.
 *
 * Nelder & Mead (1965), "A simplex method for function minimization", Computer Journal 7(4),
 * with the standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½) and the
 * step sequence as described by Lagarias, Reeds, Wright & Wright (1998), SIAM J. Optim. 9(1).
 * Nelder–Mead can stall on a degenerate simplex, so after it converges we restart from the best
 * point with a fresh simplex; the fit counts as converged only when a restart no longer moves
 * the optimum (the remedy of Kelley 1999, "Detection and remediation of stagnation in the
 * Nelder–Mead algorithm", SIAM J. Optim. 10(1), in its simplest form).
 */

export interface MinimizeOptions {
  /** Total iteration budget across restarts. */
  maxIterations: number;
  /** Edge length of the initial simplex in each coordinate. */
  initialStep?: number;
  /** Converged when the simplex spread in f is ≤ fTolerance · (1 + |f|)… */
  fTolerance?: number;
  /** …and every vertex is within xTolerance of the best in every coordinate. */
  xTolerance?: number;
  maxRestarts?: number;
  onProgress?: (fraction: number) => void;
  /** Checked with the best point after every iteration; true abandons the search (not converged). */
  abandon?: (best: readonly number[]) => boolean;
}

export interface MinimizeResult {
  point: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

interface Vertex {
  point: number[];
  value: number;
}

/** Objective values that are NaN count as +∞, so invalid regions are simply rejected. */
function evaluate(objective: (point: number[]) => number, point: number[]): Vertex {
  const value = objective(point);
  return { point, value: Number.isNaN(value) ? Number.POSITIVE_INFINITY : value };
}

function combine(from: number[], to: number[], factor: number): number[] {
  // from + factor · (to − from)
  return from.map((value, i) => value + factor * (to[i]! - value));
}

function hasConverged(simplex: Vertex[], fTolerance: number, xTolerance: number): boolean {
  const best = simplex[0]!;
  const worst = simplex[simplex.length - 1]!;
  if (!(worst.value - best.value <= fTolerance * (1 + Math.abs(best.value)))) return false;
  for (let v = 1; v < simplex.length; v++) {
    const point = simplex[v]!.point;
    for (let i = 0; i < point.length; i++) if (Math.abs(point[i]! - best.point[i]!) > xTolerance) return false;
  }
  return true;
}

/** One Nelder–Mead run from `start`; stops at convergence or after `budget` iterations. */
function nelderMead(
  objective: (point: number[]) => number,
  start: number[],
  step: number,
  budget: number,
  fTolerance: number,
  xTolerance: number,
  tick: () => void,
  abandon: (best: readonly number[]) => boolean,
): MinimizeResult {
  const n = start.length;
  const simplex: Vertex[] = [evaluate(objective, start.slice())];
  for (let i = 0; i < n; i++) {
    const point = start.slice();
    point[i] = point[i]! + step;
    simplex.push(evaluate(objective, point));
  }
  let iterations = 0;
  while (iterations < budget) {
    simplex.sort((u, v) => u.value - v.value);
    if (hasConverged(simplex, fTolerance, xTolerance)) {
      return { point: simplex[0]!.point, value: simplex[0]!.value, iterations, converged: true };
    }
    if (abandon(simplex[0]!.point)) break;
    iterations++;
    tick();
    const worst = simplex[n]!;
    const centroid = new Array<number>(n).fill(0);
    for (let v = 0; v < n; v++) for (let i = 0; i < n; i++) centroid[i]! += simplex[v]!.point[i]! / n;
    const reflected = evaluate(objective, combine(centroid, worst.point, -1));
    if (reflected.value < simplex[0]!.value) {
      const expanded = evaluate(objective, combine(centroid, worst.point, -2));
      simplex[n] = expanded.value < reflected.value ? expanded : reflected;
      continue;
    }
    if (reflected.value < simplex[n - 1]!.value) {
      simplex[n] = reflected;
      continue;
    }
    const outside = reflected.value < worst.value;
    const contracted = evaluate(objective, combine(centroid, outside ? reflected.point : worst.point, 0.5));
    if (contracted.value < (outside ? reflected.value : worst.value)) {
      simplex[n] = contracted;
      continue;
    }
    const best = simplex[0]!.point;
    for (let v = 1; v <= n; v++) simplex[v] = evaluate(objective, combine(best, simplex[v]!.point, 0.5));
  }
  simplex.sort((u, v) => u.value - v.value);
  return { point: simplex[0]!.point, value: simplex[0]!.value, iterations, converged: false };
}

/** Minimises `objective` from `start` with Nelder–Mead and restarts (see the file comment). */
export function minimize(objective: (point: number[]) => number, start: readonly number[], options: MinimizeOptions): MinimizeResult {
  const step = options.initialStep ?? 0.5;
  const fTolerance = options.fTolerance ?? 1e-12;
  const xTolerance = options.xTolerance ?? 1e-7;
  const maxRestarts = options.maxRestarts ?? 6;
  const maxIterations = Math.max(1, Math.floor(options.maxIterations));
  let used = 0;
  const tick = (): void => {
    used++;
    if (options.onProgress && used % 25 === 0) options.onProgress(Math.min(1, used / maxIterations));
  };
  let best = evaluate(objective, start.slice());
  let converged = false;
  let abandoned = false;
  const abandon = (point: readonly number[]): boolean => (abandoned ||= options.abandon?.(point) ?? false);
  // The first run moves far; each restart uses a smaller simplex around the best point so far.
  for (let run = 0; run <= maxRestarts && used < maxIterations; run++) {
    const runStep = run === 0 ? step : Math.max(step / 2 ** run, 1e-3);
    const result = nelderMead(objective, best.point, runStep, maxIterations - used, fTolerance, xTolerance, tick, abandon);
    const moved = result.point.some((value, i) => Math.abs(value - best.point[i]!) > 10 * xTolerance);
    const improved = best.value - result.value > fTolerance * (1 + Math.abs(result.value));
    if (result.value <= best.value) best = { point: result.point, value: result.value };
    if (!result.converged || abandoned) break;
    if (run > 0 && !moved && !improved) {
      converged = true;
      break;
    }
  }
  options.onProgress?.(1);
  return { point: best.point, value: best.value, iterations: used, converged };
}
