/**
 * RFM: recency, frequency and monetary scores per customer, and the named segment they imply.
 *
 * As of day A (settings.asOfDay, or the view's last day), over the view's rows up to A:
 * recency = A − day of the last purchase (days), frequency = number of purchases,
 * monetary = net revenue (refunds subtracted). Hughes, Strategic Database Marketing (4th ed.
 * 2012), ch. 9, for the method; segments below.
 *
 * Scores 1…5 by percentile rank, so equal values always share a score and row order never
 * matters: PR = (below + ½·equal) / n, where below = customers with a strictly lower value and
 * equal = customers with the same value (the mid-rank percentile, Wikipedia "Percentile rank");
 * score = ⌊5·PR⌋ + 1. With n distinct values this is the plain quintile (n = 5 gives 1…5), a
 * lone customer or a block of ties spanning the middle gets 3, and a value shared by most
 * customers gets the score of the block's middle. Recency is scored on −recency (more recent → 5);
 * frequency and monetary as they are (higher → 5).
 *
 * Segments come from R and FM = ⌈(F + M) / 2⌉ on the widely used R × F grid (the 10-name map of
 * the Python RFM notebooks, after Putler's "RFM analysis" 11-segment table, reproduced e.g. by
 * docs.churned.io "RFM-Model"), reduced to eight names as documented in docs/metrics.md (rfm).
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import { RFM_SEGMENTS, frequencyMonetaryScore, rfmAsOfDay, rfmColumns, type RfmEmpty, type RfmSegment } from './rfmScoring';

export { RFM_SEGMENTS, frequencyMonetaryScore, quintileScores, segmentOf } from './rfmScoring';
export type { RfmEmpty, RfmSegment } from './rfmScoring';
export { rfmSegments, customersInSegment, rfmMigration } from './rfmSegments';
export type { RfmSegmentSummary, RfmSegments, RfmMigration, MigrationFrom } from './rfmSegments';

export interface RfmCustomer {
  customerId: string;
  recency: number;
  frequency: number;
  monetary: number;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
  /** ⌈(F + M) / 2⌉. */
  frequencyMonetaryScore: number;
  segment: RfmSegment;
}

export interface RfmScores {
  status: 'ok';
  asOfDay: number;
  /** Sorted by customer id. */
  customers: RfmCustomer[];
}

export function rfmScores(table: OrderTable, settings: Settings, filters: Filters): RfmScores | RfmEmpty {
  const view = applyFilters(table, filters);
  const columns = rfmColumns(view, settings, rfmAsOfDay(view, settings));
  if (columns.customer.length === 0) return { status: 'empty', reason: 'no-customers' };
  const customers: RfmCustomer[] = [];
  for (let i = 0; i < columns.customer.length; i++) {
    const frequencyScore = columns.frequencyScore[i]!;
    const monetaryScore = columns.monetaryScore[i]!;
    customers.push({
      customerId: table.customerIds[columns.customer[i]!]!,
      recency: columns.recency[i]!,
      frequency: columns.frequency[i]!,
      monetary: columns.monetary[i]!,
      recencyScore: columns.recencyScore[i]!,
      frequencyScore,
      monetaryScore,
      frequencyMonetaryScore: frequencyMonetaryScore(frequencyScore, monetaryScore),
      segment: RFM_SEGMENTS[columns.segment[i]!]!,
    });
  }
  customers.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return { status: 'ok', asOfDay: columns.asOfDay, customers };
}
