/**
 * The fast path of orders ingest: UTF-8 CSV bytes → OrderTableBuilder without papaparse row arrays
 * and without a JavaScript string per cell. It follows OrderRowReader (orderRow.ts) rule for rule
 * and gives the same table, reject report and counts; the speed comes from
 * - csvScanner.ts: field bounds straight from the bytes;
 * - ids and attribute values interned from their bytes (internTable.ts): a string is made once per
 *   distinct value, not once per row;
 * - plain numbers (`11.99`: readMoney's own fast case) read from the bytes, exactly as Number() reads them;
 * - plain ISO dates (`2024-01-31 10:08:49`): readDate once per distinct date, remembered;
 * - statuses: statusClass once per distinct status.
 * Every cell these fast readings do not cover (non-ASCII edges, escaped quotes, ids normalizeId
 * would change, other date or number shapes…) goes through the same value functions as
 * OrderRowReader, on its string. A change to those functions' fast cases (dates.ts readPlainIso,
 * money.ts PLAIN_NUMBER, identifiers.ts) must be mirrored here; fastCsv.test.ts compares the paths.
 * When the scanner is unsure about the file's quoting or line breaks it returns 'unsure' and the
 * caller reads the whole file on the reference path.
 */
import type { AttributeCodes, OrderTableBuilder } from '../../metrics/table';
import type { OrderRules } from '../presets';
import type { RejectCollector } from '../rejects';
import type { RejectReason } from '../types';
import type { ReadControl } from '../textRows';
import { readDate } from '../values/dates';
import { normalizeId } from '../values/identifiers';
import { readMoney, readNumber } from '../values/money';
import { statusClass } from '../values/status';
import { purchaseOutcome } from '../purchase';
import type { OrderReadings } from '../orderRow';
import type { PreparedFile } from '../prepare';
import { isAsciiSpace } from './bytes';
import { CsvScanner, ESCAPED } from './csvScanner';
import { FNV_OFFSET, FNV_PRIME, InternTable, type InternKeys } from './internTable';

const NOT_A_PURCHASE = 1;
const AMOUNT_TAKEN = 2;
const NO_COLUMN = -1;
const YIELD_EVERY_MS = 40;
const ROWS_PER_CHECK = 256;

const encoder = new TextEncoder();

class GrowableInt32 {
  data = new Int32Array(1024);
  push(index: number, value: number): void {
    if (index >= this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[index] = value;
  }
}

/** A cell's trimmed bounds, when the bytes alone say what trim() gives. */
interface Bounds {
  start: number;
  end: number;
}

/** See FastOrderReader.customerKeys(). */
export interface CustomerKeys {
  keys: InternKeys;
  codes: Int32Array;
}

export interface FastReadResult {
  rowsRead: number;
  datesRead: number;
  datesUnreadable: number;
  unreadableCosts: number;
}

export interface FastInput {
  bytes: Uint8Array;
  /** Where the text starts (after the byte order mark). */
  from: number;
  delimiter: ',' | ';' | '\t' | '|';
  newline: '\r\n' | '\n' | '\r';
  header: readonly string[];
  /** Rows on or before this line are not data. */
  headerLine: number;
  fileName: string;
}

function allDigits(bytes: Uint8Array, start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x30 || byte > 0x39) return false;
  }
  return true;
}

