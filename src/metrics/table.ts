/**
 * The columnar order table: the one data structure for orders (STYLE.md convention 3).
 *
 * One row per order event. A purchase row is one order (line items already grouped);
 * a refund or cancellation row carries a negative or zero amount and never counts as a purchase.
 * Strings live in dictionaries; rows hold integer codes.
 */
import { OrderIdListBuilder, type OrderIdList } from './orderIds';

/** A categorical column (channel, country, first product...): codes index `values`; -1 means blank. */
export interface CategoricalColumn {
  readonly name: string;
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

export interface OrderTable {
  readonly length: number;
  /** Index into `orderIds`. Purchase and refund rows of the same order share the key. */
  readonly orderKey: Int32Array;
  /** The order ids by key, as bytes (orderIds.text(key) gives one as a string). */
  readonly orderIds: OrderIdList;
  /** Index into `customerIds`; -1 for rows without a customer id (guest checkouts). */
  readonly customer: Int32Array;
  readonly customerIds: readonly string[];
  /** Calendar day of the order as written (days since 1970-01-01, UTC arithmetic). */
  readonly day: Int32Array;
  /** Net revenue of the row in the store's currency: purchases positive, refunds negative. */
  readonly amount: Float64Array;
  /** Cost of goods of the row, NaN where unknown; null when the file has no cost column. */
  readonly cost: Float64Array | null;
  /** 1 when the row counts as a purchase (an order); 0 for refunds, cancellations, fully refunded orders. */
  readonly isPurchase: Uint8Array;
  readonly attributes: readonly CategoricalColumn[];
}

/** What ingest hands to the builder for one row (line items of one order may arrive as several). */
export interface OrderRowInput {
  orderId: string;
  customerId: string | null;
  day: number;
  amount: number;
  cost?: number | undefined;
  isPurchase: boolean;
  attributes?: Readonly<Record<string, string>> | undefined;
}

/** The attribute values of one row, for OrderTableBuilder.addCoded (columns in constructor order). */
export interface AttributeCodes {
  isBlank(column: number): boolean;
  /** The builder's code for the row's value in `column` (new values via newAttributeCode). */
  code(column: number): number;
}

type NumberColumn = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/** A typed array that grows as values are pushed (doubling); finish() gives the exact-length copy. */
class Growable<Column extends NumberColumn> {
  data: Column;
  length = 0;
  constructor(private readonly allocate: (size: number) => Column) {
    this.data = allocate(1024);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.allocate(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** Makes room for `count` more values and counts them in; returns the array to write them to (from the old length on). */
  reserve(count: number): Column {
    const needed = this.length + count;
    if (needed > this.data.length) {
      let size = this.data.length * 2;
      while (size < needed) size *= 2;
      const next = this.allocate(size);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.length = needed;
    return this.data;
  }
  finish(): Column {
    return this.data.slice(0, this.length) as Column;
  }
}

const int32 = (size: number) => new Int32Array(size);
const float64 = (size: number) => new Float64Array(size);
const uint8 = (size: number) => new Uint8Array(size);

/** Interns strings to dense integer codes. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  /** values[0 .. synced) are in `codes`; append() defers the Map insert until a lookup needs it. */
  private synced = 0;
  private sync(): void {
    for (let i = this.synced; i < this.values.length; i++) this.codes.set(this.values[i]!, i);
    this.synced = this.values.length;
  }
  code(value: string): number {
    if (this.synced !== this.values.length) this.sync();
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
      this.synced = this.values.length;
    }
    return code;
  }
  get(value: string): number | undefined {
    if (this.synced !== this.values.length) this.sync();
    return this.codes.get(value);
  }
  /**
   * Appends a value the caller knows is not in the dictionary yet (it keeps its own index of
   * values) and returns its code, without a lookup.
   */
  append(value: string): number {
    this.values.push(value);
    return this.values.length - 1;
  }
}

interface AttributeColumnBuilder {
  readonly name: string;
  readonly codes: Growable<Int32Array<ArrayBuffer>>;
  readonly dict: Dictionary;
  /** The last new row this column received a code for (avoids a per-row Set of names). */
  stamp: number;
}

/**
 * Builds an OrderTable. Rows with the same order id and the same purchase flag are merged
 * (line items → one order): amounts and costs add up, the earliest day wins, the first
 * non-blank customer and attribute values win.
 */
export class OrderTableBuilder {
  private readonly orders = new OrderIdListBuilder();
  /** Order id → code, for add() without a code; ids [0, ordersIndexed) are in it (filled when add() needs it). */
  private readonly orderCodes = new Map<string, number>();
  private ordersIndexed = 0;
  private readonly customers = new Dictionary();
  /** Attribute columns in creation order, and by name. */
  private readonly attributeList: AttributeColumnBuilder[] = [];
  private readonly attributeByName = new Map<string, AttributeColumnBuilder>();
  private readonly orderKey = new Growable(int32);
  private readonly customer = new Growable(int32);
  private readonly day = new Growable(int32);
  private readonly amount = new Growable(float64);
  private readonly cost = new Growable(float64);
  private hasCost = false;
  private readonly purchase = new Growable(uint8);
  /** Slot (order code * 2 + purchase flag) → row index, -1 when the order has no such row yet. */
  private rowOf = new Int32Array(2048).fill(-1);
  /** Set by appendTable(): the builder takes no more rows. */
  private appended = false;

