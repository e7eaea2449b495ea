/**
 * The contract between ingest (worker side) and the rest of the app.
 * Errors the user can cause are values, never exceptions (STYLE.md convention 6).
 */
import type { OrderTable } from '../metrics/table';
import type { EventTable, SpendTable, SurveyTable } from '../metrics/sideTables';
import type { OrderHalves } from './fast/orderHalves';

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
  /**
   * Optional second customer column, used where `customerId` is blank (or `0`, WooCommerce's guest):
   * e.g. Stripe's `Customer Email` beside `Customer ID`. Additive: absent means none.
   */
  customerIdFallback?: string | null;
  /** Optional column whose non-blank value marks the order cancelled (Shopify's `Cancelled at`). */
  cancelledAt?: string | null;
}

/** Column mapping of a surveys, spend or events file (one flat shape; each kind uses its own roles). */
export interface SideMapping {
  customerId: string | null;
  date: string | null;
  /** Surveys: the score column. */
  score: string | null;
  /** Surveys: a column naming the survey (nps/csat/ces); null → from the score column's name or range. */
  surveyKind: string | null;
  comment: string | null;
  /** Spend: the channel column. */
  channel: string | null;
  /** Spend: the money column. */
  amount: string | null;
  /** Events: the stage or event name. */
  stage: string | null;
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
  /** Column mapping for a surveys/spend/events file (overrides the detected one). */
  sideMapping?: Partial<SideMapping>;
  /** Sheet of a workbook (.xlsx); default the first sheet with data. */
  sheet?: string;
  /** Cancels parsing: the result is an IngestFailure with message 'Cancelled'. */
  signal?: AbortSignal;
  /** Reads the second half of a large orders file in another worker (fast/orderHalves.ts); without it files are read in one pass. */
  orderHalves?: OrderHalves;
}

/** Text encodings the decoder recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1256';

/** How dd/mm vs mm/dd was settled: from the data, from options.dateOrder, or not at all (the UI must ask). */
export type DateOrderDecision = 'dmy' | 'mdy' | 'ambiguous';

/** What the mapping screen shows before the user commits to a parse (inspectBytes). */
export interface FileInspection {
  ok: true;
  fileName: string;
  kind: FileKind;
  /** Why this kind, in a sentence (e.g. "a column 'score' looks like survey answers"). */
  kindReason: string;
  /** Orders files: the preset recognised from the header (null for other kinds). */
  preset: PresetName | null;
  presetReason: string | null;
  /** Column names (synthetic `Column 1…` names when the file has no header row). */
  header: string[];
  hasHeader: boolean;
  /** Orders files: the detected mapping (with options.mapping applied); null for other kinds. */
  mapping: OrderMapping | null;
  /** Surveys, spend and events files: the detected mapping; null for orders. */
  sideMapping: SideMapping | null;
  /** The first 10 data rows, cells as written. */
  sampleRows: string[][];
  /** Workbooks: every sheet name, and the one read. Empty / null for text files. */
  sheetNames: string[];
  sheet: string | null;
  /** Text files: the encoding and delimiter found ('whitespace' for space-aligned columns); null for workbooks. */
  encoding: TextEncodingName | null;
  delimiter: ',' | ';' | '\t' | '|' | 'whitespace' | null;
  compression: 'gzip' | null;
  /** The date column and how its day/month order was decided (null when no value uses dd/mm or mm/dd). */
  dateColumn: string | null;
  dateOrder: DateOrderDecision | null;
  /** Formats seen in the date column, e.g. ['iso', 'day-month-year']. */
  dateFormats: string[];
  notes: string[];
}