function number(bytes: Uint8Array, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + bytes[i]! - 0x30;
  return value;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export class FastOrderReader implements AttributeCodes {
  private readonly scanner: CsvScanner;
  private readonly width: number;
  private readonly orderId: number;
  private readonly customerId: number;
  private readonly customerIdFallback: number;
  private readonly date: number;
  private readonly amount: number;
  private readonly quantity: number;
  private readonly unitPrice: number;
  private readonly refundedAmount: number;
  private readonly status: number;
  private readonly cost: number;
  private readonly cancelledAt: number;
  private readonly names: Record<'orderId' | 'customerId' | 'date' | 'amount' | 'quantity' | 'unitPrice' | 'refundedAmount' | 'cost', string | null>;
  private readonly amountDecimal: ReturnType<OrderReadings['decimal']>;
  private readonly unitPriceDecimal: ReturnType<OrderReadings['decimal']>;
  private readonly refundDecimal: ReturnType<OrderReadings['decimal']>;
  private readonly costDecimal: ReturnType<OrderReadings['decimal']>;
  private readonly attributeIndex: number[];
  private readonly attributeValues: InternTable[];
  /** Per attribute column: local value id → the builder's code, -1 until the builder has it. */
  private readonly attributeCodes: GrowableInt32[];
  private readonly rowAttribute: Int32Array;
  /** The builder's code for a new order id, from its bytes. */
  private readonly newOrderCode: (bytes: Uint8Array, start: number, end: number) => number;
  private readonly orders = new InternTable(1 << 16, 'denseNumbers');
  private readonly customers = new InternTable(1 << 16, 'denseNumbers');
  private readonly customerCode = new GrowableInt32();
  private readonly orderCustomer = new GrowableInt32();
  private readonly orderDay = new GrowableInt32();
  private readonly orderFlags = new GrowableInt32();
  private readonly orderCode = new GrowableInt32();
  private readonly rejectedOrders = new Map<number, RejectReason>();
  /** yyyymmdd → readDate's day (or null) for plain ISO dates. */
  private readonly dayByDate = new Map<number, number | null>();
  private readonly statuses = new InternTable(16, 'fewKeys');
  private readonly statusNotAPurchase = new GrowableInt32();
  private readonly guests: ReadonlySet<string>;
  private readonly longestGuest: number;
  private scratch = new Uint8Array(256);
  private readonly bounds: Bounds = { start: 0, end: 0 };
  private readonly result: FastReadResult = { rowsRead: 0, datesRead: 0, datesUnreadable: 0, unreadableCosts: 0 };

  constructor(
    private readonly input: FastInput,
    private readonly rules: OrderRules,
    private readonly readings: OrderReadings,
    private readonly builder: OrderTableBuilder,
    private readonly rejects: RejectCollector,
  ) {
    this.newOrderCode = (bytes, start, end) => builder.newOrderCodeFromBytes(bytes, start, end);
    this.scanner = new CsvScanner(input.bytes, input.from, input.delimiter.charCodeAt(0), input.newline);
    const header = input.header;
    this.width = header.length;
    const at = (name: string | null | undefined): number => (name ? header.indexOf(name) : NO_COLUMN);
    const m = rules.mapping;
    this.orderId = m.orderId ? at(m.orderId) : NO_COLUMN;
    this.customerId = at(m.customerId);
    this.customerIdFallback = at(m.customerIdFallback);
    this.date = at(m.date);
    this.amount = at(m.amount);
    this.quantity = at(m.quantity);
    this.unitPrice = at(m.unitPrice);
    this.refundedAmount = at(m.refundedAmount);
    this.status = at(m.status);
    this.cost = at(m.cost);
    this.cancelledAt = at(m.cancelledAt);
    this.names = { orderId: m.orderId, customerId: m.customerId, date: m.date, amount: m.amount, quantity: m.quantity, unitPrice: m.unitPrice, refundedAmount: m.refundedAmount, cost: m.cost };
    this.amountDecimal = readings.decimal(m.amount ?? '');
    this.unitPriceDecimal = readings.decimal(m.unitPrice ?? '');
    this.refundDecimal = readings.decimal(m.refundedAmount ?? '');
    this.costDecimal = readings.decimal(m.cost ?? '');
    const attributeNames = [...new Set(m.attributes)];
    this.attributeIndex = attributeNames.map((name) => header.indexOf(name));
    this.attributeValues = attributeNames.map(() => new InternTable(16, 'fewKeys'));
    this.attributeCodes = attributeNames.map(() => new GrowableInt32());
    this.rowAttribute = new Int32Array(attributeNames.length);
    this.guests = new Set(rules.guestCustomerValues);
    this.longestGuest = Math.max(0, ...rules.guestCustomerValues.map((value) => encoder.encode(value).length));
  }

  /** Reads every row; 'unsure' when the scanner met something only the reference path reads right. */
  async read(control: ReadControl): Promise<FastReadResult | 'unsure' | 'cancelled'> {
    const scanner = this.scanner;
    const total = this.input.bytes.length;
    const from = control.progressFrom ?? 0;
    const to = control.progressTo ?? 1;
    let lastYield = Date.now();
    let sinceCheck = 0;
    // Progress in steps of at most 2% of the bytes (checked every ROWS_PER_CHECK rows).
    const step = Math.max(1, (total - this.input.from) / 50);
    let reported = this.input.from;
    while (scanner.next()) {
      if (scanner.line > this.input.headerLine && !this.rowIsBlank()) {
        this.result.rowsRead++;
        this.readRow(scanner.line);
      }
      if (++sinceCheck === ROWS_PER_CHECK) {
        sinceCheck = 0;
        if (control.signal?.aborted) return 'cancelled';
        if (scanner.position - reported >= step) {
          reported = scanner.position;
          control.onProgress?.(from + ((to - from) * (reported - this.input.from)) / Math.max(1, total - this.input.from));
        }
        if (control.signal && Date.now() - lastYield >= YIELD_EVERY_MS) {
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
          lastYield = Date.now();
        }
      }
    }
    if (scanner.unsure) return 'unsure';
    if (control.signal?.aborted) return 'cancelled';
    return this.result;
  }

  /** Line breaks read so far: the next part of the file starts on line lineBreaks + 1. */
  get lineBreaks(): number {
    return this.scanner.nextRowLine - 1;
  }

  /** The normalised order ids read (rejected orders included), for sharesAnOrderWith() on another part. */
  orderKeys(): InternKeys {
    return this.orders.keys();
  }

  /** Whether any of these order ids (another part's orderKeys()) is also in this part. */
  sharesAnOrderWith(keys: InternKeys): boolean {
    const { arena, bounds } = keys;
    for (let i = 0; i < bounds.length; i += 2) if (this.orders.find(arena, bounds[i]!, bounds[i + 1]!) >= 0) return true;
    return false;
  }

  /** The customer ids read (normalised) and, for each, its code in this part's table (-1: in rejected rows only). */
  customerKeys(): CustomerKeys {
    return { keys: this.customers.keys(), codes: this.customerCode.data.slice(0, this.customers.size) };
  }

  /** For each customer code of another part's table (its customerKeys()): this part's code for that customer, or -1. */
  knownCustomerCodes(other: CustomerKeys): Int32Array {
    const { keys, codes } = other;
    let coded = 0;
    for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) coded++;
    const known = new Int32Array(coded).fill(-1);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code < 0) continue;
      const id = this.customers.find(keys.arena, keys.bounds[i * 2]!, keys.bounds[i * 2 + 1]!);
      if (id >= 0) known[code] = this.customerCode.data[id]!;
    }
    return known;
  }

  // ---- cells -------------------------------------------------------------------------------

  /** The cell's text as OrderRowReader sees it: `(cells[i] ?? '').trim()`. */
  private text(column: number): string {
    return column >= 0 && column < this.scanner.count ? this.scanner.text(column).trim() : '';
  }

  /** Trimmed bounds of the cell in this.bounds, or false when only its string can say (escapes, non-ASCII edges). */
  private trimmed(column: number): boolean {
    const scanner = this.scanner;
    if (column < 0 || column >= scanner.count) {
      this.bounds.start = 0;
      this.bounds.end = 0;
      return true;
    }
    if (scanner.flags[column] === ESCAPED) return false;
    const bytes = scanner.bytes;
    let start = scanner.start[column]!;
    let end = scanner.end[column]!;
    while (start < end && isAsciiSpace(bytes[start]!)) start++;
    while (end > start && isAsciiSpace(bytes[end - 1]!)) end--;
    if (start < end && (bytes[start]! >= 0x80 || bytes[end - 1]! >= 0x80)) return false;
    this.bounds.start = start;
    this.bounds.end = end;
    return true;
  }

  private isEmpty(column: number): boolean {
    return this.trimmed(column) ? this.bounds.start === this.bounds.end : this.text(column) === '';
  }

  private rowIsBlank(): boolean {
    const count = this.scanner.count;
    for (let i = 0; i < count; i++) {
      if (this.trimmed(i) ? this.bounds.end > this.bounds.start : this.scanner.text(i).trim() !== '') return false;
    }
    return true;
  }

  private isRagged(): boolean {
    const count = this.scanner.count;
    if (count < this.width) return true;
    for (let i = this.width; i < count; i++) if (!this.isEmpty(i)) return true;
    return false;
  }

  /**
   * Interns the normalised id of a non-blank cell (normalizeId): straight from the bytes when
   * they are plain ASCII that normalizeId leaves alone (or only lower-cases), else from its string.
   */
  private internId(table: InternTable, column: number, stripLeadingZeros: boolean): number {
    if (this.trimmed(column)) {
      const bytes = this.scanner.bytes;
      const { start, end } = this.bounds;
      let plain = true;
      let at = false;
      let upper = false;
      let digitsDotZeros = true;
      let dot = -1;
      // hashBytes() computed on the way (the key is these bytes unless they need lower-casing).
      let hash = FNV_OFFSET;
      for (let i = start; i < end; i++) {
        const byte = bytes[i]!;
        if (byte >= 0x80) {
          plain = false;
          break;
        }
        hash = Math.imul(hash ^ byte, FNV_PRIME);
        if (byte === 0x40) at = true;
        else if (byte >= 0x41 && byte <= 0x5a) upper = true;
        if (byte === 0x2e && dot < 0) dot = i;
        else if (!(byte >= 0x30 && byte <= 0x39) || (dot >= 0 && byte !== 0x30)) digitsDotZeros = false;
      }
      // `17850.0` → `17850` and leading zeros are normalizeId's; leave them to it.
      if (plain && !(digitsDotZeros && dot > start && dot < end - 1) && !(stripLeadingZeros && bytes[start] === 0x30)) {
        if (!(at && upper)) return table.intern(bytes, start, end, hash ^ (hash >>> 15));
        const length = end - start;
        if (this.scratch.length < length) this.scratch = new Uint8Array(length * 2);
        const scratch = this.scratch;
        for (let i = 0; i < length; i++) {
          const byte = bytes[start + i]!;
          scratch[i] = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
        }
        return table.intern(scratch, 0, length);
      }
    }
    const key = encoder.encode(normalizeId(this.text(column), stripLeadingZeros));
    return table.intern(key, 0, key.length);
  }

  /** `Number(text)` for a trimmed plain number (`-?\d{1,15}(\.\d{1,15})?` with ≤ 15 digits in all), else NaN. */
  private plainNumber(): number {
    const bytes = this.scanner.bytes;
    let { start } = this.bounds;
    const end = this.bounds.end;
    const negative = bytes[start] === 0x2d;
    if (negative) start++;
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      if (byte >= 0x30 && byte <= 0x39) {
        mantissa = mantissa * 10 + (byte - 0x30);
        digits++;
      } else if (byte === 0x2e && fraction < 0 && i > start && i < end - 1) fraction = i;
      else return Number.NaN;
    }
    if (digits === 0 || digits > 15) return Number.NaN;
    const value = fraction < 0 ? mantissa : mantissa / POWERS_OF_TEN[end - fraction - 1]!;
    return negative ? -value : value;
  }

  /** readMoney(cell, decimal), from the bytes when the cell is a plain number. */
  private money(column: number, decimal: '.' | ','): number | null {
    if (this.trimmed(column)) {
      const value = this.plainNumber();
      if (!Number.isNaN(value) && (decimal === '.' || !this.hasDot())) return value;
    }
    return readMoney(this.text(column), decimal);
  }

  private hasDot(): boolean {
    const bytes = this.scanner.bytes;
    for (let i = this.bounds.start; i < this.bounds.end; i++) if (bytes[i] === 0x2e) return true;
    return false;
  }

  /**
   * readDate(cell). For the common `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]]` (no zone) the day depends on
   * the date part alone, so readDate runs once per distinct date and its answer is remembered.
   */
  private day(column: number): number | null {
    if (this.trimmed(column)) {
      const key = this.plainIsoKey();
      if (key >= 0) {
        let day = this.dayByDate.get(key);
        if (day === undefined) {
          day = readDate(this.text(column), this.readings.date);
          this.dayByDate.set(key, day);
        }
        return day;
      }
    }
    return readDate(this.text(column), this.readings.date);
  }

  /** yyyymmdd of a trimmed cell shaped like dates.ts's plain ISO date (zone-less), else -1. */
  private plainIsoKey(): number {
    const bytes = this.scanner.bytes;
    const { start, end } = this.bounds;
    const length = end - start;
    if (length !== 10 && length !== 16 && length < 19) return -1;
    if (bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d) return -1;
    if (!allDigits(bytes, start, 4) || !allDigits(bytes, start + 5, 2) || !allDigits(bytes, start + 8, 2)) return -1;
    if (length > 10) {
      const separator = bytes[start + 10];
      if (separator !== 0x20 && separator !== 0x54) return -1;
      if (bytes[start + 13] !== 0x3a || !allDigits(bytes, start + 11, 2) || !allDigits(bytes, start + 14, 2)) return -1;
      if (number(bytes, start + 11, 2) > 23 || number(bytes, start + 14, 2) > 59) return -1;
      if (length > 16) {
        if (bytes[start + 16] !== 0x3a || !allDigits(bytes, start + 17, 2) || number(bytes, start + 17, 2) > 59) return -1;
        if (length > 19 && (length === 20 || bytes[start + 19] !== 0x2e || !allDigits(bytes, start + 20, length - 20))) return -1;
      }
    }
    return number(bytes, start, 4) * 10000 + number(bytes, start + 5, 2) * 100 + number(bytes, start + 8, 2);
  }

  private notAPurchaseStatus(): boolean {
    const column = this.status;
    if (this.trimmed(column)) {
      const id = this.statuses.intern(this.scanner.bytes, this.bounds.start, this.bounds.end);
      if (this.statuses.isNew) this.statusNotAPurchase.push(id, statusClass(this.statuses.text(id)) === 'not-a-purchase' ? 1 : 0);
      return this.statusNotAPurchase.data[id] === 1;
    }
    return statusClass(this.text(column)) === 'not-a-purchase';
  }

  // ---- AttributeCodes, for builder.addCoded --------------------------------------------------

  isBlank(column: number): boolean {
    return this.rowAttribute[column] === -1;
  }

  code(column: number): number {
    const local = this.rowAttribute[column]!;
    const codes = this.attributeCodes[column]!;
    let code = codes.data[local]!;
    if (code < 0) {
      code = this.builder.newAttributeCode(column, this.attributeValues[column]!.text(local));
      codes.data[local] = code;
    }
    return code;
  }

  private readAttributes(): void {
    for (let a = 0; a < this.attributeIndex.length; a++) {
      const column = this.attributeIndex[a]!;
      const values = this.attributeValues[a]!;
      let local: number;
      if (this.trimmed(column)) {
        if (this.bounds.start === this.bounds.end) {
          this.rowAttribute[a] = -1;
          continue;
        }
        local = values.intern(this.scanner.bytes, this.bounds.start, this.bounds.end);
      } else {
        const text = this.text(column);
        if (text === '') {
          this.rowAttribute[a] = -1;
          continue;
        }
        const key = encoder.encode(text);
        local = values.intern(key, 0, key.length);
      }
      if (values.isNew) this.attributeCodes[a]!.push(local, -1);
      this.rowAttribute[a] = local;
    }
  }

  // ---- one row, as OrderRowReader.read -------------------------------------------------------

  private reject(line: number, name: string | null, value: string, reason: RejectReason, order: number | null): void {
    this.rejects.add(line, name, value, reason);
    if (order !== null && !this.rejectedOrders.has(order)) this.rejectedOrders.set(order, reason);
  }

  /** The customer's local id, or -1 (OrderRowReader.customerOf). */
  private customerOf(): number {
    const { customerId, customerIdFallback } = this;
    if (!this.isEmpty(customerId) && !this.isGuest(customerId)) return this.internCustomer(customerId);
    if (customerIdFallback !== NO_COLUMN && !this.isEmpty(customerIdFallback)) return this.internCustomer(customerIdFallback);
    return -1;
  }

  private internCustomer(column: number): number {
    const customer = this.internId(this.customers, column, this.rules.stripLeadingZeros);
    if (this.customers.isNew) this.customerCode.push(customer, -1);
    return customer;
  }

  private isGuest(column: number): boolean {
    if (this.guests.size === 0) return false;
    if (this.trimmed(column) && this.bounds.end - this.bounds.start > this.longestGuest) return false;
    return this.guests.has(this.text(column));
  }

  /** OrderRowReader.amountOf: the row's amount before refunds and status; null after rejecting the row. */
  private amountOf(line: number, continuation: boolean, amountTaken: boolean, order: number | null): number | null {
    const { amount, quantity, unitPrice, names } = this;
    if (names.amount && this.rules.amountScope === 'order' && amountTaken) return 0;
    if (names.amount && !this.isEmpty(amount)) {
      const value = this.money(amount, this.amountDecimal);
      if (value === null) this.reject(line, names.amount, this.text(amount), 'unreadable-amount', continuation ? null : order);
      return value;
    }
    if (names.amount && continuation) return 0;
    if (names.quantity && names.unitPrice) {
      const count = readNumber(this.text(quantity));
      const price = this.money(unitPrice, this.unitPriceDecimal);
      if (count === null) this.reject(line, names.quantity, this.text(quantity), 'unreadable-amount', continuation ? null : order);
      else if (price === null) this.reject(line, names.unitPrice, this.text(unitPrice), 'unreadable-amount', continuation ? null : order);
      else return count * price;
      return null;
    }
    this.reject(line, names.amount, '', 'unreadable-amount', continuation ? null : order);
    return null;
  }

  /** The order id as OrderRowReader keys it: normalised, or `file:line` when the file has no order id column. */
  private orderIdText(order: number | null, line: number): string {
    return order === null ? `${this.input.fileName}:${line}` : this.orders.text(order);
  }

  private readRow(line: number): void {
    const names = this.names;
    if (this.isRagged()) {
      const cells: string[] = [];
      for (let i = 0; i < this.scanner.count; i++) cells.push(this.scanner.text(i));
      this.rejects.add(line, null, cells.join(' | ').slice(0, 300), 'ragged-row');
      return;
    }
    let order: number | null = null;
    let continuation = false;
    if (names.orderId) {
      if (this.isEmpty(this.orderId)) return this.rejects.add(line, names.orderId, '', 'missing-order-id');
      const known = this.internId(this.orders, this.orderId, false);
      if (!this.orders.isNew) {
        const rejected = this.rejectedOrders.get(known);
        if (rejected) return this.rejects.add(line, names.orderId, this.text(this.orderId), rejected);
        order = known;
        continuation = true;
      } else {
        order = known;
        this.orderCustomer.push(order, -1);
        this.orderDay.push(order, 0);
        this.orderFlags.push(order, 0);
        this.orderCode.push(order, -1);
      }
    }
    let customer = this.customerOf();
    if (customer < 0 && continuation) customer = this.orderCustomer.data[order!]!;
    if (customer < 0) return this.reject(line, names.customerId, this.text(this.customerId), 'missing-customer-id', order);

    let day: number | null;
    if (continuation && this.isEmpty(this.date)) day = this.orderDay.data[order!]!;
    else {
      day = this.day(this.date);
      if (day === null) {
        this.result.datesUnreadable++;
        return this.reject(line, names.date, this.text(this.date), 'unreadable-date', continuation ? null : order);
      }
      this.result.datesRead++;
    }

    const flags = order === null ? 0 : this.orderFlags.data[order]!;
    let notAPurchase = continuation && this.isEmpty(this.status) ? (flags & NOT_A_PURCHASE) !== 0 : this.notAPurchaseStatus();
    if (!this.isEmpty(this.cancelledAt)) notAPurchase = true;

    const gross = this.amountOf(line, continuation, (flags & AMOUNT_TAKEN) !== 0, order);
    if (gross === null) return;
    let refunded = 0;
    if (names.refundedAmount && !this.isEmpty(this.refundedAmount) && !(this.rules.amountScope === 'order' && (flags & AMOUNT_TAKEN) !== 0)) {
      const value = this.money(this.refundedAmount, this.refundDecimal);
      if (value === null) return this.reject(line, names.refundedAmount, this.text(this.refundedAmount), 'unreadable-amount', continuation ? null : order);
      refunded = Math.abs(value);
    }
    let cost = Number.NaN;
    if (names.cost && !this.isEmpty(this.cost)) {
      const value = this.money(this.cost, this.costDecimal);
      if (value === null) this.result.unreadableCosts++;
      else cost = value;
    }

    const prefix = this.rules.cancellationPrefix;
    const cancellation = prefix !== null && this.orderIdText(order, line).startsWith(prefix);
    const outcome = purchaseOutcome(gross, refunded, notAPurchase, cancellation);

    const amountCellFilled = names.amount !== null && !this.isEmpty(this.amount);
    if (order !== null && !continuation) {
      this.orderCustomer.data[order] = customer;
      this.orderDay.data[order] = day;
      this.orderFlags.data[order] = (notAPurchase ? NOT_A_PURCHASE : 0) | (amountCellFilled ? AMOUNT_TAKEN : 0);
    } else if (order !== null && amountCellFilled) {
      this.orderFlags.data[order] = flags | AMOUNT_TAKEN;
    }
    this.readAttributes();
    let customerCode = this.customerCode.data[customer]!;
    if (customerCode < 0) {
      customerCode = this.builder.newCustomerCode(this.customers.text(customer));
      this.customerCode.data[customer] = customerCode;
    }
    let code: number;
    if (order === null) code = this.builder.newOrderCode(this.orderIdText(order, line));
    else {
      code = this.orderCode.data[order]!;
      if (code < 0) {
        code = this.orders.withKey(order, this.newOrderCode);
        this.orderCode.data[order] = code;
      }
    }
    this.builder.addCoded(code, customerCode, day, outcome.amount, outcome.isPurchase ? cost : Number.NaN, outcome.isPurchase, this);
  }

}

/** What the fast path needs from a prepared file, or null when the file is not UTF-8 delimited text. */
export function fastOrdersInput(file: PreparedFile): FastInput | null {
  const source = file.source;
  if (source.type !== 'text' || source.layout.type !== 'delimited' || source.input.encoding !== 'utf-8') return null;
  const bytes = source.input.bytes;
  let from = source.input.bomLength;
  // textRows.ts drops one U+FEFF at the start of the decoded text.
  if (bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf) from += 3;
  return { bytes, from, delimiter: source.layout.delimiter, newline: source.layout.newline, header: file.header, headerLine: file.headerLine, fileName: file.fileName };
}
