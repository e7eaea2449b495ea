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

/**
 * Day, amount and purchase flag of a list of rows, copied into that list's order.
 *
 * Why copies: customer rows are listed customer by customer, so reading table.day[row] through
 * such a list jumps all over the table; on a million rows one such pass costs several times a
 * sequential one, and a dashboard makes a dozen. The copies are made once, while the index and
 * the views are built, and every per-customer loop then reads them in order.
 */
export interface RowColumns {
  /** day[k] = table.day[rows[k]], and likewise for the others. */
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly isPurchase: Uint8Array;
  /** The file's cost (table.cost); null when the table has no cost column. */
  readonly cost: Float64Array | null;
}

export interface CustomerIndex {
  /** Rows of customer c are rows[start[c] .. start[c+1]), sorted by day then row. */
  readonly start: Int32Array;
  readonly rows: Int32Array;
  /** The columns of `rows`, in the same order. */
  readonly columns: RowColumns;
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
  const { customer, day, amount, isPurchase, cost, orderKey, orderIds } = table;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < table.length; i++) {
    const c = customer[i]!;
    if (c >= 0) start[c + 1]!++;
  }
  for (let c = 0; c < n; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, n);
  const total = start[n]!;
  const rows = new Int32Array(total);
  const rowDay = new Int32Array(total);
  const rowAmount = new Float64Array(total);
  const rowPurchase = new Uint8Array(total);
  const rowCost = cost ? new Float64Array(total) : null;
  // Table order in, customer order out: the reads are sequential, the columns copied on the way.
  for (let i = 0; i < table.length; i++) {
    const c = customer[i]!;
    if (c < 0) continue;
    const k = fill[c]!++;
    rows[k] = i;
    rowDay[k] = day[i]!;
    rowAmount[k] = amount[i]!;
    rowPurchase[k] = isPurchase[i]!;
    if (rowCost) rowCost[k] = cost![i]!;
  }
  const firstPurchaseDay = new Int32Array(n).fill(NO_DAY);
  const firstPurchaseRow = new Int32Array(n).fill(-1);
  // Same-day rows are ordered by order id, then purchase before refund, so the order of rows in
  // the file never changes which order is a customer's first (shuffling rows changes nothing).
  // Whether the entry at k sorts after the row being inserted (its row, day and purchase flag):
  const after = (k: number, row: number, rowDate: number, purchase: number): boolean => {
    const dk = rowDay[k]!;
    if (dk !== rowDate) return dk > rowDate;
    const ik = orderIds.text(orderKey[rows[k]!]!);
    const ir = orderIds.text(orderKey[row]!);
    if (ik !== ir) return ik > ir;
    return rowPurchase[k]! < purchase;
  };
  for (let c = 0; c < n; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    // Insertion sort per customer: customers have few orders and rows mostly arrive in day order.
    // The row's columns move with it.
    for (let i = from + 1; i < to; i++) {
      const row = rows[i]!;
      const d = rowDay[i]!;
      const a = rowAmount[i]!;
      const p = rowPurchase[i]!;
      if (!after(i - 1, row, d, p)) continue; // already in place (the usual case)
      const costValue = rowCost ? rowCost[i]! : 0;
      let j = i - 1;
      while (j >= from && after(j, row, d, p)) {
        rows[j + 1] = rows[j]!;
        rowDay[j + 1] = rowDay[j]!;
        rowAmount[j + 1] = rowAmount[j]!;
        rowPurchase[j + 1] = rowPurchase[j]!;
        if (rowCost) rowCost[j + 1] = rowCost[j]!;
        j--;
      }
      rows[j + 1] = row;
      rowDay[j + 1] = d;
      rowAmount[j + 1] = a;
      rowPurchase[j + 1] = p;
      if (rowCost) rowCost[j + 1] = costValue;
    }
    for (let k = from; k < to; k++) {
      if (rowPurchase[k] === 1) {
        firstPurchaseDay[c] = rowDay[k]!;
        firstPurchaseRow[c] = rows[k]!;
        break;
      }
    }
  }
  const columns = { day: rowDay, amount: rowAmount, isPurchase: rowPurchase, cost: rowCost };
  const index = { start, rows, columns, firstPurchaseDay, firstPurchaseRow };
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
  /** The columns of customerRows, in the same order (read these in per-customer loops). */
  readonly columns: RowColumns;
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
    const blankAllowed = allowed.has('');
    // Whether each code's value is allowed, decided once per code rather than once per customer.
    const allowedCode = new Uint8Array(column ? column.values.length : 0);
    for (let code = 0; code < allowedCode.length; code++) allowedCode[code] = allowed.has(column!.values[code]!) ? 1 : 0;
    const firstPurchaseRow = index.firstPurchaseRow;
    const codes = column ? column.codes : null;
    for (let c = 0; c < n; c++) {
      if (!mask[c]) continue;
      const row = firstPurchaseRow[c]!;
      const code = row >= 0 && codes ? codes[row]! : -1;
      if (!(code >= 0 ? allowedCode[code] === 1 : blankAllowed)) mask[c] = 0;
    }
  }
  return mask;
}

