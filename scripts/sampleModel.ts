/**
 * The demo shop's data generator: seeded, deterministic (same seed and options → byte-identical
 * files), streaming orders to disk so memory grows with customers, not rows. The model's parts live
 * in scripts/sample/: timeline (seasonality, growth), shop (assumptions), population (the BG/NBD-like
 * buy-till-you-die simulation), basket (line items and prices), and one writer per output file.
 *
 * Used by `npm run sample` (scripts/generate-sample.ts) and by the benchmark (`writeOrdersCsv`).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildBasketModel } from './sample/basket';
import { eventsCollector } from './sample/eventsFile';
import { ORDERS_HEADER, ordersWriter } from './sample/ordersFile';
import { createPopulation, simulateShop } from './sample/population';
import { spendCounter } from './sample/spendFile';
import { surveysCollector } from './sample/surveysFile';
import { createTextFile } from './sample/textFile';
import { buildTimeline } from './sample/timeline';

export { ORDERS_HEADER } from './sample/ordersFile';
export { SURVEYS_HEADER } from './sample/surveysFile';
export { SPEND_HEADER } from './sample/spendFile';
export { EVENTS_HEADER } from './sample/eventsFile';

/** The bundled demo (public/samples): ~6,000 customers from 2022-01-01 to 2025-06-30. */
export const SAMPLE_DEFAULTS = {
  customers: 6000,
  seed: 20250630,
  startDate: '2022-01-01',
  endDate: '2025-06-30',
} as const;

export const SAMPLE_FILE_NAMES = ['orders.csv', 'surveys.csv', 'spend.csv', 'events.csv'] as const;
export type SampleFileName = (typeof SAMPLE_FILE_NAMES)[number];

export interface SampleOptions {
  outputDirectory: string;
  /** Customers with at least one order (guests come on top). */
  customers?: number;
  /** An integer in 0 … 2^32 − 1. */
  seed?: number;
  /** First and last day of the data, `YYYY-MM-DD`. */
  startDate?: string;
  endDate?: string;
}

export interface WrittenFile {
  name: SampleFileName;
  path: string;
  /** Data rows (header excluded); for orders.csv, line items. */
  rows: number;
  bytes: number;
}

export interface SampleSummary {
  seed: number;
  customers: number;
  orders: number;
  guestRows: number;
  files: WrittenFile[];
}

function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return value;
}

function checkSeed(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) throw new Error(`seed must be an integer in 0 … 4294967295, got ${value}`);
  return value;
}

/** Writes orders.csv, surveys.csv, spend.csv and events.csv into `outputDirectory`. */
export function generateSample(options: SampleOptions): SampleSummary {
  const seed = checkSeed(options.seed ?? SAMPLE_DEFAULTS.seed);
  const customers = checkCount('customers', options.customers ?? SAMPLE_DEFAULTS.customers);
  const timeline = buildTimeline(options.startDate ?? SAMPLE_DEFAULTS.startDate, options.endDate ?? SAMPLE_DEFAULTS.endDate);
  const population = createPopulation(customers);
  mkdirSync(options.outputDirectory, { recursive: true });
  const pathOf = (name: SampleFileName): string => join(options.outputDirectory, name);

  const ordersFile = createTextFile(pathOf('orders.csv'));
  ordersFile.write(`${ORDERS_HEADER}\n`);
  const orders = ordersWriter(ordersFile, seed, population, timeline);
  const surveys = surveysCollector(seed, population, timeline);
  const events = eventsCollector(seed, population, timeline);
  const spend = spendCounter(seed, population, timeline);
  simulateShop(
    { seed, population, timeline, basket: buildBasketModel('basket', timeline) },
    {
      onCustomerAcquired(customerIndex, dayIndex) {
        events.onCustomerAcquired(customerIndex, dayIndex);
        spend.onCustomerAcquired(customerIndex, dayIndex);
      },
      onOrder(order) {
        orders.onOrder(order);
        surveys.onOrder(order);
      },
    },
  );
  const files: WrittenFile[] = [{ name: 'orders.csv', path: pathOf('orders.csv'), rows: orders.counts.rows, bytes: ordersFile.close() }];
  const writeSide = (name: SampleFileName, write: (file: ReturnType<typeof createTextFile>) => number): void => {
    const file = createTextFile(pathOf(name));
    const rows = write(file);
    files.push({ name, path: pathOf(name), rows, bytes: file.close() });
  };
  writeSide('surveys.csv', (file) => surveys.write(file));
  writeSide('spend.csv', (file) => spend.write(file));
  events.addLeadsWhoNeverBought();
  writeSide('events.csv', (file) => events.write(file));
  return { seed, customers, orders: orders.counts.orders, guestRows: orders.counts.guestRows, files };
}

export interface OrdersCsvOptions {
  /** About how many data rows to write (the count is reached within a few percent). */
  rows: number;
  seed?: number;
  startDate?: string;
  endDate?: string;
}

export interface OrdersCsvSummary {
  path: string;
  rows: number;
  orders: number;
  customers: number;
  bytes: number;
}

/**
 * Measured mean orders per customer of the model in `single` mode over the default date range,
 * guests included (see the generator test): sets the customer count for a wanted row count.
 */
export const ROWS_PER_CUSTOMER_SINGLE_LINE = 2.48;

/**
 * The benchmark's big file: orders.csv with the same header and model, one line item per order,
 * about `rows` rows, streamed to `path` (1M rows ≈ 90 MB). Deterministic for a given seed.
 */
export async function writeOrdersCsv(path: string, options: OrdersCsvOptions): Promise<OrdersCsvSummary> {
  const seed = checkSeed(options.seed ?? SAMPLE_DEFAULTS.seed);
  const wanted = checkCount('rows', options.rows);
  const customers = Math.max(1, Math.round(wanted / ROWS_PER_CUSTOMER_SINGLE_LINE));
  const timeline = buildTimeline(options.startDate ?? SAMPLE_DEFAULTS.startDate, options.endDate ?? SAMPLE_DEFAULTS.endDate);
  const population = createPopulation(customers);
  mkdirSync(dirname(path), { recursive: true });
  const file = createTextFile(path);
  file.write(`${ORDERS_HEADER}\n`);
  const orders = ordersWriter(file, seed, population, timeline);
  simulateShop({ seed, population, timeline, basket: buildBasketModel('single', timeline) }, { onOrder: (order) => orders.onOrder(order) });
  const bytes = file.close();
  return { path, rows: orders.counts.rows, orders: orders.counts.orders, customers, bytes };
}
