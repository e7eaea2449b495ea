/**
 * Each customer's distinct purchase days in a view, computed once per view and shared by the
 * metrics (kpis, churn window, time between orders, lifecycle, repeat rate, retention).
 */
import type { OrderView } from './view';

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
  const rowDay = view.columns.day;
  const isPurchase = view.columns.isPurchase;
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
  const index = { start, day: day.subarray(0, j), ordersThrough: ordersThrough.subarray(0, j) };
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
