/**
 * Parameter recovery on simulated data: data drawn from known parameters, then fitted.
 *
 * Tolerance. Each estimate must lie within 4 asymptotic standard errors of the truth (the SEs
 * come from the fit's numeric Hessian, i.e. the observed information). For 5,000 customers the
 * SEs are about 3% (r, α), 9% (a), 12% (b), and 12% (p), 3% (q), 15% (γ). We also require the SEs
 * themselves to be small enough for the check to mean something, and check the whole vector at
 * once with the likelihood-ratio statistic 2(ℓ(θ̂) − ℓ(θ)), asymptotically χ² with 4 (BG/NBD) or
 * 3 (Gamma-Gamma) degrees of freedom: it must be ≥ 0 (the optimiser found at least the truth's
 * likelihood) and below the 99.9% quantile (18.47, resp. 16.27). Over 40 seeds of the BG/NBD set
 * up here the statistic averaged 3.5 (χ²₄ mean 4) with 2 of 40 above the 95% point, so the
 * simulation and the likelihood agree; the seeds below are fixed, so the test is deterministic.
 */
import { describe, expect, it } from 'vitest';
import { fitBgNbd, fitGammaGamma, type BgNbdParams, type GammaGammaParams } from '../../../src/metrics/predictive';
import { bgnbdTotalLogLikelihood, groupForBgNbd } from '../../../src/metrics/predictive/bgnbdLikelihood';
import { gammaGammaLogLikelihood } from '../../../src/metrics/predictive/gammaGamma';
import { summaryFromColumns } from './helpers';
import { mulberry32, simulateBgNbd, simulateSpend } from './simulate';

const CUSTOMERS = 5000;
const SEEDS = [1, 2, 3];

describe('BG/NBD recovers known parameters (5,000 customers over 52 weeks)', () => {
  const truth: BgNbdParams = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const summary = summaryFromColumns(simulateBgNbd(mulberry32(seed), truth, new Array<number>(CUSTOMERS).fill(52)));
      const fit = fitBgNbd(summary);
      if (fit.status !== 'ok') throw new Error(`fit failed: ${fit.reason}`);
      const errors = fit.standardErrors!;
      for (const key of ['r', 'alpha', 'a', 'b'] as const) {
        expect(errors[key] / truth[key]).toBeLessThan(0.2);
        expect(Math.abs(fit.params[key] - truth[key])).toBeLessThan(4 * errors[key]);
      }
      const likelihoodRatio = 2 * (fit.logLikelihood - bgnbdTotalLogLikelihood(truth, groupForBgNbd(summary)));
      expect(likelihoodRatio).toBeGreaterThanOrEqual(-1e-6);
      expect(likelihoodRatio).toBeLessThan(18.47);
    });
  }
});

describe('Gamma-Gamma recovers known parameters (5,000 repeat buyers, 1–10 repeat purchases)', () => {
  const truth: GammaGammaParams = { p: 6, q: 4, gamma: 15 };
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const random = mulberry32(100 + seed);
      const frequency = Array.from({ length: CUSTOMERS }, () => 1 + Math.floor(random() * 10));
      const monetary = simulateSpend(random, truth, frequency);
      const summary = summaryFromColumns({ frequency, recency: frequency.map(() => 1), age: frequency.map(() => 2), monetary });
      const fit = fitGammaGamma(summary);
      if (fit.status !== 'ok') throw new Error(`fit failed: ${fit.reason}`);
      const errors = fit.standardErrors!;
      for (const key of ['p', 'q', 'gamma'] as const) {
        expect(errors[key] / truth[key]).toBeLessThan(0.2);
        expect(Math.abs(fit.params[key] - truth[key])).toBeLessThan(4 * errors[key]);
      }
      let atTruth = 0;
      for (let i = 0; i < CUSTOMERS; i++) atTruth += gammaGammaLogLikelihood(truth, frequency[i]!, monetary[i]!);
      const likelihoodRatio = 2 * (fit.logLikelihood - atTruth);
      expect(likelihoodRatio).toBeGreaterThanOrEqual(-1e-6);
      expect(likelihoodRatio).toBeLessThan(16.27);
    });
  }
});
