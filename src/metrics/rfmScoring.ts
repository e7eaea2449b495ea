/**
 * RFM scoring: the quintile scores, the combined FM score and the segment grid, plus the
 * columnar RFM of a view as of a day. The public API is re-exported from rfm.ts; the method and
 * its sources are described there and in docs/metrics.md (rfm).
 */
import type { OrderView } from './view';
import type { Settings } from './settings';
import { marginRule } from './margin';
import { customerTotals, sortedRevenue } from './customerTotals';

export type RfmSegment = 'champions' | 'loyal' | 'potential' | 'new' | 'at-risk' | 'cannot-lose' | 'hibernating' | 'lost';

/** Best to worst, the order panels list them in. */
export const RFM_SEGMENTS: readonly RfmSegment[] = ['champions', 'loyal', 'potential', 'new', 'at-risk', 'cannot-lose', 'hibernating', 'lost'];

/**
 * The segment grid: SEGMENT_GRID[R − 1][FM − 1].
 *
 * | R \ FM | 1           | 2           | 3         | 4           | 5           |
 * |--------|-------------|-------------|-----------|-------------|-------------|
 * | 5      | new         | potential   | potential | champions   | champions   |
 * | 4      | new         | potential   | potential | loyal       | loyal       |
 * | 3      | hibernating | hibernating | at-risk   | loyal       | loyal       |
 * | 2      | hibernating | hibernating | at-risk   | at-risk     | cannot-lose |
 * | 1      | lost        | lost        | at-risk   | at-risk     | cannot-lose |
 */
const SEGMENT_GRID: readonly (readonly RfmSegment[])[] = [
  ['lost', 'lost', 'at-risk', 'at-risk', 'cannot-lose'],
  ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cannot-lose'],
  ['hibernating', 'hibernating', 'at-risk', 'loyal', 'loyal'],
  ['new', 'potential', 'potential', 'loyal', 'loyal'],
  ['new', 'potential', 'potential', 'champions', 'champions'],
];

/** FM = ⌈(F + M) / 2⌉: the combined frequency–monetary score, 1…5. */
export function frequencyMonetaryScore(frequencyScore: number, monetaryScore: number): number {
  return Math.ceil((frequencyScore + monetaryScore) / 2);
}

/** SEGMENT_GRID with each name as its index in RFM_SEGMENTS (RfmColumns keeps segments as numbers). */
const SEGMENT_INDEX_GRID: readonly (readonly number[])[] = SEGMENT_GRID.map((row) => row.map((segment) => RFM_SEGMENTS.indexOf(segment)));

export function segmentOf(recencyScore: number, fmScore: number): RfmSegment {
  return SEGMENT_GRID[recencyScore - 1]![fmScore - 1]!;
}

/**
 * Scores 1…5 by mid-rank percentile (higher value → higher score); ties share a score.
 *
 * The score never decreases as the value grows, so it is fixed by the lowest value reaching each
 * of the scores 2…5 (at most four thresholds): these are found once from the value counts, and
 * each value is then scored with four comparisons (no binary search per value). Small-range
 * integers (recency in days, purchase counts) are counted directly; other values are sorted, or
 * read from `sorted` when the caller already has them in typed-array sort order.
 */
export function quintileScores(values: ArrayLike<number>, sorted?: Float64Array): Int8Array {
  const n = values.length;
  const scores = new Int8Array(n);
  if (n === 0) return scores;
  const thresholds = (sorted ? null : integerThresholds(values)) ?? sortedThresholds(sorted ?? Float64Array.from(values).sort());
  const [t2, t3, t4, t5] = thresholds;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    // NaN passes no threshold and scores 1, as its percentile (0 values below or equal) says.
    scores[i] = 1 + (value >= t2! ? 1 : 0) + (value >= t3! ? 1 : 0) + (value >= t4! ? 1 : 0) + (value >= t5! ? 1 : 0);
  }
  return scores;
}

/** The score of a block of `equal` values with `below` values under it: ⌊5·PR⌋ + 1, at most 5. */
function scoreOf(below: number, equal: number, n: number): number {
  const percentile = (below + 0.5 * equal) / n;
  return Math.min(5, Math.floor(5 * percentile) + 1);
}

/** Thresholds of scores 2…5 before any is found: NaN, which no value passes (value ≥ NaN is false). */
function noThresholds(): number[] {
  return [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
}

/** Thresholds from values sorted ascending (NaN last, not counted as below anything). */
function sortedThresholds(sorted: Float64Array): number[] {
  const n = sorted.length;
  const thresholds = noThresholds();
  let score = 1;
  for (let start = 0; start < n && !Number.isNaN(sorted[start]!); ) {
    const value = sorted[start]!;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;
    const next = scoreOf(start, end - start, n);
    for (; score < next; score++) thresholds[score - 1] = value;
    start = end;
  }
  return thresholds;
}

/** Thresholds by counting, when every value is an integer in a range not much wider than n; else null. */
function integerThresholds(values: ArrayLike<number>): number[] | null {
  const n = values.length;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (!Number.isInteger(value)) return null;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (high - low > 4 * n + 1024) return null;
  const counts = new Int32Array(high - low + 1);
  for (let i = 0; i < n; i++) counts[values[i]! - low]!++;
  const thresholds = noThresholds();
  let score = 1;
  let below = 0;
  for (let k = 0; k < counts.length; k++) {
    const equal = counts[k]!;
    if (equal === 0) continue;
    const next = scoreOf(below, equal, n);
    for (; score < next; score++) thresholds[score - 1] = low + k;
    below += equal;
  }
  return thresholds;
}

/** RFM of every customer with a purchase up to asOfDay (internal, columnar). */
export interface RfmColumns {
  readonly asOfDay: number;
  readonly customer: Int32Array;
  readonly recency: Int32Array;
  readonly frequency: Int32Array;
  readonly monetary: Float64Array;
  readonly recencyScore: Int8Array;
  readonly frequencyScore: Int8Array;
  readonly monetaryScore: Int8Array;
  /** Index into RFM_SEGMENTS. */
  readonly segment: Uint8Array;
}

export function rfmColumns(view: OrderView, settings: Settings, asOfDay: number): RfmColumns {
  const totals = customerTotals(view, marginRule(view.table, settings), asOfDay);
  const n = totals.customer.length;
  const recency = new Int32Array(n);
  const negativeRecency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    recency[i] = asOfDay - totals.lastPurchaseDay[i]!;
    negativeRecency[i] = -recency[i]!;
  }
  const recencyScore = quintileScores(negativeRecency);
  const frequencyScore = quintileScores(totals.purchases);
  const monetaryScore = quintileScores(totals.revenue, sortedRevenue(totals));
  const segment = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    segment[i] = SEGMENT_INDEX_GRID[recencyScore[i]! - 1]![frequencyMonetaryScore(frequencyScore[i]!, monetaryScore[i]!) - 1]!;
  }
  return {
    asOfDay,
    customer: totals.customer,
    recency,
    frequency: totals.purchases,
    monetary: totals.revenue,
    recencyScore,
    frequencyScore,
    monetaryScore,
    segment,
  };
}

/** The as-of day of RFM figures: settings.asOfDay, or the view's last day. */
export function rfmAsOfDay(view: OrderView, settings: Settings): number {
  return settings.asOfDay ?? view.lastDay;
}

export type RfmEmpty = { status: 'empty'; reason: 'no-customers' };
