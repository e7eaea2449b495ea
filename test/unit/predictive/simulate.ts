/**
 * Seeded simulation of the BG/NBD and Gamma-Gamma generative processes, for recovery tests.
 *
 * PRNG: mulberry32 (Tommy Ettinger, public domain), 32-bit state, period 2³²: ample for the
 * ~10⁵ draws a test makes. Normal: Box–Muller. Gamma: Marsaglia & Tsang (2000), "A simple method
 * for generating gamma variables", ACM TOMS 26(3), with the U^(1/k) boost for shape k < 1.
 * Beta(a, b) = G₁/(G₁+G₂) with G₁ ~ Gamma(a), G₂ ~ Gamma(b).
 */
import type { BgNbdParams, GammaGammaParams } from '../../../src/metrics/predictive';

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform on (0, 1), never exactly 0. */
function open(random: Random): number {
  let u = random();
  while (u === 0) u = random();
  return u;
}

export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(open(random))) * Math.cos(2 * Math.PI * random());
}

/** Gamma with the given shape and rate (mean shape / rate). */
export function gamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) return gamma(random, shape + 1, rate) * open(random) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = open(random);
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

export function beta(random: Random, a: number, b: number): number {
  const g1 = gamma(random, a, 1);
  const g2 = gamma(random, b, 1);
  return g1 / (g1 + g2);
}

/**
 * BG/NBD customers observed for `age` time units after their first purchase: λ ~ Gamma(r, α),
 * p ~ Beta(a, b); purchases follow a Poisson process of rate λ; after each repeat purchase the
 * customer leaves with probability p (Fader, Hardie & Lee 2005, assumptions i–v).
 */
export function simulateBgNbd(random: Random, params: BgNbdParams, ages: readonly number[]): { frequency: number[]; recency: number[]; age: number[] } {
  const frequency: number[] = [];
  const recency: number[] = [];
  for (const age of ages) {
    const rate = gamma(random, params.r, params.alpha);
    const dropout = beta(random, params.a, params.b);
    let time = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      time += -Math.log(open(random)) / rate;
      if (time > age) break;
      x++;
      last = time;
      if (random() < dropout) break;
    }
    frequency.push(x);
    recency.push(last);
  }
  return { frequency, recency, age: ages.slice() };
}

/** Mean spend of x transactions per customer: ν ~ Gamma(q, γ), each value ~ Gamma(p, ν). */
export function simulateSpend(random: Random, params: GammaGammaParams, frequencies: readonly number[]): number[] {
  return frequencies.map((x) => {
    if (x === 0) return 0;
    const nu = gamma(random, params.q, params.gamma);
    let total = 0;
    for (let k = 0; k < x; k++) total += gamma(random, params.p, nu);
    return total / x;
  });
}
