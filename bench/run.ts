/**
 * `npm run bench`: ingest and metric timings on generated order files, printed as a table and
 * written to bench/out/results.json. Prints figures; asserts nothing (STYLE.md convention 12).
 *
 * Sizes: 100k and 1M rows by default; `-- --rows 100000,5000000` to choose.
 * Not yet measured here (issue 8): DuckDB-WASM and native DuckDB side by side, and the browser run.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { writeOrdersCsv } from '../scripts/sampleModel';
import { ingestBytes } from '../src/ingest/index';
import { computeMetric, type MetricName } from '../src/worker/metricRegistry';
import { DEFAULT_SETTINGS } from '../src/metrics/settings';
import type { OrderTable } from '../src/metrics/table';

const DASHBOARD_METRICS: MetricName[] = [
  'kpis', 'cohorts', 'retention', 'repeatRate', 'timeBetweenOrders', 'stages', 'funnel',
  'clv', 'aovByOrderNumber', 'purchaseFrequency', 'cac', 'concentration', 'rfm',
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function tableBytes(table: OrderTable): number {
  let bytes = table.orderKey.byteLength + table.customer.byteLength + table.day.byteLength + table.amount.byteLength + table.isPurchase.byteLength;
  if (table.cost) bytes += table.cost.byteLength;
  for (const a of table.attributes) bytes += a.codes.byteLength;
  return bytes;
}

async function measure(rows: number) {
  mkdirSync('bench/data', { recursive: true });
  const path = `bench/data/orders-${rows}.csv`;
  if (!existsSync(path)) await writeOrdersCsv(path, { rows, seed: 1 });
  const bytes = new Uint8Array(readFileSync(path));
  const text = new TextDecoder().decode(bytes);
  const papa = time(() => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }));
  const ingest = await timeAsync(() => ingestBytes(bytes.slice(), { fileName: path }));
  if (!ingest.value.ok || ingest.value.kind !== 'orders') throw new Error(`ingest failed: ${ingest.value.ok ? ingest.value.kind : ingest.value.message}`);
  const table = ingest.value.table;
  const data = { orders: table, surveys: null, spend: null, events: null };
  const settings = DEFAULT_SETTINGS;
  const metrics = time(() => {
    for (const metric of DASHBOARD_METRICS) computeMetric(data, { metric, settings, filters: {} });
  });
  const cohortsOnly = time(() => computeMetric(data, { metric: 'cohorts', settings, filters: { fromDay: table.day[0]! } }));
  const channel = table.attributes.find((a) => a.name.toLowerCase() === 'channel');
  const filterChange = time(() => {
    for (const metric of DASHBOARD_METRICS) computeMetric(data, { metric, settings, filters: { attributes: { [channel?.name ?? 'channel']: [channel?.values[0] ?? ''] } } });
  });
  return {
    rows,
    fileMB: statSync(path).size / 1e6,
    orders: table.length,
    customers: table.customerIds.length,
    papaparseRowObjectsMs: papa.ms,
    ingestMs: ingest.ms,
    allMetricsMs: metrics.ms,
    cohortsMs: cohortsOnly.ms,
    filterChangeAllMetricsMs: filterChange.ms,
    tableBytesPerOrder: tableBytes(table) / table.length,
  };
}

const sizes = (arg('--rows') ?? '100000,1000000').split(',').map(Number);
const results = [];
for (const rows of sizes) results.push(await measure(rows));
console.table(results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 10) / 10]))));
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/results.json', `${JSON.stringify({ machine: { cpus: 2, node: process.version }, results }, null, 2)}\n`);
console.log('written bench/out/results.json');
