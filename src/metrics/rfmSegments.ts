/**
 * RFM segments: sizes and value per segment, the customers of a segment, and how customers
 * moved between segments from one day to another. Scores and the segment grid: rfm.ts.
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import { RFM_SEGMENTS, rfmAsOfDay, rfmColumns, type RfmEmpty, type RfmSegment } from './rfmScoring';

export interface RfmSegmentSummary {
  segment: RfmSegment;
  customers: number;
  /** customers / all customers scored. */
  share: number;
  /** Net revenue of the segment's customers up to the as-of day. */
  revenue: number;
  /** revenue / total revenue; null when the total is not positive. */
  revenueShare: number | null;
  /** Means over the segment's customers; null for an empty segment. */
  meanRecency: number | null;
  meanFrequency: number | null;
  meanMonetary: number | null;
}

export interface RfmSegments {
  status: 'ok';
  asOfDay: number;
  customers: number;
  revenue: number;
  /** Every segment, in RFM_SEGMENTS order, empty ones included. */
  segments: RfmSegmentSummary[];
}

export function rfmSegments(table: OrderTable, settings: Settings, filters: Filters): RfmSegments | RfmEmpty {
  const view = applyFilters(table, filters);
  const columns = rfmColumns(view, settings, rfmAsOfDay(view, settings));
  const n = columns.customer.length;
  if (n === 0) return { status: 'empty', reason: 'no-customers' };
  // Sums per segment index, each added in customer order as before.
  const customers = new Int32Array(RFM_SEGMENTS.length);
  const recency = new Float64Array(RFM_SEGMENTS.length);
  const frequency = new Float64Array(RFM_SEGMENTS.length);
  const monetary = new Float64Array(RFM_SEGMENTS.length);
  let revenue = 0;
  for (let i = 0; i < n; i++) {
    const segment = columns.segment[i]!;
    customers[segment]!++;
    recency[segment] = recency[segment]! + columns.recency[i]!;
    frequency[segment] = frequency[segment]! + columns.frequency[i]!;
    monetary[segment] = monetary[segment]! + columns.monetary[i]!;
    revenue += columns.monetary[i]!;
  }
  const segments = RFM_SEGMENTS.map((segment, k): RfmSegmentSummary => {
    const count = customers[k]!;
    return {
      segment,
      customers: count,
      share: count / n,
      revenue: monetary[k]!,
      revenueShare: revenue > 0 ? monetary[k]! / revenue : null,
      meanRecency: count ? recency[k]! / count : null,
      meanFrequency: count ? frequency[k]! / count : null,
      meanMonetary: count ? monetary[k]! / count : null,
    };
  });
  return { status: 'ok', asOfDay: columns.asOfDay, customers: n, revenue, segments };
}

/** Ids of the customers in a segment (for click-through and CSV), sorted. Empty when none. */
export function customersInSegment(table: OrderTable, settings: Settings, filters: Filters, segment: RfmSegment): string[] {
  const view = applyFilters(table, filters);
  const columns = rfmColumns(view, settings, rfmAsOfDay(view, settings));
  const wanted = RFM_SEGMENTS.indexOf(segment);
  const ids: string[] = [];
  for (let i = 0; i < columns.customer.length; i++) {
    if (columns.segment[i] === wanted) ids.push(table.customerIds[columns.customer[i]!]!);
  }
  return ids.sort();
}

/**
 * Where a customer was on fromDay: a segment, '(new)' when their first purchase in the whole
 * table is after fromDay, or '(none)' when they were acquired earlier but have no purchase in the
 * view up to fromDay (possible only when a date filter starts after their acquisition).
 */
export type MigrationFrom = RfmSegment | '(new)' | '(none)';

export interface RfmMigration {
  status: 'ok';
  fromDay: number;
  toDay: number;
  /** Customers scored on toDay (everyone with a purchase in the view up to toDay). */
  customers: number;
  /** Customers in the same segment on both days. */
  unchanged: number;
  fromLabels: MigrationFrom[];
  toLabels: RfmSegment[];
  /** counts[fromIndex][toIndex]. */
  counts: number[][];
}

const FROM_LABELS: readonly MigrationFrom[] = [...RFM_SEGMENTS, '(new)', '(none)'];

/**
 * Segment of each customer as of fromDay and as of toDay (each scored against the customers
 * known on that day, from the view's rows up to that day), as a matrix of counts.
 */
export function rfmMigration(
  table: OrderTable,
  settings: Settings,
  filters: Filters,
  fromDay: number,
  toDay: number,
): RfmMigration | RfmEmpty | { status: 'empty'; reason: 'invalid-range' } {
  if (!Number.isFinite(fromDay) || !Number.isFinite(toDay) || fromDay > toDay) return { status: 'empty', reason: 'invalid-range' };
  const view = applyFilters(table, filters);
  const before = rfmColumns(view, settings, fromDay);
  const after = rfmColumns(view, settings, toDay);
  if (after.customer.length === 0) return { status: 'empty', reason: 'no-customers' };
  const segmentBefore = new Map<number, RfmSegment>();
  for (let i = 0; i < before.customer.length; i++) segmentBefore.set(before.customer[i]!, RFM_SEGMENTS[before.segment[i]!]!);
  const counts = FROM_LABELS.map(() => RFM_SEGMENTS.map(() => 0));
  let unchanged = 0;
  for (let i = 0; i < after.customer.length; i++) {
    const code = after.customer[i]!;
    const to = RFM_SEGMENTS[after.segment[i]!]!;
    const from: MigrationFrom = segmentBefore.get(code) ?? (view.index.firstPurchaseDay[code]! > fromDay ? '(new)' : '(none)');
    if (from === to) unchanged++;
    counts[FROM_LABELS.indexOf(from)]![RFM_SEGMENTS.indexOf(to)]!++;
  }
  return {
    status: 'ok',
    fromDay,
    toDay,
    customers: after.customer.length,
    unchanged,
    fromLabels: [...FROM_LABELS],
    toLabels: [...RFM_SEGMENTS],
    counts,
  };
}
