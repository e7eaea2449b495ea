/**
 * Shared helpers for the predictive tests: summaries from plain columns, a textbook 2F1 series,
 * a Simpson integrator, and a deep check that a result holds no NaN or infinity.
 */
import type { CustomerSummary, TimeUnit } from '../../../src/metrics/predictive';

export interface SummaryColumns {
  frequency: readonly number[];
  recency: readonly number[];
  age: readonly number[];
  monetary?: readonly number[];
  calibrationRevenue?: readonly number[];
  holdoutFrequency?: readonly number[];
  holdoutLength?: number;
  timeUnit?: TimeUnit;
}

/** A CustomerSummary straight from columns (ids "c0", "c1", …), for model-level tests. */
export function summaryFromColumns(columns: SummaryColumns): CustomerSummary {
  const n = columns.frequency.length;
  const holdout = columns.holdoutFrequency !== undefined && columns.holdoutLength !== undefined;
  return {
    status: 'ok',
    timeUnit: columns.timeUnit ?? 'week',
    calibrationEndDay: 0,
    holdoutEndDay: holdout ? 1 : null,
    holdoutLength: holdout ? columns.holdoutLength! : null,
    customers: n,
    customerIds: Array.from({ length: n }, (_, i) => `c${i}`),
    firstPurchaseDay: new Int32Array(n),
    frequency: Int32Array.from(columns.frequency),
    recency: Float64Array.from(columns.recency),
    age: Float64Array.from(columns.age),
    monetary: Float64Array.from(columns.monetary ?? new Array<number>(n).fill(0)),
    calibrationRevenue: Float64Array.from(columns.calibrationRevenue ?? new Array<number>(n).fill(0)),
    holdoutFrequency: holdout ? Int32Array.from(columns.holdoutFrequency!) : null,
    leftTruncatedCustomers: 0,
  };
}

/** ₂F₁(a, b; c; z) by its defining series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, for |z| < 1 well inside. */
export function textbookHypergeometric(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 200_000; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (n > Math.abs(a) + Math.abs(b) && Math.abs(term) < 1e-17 * Math.abs(sum)) return sum;
  }
  throw new Error('textbook 2F1 did not converge');
}

/** Composite Simpson rule on [from, to] with `intervals` (even) sub-intervals. */
export function simpson(f: (u: number) => number, from: number, to: number, intervals = 2000): number {
  const h = (to - from) / intervals;
  let sum = f(from) + f(to);
  for (let k = 1; k < intervals; k++) sum += (k % 2 === 1 ? 4 : 2) * f(from + k * h);
  return (sum * h) / 3;
}

/** Throws when any number reachable from `value` (objects, arrays, typed arrays) is NaN or ±∞. */
export function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (ArrayBuffer.isView(value)) {
    const numbers = value as unknown as ArrayLike<number>;
    for (let i = 0; i < numbers.length; i++) expectAllFinite(numbers[i], `${path}[${i}]`);
    return;
  }
  for (const [key, inner] of Object.entries(value)) expectAllFinite(inner, `${path}.${key}`);
}
