/**
 * Seeded random numbers for the sample generator. Nothing here reads Math.random or the clock, so a
 * seed fixes every draw and the generated files are byte-identical from run to run.
 *
 * - Generator: sfc32, Chris Doty-Humphrey's "Small Fast Counting" generator from PractRand
 *   (passes PractRand and BigCrush; 128-bit state, 32-bit output), seeded through splitmix32.
 * - Independent streams: `randomStream(seed, label)` hashes (seed, label), so the order stream and,
 *   say, the survey stream never share draws: tuning one file does not reshuffle another.
 * - Distributions take the uniform source as their first argument, like d3-random's `source`.
 */

/** A source of uniform numbers in the open interval (0, 1): never exactly 0, so log(u) is finite. */
export type Uniform = () => number;

const TWO_POW_32 = 4_294_967_296;

/** MurmurHash3's 32-bit finaliser (Appleby): spreads every input bit over the output. */
function finalMix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of (seed, label): FNV-1a over the label's UTF-16 code units, then MurmurHash3's finaliser. */
export function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ finalMix32(seed)) >>> 0;
  for (let position = 0; position < label.length; position++) {
    h = Math.imul(h ^ label.charCodeAt(position), 0x01000193);
  }
  return finalMix32(h);
}

/** A uniform number in (0, 1) fixed by (seed, label, index), without a stream: per-customer traits drawn in any order. */
export function hashedUniform(seed: number, label: string, index: number): number {
  const mixed = finalMix32(hashSeed(seed, label) ^ Math.imul(index + 1, 0x9e3779b1));
  return (mixed + 0.5) / TWO_POW_32;
}

/** A stream of uniforms in (0, 1) from sfc32, its 128-bit state filled by splitmix32 from hash(seed, label). */
export function randomStream(seed: number, label: string): Uniform {
  let splitState = hashSeed(seed, label) | 0;
  const splitMix32 = (): number => {
    splitState = (splitState + 0x9e3779b9) | 0;
    let z = splitState;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let a = splitMix32();
  let b = splitMix32();
  let c = splitMix32();
  let d = splitMix32();
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The reference implementation discards the first outputs so weak seeds do not show.
  for (let warmUp = 0; warmUp < 12; warmUp++) next32();
  return () => (next32() + 0.5) / TWO_POW_32;
}

/** Standard normal by the Box–Muller transform (Box & Muller 1958), cosine branch only. */
export function normalSample(uniform: Uniform): number {
  return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Exponential with the given rate (mean 1 / rate), by inversion: −ln(U) / rate. */
export function exponentialSample(uniform: Uniform, rate: number): number {
  return -Math.log(uniform()) / rate;
}

/**
 * Gamma(shape, rate), mean shape / rate. Marsaglia & Tsang (2000), "A simple method for generating
 * gamma variables", ACM TOMS 26(3); for shape < 1 the boost Gamma(shape) = Gamma(shape + 1) · U^(1/shape).
 */
export function gammaSample(uniform: Uniform, shape: number, rate: number): number {
  if (shape < 1) return gammaSample(uniform, shape + 1, rate) * Math.pow(uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalSample(uniform);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b), mean a / (a + b), as X / (X + Y) with X ~ Gamma(a, 1) and Y ~ Gamma(b, 1). */
export function betaSample(uniform: Uniform, a: number, b: number): number {
  const x = gammaSample(uniform, a, 1);
  const y = gammaSample(uniform, b, 1);
  return x + y > 0 ? x / (x + y) : 0.5;
}

/** Running sums of non-negative weights, for `pickIndex`. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    sums[index] = total;
  });
  return sums;
}

/** An index drawn with probability proportional to its weight (binary search over running sums). */
export function pickIndex(uniform: Uniform, sums: Float64Array): number {
  const target = uniform() * (sums[sums.length - 1] ?? 0);
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sums[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** An integer in [minimum, maximum], both included. */
export function integerBetween(uniform: Uniform, minimum: number, maximum: number): number {
  return minimum + Math.floor(uniform() * (maximum - minimum + 1));
}
