/**
 * The columnar order table: the one data structure for orders (STYLE.md convention 3).
 *
 * One row per order event. A purchase row is one order (line items already grouped);
 * a refund or cancellation row carries a negative or zero amount and never counts as a purchase.
 * Strings live in dictionaries; rows hold integer codes.
 */

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
  readonly orderIds: readonly string[];
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

class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

class GrowableFloat64 {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  finish(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/** Interns strings to dense integer codes. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
  get(value: string): number | undefined {
    return this.codes.get(value);
  }
}

/**
 * Builds an OrderTable. Rows with the same order id and the same purchase flag are merged
 * (line items → one order): amounts and costs add up, the earliest day wins, the first
 * non-blank customer and attribute values win.
 */
export class OrderTableBuilder {
  private readonly orders = new Dictionary();
  private readonly customers = new Dictionary();
  private readonly attributeDicts = new Map<string, Dictionary>();
  private readonly attributeCodes = new Map<string, GrowableInt32>();
  private readonly orderKey = new GrowableInt32();
  private readonly customer = new GrowableInt32();
  private readonly day = new GrowableInt32();
  private readonly amount = new GrowableFloat64();
  private readonly cost = new GrowableFloat64();
  private hasCost = false;
  private readonly purchase: number[] = [];
  /** (order code * 2 + purchase flag) → row index */
  private readonly rowOf = new Map<number, number>();

  get length(): number {
    return this.orderKey.length;
  }

  constructor(attributeNames: readonly string[] = []) {
    for (const name of attributeNames) this.ensureAttribute(name);
  }

  private ensureAttribute(name: string): GrowableInt32 {
    let codes = this.attributeCodes.get(name);
    if (!codes) {
      codes = new GrowableInt32();
      for (let i = 0; i < this.length; i++) codes.push(-1);
      this.attributeCodes.set(name, codes);
      this.attributeDicts.set(name, new Dictionary());
    }
    return codes;
  }

  add(row: OrderRowInput): void {
    const orderCode = this.orders.code(row.orderId);
    const key = orderCode * 2 + (row.isPurchase ? 1 : 0);
    const customerCode = row.customerId ? this.customers.code(row.customerId) : -1;
    const existing = this.rowOf.get(key);
    if (existing !== undefined) {
      this.amount.data[existing] = (this.amount.data[existing] ?? 0) + row.amount;
      if (row.cost !== undefined && Number.isFinite(row.cost)) {
        const prior = this.cost.data[existing] ?? Number.NaN;
        this.cost.data[existing] = Number.isNaN(prior) ? row.cost : prior + row.cost;
      }
      if (row.day < (this.day.data[existing] ?? row.day)) this.day.data[existing] = row.day;
      if (this.customer.data[existing] === -1 && customerCode >= 0) this.customer.data[existing] = customerCode;
      if (row.attributes) {
        for (const [name, value] of Object.entries(row.attributes)) {
          const codes = this.ensureAttribute(name);
          if (value !== '' && codes.data[existing] === -1) {
            codes.data[existing] = this.attributeDicts.get(name)!.code(value);
          }
        }
      }
      return;
    }
    const index = this.length;
    this.rowOf.set(key, index);
    this.orderKey.push(orderCode);
    this.customer.push(customerCode);
    this.day.push(row.day);
    this.amount.push(row.amount);
    const cost = row.cost !== undefined && Number.isFinite(row.cost) ? row.cost : Number.NaN;
    if (!Number.isNaN(cost)) this.hasCost = true;
    this.cost.push(cost);
    this.purchase.push(row.isPurchase ? 1 : 0);
    const seen = new Set<string>();
    if (row.attributes) {
      for (const [name, value] of Object.entries(row.attributes)) {
        const codes = this.ensureAttribute(name);
        codes.push(value === '' ? -1 : this.attributeDicts.get(name)!.code(value));
        seen.add(name);
      }
    }
    for (const [name, codes] of this.attributeCodes) if (!seen.has(name)) codes.push(-1);
  }

  finish(): OrderTable {
    const attributes: CategoricalColumn[] = [];
    for (const [name, codes] of this.attributeCodes) {
      attributes.push({ name, codes: codes.finish(), values: this.attributeDicts.get(name)!.values });
    }
    return {
      length: this.length,
      orderKey: this.orderKey.finish(),
      orderIds: this.orders.values,
      customer: this.customer.finish(),
      customerIds: this.customers.values,
      day: this.day.finish(),
      amount: this.amount.finish(),
      cost: this.hasCost ? this.cost.finish() : null,
      isPurchase: Uint8Array.from(this.purchase),
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
      orderId: table.orderIds[table.orderKey[i]!]!,
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
