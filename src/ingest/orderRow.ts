/**
 * One data row of an orders file → a row for the OrderTableBuilder, or a reject.
 *
 * Line items: rows sharing an order id are one order. Order-level cells (customer, date, status,
 * and the amount when the preset's amount is the order total) may be blank on the order's later
 * rows (Shopify writes them on the first row only): they are taken from the order's first row.
 * A rejected first row rejects the order's later rows with the same reason, so no order is half-counted.
 *
 * Purchases and refunds: see purchase.ts (Shopify's `Cancelled at` counts as a cancelled status).
 */
import type { OrderTableBuilder } from '../metrics/table';
import type { OrderRules } from './presets';
import type { RejectCollector } from './rejects';
import { isRagged } from './source';
import type { RejectReason } from './types';
import { readDate, type DateReading } from './values/dates';
import { normalizeId } from './values/identifiers';
import { readMoney, readNumber, type DecimalSeparator } from './values/money';
import { statusClass } from './values/status';
import { purchaseOutcome } from './purchase';

export interface OrderReadings {
  date: DateReading;
  /** Decimal separator per money column name. */
  decimal: (column: string) => DecimalSeparator;
}

const NOT_A_PURCHASE = 1;
const AMOUNT_TAKEN = 2;

interface ColumnIndex {
  name: string;
  index: number;
}

export class OrderRowReader {
  private readonly columns: Record<'orderId' | 'customerId' | 'customerIdFallback' | 'date' | 'amount' | 'quantity' | 'unitPrice' | 'refundedAmount' | 'status' | 'cost' | 'cancelledAt', ColumnIndex | null>;
  private readonly attributes: ColumnIndex[];
  private readonly orderIndex = new Map<string, number>();
  private readonly orderCustomer: (string | null)[] = [];
  private readonly orderDay: number[] = [];
  private readonly orderFlags: number[] = [];
  /** The builder's code for each order, -1 until its first row reaches the builder (saves the builder a lookup). */
  private readonly orderCode: number[] = [];
  private readonly rejectedOrders = new Map<number, RejectReason>();
  private readonly guests: ReadonlySet<string>;
  /** Cost cells that could not be read (the order is kept with an unknown cost). */
  unreadableCosts = 0;
  datesRead = 0;
  datesUnreadable = 0;

  constructor(
    private readonly header: readonly string[],
    private readonly rules: OrderRules,
    private readonly readings: OrderReadings,
    private readonly fileName: string,
    private readonly builder: OrderTableBuilder,
    private readonly rejects: RejectCollector,
  ) {
    const indexOf = (name: string | null | undefined): ColumnIndex | null => (name ? { name, index: header.indexOf(name) } : null);
    const m = rules.mapping;
    this.columns = {
      orderId: indexOf(m.orderId), customerId: indexOf(m.customerId), customerIdFallback: indexOf(m.customerIdFallback),
      date: indexOf(m.date), amount: indexOf(m.amount), quantity: indexOf(m.quantity), unitPrice: indexOf(m.unitPrice),
      refundedAmount: indexOf(m.refundedAmount), status: indexOf(m.status), cost: indexOf(m.cost), cancelledAt: indexOf(m.cancelledAt),
    };
    this.attributes = m.attributes.map((name) => ({ name, index: header.indexOf(name) }));
    this.guests = new Set(rules.guestCustomerValues);
  }

  private cell(cells: readonly string[], column: ColumnIndex | null): string {
    return column ? (cells[column.index] ?? '').trim() : '';
  }

  private money(cells: readonly string[], column: ColumnIndex): number | null {
    return readMoney(this.cell(cells, column), this.readings.decimal(column.name));
  }

  private customerOf(cells: readonly string[]): string | null {
    const primary = this.cell(cells, this.columns.customerId);
    if (primary !== '' && !this.guests.has(primary)) return normalizeId(primary, this.rules.stripLeadingZeros);
    const fallback = this.cell(cells, this.columns.customerIdFallback);
    return fallback !== '' ? normalizeId(fallback, this.rules.stripLeadingZeros) : null;
  }

  private reject(line: number, column: ColumnIndex | null, value: string, reason: RejectReason, order: number | null): void {
    this.rejects.add(line, column?.name ?? null, value, reason);
    if (order !== null && !this.rejectedOrders.has(order)) this.rejectedOrders.set(order, reason);
  }

  /** The row's amount before refunds and status; null after rejecting the row. */
  private amountOf(cells: readonly string[], line: number, continuation: boolean, amountTaken: boolean, order: number | null): number | null {
    const { amount, quantity, unitPrice } = this.columns;
    if (amount && this.rules.amountScope === 'order' && amountTaken) return 0;
    if (amount && this.cell(cells, amount) !== '') {
      const value = this.money(cells, amount);
      if (value === null) this.reject(line, amount, this.cell(cells, amount), 'unreadable-amount', continuation ? null : order);
      return value;
    }
    if (amount && continuation) return 0;
    if (quantity && unitPrice) {
      const count = readNumber(this.cell(cells, quantity));
      const price = this.money(cells, unitPrice);
      if (count === null) this.reject(line, quantity, this.cell(cells, quantity), 'unreadable-amount', continuation ? null : order);
      else if (price === null) this.reject(line, unitPrice, this.cell(cells, unitPrice), 'unreadable-amount', continuation ? null : order);
      else return count * price;
      return null;
    }
    this.reject(line, amount, '', 'unreadable-amount', continuation ? null : order);
    return null;
  }

