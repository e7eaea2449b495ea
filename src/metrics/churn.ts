/**
 * Churn and retention per period, under the active rule of activity.ts (a purchase within the
 * churn window).
 *
 * For each period p of the view (the first and last may be cut by the view's range):
 * - S = customers active at the end of the previous period (the day before p starts);
 * - E = customers active at the end of p;
 * - N = new customers: first purchase (in the whole table) inside p;
 * - lost = customers of S not active at the end of p; retained = S − lost;
 * - gained = customers active at the end of p who were not active at its start (E = retained + gained);
 * - reactivated = customers who bought in p, are not new and were not active at its start;
 * - CRR = ((E − N) / S) × 100 and churn rate = lost / S × 100, null when S = 0.
 *   The customer retention rate formula comes from contractual settings, where every customer
 *   who joins during p is "new" (e.g. exprimere.net/en/faq-items/retention-rate). In
 *   non-contractual buying, customers also come back (reactivated) and a new customer may fall
 *   silent before p ends, so N here is the customers gained during p: with that N, E − N is the
 *   customers retained from S, CRR = retained / S ∈ [0, 100] and CRR + churn rate = 100. Without
 *   reactivations, and when every new customer is still active at the end of p, gained = new
 *   and the formula is the textbook one; `newCustomers` is reported beside it.
 * - lifecycle counts: new; returning = active at start and bought in p; reactivated; dormant =
 *   active at start, no purchase in p, still active at its end; lost. (returning and lost may
 *   overlap when the window is shorter than the period.)
 * - new vs returning buyers and revenue: customers buying in p (and their net revenue in p)
 *   whose first purchase is inside p vs earlier (revenue of customers without any purchase
 *   before p, such as refund-only customers, counts as new); guests' revenue is reported apart.
 * Activity reads the customers' purchases before the view's first day too (a date filter picks
 * the periods to report, not the customers' history); purchases after its last day never count.
 */
import { applyFilters, NO_DAY, type OrderView } from './view';
import {
  hasCustomerPurchase,
  historyView,
  periodGrid,
  periodOptionsOf,
  deriveChurnWindow,
  resolveChurnWindow,
  type ChurnWindow,
  type PeriodGrid,
} from './activity';
import { periodLabel, type CalendarSystem, type Period } from './calendar';
import { purchaseDayIndex } from './customerRows';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export type { ChurnWindow } from './activity';
export { repeatPurchaseRate, type RepeatPurchaseRate, type RepeatPurchasePeriod } from './repeatPurchase';
export { timeBetweenOrders, type TimeBetweenOrders, type GapBin } from './timeBetweenOrders';

/** The default churn window in days for the filtered data (see deriveChurnWindow in activity.ts). */
export function defaultChurnWindowDays(table: OrderTable, filters: Filters): number {
  return deriveChurnWindow(applyFilters(table, filters)).days;
}

export interface LifecycleCounts {
  new: number;
  returning: number;
  reactivated: number;
  dormant: number;
  lost: number;
}

export interface RetentionPeriod {
  /** Period label (`2011-01`...) and index (calendar.ts). */
  period: string;
  periodIndex: number;
  /** The days of the period inside the view; partial when the view cuts it. */
  startDay: number;
  endDay: number;
  partial: boolean;
  startActive: number;
  endActive: number;
  newCustomers: number;
  gainedCustomers: number;
  retainedCustomers: number;
  lostCustomers: number;
  reactivatedCustomers: number;
  /** Percentages; null when startActive = 0. */
  customerRetentionRate: number | null;
  churnRate: number | null;
  newBuyers: number;
  returningBuyers: number;
  newRevenue: number;
  returningRevenue: number;
  guestRevenue: number;
  lifecycle: LifecycleCounts;
}

export interface RetentionByPeriod {
  status: 'ok';
  period: Period;
  calendar: CalendarSystem;
  churnWindow: ChurnWindow;
  periods: RetentionPeriod[];
}

export interface ChurnEmpty {
  status: 'empty';
  /** no-customers: no kept customer has a purchase in the view; invalid-churn-window: settings.churnWindowDays is not ≥ 1. */
  reason: 'no-customers' | 'invalid-churn-window';
}

