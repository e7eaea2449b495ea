/**
 * When customers buy: the view's period grid (cohorts, churn), each customer's purchase days, and
 * the "active" rule with its churn window (churn, lifecycle).
 *
 * Active rule (non-contractual buying, where churn is never observed and must be inferred from
 * silence; Fader & Hardie, "Probability models for customer-base analysis", J. Interactive
 * Marketing 23(1), 2009): at day d a customer is active when they have a purchase in
 * (d − window, d] and their first purchase is on or before d. A purchase on day q therefore keeps
 * its customer active on days q … q + window − 1. Only purchase rows (isPurchase = 1) count;
 * refunds and cancellations never make anyone active.
 */
import { periodIndex, periodStartDay, type PeriodOptions } from './calendar';
import { applyFilters, type OrderView } from './view';
import { purchaseDayIndex } from './customerRows';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export function periodOptionsOf(settings: Settings): PeriodOptions {
  return { period: settings.period, calendar: settings.calendar, weekStart: settings.weekStart };
}

/**
 * The periods that the day range [firstDay, lastDay] touches, numbered 0 … count − 1 ("offsets").
 * The first and last period may be cut by the range; startDay/endDay are the cut bounds.
 */
export interface PeriodGrid {
  readonly options: PeriodOptions;
  /** Period index (calendar.ts) of offset 0. */
  readonly firstIndex: number;
  readonly count: number;
  readonly firstDay: number;
  readonly lastDay: number;
  /** First and last day of each period inside the range. */
  readonly startDay: Int32Array;
  readonly endDay: Int32Array;
  /** true when the range cuts the period (it does not cover it from its first to its last day). */
  readonly partial: readonly boolean[];
  /** offsetByDay[day − firstDay] = offset of the period of that day. */
  readonly offsetByDay: Int32Array;
}

export function periodGrid(firstDay: number, lastDay: number, options: PeriodOptions): PeriodGrid {
  const firstIndex = periodIndex(firstDay, options);
  const lastIndex = periodIndex(lastDay, options);
  const count = Math.max(0, lastIndex - firstIndex + 1);
  const startDay = new Int32Array(count);
  const endDay = new Int32Array(count);
  const partial: boolean[] = [];
  const offsetByDay = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  for (let offset = 0; offset < count; offset++) {
    const fullStart = periodStartDay(firstIndex + offset, options);
    const fullEnd = periodStartDay(firstIndex + offset + 1, options) - 1;
    const start = Math.max(fullStart, firstDay);
    const end = Math.min(fullEnd, lastDay);
    startDay[offset] = start;
    endDay[offset] = end;
    partial.push(start !== fullStart || end !== fullEnd);
    offsetByDay.fill(offset, start - firstDay, end - firstDay + 1);
  }
  return { options, firstIndex, count, firstDay, lastDay, startDay, endDay, partial, offsetByDay };
}

/** The offset of the period of `day`, or −1 when the day lies outside the grid's range. */
export function periodOffset(grid: PeriodGrid, day: number): number {
  if (day < grid.firstDay || day > grid.lastDay) return -1;
  return grid.offsetByDay[day - grid.firstDay]!;
}

/**
 * Distinct purchase days of the customer at `position` in the view, ascending, up to `upToDay`.
 * Rows of a customer are already in day order (view.ts).
 */
export function purchaseDays(view: OrderView, position: number, upToDay: number = view.lastDay): number[] {
  const table = view.table;
  const days: number[] = [];
  for (let k = view.customerStart[position]!; k < view.customerStart[position + 1]!; k++) {
    const row = view.customerRows[k]!;
    const day = table.day[row]!;
    if (day > upToDay) break;
    if (table.isPurchase[row] !== 1) continue;
    if (days.length === 0 || days[days.length - 1] !== day) days.push(day);
  }
  return days;
}

/** The last of the ascending `days` on or before `day`, or null (binary search). */
export function lastDayOnOrBefore(days: readonly number[], day: number): number | null {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : days[low - 1]!;
}

/**
 * The active rule: a purchase in (day − windowDays, day]. With ascending purchase days, the first
 * purchase is on or before `day` whenever such a purchase exists, so that condition holds by itself.
 */
export function isActiveAt(days: readonly number[], day: number, windowDays: number): boolean {
  const last = lastDayOnOrBefore(days, day);
  return last !== null && last > day - windowDays;
}

/**
 * Inter-purchase gaps: days between consecutive distinct purchase days of the same customer,
 * over the customers and rows of the view (so every gap is ≥ 1), as a histogram: gaps are whole
 * days, so counting them replaces sorting them. Cached per view (churn window, time between orders).
 */
export interface GapHistogram {
  /** count[g]: gaps of g days. */
  readonly count: Int32Array;
  /** Number of gaps (Σ count). */
  readonly gaps: number;
  /** Customers with at least one gap (two purchase days or more). */
  readonly customers: number;
}

const gapCache = new WeakMap<OrderView, GapHistogram>();

