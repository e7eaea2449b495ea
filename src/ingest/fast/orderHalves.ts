/**
 * A large orders file read in two halves at once: this thread reads the first half with the fast
 * path while another worker (`ReadOrderChunk`, supplied by the environment: a Web Worker in the
 * browser, a worker thread in Node) reads the second; the second half's table is then appended to
 * the first's. The result is exactly the one-pass result (test/unit/ingest/orderHalves.test.ts),
 * or nothing, and the caller reads the file in one pass, when that cannot be guaranteed:
 * - the split point is only a guess at a row start (a quoted field may hold a line break): the
 *   first half's reader ends cleanly at the split exactly when it is one, else it says 'unsure';
 * - the rows of one order must be read in order (line items, continuation rows): the halves must
 *   share no order id, checked after reading; the split is placed where the order id changes, so
 *   one order's line items stay in one half;
 * - the other worker failed or is missing.
 * Files without an order id column are read in one pass (their order ids are line numbers).
 */
import { OrderTableBuilder, type OrderTable } from '../../metrics/table';
import type { OrderRules } from '../presets';
import { RejectCollector } from '../rejects';
import type { ReadControl } from '../textRows';
import type { RejectReport } from '../types';
import type { DateReading } from '../values/dates';
import type { DecimalSeparator } from '../values/money';
import { CsvScanner } from './csvScanner';
import { FastOrderReader, type CustomerKeys, type FastInput, type FastReadResult } from './fastOrders';
import type { InternKeys } from './internTable';

/**
 * Smaller files are read in one pass: the second worker's start (its code is compiled on first use)
 * and the merge cost about what the halves save. "Load all" → drawn in Chromium, 3 runs each, with
 * and without halves: 10 MB 889–892 against 771–822 ms (slower), 20 MB 1,084–1,324 against
 * 964–1,299 ms (no difference), 104 MB 3.10–3.37 against 3.69–3.80 s.
 */
export const TWO_HALVES_FROM_BYTES = 32 << 20;
/** How far past the middle the split may move to keep one order's rows together. */
const SPLIT_SEARCH_ROWS = 10_000;

/** What the other worker needs to read the second half (structured-cloneable; `bytes` can be transferred). */
export interface OrderChunkRequest {
  bytes: Uint8Array;
  delimiter: FastInput['delimiter'];
  newline: FastInput['newline'];
  header: readonly string[];
  fileName: string;
  rules: OrderRules;
  dateReading: DateReading;
  decimals: [string, DecimalSeparator][];
}

export type OrderChunkResult =
  | { outcome: 'unsure' }
  | {
      outcome: 'ok';
      counts: FastReadResult;
      /** Line breaks in the half: its line n is line n + (the first half's breaks) of the file. */
      lineBreaks: number;
      table: OrderTable;
      /** Lines counted from the half's start. */
      rejects: RejectReport;
      orderKeys: InternKeys;
      customerKeys: CustomerKeys;
    };

/** Reads a second half elsewhere; rejects when that worker fails; stops when `signal` aborts. */
export type ReadOrderChunk = (request: OrderChunkRequest, signal?: AbortSignal) => Promise<OrderChunkResult>;

export interface OrderHalves {
  readChunk: ReadOrderChunk;
  /** Files from this size on are read in halves (default TWO_HALVES_FROM_BYTES; tests use small files). */
  fromBytes?: number;
}

