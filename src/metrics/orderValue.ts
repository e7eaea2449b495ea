/**
 * Average order value by order number: do a customer's later orders get smaller?
 *
 * For n = 1 … max−1, the mean net amount of the customers' n-th purchase; the last bucket
 * ("max+") pools every purchase numbered max or later. AOV = Σ net order amount / orders
 * (the usual definition, e.g. Shopify Help Center, "Average order value").
 *
 * Order numbers count purchases over the customer's whole history (the first purchase in the
 * table is number 1), so a date filter shows the true 3rd orders of the range, not the 3rd
 * order seen inside it. Only purchases inside the view are measured. The net amount of an order
 * is its purchase row plus the refund rows of the same order id kept in the view. Orders placed
 * on the same day are numbered in order-id order.
 */
import { applyFilters } from './view';
import type { Filters, Settings } from './settings';
import type { OrderTable } from './table';
import { mean, median } from './median';

export interface AovBucket {
  /** 1 … maxOrderNumber; the last bucket holds orders numbered maxOrderNumber or later. */
  orderNumber: number;
  /** '1', '2', … and `${max}+` for the last bucket. */
  label: string;
  orders: number;
  meanAmount: number | null;
  medianAmount: number | null;
  /** meanAmount / meanAmount of first orders; null when either is missing or the first is ≤ 0. */
  relativeToFirst: number | null;
}

export interface AovByOrderNumber {
  status: 'ok';
  maxOrderNumber: number;
  /** All purchases in the view: Σ net amount / orders. */
  overallMean: number;
  orders: number;
  buckets: AovBucket[];
}

export function aovByOrderNumber(
  table: OrderTable,
  _settings: Settings,
  filters: Filters,
  maxOrderNumber = 10,
): AovByOrderNumber | { status: 'empty'; reason: 'no-orders' } {
  const max = Number.isFinite(maxOrderNumber) ? Math.max(1, Math.floor(maxOrderNumber)) : 10;
  const view = applyFilters(table, filters);
  const amounts: number[][] = Array.from({ length: max }, () => []);
  const refundsOfOrder = new Map<number, number>();
  const purchases: number[] = [];
  for (let i = 0; i < view.customers.length; i++) {
    const customer = view.customers[i]!;
    if (refundsOfOrder.size) refundsOfOrder.clear();
    for (let k = view.customerStart[i]!; k < view.customerStart[i + 1]!; k++) {
      const row = view.customerRows[k]!;
      if (table.isPurchase[row] === 1) continue;
      const key = table.orderKey[row]!;
      refundsOfOrder.set(key, (refundsOfOrder.get(key) ?? 0) + table.amount[row]!);
    }
    purchases.length = 0;
    for (let k = view.index.start[customer]!; k < view.index.start[customer + 1]!; k++) {
      const row = view.index.rows[k]!;
      if (table.isPurchase[row] === 1) purchases.push(row);
    }
    // Same-day orders are numbered by order id, so the numbering does not depend on file order.
    // (Rows are already in day order; sort only when two purchases share a day.)
    let sameDay = false;
    for (let k = 1; k < purchases.length && !sameDay; k++) sameDay = table.day[purchases[k]!] === table.day[purchases[k - 1]!];
    if (sameDay) purchases.sort((a, b) => table.day[a]! - table.day[b]! || compareText(table.orderIds.text(table.orderKey[a]!), table.orderIds.text(table.orderKey[b]!)));
    for (let k = 0; k < purchases.length; k++) {
      const row = purchases[k]!;
      const day = table.day[row]!;
      if (day < view.firstDay || day > view.lastDay) continue;
      const refunded = refundsOfOrder.size ? (refundsOfOrder.get(table.orderKey[row]!) ?? 0) : 0;
      amounts[Math.min(k + 1, max) - 1]!.push(table.amount[row]! + refunded);
    }
  }
  let orders = 0;
  let sum = 0;
  for (const bucket of amounts) {
    orders += bucket.length;
    for (const value of bucket) sum += value;
  }
  if (orders === 0) return { status: 'empty', reason: 'no-orders' };
  const firstMean = mean(amounts[0]!);
  const buckets = amounts.map((values, index): AovBucket => {
    const bucketMean = mean(values);
    return {
      orderNumber: index + 1,
      label: index + 1 === max ? `${max}+` : String(index + 1),
      orders: values.length,
      meanAmount: bucketMean,
      medianAmount: median(values),
      relativeToFirst: bucketMean !== null && firstMean !== null && firstMean > 0 ? bucketMean / firstMean : null,
    };
  });
  return { status: 'ok', maxOrderNumber: max, overallMean: sum / orders, orders, buckets };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
