/**
 * Filtering and the per-customer index every metric walks.
 *
 * The customer index (each customer's rows sorted by day) is built once per table and kept in
 * a WeakMap, so a filter change does not re-sort rows. A filter produces an OrderView: the kept
 * rows and, per kept customer, their kept rows in day order.
 */
import type { OrderTable } from './table';
import type { Filters } from './settings';

/** Sentinel day for customers with no purchase (only refunds). */
export const NO_DAY = -2147483648;

export interface CustomerIndex {
  /** Rows of customer c are rows[start[c] .. start[c+1]), sorted by day then row. */
  readonly start: Int32Array;
  readonly rows: Int32Array;
  /** Day of each customer's first purchase in the whole table (acquisition), NO_DAY if none. */
  readonly firstPurchaseDay: Int32Array;
  /** Row of each customer's first purchase, -1 if none. */
  readonly firstPurchaseRow: Int32Array;
}

const indexCache = new WeakMap<OrderTable, CustomerIndex>();

export function customerIndex(table: OrderTable): CustomerIndex {
  const cached = indexCache.get(table);
  if (cached) return cached;
  const n = table.customerIds.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < table.length; i++) {
    const c = table.customer[i]!;
    if (c >= 0) start[c + 1]!++;
  }
  for (let c = 0; c < n; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, n);
  const rows = new Int32Array(start[n]!);
  for (let i = 0; i < table.length; i++) {
    const c = table.customer[i]!;
    if (c >= 0) rows[fill[c]!++] = i;
  }
  const firstPurchaseDay = new Int32Array(n).fill(NO_DAY);
  const firstPurchaseRow = new Int32Array(n).fill(-1);
  const day = table.day;
  // Same-day rows are ordered by order id, then purchase before refund, so the order of rows in
  // the file never changes which order is a customer's first (shuffling rows changes nothing).
  const after = (a: number, b: number): boolean => {
    const da = day[a]!;
    const db = day[b]!;
    if (da !== db) return da > db;
    const ia = table.orderIds[table.orderKey[a]!]!;
    const ib = table.orderIds[table.orderKey[b]!]!;
    if (ia !== ib) return ia > ib;
    return table.isPurchase[a]! < table.isPurchase[b]!;
  };
  for (let c = 0; c < n; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    // Insertion sort per customer: customers have few orders and rows mostly arrive in day order.
    for (let i = from + 1; i < to; i++) {
      const row = rows[i]!;
      let j = i - 1;
      while (j >= from && after(rows[j]!, row)) {
        rows[j + 1] = rows[j]!;
        j--;
      }
      rows[j + 1] = row;
    }
    for (let i = from; i < to; i++) {
      const row = rows[i]!;
      if (table.isPurchase[row] === 1) {
        firstPurchaseDay[c] = day[row]!;
        firstPurchaseRow[c] = row;
        break;
      }
    }
  }
  const index = { start, rows, firstPurchaseDay, firstPurchaseRow };
  indexCache.set(table, index);
  return index;
}

export interface OrderView {
  readonly table: OrderTable;
  readonly index: CustomerIndex;
  /** Rows kept, ascending; guest rows are kept unless a customer-level filter is active. */
  readonly rows: Int32Array;
  /** Kept customers (codes), each with at least one kept row. */
  readonly customers: Int32Array;
  /** Kept rows of customers[i] are customerRows[customerStart[i] .. customerStart[i+1]), in day order. */
  readonly customerStart: Int32Array;
  readonly customerRows: Int32Array;
  /** The inclusive day range the view covers (from the filters, else the data). */
  readonly firstDay: number;
  readonly lastDay: number;
}

function hasCustomerFilter(filters: Filters): boolean {
  return Boolean(
    (filters.customerIds !== undefined && filters.customerIds !== null) ||
      (filters.attributes && Object.keys(filters.attributes).length > 0),
  );
}

/** Which customers pass the customer-level filters (attributes of the first purchase, explicit ids). */
function customerMask(table: OrderTable, index: CustomerIndex, filters: Filters): Uint8Array {
  const n = table.customerIds.length;
  const mask = new Uint8Array(n).fill(1);
  if (filters.customerIds) {
    mask.fill(0);
    const wanted = new Set(filters.customerIds);
    for (let c = 0; c < n; c++) if (wanted.has(table.customerIds[c]!)) mask[c] = 1;
  }
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    const column = table.attributes.find((a) => a.name === name);
    const allowed = new Set(values);
    for (let c = 0; c < n; c++) {
      if (!mask[c]) continue;
      const row = index.firstPurchaseRow[c]!;
      const code = row >= 0 && column ? column.codes[row]! : -1;
      const value = code >= 0 && column ? column.values[code]! : '';
      if (!allowed.has(value)) mask[c] = 0;
    }
  }
  return mask;
}

function dataDayRange(table: OrderTable): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < table.length; i++) {
    const d = table.day[i]!;
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return { first, last };
}

const viewCache = new WeakMap<OrderTable, Map<string, OrderView>>();

/** The rows and customers that pass the filters. Cached per table and filters. */
export function applyFilters(table: OrderTable, filters: Filters = {}): OrderView {
  const key = JSON.stringify(filters);
  let perTable = viewCache.get(table);
  const cached = perTable?.get(key);
  if (cached) return cached;
  const index = customerIndex(table);
  const range = dataDayRange(table);
  const from = filters.fromDay ?? range.first;
  const to = filters.toDay ?? range.last;
  const mask = customerMask(table, index, filters);
  const customerLevel = hasCustomerFilter(filters);
  const kept: number[] = [];
  for (let i = 0; i < table.length; i++) {
    const d = table.day[i]!;
    if (d < from || d > to) continue;
    const c = table.customer[i]!;
    if (c < 0 ? customerLevel : !mask[c]) continue;
    kept.push(i);
  }
  const customers: number[] = [];
  const starts: number[] = [0];
  const customerRows: number[] = [];
  const n = table.customerIds.length;
  for (let c = 0; c < n; c++) {
    if (!mask[c]) continue;
    const before = customerRows.length;
    for (let k = index.start[c]!; k < index.start[c + 1]!; k++) {
      const row = index.rows[k]!;
      const d = table.day[row]!;
      if (d >= from && d <= to) customerRows.push(row);
    }
    if (customerRows.length > before) {
      customers.push(c);
      starts.push(customerRows.length);
    }
  }
  const view: OrderView = {
    table,
    index,
    rows: Int32Array.from(kept),
    customers: Int32Array.from(customers),
    customerStart: Int32Array.from(starts),
    customerRows: Int32Array.from(customerRows),
    firstDay: Number.isFinite(from) ? from : 0,
    lastDay: Number.isFinite(to) ? to : 0,
  };
  if (!perTable) {
    perTable = new Map();
    viewCache.set(table, perTable);
  }
  if (perTable.size > 32) perTable.clear();
  perTable.set(key, view);
  return view;
}
