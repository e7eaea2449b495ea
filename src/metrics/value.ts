/**
 * Historical customer lifetime value: what customers have been worth so far.
 *
 * Historical CLV = Σ net revenue of the customers / number of customers (and the same with
 * margin), over the filtered view, up to its last day. "Historical" (as opposed to predicted,
 * see predictive/) follows Gupta & Lehmann, Managing Customers as Investments (2005), ch. 2, and
 * Fader, Customer Centricity (2012): the realised value to date, not a forecast.
 * AOV by order number and purchase frequency live in their own files and are re-exported here.
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import { periodIndex, periodLabel, type CalendarSystem, type Period } from './calendar';
import { marginRule, type MarginBasis } from './margin';
import { attributeReader, customerTotals, sortedRevenue, type CustomerTotals } from './customerTotals';
import { mean, median, medianSorted } from './median';

export { aovByOrderNumber } from './orderValue';
export type { AovByOrderNumber, AovBucket } from './orderValue';
export { purchaseFrequency } from './purchaseFrequency';
export type { PurchaseFrequency } from './purchaseFrequency';

export interface ValueEmpty {
  status: 'empty';
  /** no-customers: no customer with a purchase passes the filters; unknown-attribute: groupBy names no column. */
  reason: 'no-customers' | 'unknown-attribute';
}

/** Margin figures over the customers whose every row has a known margin. */
export interface MarginSummary {
  /** 'complete': every customer's margin is known; 'partial': the figures cover `customers` only. */
  coverage: 'complete' | 'partial';
  customers: number;
  total: number;
  mean: number | null;
  median: number | null;
}

export interface ClvGroup {
  /** Cohort label (`2011-01`) or attribute value ('(blank)' for blanks). */
  key: string;
  customers: number;
  revenue: number;
  meanRevenue: number;
  medianRevenue: number;
  /** null when the margin of no customer in the group is known. */
  meanMargin: number | null;
}

export type ClvGrouping = { kind: 'cohort'; period: Period; calendar: CalendarSystem } | { kind: 'attribute'; attribute: string };

export interface HistoricalClv {
  status: 'ok';
  /** The last day the figures cover (the view's last day). */
  asOfDay: number;
  customers: number;
  revenue: { total: number; mean: number; median: number };
  marginBasis: MarginBasis;
  /** null when marginBasis is 'none'. */
  margin: MarginSummary | null;
  rowsWithUnknownMargin: number;
  /** Customers in the view with refunds only, left out of every figure. */
  customersWithoutPurchase: number;
  grouping: ClvGrouping | null;
  groups: ClvGroup[];
}

export interface ClvOptions {
  /** 'cohort' groups by acquisition period (settings.period, calendar); any other string names an attribute of the first purchase. */
  groupBy?: 'cohort' | string;
}

/** Margin summary over a set of customer margins (NaN = unknown); null when there is no margin basis. */
export function summariseMargin(margins: readonly number[] | Float64Array, basis: MarginBasis): MarginSummary | null {
  if (basis === 'none') return null;
  let count = 0;
  for (let i = 0; i < margins.length; i++) if (!Number.isNaN(margins[i]!)) count++;
  const known = new Float64Array(count);
  count = 0;
  for (let i = 0; i < margins.length; i++) if (!Number.isNaN(margins[i]!)) known[count++] = margins[i]!;
  let total = 0;
  for (let i = 0; i < known.length; i++) total += known[i]!;
  return {
    coverage: known.length === margins.length ? 'complete' : 'partial',
    customers: known.length,
    total,
    mean: mean(known),
    median: median(known),
  };
}

/**
 * Historical CLV: per-customer net revenue (and margin) to date, averaged over customers, with
 * the median and optional grouped averages by acquisition cohort or first-purchase attribute.
 */
