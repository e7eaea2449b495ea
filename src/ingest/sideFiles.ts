/**
 * Surveys, marketing spend and lifecycle events → SurveyTable, SpendTable, EventTable, with rejects.
 * These files are small, so the needed cells are collected first and the column decisions (date
 * order, survey kind by range, decimal separator) are taken over the whole column.
 */
import type { LifecycleEvent, SpendRow, SurveyKind, SurveyResponse } from '../metrics/sideTables';
import { cancelled, failure } from './failure';
import type { PreparedFile } from './prepare';
import { RejectCollector } from './rejects';
import { A_FILE, checkSideMapping, detectSideMapping } from './sideMapping';
import { isRagged, readRows } from './source';
import type { EventsIngest, FileKind, IngestFailure, IngestOptions, SideMapping, SpendIngest, SurveysIngest } from './types';
import { decideDateColumn, emptyDateProfile, observeDate } from './values/dateColumn';
import { readDate } from './values/dates';
import { normalizeId } from './values/identifiers';
import { readMoney, readNumber } from './values/money';
import { decideDecimalSeparator, emptyMoneyProfile, observeMoney } from './values/moneyColumn';
import { readPeriodStart } from './values/months';
import { scoreFits, surveyKindFromRange, surveyKindFromText } from './values/surveyKind';

type SideKind = Exclude<FileKind, 'orders'>;
type SideResult = SurveysIngest | SpendIngest | EventsIngest;

interface CollectedRow {
  line: number;
  cells: string[];
}

const ROLES: readonly (keyof SideMapping)[] = ['customerId', 'date', 'score', 'surveyKind', 'comment', 'channel', 'amount', 'stage'];