/** The typed arrays of a chunk result, for postMessage's transfer list. */
export function chunkResultTransfer(result: OrderChunkResult): ArrayBuffer[] {
  if (result.outcome !== 'ok') return [];
  const t = result.table;
  const { orderKeys, customerKeys } = result;
  const arrays = [t.orderIds.bytes, t.orderIds.ends, t.orderKey, t.customer, t.day, t.amount, t.isPurchase, ...(t.cost ? [t.cost] : []), ...t.attributes.map((a) => a.codes), orderKeys.arena, orderKeys.bounds, customerKeys.keys.arena, customerKeys.keys.bounds, customerKeys.codes];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** The value readings of an orders file: its date reading, and the decimal separator per money column ('.' unless found otherwise). */
export function orderReadings(dateReading: DateReading, decimals: Iterable<readonly [string, DecimalSeparator]>) {
  const byName = new Map(decimals);
  return { date: dateReading, decimal: (name: string) => byName.get(name) ?? '.' };
}

/** Reads one half on its own (in the other worker): its rows, its rejects and its order ids. */
export async function readOrderChunk(request: OrderChunkRequest): Promise<OrderChunkResult> {
  const { bytes, delimiter, newline, header, fileName, rules } = request;
  const builder = new OrderTableBuilder(rules.mapping.attributes);
  const rejects = new RejectCollector();
  const input: FastInput = { bytes, from: 0, delimiter, newline, header, headerLine: 0, fileName };
  const reader = new FastOrderReader(input, rules, orderReadings(request.dateReading, request.decimals), builder, rejects);
  const counts = await reader.read({});
  if (typeof counts === 'string') return { outcome: 'unsure' };
  return { outcome: 'ok', counts, lineBreaks: reader.lineBreaks, table: builder.finish(), rejects: rejects.report(), orderKeys: reader.orderKeys(), customerKeys: reader.customerKeys() };
}

function sameBytes(bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (bytes[aStart + i] !== bytes[bStart + i]) return false;
  return true;
}

/**
 * Where the second half starts: the first row start after the middle of the file whose order id
 * (as written) differs from the row's before it; null when there is none near the middle.
 */
export function splitPoint(input: FastInput, orderIdColumn: number): number | null {
  const { bytes, from, newline } = input;
  const lineEnd = newline === '\r' ? 0x0d : 0x0a;
  const newlineAt = bytes.indexOf(lineEnd, from + Math.floor((bytes.length - from) / 2));
  if (newlineAt < 0) return null;
  const scanner = new CsvScanner(bytes, newlineAt + 1, input.delimiter.charCodeAt(0), newline);
  let previousStart = -1;
  let previousEnd = -1;
  for (let row = 0; row < SPLIT_SEARCH_ROWS; row++) {
    const rowStart = scanner.position;
    if (!scanner.next() || scanner.count <= orderIdColumn) return null;
    const start = scanner.start[orderIdColumn]!;
    const end = scanner.end[orderIdColumn]!;
    if (previousStart >= 0 && !sameBytes(bytes, previousStart, previousEnd, start, end)) return rowStart;
    previousStart = start;
    previousEnd = end;
  }
  return null;
}

export interface HalvesRead {
  counts: FastReadResult;
  builder: OrderTableBuilder;
  rejects: RejectCollector;
}

function sum(a: FastReadResult, b: FastReadResult): FastReadResult {
  return { rowsRead: a.rowsRead + b.rowsRead, datesRead: a.datesRead + b.datesRead, datesUnreadable: a.datesUnreadable + b.datesUnreadable, unreadableCosts: a.unreadableCosts + b.unreadableCosts };
}

/**
 * The fast path in two halves; null when the file must be read in one pass instead (see the top
 * of this file), 'unsure' when only the reference path can read it.
 */
export async function readOrdersInHalves(
  input: FastInput,
  rules: OrderRules,
  dateReading: DateReading,
  decimals: [string, DecimalSeparator][],
  control: ReadControl,
  halves: OrderHalves,
): Promise<HalvesRead | 'unsure' | 'cancelled' | null> {
  const orderIdColumn = rules.mapping.orderId ? input.header.indexOf(rules.mapping.orderId) : -1;
  if (orderIdColumn < 0 || input.bytes.length - input.from < (halves.fromBytes ?? TWO_HALVES_FROM_BYTES)) return null;
  const split = splitPoint(input, orderIdColumn);
  if (split === null) return null;
  const request: OrderChunkRequest = { bytes: input.bytes.slice(split), delimiter: input.delimiter, newline: input.newline, header: input.header, fileName: input.fileName, rules, dateReading, decimals };
  // Stops the other worker when its half is no longer wanted (cancelled, or read in one pass instead).
  const done = new AbortController();
  const stop = (): void => done.abort();
  control.signal?.addEventListener('abort', stop);
  try {
    const second = (async () => halves.readChunk(request, done.signal))().catch(() => null);
    return await readFirstHalf(input, split, rules, dateReading, decimals, control, second);
  } finally {
    control.signal?.removeEventListener('abort', stop);
    done.abort();
  }
}

async function readFirstHalf(
  input: FastInput,
  split: number,
  rules: OrderRules,
  dateReading: DateReading,
  decimals: [string, DecimalSeparator][],
  control: ReadControl,
  second: Promise<OrderChunkResult | null>,
): Promise<HalvesRead | 'unsure' | 'cancelled' | null> {
  const builder = new OrderTableBuilder(rules.mapping.attributes);
  const rejects = new RejectCollector();
  const first = new FastOrderReader({ ...input, bytes: input.bytes.subarray(0, split) }, rules, orderReadings(dateReading, decimals), builder, rejects);
  const firstCounts = await first.read(control);
  if (firstCounts === 'cancelled') return 'cancelled';
  // 'unsure' here may only mean the split was inside a quoted field: the one-pass read will tell.
  if (firstCounts === 'unsure' || first.lineBreaks < input.headerLine) return null;
  const rest = await second;
  if (control.signal?.aborted) return 'cancelled';
  if (rest === null) return null;
  if (rest.outcome === 'unsure') return 'unsure';
  if (first.sharesAnOrderWith(rest.orderKeys)) return null;
  builder.appendTable(rest.table, first.knownCustomerCodes(rest.customerKeys));
  rejects.addReport(rest.rejects, first.lineBreaks);
  return { counts: sum(firstCounts, rest.counts), builder, rejects };
}