  read(cells: readonly string[], line: number): void {
    if (isRagged(cells, this.header.length)) {
      this.rejects.add(line, null, cells.join(' | ').slice(0, 300), 'ragged-row');
      return;
    }
    let orderId: string;
    let order: number | null = null;
    let continuation = false;
    if (this.columns.orderId) {
      const raw = this.cell(cells, this.columns.orderId);
      if (raw === '') return this.rejects.add(line, this.columns.orderId.name, '', 'missing-order-id');
      orderId = normalizeId(raw);
      const known = this.orderIndex.get(orderId);
      if (known !== undefined) {
        const rejected = this.rejectedOrders.get(known);
        if (rejected) return this.rejects.add(line, this.columns.orderId.name, raw, rejected);
        order = known;
        continuation = true;
      } else {
        order = this.orderCustomer.length;
        this.orderIndex.set(orderId, order);
        this.orderCustomer.push(null);
        this.orderDay.push(0);
        this.orderFlags.push(0);
        this.orderCode.push(-1);
      }
    } else {
      orderId = `${this.fileName}:${line}`;
    }
    const customerId = this.customerOf(cells) ?? (continuation ? this.orderCustomer[order!]! : null);
    if (customerId === null) return this.reject(line, this.columns.customerId, this.cell(cells, this.columns.customerId), 'missing-customer-id', order);

    const dateText = this.cell(cells, this.columns.date);
    let day: number | null;
    if (dateText === '' && continuation) day = this.orderDay[order!]!;
    else {
      day = readDate(dateText, this.readings.date);
      if (day === null) {
        this.datesUnreadable++;
        return this.reject(line, this.columns.date, dateText, 'unreadable-date', continuation ? null : order);
      }
      this.datesRead++;
    }

    const flags = order === null ? 0 : this.orderFlags[order]!;
    const statusText = this.cell(cells, this.columns.status);
    let notAPurchase = statusText === '' && continuation ? (flags & NOT_A_PURCHASE) !== 0 : statusClass(statusText) === 'not-a-purchase';
    if (this.cell(cells, this.columns.cancelledAt) !== '') notAPurchase = true;

    const gross = this.amountOf(cells, line, continuation, (flags & AMOUNT_TAKEN) !== 0, order);
    if (gross === null) return;
    let refunded = 0;
    const refundColumn = this.columns.refundedAmount;
    if (refundColumn && this.cell(cells, refundColumn) !== '' && !(this.rules.amountScope === 'order' && (flags & AMOUNT_TAKEN) !== 0)) {
      const value = this.money(cells, refundColumn);
      if (value === null) return this.reject(line, refundColumn, this.cell(cells, refundColumn), 'unreadable-amount', continuation ? null : order);
      refunded = Math.abs(value);
    }
    const costText = this.cell(cells, this.columns.cost);
    let cost: number | undefined;
    if (this.columns.cost && costText !== '') {
      const value = this.money(cells, this.columns.cost);
      if (value === null) this.unreadableCosts++;
      else cost = value;
    }

    const cancellation = this.rules.cancellationPrefix !== null && orderId.startsWith(this.rules.cancellationPrefix);
    const { amount, isPurchase } = purchaseOutcome(gross, refunded, notAPurchase, cancellation);

    if (order !== null && !continuation) {
      this.orderCustomer[order] = customerId;
      this.orderDay[order] = day;
      const amountTaken = this.columns.amount !== null && this.cell(cells, this.columns.amount) !== '';
      this.orderFlags[order] = (notAPurchase ? NOT_A_PURCHASE : 0) | (amountTaken ? AMOUNT_TAKEN : 0);
    } else if (order !== null && this.columns.amount && this.cell(cells, this.columns.amount) !== '') {
      this.orderFlags[order] = flags | AMOUNT_TAKEN;
    }
    // No prototype: a column named __proto__ is a column like any other (and cannot touch Object.prototype).
    const attributes = Object.create(null) as Record<string, string>;
    for (const column of this.attributes) attributes[column.name] = (cells[column.index] ?? '').trim();
    const row = { orderId, customerId, day, amount, cost: isPurchase ? cost : undefined, isPurchase, attributes };
    if (order === null) return this.builder.add(row);
    let code = this.orderCode[order]!;
    if (code < 0) {
      code = this.builder.newOrderCode(orderId);
      this.orderCode[order] = code;
    }
    this.builder.add(row, code);
  }
}