const dayRangeCache = new WeakMap<OrderTable, { first: number; last: number }>();

function dataDayRange(table: OrderTable): { first: number; last: number } {
  const cached = dayRangeCache.get(table);
  if (cached) return cached;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const day = table.day;
  for (let i = 0; i < table.length; i++) {
    const d = day[i]!;
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const range = { first, last };
  dayRangeCache.set(table, range);
  return range;
}

const allRowsCache = new WeakMap<OrderTable, Int32Array>();

/** 0 .. table.length-1, shared by every view that keeps all rows. */
function allRows(table: OrderTable): Int32Array {
  let rows = allRowsCache.get(table);
  if (!rows) {
    rows = new Int32Array(table.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    allRowsCache.set(table, rows);
  }
  return rows;
}

const purchaseRowCache = new WeakMap<OrderTable, Int32Array>();

/**
 * The purchase row of each order (by order key), -1 for an order with only refund rows. A table
 * has one purchase row per order (line items are merged, table.ts). Computed once per table.
 */
export function purchaseRowOfOrder(table: OrderTable): Int32Array {
  let purchaseRow = purchaseRowCache.get(table);
  if (!purchaseRow) {
    const { isPurchase, orderKey } = table;
    purchaseRow = new Int32Array(table.orderIds.length).fill(-1);
    for (let row = 0; row < table.length; row++) if (isPurchase[row]) purchaseRow[orderKey[row]!] = row;
    purchaseRowCache.set(table, purchaseRow);
  }
  return purchaseRow;
}

const viewCache = new WeakMap<OrderTable, Map<string, OrderView>>();

/** The rows and customers that pass the filters. Cached per table and filters. */
export function applyFilters(table: OrderTable, filters: Filters = {}): OrderView {
  const key = JSON.stringify(filters);
  const perTable = viewCache.get(table);
  const cached = perTable?.get(key);
  if (cached) return cached;
  const index = customerIndex(table);
  const range = dataDayRange(table);
  const from = filters.fromDay ?? range.first;
  const to = filters.toDay ?? range.last;
  const mask = customerMask(table, index, filters);
  const customerLevel = hasCustomerFilter(filters);
  const n = table.customerIds.length;
  const length = table.length;
  const day = table.day;
  const customer = table.customer;
  let allCustomers = true;
  for (let c = 0; c < n; c++) {
    if (!mask[c]) {
      allCustomers = false;
      break;
    }
  }
  const allDays = from <= range.first && to >= range.last;
  // A range outside the data keeps nothing: answer without scanning (the overview's previous
  // period of a view that starts at the first order).
  if (from > range.last || to < range.first) return remember(perTable, table, key, emptyView(table, index, from, to));

  let rows: Int32Array;
  if (allDays && allCustomers && !customerLevel) rows = allRows(table);
  else {
    let count = 0;
    const kept = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      const d = day[i]!;
      if (d < from || d > to) continue;
      const c = customer[i]!;
      if (c < 0 ? customerLevel : !mask[c]) continue;
      kept[count++] = i;
    }
    rows = count === length ? allRows(table) : kept.slice(0, count);
  }

  const indexStart = index.start;
  const indexRows = index.rows;
  let customers: Int32Array;
  let customerStart: Int32Array;
  let customerRows: Int32Array;
  let columns: RowColumns;
  if (allDays && allCustomers) {
    // Every row of every customer is kept: the index itself is the view (customers without rows dropped).
    let withRows = 0;
    for (let c = 0; c < n; c++) if (indexStart[c + 1]! > indexStart[c]!) withRows++;
    customerRows = indexRows;
    columns = index.columns;
    if (withRows === n) {
      customerStart = indexStart;
      customers = new Int32Array(n);
      for (let c = 0; c < n; c++) customers[c] = c;
    } else {
      customers = new Int32Array(withRows);
      customerStart = new Int32Array(withRows + 1);
      let k = 0;
      for (let c = 0; c < n; c++) {
        if (indexStart[c + 1]! > indexStart[c]!) {
          customers[k++] = c;
          customerStart[k] = indexStart[c + 1]!;
        }
      }
    }
  } else {
    const keptCustomers = new Int32Array(n);
    const starts = new Int32Array(n + 1);
    const keptRows = new Int32Array(indexRows.length);
    const { day: indexDay, amount: indexAmount, isPurchase: indexPurchase, cost: indexCost } = index.columns;
    const keptDay = new Int32Array(indexRows.length);
    const keptAmount = new Float64Array(indexRows.length);
    const keptPurchase = new Uint8Array(indexRows.length);
    const keptCost = indexCost ? new Float64Array(indexRows.length) : null;
    let customerCount = 0;
    let rowCount = 0;
    for (let c = 0; c < n; c++) {
      if (!mask[c]) continue;
      const before = rowCount;
      const end = indexStart[c + 1]!;
      for (let k = indexStart[c]!; k < end; k++) {
        const d = indexDay[k]!;
        if (d < from || d > to) continue;
        keptRows[rowCount] = indexRows[k]!;
        if (keptCost) keptCost[rowCount] = indexCost![k]!;
        keptDay[rowCount] = d;
        keptAmount[rowCount] = indexAmount[k]!;
        keptPurchase[rowCount++] = indexPurchase[k]!;
      }
      if (rowCount > before) {
        keptCustomers[customerCount++] = c;
        starts[customerCount] = rowCount;
      }
    }
    customers = keptCustomers.slice(0, customerCount);
    customerStart = starts.slice(0, customerCount + 1);
    customerRows = keptRows.slice(0, rowCount);
    columns = {
      day: keptDay.slice(0, rowCount),
      amount: keptAmount.slice(0, rowCount),
      isPurchase: keptPurchase.slice(0, rowCount),
      cost: keptCost ? keptCost.slice(0, rowCount) : null,
    };
  }
  const view: OrderView = {
    table,
    index,
    rows,
    customers,
    customerStart,
    customerRows,
    columns,
    firstDay: Number.isFinite(from) ? from : 0,
    lastDay: Number.isFinite(to) ? to : 0,
  };
  return remember(perTable, table, key, view);
}

function remember(cached: Map<string, OrderView> | undefined, table: OrderTable, key: string, view: OrderView): OrderView {
  let perTable = cached;
  if (!perTable) {
    perTable = new Map();
    viewCache.set(table, perTable);
  }
  if (perTable.size > 32) perTable.clear();
  perTable.set(key, view);
  return view;
}

/** The view of a day range with no rows: nothing kept, the range as asked. */
function emptyView(table: OrderTable, index: CustomerIndex, from: number, to: number): OrderView {
  const none = new Int32Array(0);
  return {
    table,
    index,
    rows: none,
    customers: none,
    customerStart: new Int32Array(1),
    customerRows: none,
    columns: { day: none, amount: new Float64Array(0), isPurchase: new Uint8Array(0), cost: table.cost ? new Float64Array(0) : null },
    firstDay: Number.isFinite(from) ? from : 0,
    lastDay: Number.isFinite(to) ? to : 0,
  };
}