  get length(): number {
    return this.orderKey.length;
  }

  private stillOpen(): void {
    if (this.appended) throw new Error('OrderTableBuilder: no row may be added after appendTable()');
  }

  /** rowOf, grown (doubling) to hold slot `key`. */
  private rowSlots(key: number): Int32Array {
    if (key >= this.rowOf.length) {
      let size = this.rowOf.length * 2;
      while (key >= size) size *= 2;
      const next = new Int32Array(size).fill(-1);
      next.set(this.rowOf);
      this.rowOf = next;
    }
    return this.rowOf;
  }

  constructor(attributeNames: readonly string[] = []) {
    for (const name of attributeNames) this.ensureAttribute(name);
  }

  private ensureAttribute(name: string): AttributeColumnBuilder {
    let column = this.attributeByName.get(name);
    if (!column) {
      const codes = new Growable(int32);
      for (let i = 0; i < this.length; i++) codes.push(-1);
      column = { name, codes, dict: new Dictionary(), stamp: -1 };
      this.attributeByName.set(name, column);
      this.attributeList.push(column);
    }
    return column;
  }

  /**
   * The order code for an order id this builder has not seen yet, for callers that keep their
   * own index of order ids (ingest): pass it to add() for every row of that order, which saves
   * the builder's own lookup. Never call it twice for the same id.
   */
  newOrderCode(orderId: string): number {
    return this.orders.pushText(orderId);
  }

  /** newOrderCode() for an id written as UTF-8 bytes source[start, end): no string is made. */
  newOrderCodeFromBytes(source: Uint8Array, start: number, end: number): number {
    return this.orders.pushBytes(source, start, end);
  }

  /** The code of an order id, new or not (for add() without a code). */
  private orderCode(orderId: string): number {
    for (; this.ordersIndexed < this.orders.length; this.ordersIndexed++) this.orderCodes.set(this.orders.text(this.ordersIndexed), this.ordersIndexed);
    let code = this.orderCodes.get(orderId);
    if (code === undefined) {
      code = this.orders.pushText(orderId);
      this.orderCodes.set(orderId, code);
      this.ordersIndexed = this.orders.length;
    }
    return code;
  }

