/** Shared helpers for the ingest tests: fixtures, narrowing results, readable order rows. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import Papa from 'papaparse';
import { ingestBytes } from '../../../src/ingest/index';
import type { EventsIngest, IngestOptions, IngestResult, OrdersIngest, SpendIngest, SurveysIngest } from '../../../src/ingest/types';
import { isoDate } from '../../../src/metrics/calendar';
import { orderRows, type OrderTable } from '../../../src/metrics/table';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
/** The real CDNOW files, copied from ../shared/data with their provenance (test/fixtures/cdnow/PROVENANCE.md). */
export const SHARED_DATA = fileURLToPath(new URL('../../fixtures/cdnow/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

/** A fixture CSV as rows of records (for the data-driven value tests). */
export function fixtureRecords(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(FIXTURES + name, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export function ingestFixture(name: string, options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  return ingestBytes(fixtureBytes(name), { fileName: name, ...options });
}

export function ingestText(text: string, options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  return ingestBytes(new TextEncoder().encode(text), { fileName: 'test.csv', ...options });
}

function expectOk(result: IngestResult): asserts result is Exclude<IngestResult, { ok: false }> {
  if (!result.ok) expect.fail(`expected a parsed file, got: ${result.message}`);
}

export function asOrders(result: IngestResult): OrdersIngest {
  expectOk(result);
  if (result.kind !== 'orders') expect.fail(`expected orders, got ${result.kind}`);
  return result;
}

export function asSurveys(result: IngestResult): SurveysIngest {
  expectOk(result);
  if (result.kind !== 'surveys') expect.fail(`expected surveys, got ${result.kind}`);
  return result;
}

export function asSpend(result: IngestResult): SpendIngest {
  expectOk(result);
  if (result.kind !== 'spend') expect.fail(`expected spend, got ${result.kind}`);
  return result;
}

export function asEvents(result: IngestResult): EventsIngest {
  expectOk(result);
  if (result.kind !== 'events') expect.fail(`expected events, got ${result.kind}`);
  return result;
}

export function failureMessage(result: IngestResult): string {
  if (result.ok) expect.fail(`expected a failure, got a ${result.kind} file`);
  return result.message;
}

export interface ReadableRow {
  order: string;
  customer: string | null;
  day: string;
  amount: number;
  purchase: boolean;
  cost?: number;
}

/** The table's rows with ISO days and amounts rounded to cents, for readable expectations. */
export function readableRows(table: OrderTable): ReadableRow[] {
  return [...orderRows(table)].map((row) => ({
    order: row.orderId,
    customer: row.customerId,
    day: isoDate(row.day),
    amount: Math.round(row.amount * 100) / 100,
    purchase: row.isPurchase,
    ...(row.cost !== undefined ? { cost: Math.round(row.cost * 100) / 100 } : {}),
  }));
}
