/**
 * Orders files → OrdersIngest: the mapping, the column-level value decisions (date order, numbers
 * as dates, decimal separators), then one pass over every row into the OrderTableBuilder.
 * Working memory: the builder's typed arrays plus one small record per order (for line items).
 */
import { OrderTableBuilder } from '../metrics/table';
import { cancelled, failure } from './failure';
import { checkOrderMapping, resolveOrderRules } from './orderMapping';
import { OrderRowReader } from './orderRow';
import type { PreparedFile } from './prepare';
import type { OrderRules } from './presets';
import { RejectCollector } from './rejects';
import { readRows } from './source';
import { FastOrderReader, fastOrdersInput } from './fast/fastOrders';
import { orderReadings, readOrdersInHalves } from './fast/orderHalves';
import type { IngestFailure, IngestOptions, OrdersIngest, RejectReason, RejectReport } from './types';
import { decideDateColumn, emptyDateProfile, observeDate, dataDateOrder, type DateColumnDecision, type DateColumnProfile } from './values/dateColumn';
import { decideDecimalSeparator, emptyMoneyProfile, observeMoney, type MoneyColumnProfile } from './values/moneyColumn';
import type { DecimalSeparator } from './values/money';

export type ParseOutcome<T> = T | IngestFailure | 'invalid-encoding';

interface ColumnProfiles {
  date: DateColumnProfile;
  money: Map<string, MoneyColumnProfile>;
  /** True when the whole file was read for these columns (the sample could not decide). */
  scannedWholeFile: boolean;
}

function moneyColumns(rules: OrderRules): string[] {
  const m = rules.mapping;
  return [m.amount, m.unitPrice, m.refundedAmount, m.cost].filter((name): name is string => typeof name === 'string');
}

function observeRow(profiles: ColumnProfiles, header: readonly string[], dateColumn: string, cells: readonly string[]): void {
  observeDate(profiles.date, cells[header.indexOf(dateColumn)] ?? '');
  for (const [name, profile] of profiles.money) observeMoney(profile, cells[header.indexOf(name)] ?? '');
}


/**
 * Profiles the date and money columns on the sample; when the sample leaves the day/month order
 * open and the file is longer, reads the whole file once more, just for those columns.
 */
export async function profileColumns(file: PreparedFile, dateColumn: string, money: readonly string[], options: IngestOptions, progressTo: number): Promise<ColumnProfiles | 'cancelled' | 'invalid-encoding'> {
  const profiles: ColumnProfiles = { date: emptyDateProfile(), money: new Map(money.map((name) => [name, emptyMoneyProfile()])), scannedWholeFile: false };
  for (const row of file.sample) observeRow(profiles, file.header, dateColumn, row.cells);
  if (file.sampleComplete || dataDateOrder(profiles.date) !== 'ambiguous') return profiles;
  const full: ColumnProfiles = { date: emptyDateProfile(), money: new Map(money.map((name) => [name, emptyMoneyProfile()])), scannedWholeFile: true };
  const outcome = await readRows(
    file.source,
    (cells, line) => {
      if (line > file.headerLine) observeRow(full, file.header, dateColumn, cells);
    },
    { signal: options.signal, onProgress: options.onProgress, progressFrom: 0, progressTo },
  );
  if (outcome === 'cancelled' || outcome === 'invalid-encoding') return outcome;
  return full;
}

const REJECT_LABELS: readonly (readonly [RejectReason, string])[] = [
  ['missing-customer-id', 'without a customer id'],
  ['unreadable-date', 'with an unreadable date'],
  ['unreadable-amount', 'with an unreadable amount'],
  ['missing-order-id', 'without an order id'],
  ['ragged-row', 'with the wrong number of fields'],
  ['duplicate-order', 'duplicated'],
  ['unreadable-score', 'with an unreadable score'],
  ['other', 'unusable for other reasons'],
];

/** "3 without a customer id, 1 with an unreadable date". */
export function rejectSummary(report: RejectReport): string {
  return REJECT_LABELS.flatMap(([reason, label]) => (report.byReason[reason] ? [`${report.byReason[reason]} ${label}`] : [])).join(', ');
}

export function ingestOrders(file: PreparedFile, options: IngestOptions): Promise<ParseOutcome<OrdersIngest>> {
  return ingestOrdersBy(file, options, 'auto');
}

/**
 * How the rows are read: 'reference' through textRows.ts (papaparse) and OrderRowReader; 'fast'
 * through fast/fastOrders.ts, answering 'unsure' where only the reference path can read the file;
 * 'auto' tries the fast path on UTF-8 delimited text and falls back to the reference path.
 * Both paths give the same result (test/unit/ingest/fastCsv.test.ts).
 */
export type OrderReadPath = 'auto' | 'fast' | 'reference';

