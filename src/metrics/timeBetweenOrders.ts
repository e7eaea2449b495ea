/**
 * Time between orders (re-exported by churn.ts): gaps in days between consecutive distinct
 * purchase days of the same customer, over the view (same-day orders make one purchase day).
 * Mean, median and 90th percentile (Hyndman & Fan definition 7, as for the churn window in
 * activity.ts), and a histogram on calendar-meaningful bins (1–7, 8–14, 15–30, 31–60, 61–90,
 * 91–180, 181–365, 366+ days) rather than equal-width ones, so the bars read as "within a week",
 * "within a month"... whatever the data's spread.
 */
import { applyFilters } from './view';
import { gapQuantile, hasCustomerPurchase, purchaseGaps } from './activity';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export interface GapBin {
  /** Inclusive bounds in days; toDays null for the open last bin. */
  fromDays: number;
  toDays: number | null;
  count: number;
  /** count / all gaps × 100. */
  share: number;
}

export interface TimeBetweenOrders {
  status: 'ok';
  gaps: number;
  /** Customers with at least one gap (two purchase days or more). */
  customers: number;
  meanDays: number;
  medianDays: number;
  percentile90Days: number;
  bins: GapBin[];
}

/** Bin edges in days: a week, two weeks, a month, two months, a quarter, half a year, a year, more. */
const GAP_BIN_STARTS = [1, 8, 15, 31, 61, 91, 181, 366];

export function timeBetweenOrders(table: OrderTable, _settings: Settings, filters: Filters): TimeBetweenOrders | { status: 'empty'; reason: 'no-customers' | 'no-repeat-purchases' } {
  const view = applyFilters(table, filters);
  if (!hasCustomerPurchase(view)) return { status: 'empty', reason: 'no-customers' };
  const histogram = purchaseGaps(view);
  const gaps = histogram.gaps;
  if (gaps === 0) return { status: 'empty', reason: 'no-repeat-purchases' };
  // Gaps are whole days: their sum is exact whatever the order of addition.
  let sum = 0;
  for (let gap = 0; gap < histogram.count.length; gap++) sum += gap * histogram.count[gap]!;
  const bins = GAP_BIN_STARTS.map((fromDays, i) => ({ fromDays, toDays: i + 1 < GAP_BIN_STARTS.length ? GAP_BIN_STARTS[i + 1]! - 1 : null, count: 0, share: 0 }));
  for (let gap = 0; gap < histogram.count.length; gap++) {
    let bin = bins.length - 1;
    while (bin > 0 && gap < bins[bin]!.fromDays) bin--;
    bins[bin]!.count += histogram.count[gap]!;
  }
  for (const bin of bins) bin.share = (bin.count / gaps) * 100;
  return {
    status: 'ok',
    gaps,
    customers: histogram.customers,
    meanDays: sum / gaps,
    medianDays: gapQuantile(histogram, 0.5)!,
    percentile90Days: gapQuantile(histogram, 0.9)!,
    bins,
  };
}
