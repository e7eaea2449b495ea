import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logAddExp, logBeta, logGamma, logistic } from '../../../src/metrics/predictive/specialFunctions';
import { minimize } from '../../../src/metrics/predictive/optimizer';
import { invertPositiveDefinite, numericHessian } from '../../../src/metrics/predictive/standardErrors';

describe('logGamma', () => {
  it('matches known values', () => {
    // ln Γ(½) = ln √π; ln Γ(10) = ln 9! = ln 362880; ln Γ(100) = ln 99!; ln Γ(0.1) from tables;
    // ln Γ(1e-5) = −ln(1e-5) − γ·1e-5 + O(1e-10), γ = 0.5772156649 (Euler–Mascheroni).
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 13);
    expect(logGamma(1e-5)).toBeCloseTo(-Math.log(1e-5) - 0.5772156649 * 1e-5, 9);
  });

  it('is NaN outside its domain, so callers can reject the point', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('satisfies Γ(z+1) = z Γ(z) to near machine precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (z) => {
        const difference = logGamma(z + 1) - logGamma(z) - Math.log(z);
        expect(Math.abs(difference)).toBeLessThan(1e-12 * Math.max(1, Math.abs(logGamma(z + 1))));
      }),
    );
  });

  it('gives ln B(a, b) with B(2, 3) = 1/12 and B(½, ½) = π', () => {
    // B(2, 3) = Γ(2)Γ(3)/Γ(5) = 1·2/24 = 1/12.
    expect(logBeta(2, 3)).toBeCloseTo(-Math.log(12), 13);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 13);
  });
});

describe('logAddExp and logistic', () => {
  it('adds in log space without overflow', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 10);
    expect(logAddExp(Number.NEGATIVE_INFINITY, -5)).toBe(-5);
  });

  it('gives logistic values in [0, 1] even for extreme arguments', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75, 14);
    expect(logistic(-1e6)).toBe(0);
    expect(logistic(1e6)).toBe(1);
  });
});

describe('minimize (Nelder–Mead with restarts)', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const rosenbrock = ([x, y]: number[]): number => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;
    const result = minimize(rosenbrock, [-1.2, 1], { maxIterations: 5000 });
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
  });

  it('minimises a shifted quadratic in four dimensions and reports progress up to 1', () => {
    const centre = [1, -2, 3, 0.5];
    const quadratic = (point: number[]): number => point.reduce((sum, value, i) => sum + (i + 1) * (value - centre[i]!) ** 2, 0);
    const fractions: number[] = [];
    const result = minimize(quadratic, [0, 0, 0, 0], { maxIterations: 5000, onProgress: (f) => fractions.push(f) });
    expect(result.converged).toBe(true);
    result.point.forEach((value, i) => expect(value).toBeCloseTo(centre[i]!, 5));
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
  });

  it('reports no convergence when the iteration budget is too small', () => {
    const result = minimize(([x, y]) => (x! - 3) ** 2 + (y! + 1) ** 2, [0, 0], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBeLessThanOrEqual(3);
  });

  it('treats NaN objective values as +∞ (rejected), not as a minimum', () => {
    const result = minimize(([x]) => (x! < 0 ? Number.NaN : (x! - 2) ** 2), [1], { maxIterations: 2000 });
    expect(result.point[0]).toBeCloseTo(2, 5);
  });
});

describe('numeric Hessian and its inverse', () => {
  it('recovers the matrix of a quadratic form and inverts it', () => {
    // f = ½ vᵀ A v with A = [[4, 1], [1, 3]] has Hessian A; A⁻¹ = [[3, −1], [−1, 4]] / 11.
    const f = ([x, y]: number[]): number => 0.5 * (4 * x! * x! + 2 * x! * y! + 3 * y! * y!);
    const hessian = numericHessian(f, [0.3, -0.7]);
    expect(hessian[0]![0]).toBeCloseTo(4, 6);
    expect(hessian[0]![1]).toBeCloseTo(1, 6);
    expect(hessian[1]![1]).toBeCloseTo(3, 6);
    const inverse = invertPositiveDefinite(hessian)!;
    expect(inverse[0]![0]).toBeCloseTo(3 / 11, 6);
    expect(inverse[0]![1]).toBeCloseTo(-1 / 11, 6);
    expect(inverse[1]![1]).toBeCloseTo(4 / 11, 6);
  });

  it('returns null for a matrix that is not positive definite', () => {
    expect(invertPositiveDefinite([[1, 2], [2, 1]])).toBeNull();
  });
});
