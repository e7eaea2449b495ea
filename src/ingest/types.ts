/**
 * The contract between ingest (worker side) and the rest of the app.
 * Errors the user can cause are values, never exceptions (STYLE.md convention 6).
 */
import type { OrderTable } from '../metrics/table';
import type { EventTable, SpendTable, SurveyTable } from '../metrics/sideTables';

export type FileKind = 'orders' | 'surveys' | 'spend' | 'events';

/** The roles a column can play in an orders file. */
export type OrderRole =
  | 'orderId'
  | 'customerId'
  | 'date'
  | 'amount'
  | 'quantity'
  | 'unitPrice'
  | 'refundedAmount'
  | 'status'
  | 'cost'
  | 'currency'
  | 'attribute';

/** Column mapping: role → header name (attribute columns are listed by name). */
export interface OrderMapping {
  orderId: string | null;
  customerId: string | null;
  date: string | null;
  amount: string | null;
  quantity: string | null;
  unitPrice: string | null;
  refundedAmount: string | null;
  status: string | null;
  cost: string | null;
  attributes: string[];
}

export type PresetName = 'shopify' | 'woocommerce' | 'stripe' | 'online-retail' | 'cdnow' | 'generic';

/** One row that was not used, with where and why. Line numbers are 1-based file lines (header = 1). */
export interface Reject {
  line: number;
  column: string | null;
  value: string;
  reason: RejectReason;
}

export type RejectReason =
  | 'missing-customer-id'
  | 'unreadable-date'
  | 'unreadable-amount'
  | 'missing-order-id'
  | 'ragged-row'
  | 'duplicate-order'
  | 'unreadable-score'
  | 'other';

export interface RejectReport {
  /** Rows not used at all. */
  total: number;
  byReason: Partial<Record<RejectReason, number>>;
  /** The first rejected rows in file order (capped; `total` is exact). */
  rows: Reject[];
}

export interface IngestFailure {
  ok: false;
  fileName: string;
  /** A sentence for the user: what is wrong with the file and what was expected. */
  message: string;
}

export interface OrdersIngest {
  ok: true;
  kind: 'orders';
  fileName: string;
  preset: PresetName;
  mapping: OrderMapping;
  table: OrderTable;
  rejects: RejectReport;
  /** Data rows read from the file (header excluded). */
  rowsRead: number;
  /** Notes on decisions taken, e.g. "dates read as dd/mm/yyyy". */
  notes: string[];
}

export interface SurveysIngest {
  ok: true;
  kind: 'surveys';
  fileName: string;
  table: SurveyTable;
  rejects: RejectReport;
  rowsRead: number;
  notes: string[];
}

export interface SpendIngest {
  ok: true;
  kind: 'spend';
  fileName: string;
  table: SpendTable;
  rejects: RejectReport;
  rowsRead: number;
  notes: string[];
}

export interface EventsIngest {
  ok: true;
  kind: 'events';
  fileName: string;
  table: EventTable;
  rejects: RejectReport;
  rowsRead: number;
  notes: string[];
}

export type IngestResult = OrdersIngest | SurveysIngest | SpendIngest | EventsIngest | IngestFailure;

export interface IngestOptions {
  fileName: string;
  /** Force a kind instead of classifying from the columns. */
  kind?: FileKind;
  /** Force a preset or a mapping instead of detecting them. */
  preset?: PresetName;
  mapping?: Partial<OrderMapping>;
  /** Date order when the data cannot decide it. */
  dateOrder?: 'dmy' | 'mdy';
  onProgress?: (fraction: number) => void;
}
