/**
 * Expected purchases (and P(alive)) over a grid of frequency × recency at one customer age: the
 * picture of lifetimes' `plot_frequency_recency_matrix` (Davidson-Pilon 2015), built on the
 * BG/NBD conditional expectation (Fader, Hardie & Lee 2005, eq. 10):
 *
 *   cell(x, j) = E[Y(t) | x, t_x = (j + ½)·T/B, T],   x = 0 … X,  j = 0 … B−1,
 *
 * with T the median customer age, t the horizon (in the summary's time unit), X = min(max
 * observed x, 29) and B = min(30, ⌈T⌉) recency buckets of equal width T/B (each cell is evaluated
 * at the bucket's midpoint). Lifetimes evaluates at T = the largest age and t = 1; the median age
 * describes a typical customer, and the horizon matches the CLV figures. For x = 0 the model
 * ignores recency (t_x is 0 by definition, P(alive) = 1), so that row is constant.
 */
import { expectedPurchases, probabilityAlive } from './bgnbdPredictions';
import type { BgNbdParams } from './types';

/** Largest side of the grid. */
export const MATRIX_LIMIT = 30;

export interface RecencyBucket {
  from: number;
  to: number;
  /** The recency t_x at which the column is evaluated. */
  midpoint: number;
}

export interface FrequencyRecencyMatrix {
  status: 'ok';
  /** The customer age T of every cell (time units). */
  age: number;
  /** The horizon t of the expectation (time units). */
  horizon: number;
  /** Row labels: x = 0 … X. */
  frequencies: number[];
  /** Customers with each frequency (the last row also counts everybody above X when capped). */
  customersByFrequency: number[];
  /** True when some customers have more than X repeat purchases (they are counted in the last row). */
  frequencyCapped: boolean;
  recencyBuckets: RecencyBucket[];
  /** [row x][column j]; null where the expectation is undefined. */
  expectedPurchases: (number | null)[][];
  /** [row x][column j]; null where undefined. */
  probabilityAlive: (number | null)[][];
}

export interface FrequencyRecencyMatrixEmpty {
  status: 'empty';
  /** no-age: the median customer is acquired on the calibration end (T = 0), so no recency varies. */
  reason: 'no-age' | 'no-customers';
}

/**
 * The grid for fitted parameters, the customers' frequencies, a customer age (T) and a horizon,
 * both in the parameters' time unit.
 */
export function frequencyRecencyMatrix(
  params: BgNbdParams,
  frequencies: ArrayLike<number>,
  age: number,
  horizon: number,
): FrequencyRecencyMatrix | FrequencyRecencyMatrixEmpty {
  if (frequencies.length === 0) return { status: 'empty', reason: 'no-customers' };
  if (!(age > 0) || !Number.isFinite(age)) return { status: 'empty', reason: 'no-age' };
  let maximum = 0;
  for (let i = 0; i < frequencies.length; i++) maximum = Math.max(maximum, frequencies[i]!);
  const lastFrequency = Math.min(maximum, MATRIX_LIMIT - 1);
  const customersByFrequency = new Array<number>(lastFrequency + 1).fill(0);
  for (let i = 0; i < frequencies.length; i++) customersByFrequency[Math.min(frequencies[i]!, lastFrequency)]!++;

  const bucketCount = Math.min(MATRIX_LIMIT, Math.max(1, Math.ceil(age)));
  const width = age / bucketCount;
  const recencyBuckets: RecencyBucket[] = Array.from({ length: bucketCount }, (_, j) => ({
    from: j * width,
    to: (j + 1) * width,
    midpoint: (j + 0.5) * width,
  }));
  const rows = customersByFrequency.map((_, x) => x);
  const finiteOrNull = (value: number | null): number | null => (value !== null && Number.isFinite(value) ? value : null);
  return {
    status: 'ok',
    age,
    horizon,
    frequencies: rows,
    customersByFrequency,
    frequencyCapped: maximum > lastFrequency,
    recencyBuckets,
    // x = 0 has t_x = 0 by definition: its cells are evaluated there, whatever the column.
    expectedPurchases: rows.map((x) =>
      recencyBuckets.map((bucket) => finiteOrNull(expectedPurchases(params, horizon, x, x === 0 ? 0 : bucket.midpoint, age))),
    ),
    probabilityAlive: rows.map((x) => recencyBuckets.map((bucket) => finiteOrNull(probabilityAlive(params, x, x === 0 ? 0 : bucket.midpoint, age)))),
  };
}