export function retentionByPeriod(table: OrderTable, settings: Settings, filters: Filters): RetentionByPeriod | ChurnEmpty {
  const view = applyFilters(table, filters);
  if (!hasCustomerPurchase(view)) return { status: 'empty', reason: 'no-customers' };
  const window = resolveChurnWindow(view, settings);
  if (!window) return { status: 'empty', reason: 'invalid-churn-window' };
  const grid = periodGrid(view.firstDay, view.lastDay, periodOptionsOf(settings));
  const periods = emptyPeriods(grid);
  countActivity(historyView(table, filters, view), grid, window.days, periods);
  // Revenue sums per period in typed arrays (a number field of an object would box every
  // addition); each is added in row order, as before, and copied into the periods after.
  const guestRevenue = new Float64Array(grid.count);
  const returningRevenue = new Float64Array(grid.count);
  const newRevenue = new Float64Array(grid.count);
  const { day, customer: customerOf, amount: amountOf } = table;
  const firstPurchaseDay = view.index.firstPurchaseDay;
  const { offsetByDay, startDay, firstDay } = grid;
  const rows = view.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const offset = offsetByDay[day[row]! - firstDay]!; // the view's rows lie inside the grid
    const customer = customerOf[row]!;
    const amount = amountOf[row]!;
    if (customer < 0) guestRevenue[offset] = guestRevenue[offset]! + amount;
    else {
      const first = firstPurchaseDay[customer]!;
      if (first !== NO_DAY && first < startDay[offset]!) returningRevenue[offset] = returningRevenue[offset]! + amount;
      else newRevenue[offset] = newRevenue[offset]! + amount;
    }
  }
  periods.forEach((counts, offset) => {
    counts.guestRevenue = guestRevenue[offset]!;
    counts.returningRevenue = returningRevenue[offset]!;
    counts.newRevenue = newRevenue[offset]!;
  });
  for (const counts of periods) {
    counts.lifecycle.new = counts.newCustomers;
    counts.lifecycle.reactivated = counts.reactivatedCustomers;
    counts.lifecycle.lost = counts.lostCustomers;
    const start = counts.startActive;
    counts.customerRetentionRate = start > 0 ? ((counts.endActive - counts.gainedCustomers) / start) * 100 : null;
    counts.churnRate = start > 0 ? (counts.lostCustomers / start) * 100 : null;
  }
  return { status: 'ok', period: settings.period, calendar: settings.calendar, churnWindow: window, periods };
}

/**
 * Fills S, E, lost, gained, retained and the buying counts of each period. Activity is read at
 * boundaries: b = 0 is the day before the grid, b = o + 1 the last day of period o, so period o
 * starts with boundary o and ends with boundary o + 1. A purchase on day q makes its customer
 * active at the boundaries in [q, q + window − 1]; per customer these intervals merge into runs,
 * and a run [s, e] adds one to every boundary in it, a loss in period e (when e < count) and a
 * gain in period s − 1 (when s > 0). Linear in rows; no per-customer, per-period loop.
 */
