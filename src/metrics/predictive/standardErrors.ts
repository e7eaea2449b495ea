/**
 * Asymptotic standard errors of maximum-likelihood estimates from the observed information.
 *
 * The fits optimise over θ = ln(parameter). The covariance of θ̂ is approximately the inverse of
 * the Hessian of the negative log-likelihood at θ̂ (observed Fisher information; e.g. Casella &
 * Berger, Statistical Inference, 2nd ed., ch. 10), computed here with central differences of
 * step h: Hᵢᵢ ≈ (f(θ+heᵢ) − 2f(θ) + f(θ−heᵢ)) / h², Hᵢⱼ ≈ (f(θ+heᵢ+heⱼ) − f(θ+heᵢ−heⱼ) −
 * f(θ−heᵢ+heⱼ) + f(θ−heᵢ−heⱼ)) / 4h². By the delta method SE(e^θ) ≈ e^θ · SE(θ).
 */

const STEP = 1e-3;

/** Central-difference Hessian of f at `point`. */
export function numericHessian(f: (point: number[]) => number, point: readonly number[], step = STEP): number[][] {
  const n = point.length;
  const at = (moves: ReadonlyArray<readonly [number, number]>): number => {
    const shifted = point.slice();
    for (const [index, delta] of moves) shifted[index] = shifted[index]! + delta;
    return f(shifted);
  };
  const center = f(point.slice());
  const hessian: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    hessian[i]![i] = (at([[i, step]]) - 2 * center + at([[i, -step]])) / (step * step);
    for (let j = 0; j < i; j++) {
      const value =
        (at([[i, step], [j, step]]) - at([[i, step], [j, -step]]) - at([[i, -step], [j, step]]) + at([[i, -step], [j, -step]])) /
        (4 * step * step);
      hessian[i]![j] = value;
      hessian[j]![i] = value;
    }
  }
  return hessian;
}

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky factorisation (A = LLᵀ), or null
 * when the matrix is not positive definite (the point is not a strict local minimum).
 */
export function invertPositiveDefinite(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const lower: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k++) sum -= lower[i]![k]! * lower[j]![k]!;
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        lower[i]![i] = Math.sqrt(sum);
      } else {
        lower[i]![j] = sum / lower[j]![j]!;
      }
    }
  }
  // Columns of L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
  const lowerInverse: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let column = 0; column < n; column++) {
    for (let i = column; i < n; i++) {
      let sum = i === column ? 1 : 0;
      for (let k = column; k < i; k++) sum -= lower[i]![k]! * lowerInverse[k]![column]!;
      lowerInverse[i]![column] = sum / lower[i]![i]!;
    }
  }
  const inverse: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = Math.max(i, j); k < n; k++) sum += lowerInverse[k]![i]! * lowerInverse[k]![j]!;
      inverse[i]![j] = sum;
    }
  }
  return inverse;
}

/**
 * Standard errors of the natural parameters e^θ, given the negative log-likelihood over
 * log-parameters and its minimiser; null when the Hessian is not positive definite.
 */
export function logParameterStandardErrors(negativeLogLikelihood: (logParams: number[]) => number, logParams: readonly number[]): number[] | null {
  const covariance = invertPositiveDefinite(numericHessian(negativeLogLikelihood, logParams));
  if (!covariance) return null;
  const errors = logParams.map((theta, i) => Math.exp(theta) * Math.sqrt(covariance[i]![i]!));
  return errors.every((value) => Number.isFinite(value)) ? errors : null;
}
