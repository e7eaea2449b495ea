/**
 * RFM scoring: the quintile scores, the combined FM score and the segment grid, plus the
 * columnar RFM of a view as of a day. The public API is re-exported from rfm.ts; the method and
 * its sources are described there and in docs/metrics.md (rfm).
 */
import type { OrderView } from './view';
import type { Settings } from './settings';
import { marginRule } from './margin';
import { customerTotals } from './customerTotals';

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

export function segmentOf(recencyScore: number, fmScore: number): RfmSegment {
  return SEGMENT_GRID[recencyScore - 1]![fmScore - 1]!;
}

/** Scores 1…5 by mid-rank percentile (higher value → higher score); ties share a score. */
export function quintileScores(values: ArrayLike<number>): Int8Array {
  const n = values.length;
  const scores = new Int8Array(n);
  // A value's tie group in sorted order is [values below it, values at or below it): found by
  // binary search in a sorted copy (a typed-array sort, much faster than sorting indices).
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    const start = low;
    high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! <= value) low = middle + 1;
      else high = middle;
    }
    const percentile = (start + 0.5 * (low - start)) / n;
    scores[i] = Math.min(5, Math.floor(5 * percentile) + 1);
  }
  return scores;
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
  readonly segment: readonly RfmSegment[];
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
  const monetaryScore = quintileScores(totals.revenue);
  const segment: RfmSegment[] = [];
  for (let i = 0; i < n; i++) {
    segment.push(segmentOf(recencyScore[i]!, frequencyMonetaryScore(frequencyScore[i]!, monetaryScore[i]!)));
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
