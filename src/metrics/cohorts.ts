/**
 * Acquisition cohorts and their retention (the cohort "triangle").
 *
 * A customer's cohort is the period (settings.period, calendar, weekStart) of their first purchase
 * in the whole table, so a date filter never makes an old customer look new. Only customers
 * acquired inside the view's day range form cohorts, and only the view's rows count.
 * For cohort c and offset k (period c + k):
 * - size = customers acquired in c;
 * - active[k] = customers of c with a purchase in period c + k (bounded or "classic" retention);
 *   active[0] = size by definition;
 * - activeUnbounded[k] = customers of c with a purchase in c + k or any later period of the view
 *   (unbounded or "rolling" retention: a customer counts as retained until their last purchase);
 * - revenue[k] = net revenue (all rows, refunds negative) of c's customers in period c + k;
 * - retention[k] = active[k] / size × 100; retentionUnbounded[k] likewise;
 *   revenueRetention[k] = revenue[k] / revenue[0] × 100 (null when revenue[0] ≤ 0).
 * Weighted average curve: for each k, Σ active[k] / Σ size over the cohorts that have reached
 * offset k (c + k ≤ the view's last period), i.e. weighted by cohort size.
 * Sources: acquisition-cohort tables as in Fader & Hardie, "Probability models for customer-base
 * analysis" (J. Interactive Marketing 23(1), 2009); "N-day" (bounded) vs "unbounded" retention as
 * named in Amplitude's Retention Analysis chart (amplitude.com/docs/analytics/charts/retention-analysis)
 * and Countly's classic/unbounded retention modes. Size weighting keeps a cohort of 3 from weighing
 * as much as a cohort of 3 000.
 */
import { applyFilters, type OrderView } from './view';
import { hasCustomerPurchase, periodGrid, periodOptionsOf, type PeriodGrid } from './activity';
import { periodLabel, periodStartDay, type CalendarSystem, type Period } from './calendar';
import { attributeReader } from './customerTotals';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export interface CohortRow {
  /** Period label: `2011-01`, `2011-W01`, `2011-Q1`, `1403-01` (Jalali). */
  cohort: string;
  /** Period index (calendar.ts) of the cohort. */
  periodIndex: number;
  size: number;
  /** One entry per offset k = 0 … (last period of the view − cohort). */
  active: number[];
  activeUnbounded: number[];
  revenue: number[];
  /** Percentages (0–100). */
  retention: number[];
  retentionUnbounded: number[];
  revenueRetention: (number | null)[];
}

export interface CohortCurvePoint {
  offset: number;
  /** Cohorts that have reached this offset, and their customers (Σ size). */
  cohorts: number;
  customers: number;
  active: number;
  activeUnbounded: number;
  /** Σ active[k] / Σ size × 100. */
  retention: number;
  retentionUnbounded: number;
}

export interface CohortGroup {
  /** Attribute value of the customers' first purchase; '(blank)' for blanks. */
  key: string;
  customers: number;
  rows: CohortRow[];
  weightedAverage: CohortCurvePoint[];
}

export interface CohortTable {
  status: 'ok';
  period: Period;
  calendar: CalendarSystem;
  weekStart: number;
  firstDay: number;
  lastDay: number;
  /** Offsets 0 … K, K = the most any cohort reaches. */
  offsets: number[];
  /** Customers acquired in the range (Σ size). */
  customers: number;
  /** The range starts after its first period's first day / ends before its last period's last day. */
  firstPeriodPartial: boolean;
  lastPeriodPartial: boolean;
  rows: CohortRow[];
  weightedAverage: CohortCurvePoint[];
  breakdown?: string;
  groups?: CohortGroup[];
}

export interface CohortsEmpty {
  status: 'empty';
  /**
   * no-customers: no kept customer has a purchase in the view (filters leave nothing, refunds only);
   * no-acquisitions: customers buy in the range, but none was acquired in it;
   * unknown-attribute: the breakdown names no column of the table.
   */
  reason: 'no-customers' | 'no-acquisitions' | 'unknown-attribute';
}

export interface CohortOptions {
  /** Attribute name: one group per value of the attribute of each customer's first purchase. */
  breakdown?: string;
}

/** Customers forming cohorts: their positions in view.customers and their acquisition offsets in the grid. */
interface CohortMembers {
  readonly position: Int32Array;
  readonly cohort: Int32Array;
}

interface CohortCounts {
  size: number;
  active: Int32Array;
  /** lastOffset[k]: customers whose last purchase is at offset k (suffix sums give unbounded counts). */
  lastOffset: Int32Array;
  revenue: Float64Array;
}