function cellOf(header: readonly string[], mapping: SideMapping): (row: CollectedRow, role: keyof SideMapping) => string {
  const indexes = new Map<keyof SideMapping, number>();
  for (const role of ROLES) {
    const name = mapping[role];
    if (name !== null) indexes.set(role, header.indexOf(name));
  }
  return (row: CollectedRow, role: keyof SideMapping): string => {
    const index = indexes.get(role);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
}

export async function ingestSideFile(file: PreparedFile, kind: SideKind, options: IngestOptions): Promise<SideResult | IngestFailure | 'invalid-encoding'> {
  const mapping = detectSideMapping(kind, file.header, options.sideMapping);
  const problem = checkSideMapping(file.fileName, kind, file.header, mapping);
  if (problem) return problem;
  const rejects = new RejectCollector();
  const rows: CollectedRow[] = [];
  const outcome = await readRows(
    file.source,
    (cells, line) => {
      if (line <= file.headerLine) return;
      if (isRagged(cells, file.header.length)) rejects.add(line, null, cells.join(' | ').slice(0, 300), 'ragged-row');
      else rows.push({ line, cells });
    },
    { signal: options.signal, onProgress: options.onProgress },
  );
  if (outcome === 'cancelled') return cancelled(file.fileName);
  if (outcome === 'invalid-encoding') return outcome;
  const rowsRead = rows.length + rejects.total;
  const cell = cellOf(file.header, mapping);
  const dateProfile = emptyDateProfile();
  for (const row of rows) observeDate(dateProfile, cell(row, 'date'));
  const dateDecision = decideDateColumn(dateProfile, options.dateOrder, mapping.date!);
  const notes = [...file.notes, `Read as ${A_FILE[kind]} (${file.kind.reason}).`];
  if (dateDecision.note) notes.push(dateDecision.note);
  let datesRead = 0;
  const dayOf = (row: CollectedRow): number | null => {
    const text = cell(row, 'date');
    const day = kind === 'spend' ? readPeriodStart(text, dateDecision.reading) : readDate(text, dateDecision.reading);
    if (day === null) rejects.add(row.line, mapping.date, text, 'unreadable-date');
    else datesRead++;
    return day;
  };
  const base = { ok: true as const, fileName: file.fileName, rowsRead, notes };
  let result: SideResult;
  if (kind === 'surveys') {
    const responses = readSurveys(rows, mapping, cell, dayOf, rejects, notes);
    result = { ...base, kind, table: { responses }, rejects: rejects.report() };
  } else if (kind === 'spend') {
    const profile = emptyMoneyProfile();
    for (const row of rows) observeMoney(profile, cell(row, 'amount'));
    const decimal = decideDecimalSeparator(profile);
    const spend: SpendRow[] = [];
    for (const row of rows) {
      const channel = cell(row, 'channel');
      if (channel === '') {
        rejects.add(row.line, mapping.channel, '', 'other');
        continue;
      }
      const amount = readMoney(cell(row, 'amount'), decimal);
      if (amount === null) {
        rejects.add(row.line, mapping.amount, cell(row, 'amount'), 'unreadable-amount');
        continue;
      }
      const day = dayOf(row);
      if (day !== null) spend.push({ day, channel, amount });
    }
    result = { ...base, kind, table: { rows: spend }, rejects: rejects.report() };
  } else {
    const events: LifecycleEvent[] = [];
    for (const row of rows) {
      const customer = cell(row, 'customerId');
      if (customer === '') {
        rejects.add(row.line, mapping.customerId, '', 'missing-customer-id');
        continue;
      }
      const stage = cell(row, 'stage').toLowerCase();
      if (stage === '') {
        rejects.add(row.line, mapping.stage, '', 'other');
        continue;
      }
      const day = dayOf(row);
      if (day !== null) events.push({ customerId: normalizeId(customer), day, stage });
    }
    result = { ...base, kind, table: { events }, rejects: rejects.report() };
  }
  if (datesRead === 0 && rows.length > 0 && (result.rejects.byReason['unreadable-date'] ?? 0) > 0) {
    const examples = result.rejects.rows.filter((row) => row.reason === 'unreadable-date').slice(0, 3).map((row) => `"${row.value}"`);
    return failure(file.fileName, `no date in column "${mapping.date}" could be read (e.g. ${examples.join(', ')}). Expected dates such as 2024-01-31, 31/01/2024, 2024-01 or Jan 2024.`);
  }
  if (result.rejects.total > 0) notes.push(`${result.rejects.total} of ${rowsRead} rows not used.`);
  options.onProgress?.(1);
  return result;
}

function readSurveys(
  rows: readonly CollectedRow[],
  mapping: SideMapping,
  cell: (row: CollectedRow, role: keyof SideMapping) => string,
  dayOf: (row: CollectedRow) => number | null,
  rejects: RejectCollector,
  notes: string[],
): SurveyResponse[] {
  const scores = rows.map((row) => readNumber(cell(row, 'score')));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) {
    if (score === null) continue;
    min = Math.min(min, score);
    max = Math.max(max, score);
  }
  const byName = surveyKindFromText(mapping.score ?? '');
  const byRange = min <= max ? surveyKindFromRange(min, max) : 'nps';
  const columnKind: SurveyKind = byName ?? byRange;
  if (!mapping.surveyKind && !byName && min <= max) notes.push(`Survey kind ${columnKind.toUpperCase()} decided from the score range (${min}–${max}).`);
  const responses: SurveyResponse[] = [];
  rows.forEach((row, i) => {
    const kind = surveyKindFromText(cell(row, 'surveyKind')) ?? columnKind;
    const score = scores[i];
    if (score === null || score === undefined || !scoreFits(kind, score)) {
      rejects.add(row.line, mapping.score, cell(row, 'score'), 'unreadable-score');
      return;
    }
    const day = dayOf(row);
    if (day === null) return;
    const customer = cell(row, 'customerId');
    const comment = cell(row, 'comment');
    responses.push({ customerId: customer === '' ? null : normalizeId(customer), day, kind, score, ...(comment !== '' ? { comment } : {}) });
  });
  return responses;
}