  /** Adds a row; `orderCode`, when given, is the code newOrderCode() returned for row.orderId. */
  add(row: OrderRowInput, orderCode: number = this.orderCode(row.orderId)): void {
    this.stillOpen();
    const key = orderCode * 2 + (row.isPurchase ? 1 : 0);
    const customerCode = row.customerId ? this.customers.code(row.customerId) : -1;
    const rowOf = this.rowSlots(key);
    const existing = rowOf[key]!;
    const attributes = row.attributes;
    if (existing >= 0) {
      const amount = this.amount.data;
      amount[existing] = amount[existing]! + row.amount;
      if (row.cost !== undefined && Number.isFinite(row.cost)) {
        const costs = this.cost.data;
        const prior = costs[existing]!;
        costs[existing] = Number.isNaN(prior) ? row.cost : prior + row.cost;
        // A cost may first appear on a later line item of an order.
        this.hasCost = true;
      }
      const days = this.day.data;
      if (row.day < days[existing]!) days[existing] = row.day;
      const customers = this.customer.data;
      if (customers[existing] === -1 && customerCode >= 0) customers[existing] = customerCode;
      if (attributes) {
        for (const name in attributes) {
          if (!Object.hasOwn(attributes, name)) continue;
          const value = attributes[name]!;
          const column = this.attributeByName.get(name) ?? this.ensureAttribute(name);
          const codes = column.codes.data;
          if (value !== '' && codes[existing] === -1) codes[existing] = column.dict.code(value);
        }
      }
      return;
    }
    const index = this.length;
    rowOf[key] = index;
    this.orderKey.push(orderCode);
    this.customer.push(customerCode);
    this.day.push(row.day);
    this.amount.push(row.amount);
    const cost = row.cost !== undefined && Number.isFinite(row.cost) ? row.cost : Number.NaN;
    if (!Number.isNaN(cost)) this.hasCost = true;
    this.cost.push(cost);
    this.purchase.push(row.isPurchase ? 1 : 0);
    let given = 0;
    if (attributes) {
      for (const name in attributes) {
        if (!Object.hasOwn(attributes, name)) continue;
        const value = attributes[name]!;
        const column = this.attributeByName.get(name) ?? this.ensureAttribute(name);
        column.codes.push(value === '' ? -1 : column.dict.code(value));
        column.stamp = index;
        given++;
      }
    }
    const list = this.attributeList;
    if (given < list.length) {
      for (let a = 0; a < list.length; a++) {
        const column = list[a]!;
        if (column.stamp !== index) column.codes.push(-1);
      }
    }
  }

  /** Like newOrderCode(), for customer ids: a code for an id the caller knows is new to this builder. */
  newCustomerCode(customerId: string): number {
    return this.customers.append(customerId);
  }

  /** Appends a value new to attribute column `column` (constructor order) and returns its code. */
  newAttributeCode(column: number, value: string): number {
    return this.attributeList[column]!.dict.append(value);
  }

  /**
   * add() for callers that intern ids and values themselves (the fast ingest path): codes instead
   * of strings, `cost` NaN when unknown, and attribute values through `attributes`, asked for a
   * code exactly where add() would look a value up. Only for builders whose attribute columns
   * were all named in the constructor, and whose dictionaries receive values through the
   * newXCode() methods alone. Gives the same table as add() with the same rows.
   */
  addCoded(orderCode: number, customerCode: number, day: number, amount: number, cost: number, isPurchase: boolean, attributes: AttributeCodes): void {
    this.stillOpen();
    const key = orderCode * 2 + (isPurchase ? 1 : 0);
    const rowOf = this.rowSlots(key);
    const existing = rowOf[key]!;
    const list = this.attributeList;
    if (existing >= 0) {
      const amounts = this.amount.data;
      amounts[existing] = amounts[existing]! + amount;
      if (!Number.isNaN(cost)) {
        const costs = this.cost.data;
        const prior = costs[existing]!;
        costs[existing] = Number.isNaN(prior) ? cost : prior + cost;
        this.hasCost = true;
      }
      const days = this.day.data;
      if (day < days[existing]!) days[existing] = day;
      const customers = this.customer.data;
      if (customers[existing] === -1 && customerCode >= 0) customers[existing] = customerCode;
      for (let a = 0; a < list.length; a++) {
        const codes = list[a]!.codes.data;
        if (codes[existing] === -1 && !attributes.isBlank(a)) codes[existing] = attributes.code(a);
      }
      return;
    }
    rowOf[key] = this.length;
    this.orderKey.push(orderCode);
    this.customer.push(customerCode);
    this.day.push(day);
    this.amount.push(amount);
    if (!Number.isNaN(cost)) this.hasCost = true;
    this.cost.push(cost);
    this.purchase.push(isPurchase ? 1 : 0);
    for (let a = 0; a < list.length; a++) list[a]!.codes.push(attributes.isBlank(a) ? -1 : attributes.code(a));
  }