export function cohortTable(table: OrderTable, settings: Settings, filters: Filters, options: CohortOptions = {}): CohortTable | CohortsEmpty {
  const view = applyFilters(table, filters);
  const readAttribute = options.breakdown !== undefined ? attributeReader(table, options.breakdown) : null;
  if (options.breakdown !== undefined && !readAttribute) return { status: 'empty', reason: 'unknown-attribute' };
  if (!hasCustomerPurchase(view)) return { status: 'empty', reason: 'no-customers' };
  const grid = periodGrid(view.firstDay, view.lastDay, periodOptionsOf(settings));
  const customers = view.customers;
  const firstPurchaseDay = view.index.firstPurchaseDay;
  const offsetByDay = grid.offsetByDay;
  const positions = new Int32Array(customers.length);
  const cohorts = new Int32Array(customers.length);
  let count = 0;
  let oldest = grid.count;
  for (let position = 0; position < customers.length; position++) {
    const acquired = firstPurchaseDay[customers[position]!]!;
    if (acquired < view.firstDay || acquired > view.lastDay) continue;
    const cohort = offsetByDay[acquired - view.firstDay]!;
    positions[count] = position;
    cohorts[count++] = cohort;
    if (cohort < oldest) oldest = cohort;
  }
  if (count === 0) return { status: 'empty', reason: 'no-acquisitions' };
  const members: CohortMembers = { position: positions.subarray(0, count), cohort: cohorts.subarray(0, count) };
  const rows = cohortRows(view, grid, members);
  const result: CohortTable = {
    status: 'ok',
    period: settings.period,
    calendar: settings.calendar,
    weekStart: settings.weekStart,
    firstDay: view.firstDay,
    lastDay: view.lastDay,
    offsets: Array.from({ length: grid.count - oldest }, (_, k) => k),
    customers: count,
    firstPeriodPartial: view.firstDay > periodStartDay(grid.firstIndex, grid.options),
    lastPeriodPartial: view.lastDay < periodStartDay(grid.firstIndex + grid.count, grid.options) - 1,
    rows,
    weightedAverage: weightedAverage(rows),
  };
  if (readAttribute && options.breakdown !== undefined) {
    const byKey = new Map<string, number[]>();
    for (let member = 0; member < count; member++) {
      const key = readAttribute(view.index.firstPurchaseRow[customers[members.position[member]!]!]!);
      const list = byKey.get(key);
      if (list) list.push(member);
      else byKey.set(key, [member]);
    }
    const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    result.breakdown = options.breakdown;
    result.groups = keys.map((key) => {
      const chosen = byKey.get(key)!;
      const group: CohortMembers = {
        position: Int32Array.from(chosen, (member) => members.position[member]!),
        cohort: Int32Array.from(chosen, (member) => members.cohort[member]!),
      };
      const groupRows = cohortRows(view, grid, group);
      return { key, customers: chosen.length, rows: groupRows, weightedAverage: weightedAverage(groupRows) };
    });
  }
  return result;
}

/** The cohort matrix of some customers, one row per non-empty cohort, oldest first. */
function cohortRows(view: OrderView, grid: PeriodGrid, members: CohortMembers): CohortRow[] {
  // Columns in customer order (view.ts): the row loop below reads them sequentially.
  const { day: days, amount: amounts, isPurchase } = view.columns;
  const customerStart = view.customerStart;
  const offsetByDay = grid.offsetByDay;
  const firstDay = grid.firstDay;
  const counts: (CohortCounts | undefined)[] = new Array<CohortCounts | undefined>(grid.count);
  for (let member = 0; member < members.position.length; member++) {
    const position = members.position[member]!;
    const cohort = members.cohort[member]!;
    let entry = counts[cohort];
    if (!entry) {
      const width = grid.count - cohort;
      entry = { size: 0, active: new Int32Array(width), lastOffset: new Int32Array(width), revenue: new Float64Array(width) };
      counts[cohort] = entry;
    }
    entry.size++;
    const active = entry.active;
    const revenue = entry.revenue;
    let lastMarked = -1;
    const end = customerStart[position + 1]!;
    for (let k = customerStart[position]!; k < end; k++) {
      const offset = offsetByDay[days[k]! - firstDay]! - cohort;
      if (offset < 0) continue; // a refund dated before the first purchase
      revenue[offset] = revenue[offset]! + amounts[k]!;
      if (isPurchase[k] === 1 && offset !== lastMarked) {
        active[offset] = active[offset]! + 1;
        lastMarked = offset; // rows are in day order, so offsets never decrease
      }
    }
    entry.lastOffset[lastMarked]!++;
  }
  const rows: CohortRow[] = [];
  counts.forEach((entry, cohort) => {
    if (!entry) return;
    const width = entry.active.length;
    const activeUnbounded = new Array<number>(width);
    let running = 0;
    for (let k = width - 1; k >= 0; k--) {
      running += entry.lastOffset[k]!;
      activeUnbounded[k] = running;
    }
    const active = Array.from(entry.active);
    const revenue = Array.from(entry.revenue);
    const firstRevenue = revenue[0]!;
    rows.push({
      cohort: periodLabel(grid.firstIndex + cohort, grid.options),
      periodIndex: grid.firstIndex + cohort,
      size: entry.size,
      active,
      activeUnbounded,
      revenue,
      retention: active.map((value) => (value / entry.size) * 100),
      retentionUnbounded: activeUnbounded.map((value) => (value / entry.size) * 100),
      revenueRetention: revenue.map((value) => (firstRevenue > 0 ? (value / firstRevenue) * 100 : null)),
    });
  });
  return rows;
}

/** Size-weighted average retention per offset over the cohorts that reached it. */
export function weightedAverage(rows: readonly CohortRow[]): CohortCurvePoint[] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.active.length);
  const points: CohortCurvePoint[] = [];
  for (let offset = 0; offset < width; offset++) {
    let cohorts = 0;
    let customers = 0;
    let active = 0;
    let activeUnbounded = 0;
    for (const row of rows) {
      if (offset >= row.active.length) continue;
      cohorts++;
      customers += row.size;
      active += row.active[offset]!;
      activeUnbounded += row.activeUnbounded[offset]!;
    }
    points.push({
      offset,
      cohorts,
      customers,
      active,
      activeUnbounded,
      retention: (active / customers) * 100,
      retentionUnbounded: (activeUnbounded / customers) * 100,
    });
  }
  return points;
}
