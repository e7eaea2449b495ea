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
import { applyFilters, type OrderView } from './view';
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
  const measured = measuredPurchases(view, max);
  const count = measured.bucket.length;
  if (count === 0) return { status: 'empty', reason: 'no-orders' };
  // Group the amounts by bucket, keeping their order inside each bucket (a stable counting
  // sort), so every sum below adds the same numbers in the same order as a list per bucket would.
  const bucketStart = new Int32Array(max + 1);
  for (let i = 0; i < count; i++) bucketStart[measured.bucket[i]! + 1]!++;
  for (let b = 0; b < max; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const fill = bucketStart.slice(0, max);
  const grouped = new Float64Array(count);
  for (let i = 0; i < count; i++) grouped[fill[measured.bucket[i]!]!++] = measured.amount[i]!;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += grouped[i]!;
  const amounts = Array.from({ length: max }, (_, b) => grouped.subarray(bucketStart[b]!, bucketStart[b + 1]!));
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
  return { status: 'ok', maxOrderNumber: max, overallMean: sum / count, orders: count, buckets };
}

/**
 * The purchases inside the view with their bucket (order number − 1, capped at max − 1) and net
 * amount, customer by customer and in order-number order.
 */
function measuredPurchases(view: OrderView, max: number): { bucket: Int32Array; amount: Float64Array } {
  const table = view.table;
  const orderKey = table.orderKey;
  const { start, rows: historyRows } = view.index;
  const { customers, customerStart, customerRows, firstDay, lastDay } = view;
  // Both walks read the columns copied into customer order (view.ts): sequential reads.
  const viewColumns = view.columns;
  const history = view.index.columns;
  const bucket = new Int32Array(customerRows.length);
  const net = new Float64Array(customerRows.length);
  // Refund sums of the current customer's orders by order key, filled only for customers with a
  // refund in the view (few): the other customers skip the map entirely.
  const refundsOfOrder = new Map<number, number>();
  let count = 0;
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    const from = customerStart[i]!;
    const to = customerStart[i + 1]!;
    if (refundsOfOrder.size) refundsOfOrder.clear();
    for (let k = from; k < to; k++) {
      if (viewColumns.isPurchase[k] === 1) continue;
      const key = orderKey[customerRows[k]!]!;
      refundsOfOrder.set(key, (refundsOfOrder.get(key) ?? 0) + viewColumns.amount[k]!);
    }
    // Order numbers count the whole history. The index lists a customer's rows by day, then order
    // id (view.ts), which is the numbering order: same-day orders go by order id, whatever the file order.
    let number = 0;
    const end = start[customer + 1]!;
    for (let k = start[customer]!; k < end; k++) {
      if (history.isPurchase[k] !== 1) continue;
      number++;
      const d = history.day[k]!;
      if (d < firstDay || d > lastDay) continue;
      bucket[count] = Math.min(number, max) - 1;
      const refunded = refundsOfOrder.size ? (refundsOfOrder.get(orderKey[historyRows[k]!]!) ?? 0) : 0;
      net[count++] = history.amount[k]! + refunded;
    }
  }
  return { bucket: bucket.subarray(0, count), amount: net.subarray(0, count) };
}
