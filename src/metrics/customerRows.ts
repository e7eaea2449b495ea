/**
 * The columns of a view's customer rows, copied into customer order, and each customer's
 * distinct purchase days. Both are computed once per view and shared by the metrics.
 *
 * Why copies: view.customerRows lists a customer's rows together, so reading table.day[row]
 * through it jumps all over the table. On a million rows one such pass costs several times a
 * sequential one, and a dashboard makes a dozen of them. Copying day, amount and purchase flag
 * into customer order once makes every later per-customer loop sequential.
 */
import type { OrderTable } from './table';
import type { OrderView } from './view';

export interface CustomerRowColumns {
  /** column[k] is the table's value at row customerRows[k] (the rows the columns were made for). */
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly isPurchase: Uint8Array;
}

const columnsCache = new WeakMap<Int32Array, CustomerRowColumns>();

/**
 * The day, amount and purchase flag of `rows` (view.customerRows or index.rows), in that order.
 * Cached per rows array: the unfiltered view shares its rows with the customer index. Callers
 * must not change the arrays.
 */
export function rowColumns(table: OrderTable, rows: Int32Array): CustomerRowColumns {
  const cached = columnsCache.get(rows);
  if (cached) return cached;
  const n = rows.length;
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const isPurchase = new Uint8Array(n);
  const tableDay = table.day;
  const tableAmount = table.amount;
  const tablePurchase = table.isPurchase;
  for (let k = 0; k < n; k++) {
    const row = rows[k]!;
    day[k] = tableDay[row]!;
    amount[k] = tableAmount[row]!;
    isPurchase[k] = tablePurchase[row]!;
  }
  const columns = { day, amount, isPurchase };
  columnsCache.set(rows, columns);
  return columns;
}

/** The columns of view.customerRows. */
export function customerRowColumns(view: OrderView): CustomerRowColumns {
  return rowColumns(view.table, view.customerRows);
}

export interface PurchaseDays {
  /** Distinct purchase days of view.customers[p] are day[start[p] .. start[p + 1]), ascending. */
  readonly start: Int32Array;
  readonly day: Int32Array;
  /** ordersThrough[j]: the customer's purchases (orders) on or before day[j]; the last is their total. */
  readonly ordersThrough: Int32Array;
}

const purchaseDaysCache = new WeakMap<OrderView, PurchaseDays>();

/**
 * Each customer's distinct purchase days in the view with a running order count: the purchase
 * days, the order count up to any day and the inter-purchase gaps all read from it, without a
 * list per customer. Cached per view; callers must not change the arrays.
 */
export function purchaseDayIndex(view: OrderView): PurchaseDays {
  const cached = purchaseDaysCache.get(view);
  if (cached) return cached;
  const columns = customerRowColumns(view);
  const rowDay = columns.day;
  const isPurchase = columns.isPurchase;
  const customerStart = view.customerStart;
  const customers = view.customers.length;
  const start = new Int32Array(customers + 1);
  const day = new Int32Array(rowDay.length);
  const ordersThrough = new Int32Array(rowDay.length);
  let j = 0;
  for (let position = 0; position < customers; position++) {
    const first = j;
    let orders = 0;
    const end = customerStart[position + 1]!;
    for (let k = customerStart[position]!; k < end; k++) {
      if (isPurchase[k] !== 1) continue;
      orders++;
      const d = rowDay[k]!;
      // Rows are in day order, so a repeated day is always the previous entry.
      if (j > first && day[j - 1] === d) ordersThrough[j - 1] = orders;
      else {
        day[j] = d;
        ordersThrough[j++] = orders;
      }
    }
    start[position + 1] = j;
  }
  const index = { start, day: day.slice(0, j), ordersThrough: ordersThrough.slice(0, j) };
  purchaseDaysCache.set(view, index);
  return index;
}

/**
 * One past the customer's last distinct purchase day on or before `upToDay` (an index into
 * PurchaseDays.day; equal to start[position] when there is none). Scans back from the end: the
 * metrics ask for the view's last day or a day near it.
 */
export function purchaseDaysEnd(days: PurchaseDays, position: number, upToDay: number): number {
  const from = days.start[position]!;
  let end = days.start[position + 1]!;
  while (end > from && days.day[end - 1]! > upToDay) end--;
  return end;
}

/** The customer's purchases (orders) on or before `upToDay`. */
export function ordersUpTo(days: PurchaseDays, position: number, upToDay: number): number {
  const end = purchaseDaysEnd(days, position, upToDay);
  return end > days.start[position]! ? days.ordersThrough[end - 1]! : 0;
}
