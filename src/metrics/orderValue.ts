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
import { applyFilters, purchaseRowOfOrder, type OrderView } from './view';
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
  const { amounts: grouped, bucketStart } = measuredAmounts(view, max);
  const count = grouped.length;
  if (count === 0) return { status: 'empty', reason: 'no-orders' };
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
 * The net amounts of the purchases inside the view, grouped by bucket (order number − 1, capped
 * at max − 1): bucket b is amounts[bucketStart[b] .. bucketStart[b + 1]). Inside a bucket the
 * amounts come customer by customer, in order-number order, so every sum over them adds the same
 * numbers in the same order as one list per bucket would. One walk over the customers' histories
 * gives each purchase its bucket and net amount; a counting sort by bucket then groups them.
 */
function measuredAmounts(view: OrderView, max: number): { amounts: Float64Array; bucketStart: Int32Array } {
  const orderKey = view.table.orderKey;
  const { start, rows: historyRows } = view.index;
  const { customers, customerStart, customerRows, firstDay, lastDay } = view;
  // Both walks read the columns copied into customer order (view.ts): sequential reads.
  const { isPurchase: viewPurchase, amount: viewAmount } = view.columns;
  const { isPurchase: historyPurchase, day: historyDay, amount: historyAmount } = view.index.columns;
  // Order numbers count the whole history. The index lists a customer's rows by day, then order
  // id (view.ts), which is the numbering order: same-day orders go by order id, whatever the file order.
  // A purchase inside the view is a row of the view (its customer is kept, its day in range): at most that many.
  const measured = new Float64Array(customerRows.length);
  const bucketOf = max <= 256 ? new Uint8Array(customerRows.length) : new Int32Array(customerRows.length);
  const bucketStart = new Int32Array(max + 1);
  // The current customer's refunded orders in the view, each as its purchase row with the summed
  // refund amounts: few, searched in a line. Customers without a refund in the view skip them.
  // Matching by purchase row (one per order, table.ts) reads the history's rows in order instead
  // of looking up each purchase's order key all over the table.
  const purchaseRowOf = purchaseRowOfOrder(view.table);
  const refundedRows: number[] = [];
  const refundSums: number[] = [];
  let count = 0;
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    let refunds = 0;
    const to = customerStart[i + 1]!;
    for (let k = customerStart[i]!; k < to; k++) {
      if (viewPurchase[k] === 1) continue;
      const bought = purchaseRowOf[orderKey[customerRows[k]!]!]!;
      if (bought < 0) continue; // an order with no purchase row adds to no purchase
      let r = 0;
      while (r < refunds && refundedRows[r] !== bought) r++;
      if (r === refunds) {
        refundedRows[r] = bought;
        refundSums[r] = 0;
        refunds++;
      }
      refundSums[r]! += viewAmount[k]!;
    }
    let number = 0;
    const end = start[customer + 1]!;
    for (let k = start[customer]!; k < end; k++) {
      if (historyPurchase[k] !== 1) continue;
      number++;
      const d = historyDay[k]!;
      if (d < firstDay || d > lastDay) continue;
      let amount = historyAmount[k]!;
      if (refunds > 0) {
        const row = historyRows[k]!;
        for (let r = 0; r < refunds; r++) if (refundedRows[r] === row) amount += refundSums[r]!;
      }
      const bucket = (number < max ? number : max) - 1;
      bucketOf[count] = bucket;
      measured[count++] = amount;
      bucketStart[bucket + 1]!++;
    }
  }
  for (let b = 0; b < max; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const fill = bucketStart.slice(0, max);
  const amounts = new Float64Array(count);
  for (let j = 0; j < count; j++) amounts[fill[bucketOf[j]!]!++] = measured[j]!;
  return { amounts, bucketStart };
}