export function purchaseGaps(view: OrderView): GapHistogram {
  const cached = gapCache.get(view);
  if (cached) return cached;
  const { start, day } = purchaseDayIndex(view);
  let longest = 0;
  let customers = 0;
  let gaps = 0;
  for (let position = 0; position < view.customers.length; position++) {
    const from = start[position]!;
    const to = start[position + 1]!;
    if (to - from >= 2) {
      customers++;
      gaps += to - from - 1;
    }
    for (let j = from + 1; j < to; j++) longest = Math.max(longest, day[j]! - day[j - 1]!);
  }
  const count = new Int32Array(longest + 1);
  for (let position = 0; position < view.customers.length; position++) {
    const to = start[position + 1]!;
    for (let j = start[position]! + 1; j < to; j++) count[day[j]! - day[j - 1]!]!++;
  }
  const histogram = { count, gaps, customers };
  gapCache.set(view, histogram);
  return histogram;
}

/** The p-quantile of the gaps, as quantileSorted gives it on the sorted gaps; null without gaps. */
export function gapQuantile(histogram: GapHistogram, p: number): number | null {
  return quantileOf(histogram.gaps, p, (k) => gapAt(histogram, k));
}

/** The k-th smallest gap (0-based). */
function gapAt(histogram: GapHistogram, k: number): number {
  let seen = 0;
  for (let gap = 0; gap < histogram.count.length; gap++) {
    seen += histogram.count[gap]!;
    if (seen > k) return gap;
  }
  throw new Error(`gapAt: ${k} ≥ ${histogram.gaps} gaps`);
}

/**
 * The view whose customers' purchase history the active rule reads: the filters without their
 * first day (purchases before the range count for activity; purchases after it never do).
 */
export function historyView(table: OrderTable, filters: Filters, view: OrderView): OrderView {
  return filters.fromDay === undefined || filters.fromDay === null ? view : applyFilters(table, { ...filters, fromDay: null });
}

/** true when some kept customer has a purchase row in the view. */
export function hasCustomerPurchase(view: OrderView): boolean {
  for (let k = 0; k < view.customerRows.length; k++) if (view.table.isPurchase[view.customerRows[k]!] === 1) return true;
  return false;
}

/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman & Fan 1996, definition 7: h = (n − 1)p, Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋); the default
 * of R, NumPy and d3-array). null for an empty list.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  return quantileOf(sorted.length, p, (k) => sorted[k]!);
}

/** quantileSorted over n ascending values read by position (a sorted list or running counts). */
function quantileOf(n: number, p: number, valueAt: (k: number) => number): number | null {
  if (n === 0) return null;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(h);
  const lower = valueAt(low);
  return low + 1 < n ? lower + (h - low) * (valueAt(low + 1) - lower) : lower;
}

/** Fewer gaps than this and the percentile says little: the fallback window is used. */
export const CHURN_WINDOW_MIN_GAPS = 20;
export const CHURN_WINDOW_FALLBACK_DAYS = 90;
export const CHURN_WINDOW_MIN_DAYS = 7;
export const CHURN_WINDOW_PERCENTILE = 0.9;

export interface ChurnWindow {
  days: number;
  /** setting: settings.churnWindowDays; data: the 90th percentile of gaps; fallback: too few gaps. */
  source: 'setting' | 'data' | 'fallback';
  /** Inter-purchase gaps seen and their 90th percentile (null when the window is a setting or there are no gaps). */
  gaps: number | null;
  percentile90: number | null;
}

/**
 * The churn window derived from the view's inter-purchase gaps ("buy cycles"): their 90th
 * percentile, rounded up to a whole day, at least 7 days; 90 days when there are fewer than 20
 * gaps. A percentile of the buy-cycle distribution is the usual data-driven churn threshold for
 * non-contractual customers (Indeed Engineering, "D-Curve: an improved method for defining
 * non-contractual churn", 2020, engineering.indeedblog.com/blog/2020/01/defining-churn/): 90% of
 * repeat purchases come within the window, so a customer silent for longer is unlikely to be
 * between two ordinary purchases.
 */
export function deriveChurnWindow(view: OrderView): ChurnWindow {
  const cached = windowCache.get(view);
  if (cached) return cached;
  const window = windowFromGaps(view);
  windowCache.set(view, window);
  return window;
}

/** Views are cached per table and filters (view.ts), so the derived window is cached per view. */
const windowCache = new WeakMap<OrderView, ChurnWindow>();

function windowFromGaps(view: OrderView): ChurnWindow {
  const histogram = purchaseGaps(view);
  const gaps = histogram.gaps;
  const percentile90 = gapQuantile(histogram, CHURN_WINDOW_PERCENTILE);
  if (gaps < CHURN_WINDOW_MIN_GAPS || percentile90 === null) {
    return { days: CHURN_WINDOW_FALLBACK_DAYS, source: 'fallback', gaps, percentile90 };
  }
  // The 1e-9 tolerance keeps interpolation noise (10.000000000000002) from adding a whole day.
  return { days: Math.max(CHURN_WINDOW_MIN_DAYS, Math.ceil(percentile90 - 1e-9)), source: 'data', gaps, percentile90 };
}

/**
 * The window in force: settings.churnWindowDays when set (rounded up to whole days), else the
 * derived one. null when the setting is not a finite number ≥ 1 (callers report it).
 */
export function resolveChurnWindow(view: OrderView, settings: Settings): ChurnWindow | null {
  const setting = settings.churnWindowDays;
  if (setting === null) return deriveChurnWindow(view);
  if (!Number.isFinite(setting) || setting < 1) return null;
  return { days: Math.ceil(setting), source: 'setting', gaps: null, percentile90: null };
}