function countActivity(history: OrderView, grid: PeriodGrid, windowDays: number, periods: RetentionPeriod[]): void {
  const count = grid.count;
  const { firstDay, lastDay, endDay, offsetByDay } = grid;
  const firstPurchaseDay = history.index.firstPurchaseDay;
  // Counts per period in typed arrays, copied into the period objects at the end.
  const activeChange = new Int32Array(count + 2);
  const lost = new Int32Array(count);
  const gained = new Int32Array(count);
  const newCustomers = new Int32Array(count);
  const returningBuyers = new Int32Array(count);
  const reactivated = new Int32Array(count);
  const returning = new Int32Array(count);
  const boughtRetained = new Int32Array(count);
  const runStart = new Int32Array(count + 1);
  const runEnd = new Int32Array(count + 1);
  const bought = new Int32Array(count);
  const { start, day: purchaseDay } = purchaseDayIndex(history);
  for (let position = 0; position < history.customers.length; position++) {
    const acquired = firstPurchaseDay[history.customers[position]!]!;
    const firstOffset = acquired < firstDay || acquired > lastDay ? -1 : offsetByDay[acquired - firstDay]!;
    let runs = 0;
    let boughtCount = 0;
    const end = start[position + 1]!;
    for (let j = start[position]!; j < end; j++) {
      const day = purchaseDay[j]!;
      if (day > lastDay) break;
      const offset = day < firstDay ? -1 : offsetByDay[day - firstDay]!;
      if (offset >= 0 && (boughtCount === 0 || bought[boughtCount - 1] !== offset)) bought[boughtCount++] = offset;
      // The purchase keeps its customer active at boundaries low … high: low is the first boundary
      // on or after its day, high the last on or before its last active day.
      const low = offset < 0 ? 0 : offset + 1;
      const lastActive = day + windowDays - 1;
      let high: number;
      if (lastActive < firstDay) high = lastActive === firstDay - 1 ? 0 : -1;
      else if (lastActive >= lastDay) high = count;
      else {
        const activeOffset = offsetByDay[lastActive - firstDay]!;
        high = lastActive === endDay[activeOffset] ? activeOffset + 1 : activeOffset;
      }
      if (low > high) continue;
      if (runs > 0 && low <= runEnd[runs - 1]! + 1) runEnd[runs - 1] = Math.max(runEnd[runs - 1]!, high);
      else {
        runStart[runs] = low;
        runEnd[runs++] = high;
      }
    }
    for (let r = 0; r < runs; r++) {
      const from = runStart[r]!;
      const to = runEnd[r]!;
      activeChange[from]!++;
      activeChange[to + 1]!--;
      if (to < count) lost[to]!++;
      if (from > 0) gained[from - 1]!++;
    }
    let r = 0;
    for (let i = 0; i < boughtCount; i++) {
      const offset = bought[i]!;
      while (r < runs && runEnd[r]! < offset) r++;
      const atStart = r < runs && runStart[r]! <= offset;
      const atEnd = atStart && runEnd[r]! >= offset + 1; // only needed for customers active at the start
      if (offset === firstOffset) {
        newCustomers[offset]!++;
        continue;
      }
      returningBuyers[offset]!++;
      if (!atStart) reactivated[offset]!++;
      else {
        returning[offset]!++;
        if (atEnd) boughtRetained[offset]!++;
      }
    }
  }
  let active = 0;
  for (let boundary = 0; boundary <= count; boundary++) {
    active += activeChange[boundary]!;
    if (boundary < count) periods[boundary]!.startActive = active;
    if (boundary > 0) periods[boundary - 1]!.endActive = active;
  }
  periods.forEach((counts, offset) => {
    counts.lostCustomers = lost[offset]!;
    counts.gainedCustomers = gained[offset]!;
    counts.newCustomers = newCustomers[offset]!;
    counts.newBuyers = newCustomers[offset]!; // a new customer's first period is a buying one
    counts.returningBuyers = returningBuyers[offset]!;
    counts.reactivatedCustomers = reactivated[offset]!;
    counts.lifecycle.returning = returning[offset]!;
    counts.retainedCustomers = counts.startActive - counts.lostCustomers;
    counts.lifecycle.dormant = counts.retainedCustomers - boughtRetained[offset]!;
  });
}

function emptyPeriods(grid: PeriodGrid): RetentionPeriod[] {
  return Array.from({ length: grid.count }, (_, offset) => ({
    period: periodLabel(grid.firstIndex + offset, grid.options),
    periodIndex: grid.firstIndex + offset,
    startDay: grid.startDay[offset]!,
    endDay: grid.endDay[offset]!,
    partial: grid.partial[offset] ?? false,
    startActive: 0,
    endActive: 0,
    newCustomers: 0,
    gainedCustomers: 0,
    retainedCustomers: 0,
    lostCustomers: 0,
    reactivatedCustomers: 0,
    customerRetentionRate: null,
    churnRate: null,
    newBuyers: 0,
    returningBuyers: 0,
    newRevenue: 0,
    returningRevenue: 0,
    guestRevenue: 0,
    lifecycle: { new: 0, returning: 0, reactivated: 0, dormant: 0, lost: 0 },
  }));
}
