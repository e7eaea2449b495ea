/**
 * The headline figures of the overview, and the same figures for the period just before.
 *
 * Over the filtered view (its kept rows):
 * - orders = purchase rows (isPurchase = 1; refunds and cancellations are not orders), guest
 *   checkouts included (an order is an order even without a customer id);
 * - customers = distinct customers with at least one purchase row;
 * - revenue = Σ amount of the kept rows, net of refunds (refund rows are negative), guests included;
 * - average order value = revenue / orders (the direct-marketing definition: total value of orders
 *   divided by their number; here net of refunds);
 * - repeat-purchase rate = customers with ≥ 2 purchases / customers with ≥ 1 purchase × 100
 *   (the usual e-commerce definition, e.g. littlestreamsoftware.com/glossary/repeat-purchase-rate).
 * Previous: the same figures over the same number of days just before the view's first day,
 * [firstDay − L, firstDay − 1] with L = lastDay − firstDay + 1, with the same customer filters;
 * null when no row falls there.
 */
import { applyFilters, type OrderView } from './view';
import { purchaseDayIndex } from './customerRows';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';

export interface KpiFigures {
  /** The inclusive day range the figures cover. */
  firstDay: number;
  lastDay: number;
  orders: number;
  customers: number;
  revenue: number;
  /** revenue / orders; null without orders. */
  averageOrderValue: number | null;
  repeatCustomers: number;
  /** Percentage (0–100); null without customers. */
  repeatPurchaseRate: number | null;
}

export interface OverviewKpis extends KpiFigures {
  status: 'ok';
  /** The same figures for the same length of time just before; null when no data there. */
  previous: KpiFigures | null;
}

export interface KpisEmpty {
  status: 'empty';
  /** no-rows: nothing passes the filters; no-orders: rows pass, but none is a purchase (refunds only). */
  reason: 'no-rows' | 'no-orders';
}

/** Customers of the view with ≥ 1 and with ≥ 2 purchase rows. */
export function repeatCustomerCounts(view: OrderView): { customers: number; repeatCustomers: number } {
  const { start, ordersThrough } = purchaseDayIndex(view);
  let customers = 0;
  let repeatCustomers = 0;
  for (let position = 0; position < view.customers.length; position++) {
    const end = start[position + 1]!;
    if (end === start[position]) continue; // no purchase in the view (refunds only)
    customers++;
    if (ordersThrough[end - 1]! >= 2) repeatCustomers++;
  }
  return { customers, repeatCustomers };
}

/** customers with ≥ 2 purchases / customers with ≥ 1, as a percentage; null without customers. */
export function repeatRatePercent(customers: number, repeatCustomers: number): number | null {
  return customers > 0 ? (repeatCustomers / customers) * 100 : null;
}

function kpiFigures(view: OrderView): KpiFigures {
  const table = view.table;
  let orders = 0;
  let revenue = 0;
  for (let i = 0; i < view.rows.length; i++) {
    const row = view.rows[i]!;
    revenue += table.amount[row]!;
    if (table.isPurchase[row] === 1) orders++;
  }
  const { customers, repeatCustomers } = repeatCustomerCounts(view);
  return {
    firstDay: view.firstDay,
    lastDay: view.lastDay,
    orders,
    customers,
    revenue,
    averageOrderValue: orders > 0 ? revenue / orders : null,
    repeatCustomers,
    repeatPurchaseRate: repeatRatePercent(customers, repeatCustomers),
  };
}

export function overviewKpis(table: OrderTable, _settings: Settings, filters: Filters): OverviewKpis | KpisEmpty {
  const view = applyFilters(table, filters);
  if (view.rows.length === 0) return { status: 'empty', reason: 'no-rows' };
  const figures = kpiFigures(view);
  if (figures.orders === 0) return { status: 'empty', reason: 'no-orders' };
  const length = view.lastDay - view.firstDay + 1;
  const previousView = applyFilters(table, { ...filters, fromDay: view.firstDay - length, toDay: view.firstDay - 1 });
  const previous = previousView.rows.length > 0 ? kpiFigures(previousView) : null;
  return { status: 'ok', ...figures, previous };
}
