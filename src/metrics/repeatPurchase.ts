/**
 * Repeat-purchase rate, overall and as a trend by period (re-exported by churn.ts).
 *
 * Overall: customers with ≥ 2 purchases / customers with ≥ 1 × 100 over the view, the overview's
 * figure (kpis.ts; the usual e-commerce definition, e.g.
 * littlestreamsoftware.com/glossary/repeat-purchase-rate). By period p: of the customers buying in
 * p, the share with at least two purchases in their history up to the end of p (purchases before
 * the view's first day count, as for the active rule in churn.ts).
 */
import { applyFilters } from './view';
import { historyView, periodGrid, periodOffset, periodOptionsOf } from './activity';
import { purchaseDayIndex, purchaseDaysEnd } from './customerRows';
import { periodLabel } from './calendar';
import { repeatCustomerCounts, repeatRatePercent } from './kpis';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export interface RepeatPurchasePeriod {
  period: string;
  periodIndex: number;
  /** Customers with a purchase in the period, and those of them with ≥ 2 purchases to its end. */
  buyers: number;
  repeatBuyers: number;
  /** repeatBuyers / buyers × 100; null without buyers. */
  rate: number | null;
}

export interface RepeatPurchaseRate {
  status: 'ok';
  /** Over the view: customers with ≥ 1 purchase, with ≥ 2, and the rate (%), as on the overview. */
  customers: number;
  repeatCustomers: number;
  rate: number;
  byPeriod: RepeatPurchasePeriod[];
}

export function repeatPurchaseRate(table: OrderTable, settings: Settings, filters: Filters): RepeatPurchaseRate | { status: 'empty'; reason: 'no-customers' } {
  const view = applyFilters(table, filters);
  const { customers, repeatCustomers } = repeatCustomerCounts(view);
  if (customers === 0) return { status: 'empty', reason: 'no-customers' };
  const grid = periodGrid(view.firstDay, view.lastDay, periodOptionsOf(settings));
  const buyers = new Int32Array(grid.count);
  const repeatBuyers = new Int32Array(grid.count);
  const history = historyView(table, filters, view);
  const days = purchaseDayIndex(history);
  const { start, day, ordersThrough } = days;
  for (let position = 0; position < history.customers.length; position++) {
    const to = purchaseDaysEnd(days, position, view.lastDay);
    // throughEnd: one past the purchase days up to the end of the current period (the orders to its end).
    let throughEnd = start[position]!;
    let lastOffset = -1;
    for (let j = start[position]!; j < to; j++) {
      const offset = periodOffset(grid, day[j]!);
      if (offset < 0 || offset === lastOffset) continue;
      lastOffset = offset;
      const periodEnd = grid.endDay[offset]!;
      while (throughEnd < to && day[throughEnd]! <= periodEnd) throughEnd++;
      buyers[offset]!++;
      if (ordersThrough[throughEnd - 1]! >= 2) repeatBuyers[offset]!++;
    }
  }
  const byPeriod = Array.from(buyers, (count, offset) => ({
    period: periodLabel(grid.firstIndex + offset, grid.options),
    periodIndex: grid.firstIndex + offset,
    buyers: count,
    repeatBuyers: repeatBuyers[offset]!,
    rate: repeatRatePercent(count, repeatBuyers[offset]!),
  }));
  return { status: 'ok', customers, repeatCustomers, rate: repeatRatePercent(customers, repeatCustomers)!, byPeriod };
}