export function ingestOrdersBy(file: PreparedFile, options: IngestOptions, path: 'auto' | 'reference'): Promise<ParseOutcome<OrdersIngest>>;
export function ingestOrdersBy(file: PreparedFile, options: IngestOptions, path: OrderReadPath): Promise<ParseOutcome<OrdersIngest> | 'unsure'>;
export async function ingestOrdersBy(file: PreparedFile, options: IngestOptions, path: OrderReadPath): Promise<ParseOutcome<OrdersIngest> | 'unsure'> {
  const rules = resolveOrderRules(file.header, file.cdnow, options.preset, options.mapping);
  const problem = checkOrderMapping(file.fileName, file.header, rules.mapping);
  if (problem) return problem;
  const dateColumn = rules.mapping.date!;
  const money = moneyColumns(rules);
  const profiled = await profileColumns(file, dateColumn, money, options, 0.3);
  if (profiled === 'cancelled') return cancelled(file.fileName);
  if (profiled === 'invalid-encoding') return profiled;
  const dateDecision: DateColumnDecision = decideDateColumn(profiled.date, options.dateOrder, dateColumn);
  const decimals = new Map<string, DecimalSeparator>([...profiled.money].map(([name, profile]) => [name, decideDecimalSeparator(profile)]));
  const readings = orderReadings(dateDecision.reading, decimals);
  // Progress never goes back, not even when the fast path hands over to the reference path half-way.
  let reported = 0;
  const onProgress = (fraction: number): void => {
    if (fraction < reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  const control = { signal: options.signal, onProgress, progressFrom: profiled.scannedWholeFile ? 0.3 : 0, progressTo: 1 };

  let builder = new OrderTableBuilder(rules.mapping.attributes);
  let rejects = new RejectCollector();
  let counts: { rowsRead: number; datesRead: number; datesUnreadable: number; unreadableCosts: number } | null = null;
  const fastInput = path === 'reference' ? null : fastOrdersInput(file);
  const halves = fastInput && options.orderHalves ? await readOrdersInHalves(fastInput, rules, dateDecision.reading, [...decimals], control, options.orderHalves) : null;
  if (halves === 'cancelled') return cancelled(file.fileName);
  if (halves === 'unsure') {
    if (path === 'fast') return 'unsure';
  } else if (halves) {
    ({ builder, rejects, counts } = halves);
  } else if (fastInput) {
    const fast = await new FastOrderReader(fastInput, rules, readings, builder, rejects).read(control);
    if (fast === 'cancelled') return cancelled(file.fileName);
    if (fast === 'unsure') {
      if (path === 'fast') return 'unsure';
      builder = new OrderTableBuilder(rules.mapping.attributes);
      rejects = new RejectCollector();
    } else counts = fast;
  } else if (path === 'fast') return 'unsure';
  if (counts === null) {
    const reader = new OrderRowReader(file.header, rules, readings, file.fileName, builder, rejects);
    let rowsRead = 0;
    const outcome = await readRows(
      file.source,
      (cells, line) => {
        if (line <= file.headerLine) return;
        rowsRead++;
        reader.read(cells, line);
      },
      control,
    );
    if (outcome === 'cancelled') return cancelled(file.fileName);
    if (outcome === 'invalid-encoding') return outcome;
    counts = { rowsRead, datesRead: reader.datesRead, datesUnreadable: reader.datesUnreadable, unreadableCosts: reader.unreadableCosts };
  }
  const { rowsRead } = counts;
  const report = rejects.report();
  if (counts.datesRead === 0 && counts.datesUnreadable > 0) {
    const examples = report.rows.filter((row) => row.reason === 'unreadable-date').slice(0, 3).map((row) => `"${row.value}"`);
    return failure(file.fileName, `no date in column "${dateColumn}" could be read (e.g. ${examples.join(', ')}). Expected dates such as 2024-01-31, 31/01/2024, 01/31/2024, 31.01.2024, 20240131, Jan 31 2024, 1403/05/12 or Excel serial numbers.`);
  }
  const table = builder.finish();
  if (table.length === 0) {
    return failure(file.fileName, `none of the ${rowsRead} rows could be used: ${rejectSummary(report)}.`);
  }
  const notes = [...file.notes, `Read as ${rules.reason}.`];
  if (dateDecision.note) notes.push(dateDecision.note);
  for (const [name, separator] of decimals) if (separator === ',') notes.push(`Amounts in "${name}" use a decimal comma (1.234,56).`);
  if (counts.unreadableCosts > 0) notes.push(`${counts.unreadableCosts} cost value(s) could not be read; those orders have no cost.`);
  if (report.total > 0) notes.push(`${report.total} of ${rowsRead} rows not used: ${rejectSummary(report)}.`);
  options.onProgress?.(1);
  return { ok: true, kind: 'orders', fileName: file.fileName, preset: rules.preset, mapping: rules.mapping, table, rejects: report, rowsRead, notes };
}