  /**
   * Appends the rows of a table built from the rest of the same file (ingest reads a large file in
   * two halves at once), as if they had been added here row by row: new customers, orders and
   * attribute values get the next codes in their order of first appearance there. Only for tables
   * that share no order id with this builder (the caller checks) and have the same attribute columns.
   * `knownCustomers[c]`: this builder's code for the table's customer c, or -1 when it is new here
   * (the caller finds them by their bytes, faster than by string). The last step before finish():
   * the appended orders are not indexed for merging line items, so no row may be added after it.
   */
  appendTable(table: OrderTable, knownCustomers: Int32Array): void {
    this.appended = true;
    const customerCodes = new Int32Array(knownCustomers.length);
    for (let c = 0; c < knownCustomers.length; c++) {
      const code = knownCustomers[c]!;
      customerCodes[c] = code >= 0 ? code : this.customers.append(table.customerIds[c]!);
    }
    const orderBase = this.orders.length;
    this.orders.pushList(table.orderIds);
    const from = this.length;
    const n = table.length;
    const orderKey = this.orderKey.reserve(n);
    const customer = this.customer.reserve(n);
    for (let row = 0; row < n; row++) {
      orderKey[from + row] = orderBase + table.orderKey[row]!;
      const code = table.customer[row]!;
      customer[from + row] = code < 0 ? -1 : customerCodes[code]!;
    }
    this.day.reserve(n).set(table.day, from);
    this.amount.reserve(n).set(table.amount, from);
    this.purchase.reserve(n).set(table.isPurchase, from);
    if (table.cost) {
      this.cost.reserve(n).set(table.cost, from);
      this.hasCost = true;
    } else this.cost.reserve(n).fill(Number.NaN, from, from + n);
    if (this.attributeList.length !== table.attributes.length) throw new Error('appendTable: the attribute columns differ');
    for (const column of table.attributes) {
      const builder = this.attributeByName.get(column.name);
      if (!builder) throw new Error(`appendTable: no attribute column ${column.name}`);
      const map = Int32Array.from(column.values, (value) => builder.dict.get(value) ?? builder.dict.append(value));
      const codes = builder.codes.reserve(n);
      for (let row = 0; row < n; row++) {
        const code = column.codes[row]!;
        codes[from + row] = code < 0 ? -1 : map[code]!;
      }
    }
  }

  finish(): OrderTable {
    const attributes: CategoricalColumn[] = [];
    for (const column of this.attributeList) {
      attributes.push({ name: column.name, codes: column.codes.finish(), values: column.dict.values });
    }
    return {
      length: this.length,
      orderKey: this.orderKey.finish(),
      orderIds: this.orders.finish(),
      customer: this.customer.finish(),
      customerIds: this.customers.values,
      day: this.day.finish(),
      amount: this.amount.finish(),
      cost: this.hasCost ? this.cost.finish() : null,
      isPurchase: this.purchase.finish(),
      attributes,
    };
  }
}

/** Builds a table from plain rows: the convenient entry for tests and small inputs. */
export function orderTableFromRows(rows: Iterable<OrderRowInput>, attributeNames: readonly string[] = []): OrderTable {
  const builder = new OrderTableBuilder(attributeNames);
  for (const row of rows) builder.add(row);
  return builder.finish();
}

/** The rows of a table back as plain objects (for tests, merging and exports). */
export function* orderRows(table: OrderTable): Generator<OrderRowInput> {
  for (let i = 0; i < table.length; i++) {
    const customer = table.customer[i]!;
    const attributes: Record<string, string> = {};
    for (const column of table.attributes) {
      const code = column.codes[i]!;
      attributes[column.name] = code >= 0 ? column.values[code]! : '';
    }
    const cost = table.cost ? table.cost[i]! : Number.NaN;
    yield {
      orderId: table.orderIds.text(table.orderKey[i]!),
      customerId: customer >= 0 ? table.customerIds[customer]! : null,
      day: table.day[i]!,
      amount: table.amount[i]!,
      cost: Number.isNaN(cost) ? undefined : cost,
      isPurchase: table.isPurchase[i] === 1,
      attributes,
    };
  }
}

/**
 * Merges tables from several uploads. An order id already present in an earlier table is
 * dropped from the later ones: the same order in two uploads counts once.
 */
export function mergeOrderTables(tables: readonly OrderTable[]): OrderTable {
  const names = [...new Set(tables.flatMap((t) => t.attributes.map((a) => a.name)))];
  const builder = new OrderTableBuilder(names);
  const seen = new Set<string>();
  for (const table of tables) {
    const fromThisTable = new Set<string>();
    for (const row of orderRows(table)) {
      if (seen.has(row.orderId)) continue;
      fromThisTable.add(row.orderId);
      builder.add(row);
    }
    for (const id of fromThisTable) seen.add(id);
  }
  return builder.finish();
}