export function historicalClv(table: OrderTable, settings: Settings, filters: Filters, options: ClvOptions = {}): HistoricalClv | ValueEmpty {
  const view = applyFilters(table, filters);
  const rule = marginRule(table, settings);
  const totals = customerTotals(view, rule);
  const n = totals.customer.length;
  if (n === 0) return { status: 'empty', reason: 'no-customers' };
  let grouping: ClvGrouping | null = null;
  let keyOf: ((i: number) => { key: string; order: number | string }) | null = null;
  if (options.groupBy === 'cohort') {
    const periodOptions = { period: settings.period, calendar: settings.calendar, weekStart: settings.weekStart };
    grouping = { kind: 'cohort', period: settings.period, calendar: settings.calendar };
    const byDay = new Map<number, { key: string; order: number }>(); // few distinct days: convert each once
    keyOf = (i) => {
      const day = totals.acquisitionDay[i]!;
      let found = byDay.get(day);
      if (!found) {
        const index = periodIndex(day, periodOptions);
        byDay.set(day, (found = { key: periodLabel(index, periodOptions), order: index }));
      }
      return found;
    };
  } else if (options.groupBy !== undefined) {
    const read = attributeReader(table, options.groupBy);
    if (!read) return { status: 'empty', reason: 'unknown-attribute' };
    grouping = { kind: 'attribute', attribute: options.groupBy };
    keyOf = (i) => {
      const key = read(totals.acquisitionRow[i]!);
      return { key, order: key };
    };
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += totals.revenue[i]!;
  return {
    status: 'ok',
    asOfDay: view.lastDay,
    customers: n,
    revenue: { total, mean: total / n, median: medianSorted(sortedRevenue(totals))! },
    marginBasis: rule.basis,
    margin: summariseMargin(totals.margin, rule.basis),
    rowsWithUnknownMargin: totals.rowsWithUnknownMargin,
    customersWithoutPurchase: totals.customersWithoutPurchase,
    grouping,
    groups: keyOf ? groupValues(totals, keyOf) : [],
  };
}

function groupValues(totals: CustomerTotals, keyOf: (i: number) => { key: string; order: number | string }): ClvGroup[] {
  const members = new Map<string, { order: number | string; customers: number[] }>();
  for (let i = 0; i < totals.customer.length; i++) {
    const { key, order } = keyOf(i);
    let group = members.get(key);
    if (!group) members.set(key, (group = { order, customers: [] }));
    group.customers.push(i);
  }
  const ordered = [...members.entries()].sort(([, a], [, b]) => compareKeys(a.order, b.order));
  return ordered.map(([key, group]) => {
    const revenues = group.customers.map((i) => totals.revenue[i]!);
    const knownMargins = group.customers.map((i) => totals.margin[i]!).filter((m) => !Number.isNaN(m));
    let revenue = 0;
    for (const value of revenues) revenue += value;
    return {
      key,
      customers: revenues.length,
      revenue,
      meanRevenue: revenue / revenues.length,
      medianRevenue: median(revenues)!,
      meanMargin: mean(knownMargins),
    };
  });
}

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface CustomerValue {
  customerId: string;
  purchases: number;
  revenue: number;
  /** null when some row's margin is unknown or there is no margin basis. */
  margin: number | null;
  acquisitionDay: number;
  firstPurchaseDay: number;
  lastPurchaseDay: number;
}

/**
 * The per-customer values behind historicalClv (for the table, CSV export and click-through),
 * sorted by revenue descending, then customer id.
 */
export function customerValues(table: OrderTable, settings: Settings, filters: Filters): { status: 'ok'; marginBasis: MarginBasis; customers: CustomerValue[] } | ValueEmpty {
  const view = applyFilters(table, filters);
  const rule = marginRule(table, settings);
  const totals = customerTotals(view, rule);
  if (totals.customer.length === 0) return { status: 'empty', reason: 'no-customers' };
  const customers: CustomerValue[] = [];
  for (let i = 0; i < totals.customer.length; i++) {
    const margin = totals.margin[i]!;
    customers.push({
      customerId: table.customerIds[totals.customer[i]!]!,
      purchases: totals.purchases[i]!,
      revenue: totals.revenue[i]!,
      margin: Number.isNaN(margin) ? null : margin,
      acquisitionDay: totals.acquisitionDay[i]!,
      firstPurchaseDay: totals.firstPurchaseDay[i]!,
      lastPurchaseDay: totals.lastPurchaseDay[i]!,
    });
  }
  customers.sort((a, b) => b.revenue - a.revenue || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return { status: 'ok', marginBasis: rule.basis, customers };
}
