/**
 * `npm run bench`: on generated order files, in one run and on the same file each time:
 * papaparse's own parse (baseline), our ingest (bytes → columnar table), every default dashboard
 * metric, the monthly cohort table alone, a filter change, and DuckDB native and DuckDB-WASM
 * computing that same cohort table from the file (bench/duckdb.ts). Checks that the three cohort
 * tables are identical, prints a table and writes bench/out/results.json with every figure and the
 * ratios ours / DuckDB. Prints figures; asserts nothing (STYLE.md convention 12).
 *
 * Sizes: 100k and 1M rows by default; `-- --big` adds 5M; `-- --rows 100000,5000000` chooses.
 * Our ingest reads files from 32 MB on in two halves at once, the second in a worker thread (as the
 * dashboard does with a second Web Worker); "ingest, one pass" is the same ingest on one thread.
 * Each figure is the fastest of 3 runs (`-- --repeat N`; one run above 2M rows).
 * `-- --no-duckdb` skips the DuckDB engines.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Papa from 'papaparse';
import { writeOrdersCsv } from '../scripts/sampleModel';
import { ingestBytes } from '../src/ingest/index';
import { nodeOrderChunkClient } from '../src/cli/nodeHalves';
import { computeMetric, type MetricName } from '../src/worker/metricRegistry';
import { DEFAULT_SETTINGS, type Filters } from '../src/metrics/settings';
import type { OrderTable } from '../src/metrics/table';
import type { CohortTable, CohortsEmpty } from '../src/metrics/cohorts';
import { duckdbNativeCohorts, duckdbWasmCohorts, firstDifference, type CohortCell } from './duckdb';

const DASHBOARD_METRICS: MetricName[] = [
  'kpis', 'cohorts', 'retention', 'repeatRate', 'timeBetweenOrders', 'stages', 'funnel',
  'clv', 'aovByOrderNumber', 'purchaseFrequency', 'cac', 'concentration', 'rfm',
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Wall time, and the process's CPU time (every thread: ours is one thread plus the garbage
 * collector's helpers; native DuckDB uses every core). On a shared machine the CPU time of
 * single-threaded work moves less with the load than the wall time does.
 */
interface Timed<T> {
  ms: number;
  cpuMs: number;
  value: T;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function time<T>(fn: () => T): Timed<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  return { ms: performance.now() - start, cpuMs: cpuSince(cpu), value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  return { ms: performance.now() - start, cpuMs: cpuSince(cpu), value };
}

function tableBytes(table: OrderTable): number {
  // The order ids are kept as bytes (metrics/orderIds.ts): counted here; customer and attribute strings are not.
  let bytes = table.orderKey.byteLength + table.customer.byteLength + table.day.byteLength + table.amount.byteLength + table.isPurchase.byteLength;
  bytes += table.orderIds.bytes.byteLength + table.orderIds.ends.byteLength;
  if (table.cost) bytes += table.cost.byteLength;
  for (const a of table.attributes) bytes += a.codes.byteLength;
  return bytes;
}

/** A copy of the table object sharing its arrays: the metric caches (keyed by the object) start cold. */
function cold(table: OrderTable): OrderTable {
  return { ...table };
}

function cohortCells(result: CohortTable | CohortsEmpty): CohortCell[] {
  if (result.status !== 'ok') return [];
  return result.rows.flatMap((row) => row.active.map((customers, offset) => ({ cohort: row.cohort, offset, customers })));
}

/** papaparse's own parse of the file into row objects (header: true), the baseline; keeps nothing. */
function papaparseRowObjects(bytes: Uint8Array): Timed<number> {
  const text = new TextDecoder().decode(bytes);
  return time(() => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.length);
}

interface EngineFigures {
  ms: number;
  cpuMs: number;
  /** null when identical to ours, else the first different cell. */
  difference: string | null;
}

/** The fastest of `repeat` runs (each run starts afresh): the figure least disturbed by other work on the machine. */
async function fastest<T>(repeat: number, run: () => Promise<Timed<T>>): Promise<Timed<T>> {
  let best = await run();
  for (let i = 1; i < repeat; i++) {
    const next = await run();
    if (next.ms < best.ms) best = next;
  }
  return best;
}

async function measureOurs(rows: number, repeat: number) {
  mkdirSync('bench/data', { recursive: true });
  const path = `bench/data/orders-${rows}.csv`;
  if (!existsSync(path)) await writeOrdersCsv(path, { rows, seed: 1 });
  const bytes = new Uint8Array(readFileSync(path));
  // As in the browser: large files in two halves at once, the second in another thread (ingest/fast/orderHalves.ts).
  const ingest = await fastest(repeat, () => {
    const copy = bytes.slice(); // a fresh buffer per run, copied outside the timing
    return timeAsync(() => ingestBytes(copy, { fileName: path, orderHalves: { readChunk: halves.readChunk } }));
  });
  const ingestOnePass = await fastest(repeat, () => {
    const copy = bytes.slice();
    return timeAsync(() => ingestBytes(copy, { fileName: path }));
  });
  if (!ingest.value.ok || ingest.value.kind !== 'orders') throw new Error(`ingest failed: ${ingest.value.ok ? ingest.value.kind : ingest.value.message}`);
  const table = ingest.value.table;
  const settings = DEFAULT_SETTINGS;
  const dataOf = (orders: OrderTable) => ({ orders, surveys: null, spend: null, events: null });
  const allMetrics = (orders: OrderTable, filters: Filters): void => {
    for (const metric of DASHBOARD_METRICS) computeMetric(dataOf(orders), { metric, settings, filters });
  };
  const metrics = await fastest(repeat, async () => {
    const fresh = cold(table);
    return time(() => allMetrics(fresh, {}));
  });
  const cohortsOnly = await fastest(repeat, async () => {
    const fresh = cold(table);
    return time(() => computeMetric(dataOf(fresh), { metric: 'cohorts', settings, filters: {} }));
  });
  const channel = table.attributes.find((a) => a.name.toLowerCase() === 'channel');
  const channelFilter: Filters = { attributes: { [channel?.name ?? 'channel']: [channel?.values[0] ?? ''] } };
  // A filter change: the dashboard is on screen (unfiltered results and indexes computed), then one channel is chosen.
  const filterChange = await fastest(repeat, async () => {
    const shown = cold(table);
    allMetrics(shown, {});
    return time(() => allMetrics(shown, channelFilter));
  });
  const ours = cohortCells(cohortsOnly.value as CohortTable | CohortsEmpty);
  return { rows, path, fileMB: statSync(path).size / 1e6, table, ingest, ingestOnePass, metrics, cohortsOnly, filterChange, ours };
}

type Ours = Awaited<ReturnType<typeof measureOurs>>;

/**
 * papaparse and the DuckDB engines on the same file, after ours has been measured at every size:
 * DuckDB's instances (WASM memory, native threads) made our ingest slower when they were created
 * between our runs (1M rows in halves: 2.25–2.33 s after them, 1.84 s without them).
 */
async function measureOthers(measured: Ours, withDuckdb: boolean, repeat: number) {
  const { rows, path, table, ingest, ingestOnePass, metrics, cohortsOnly, filterChange, ours } = measured;
  const bytes = new Uint8Array(readFileSync(path));
  // After ours, so its million row objects do not weigh on our garbage collector.
  const papaparse = await fastest(repeat, async () => papaparseRowObjects(bytes));
  let native: EngineFigures | null = null;
  let wasm: (EngineFigures & { instantiateMs: number }) | null = null;
  if (withDuckdb) {
    const nativeRun = await fastest(repeat, () => timeAsync(() => duckdbNativeCohorts(path)));
    native = { ms: nativeRun.ms, cpuMs: nativeRun.cpuMs, difference: firstDifference(ours, nativeRun.value) };
    const wasmRun = await fastest(repeat, async () => {
      const run = await duckdbWasmCohorts(path);
      return { ms: run.queryMs, cpuMs: run.queryCpuMs, value: run };
    });
    wasm = { ms: wasmRun.ms, cpuMs: wasmRun.cpuMs, instantiateMs: wasmRun.value.instantiateMs, difference: firstDifference(ours, wasmRun.value.cells) };
  }
  const oursToDashboard = ingest.ms + metrics.ms;
  const oursToCohorts = ingest.ms + cohortsOnly.ms;
  return {
    rows,
    fileMB: measured.fileMB,
    orders: table.length,
    customers: table.customerIds.length,
    papaparseRowObjectsMs: papaparse.ms,
    ingestMs: ingest.ms,
    /** The same ingest in one pass on one thread (what a browser without nested workers does). */
    ingestOnePassMs: ingestOnePass.ms,
    allMetricsMs: metrics.ms,
    cohortsMs: cohortsOnly.ms,
    filterChangeAllMetricsMs: filterChange.ms,
    tableBytesPerOrder: tableBytes(table) / table.length,
    ingestCpuMs: ingest.cpuMs,
    allMetricsCpuMs: metrics.cpuMs,
    duckdbNativeCohortsMs: native?.ms ?? null,
    duckdbNativeCohortsCpuMs: native?.cpuMs ?? null,
    duckdbWasmCohortsMs: wasm?.ms ?? null,
    duckdbWasmCohortsCpuMs: wasm?.cpuMs ?? null,
    duckdbWasmInstantiateMs: wasm?.instantiateMs ?? null,
    /** (ingest + all metrics) / DuckDB's cohort table alone: the targets are ≤ 0.5 (WASM) and ≤ 1.5 (native). */
    dashboardOverWasm: wasm ? oursToDashboard / wasm.ms : null,
    dashboardOverNative: native ? oursToDashboard / native.ms : null,
    /** (ingest + cohort table) / DuckDB's cohort table: the like-for-like comparison. */
    cohortsOverWasm: wasm ? oursToCohorts / wasm.ms : null,
    cohortsOverNative: native ? oursToCohorts / native.ms : null,
    /** The same dashboard ratio on CPU time (steadier on a loaded machine; native DuckDB's CPU counts every core it used). */
    dashboardOverWasmCpu: wasm ? (ingest.cpuMs + metrics.cpuMs) / wasm.cpuMs : null,
    dashboardOverNativeCpu: native ? (ingest.cpuMs + metrics.cpuMs) / native.cpuMs : null,
    cohortCells: ours.length,
    cohortsMatchNative: native ? native.difference ?? 'identical' : null,
    cohortsMatchWasm: wasm ? wasm.difference ?? 'identical' : null,
  };
}

type Result = Awaited<ReturnType<typeof measureOthers>>;

const withDuckdb = !process.argv.includes('--no-duckdb');
const sizes = (arg('--rows') ?? (process.argv.includes('--big') ? '100000,1000000,5000000' : '100000,1000000')).split(',').map(Number);
const repeat = Math.max(1, Number(arg('--repeat') ?? 3));
// The other ingest thread is started before any timing, as the dashboard starts its second worker with the page.
const halves = nodeOrderChunkClient();
halves.warm();
// Warm up the JIT on a small file first, so the smallest size is not measured on cold code.
await measureOurs(20_000, 1);
const measured: Ours[] = [];
for (const rows of sizes) measured.push(await measureOurs(rows, rows > 2_000_000 ? 1 : repeat));
const results: Result[] = [];
for (const figures of measured) results.push(await measureOthers(figures, withDuckdb, figures.rows > 2_000_000 ? 1 : repeat));

const seconds = (ms: number | null): string => (ms === null ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const ratio = (value: number | null): string => (value === null ? '–' : `${value.toFixed(2)}×`);
console.table(
  results.map((r) => ({
    rows: r.rows,
    file: `${r.fileMB.toFixed(0)} MB`,
    papaparse: seconds(r.papaparseRowObjectsMs),
    ingest: seconds(r.ingestMs),
    'ingest, one pass': seconds(r.ingestOnePassMs),
    'all metrics': seconds(r.allMetricsMs),
    cohorts: seconds(r.cohortsMs),
    'filter change': seconds(r.filterChangeAllMetricsMs),
    'bytes/order': Math.round(r.tableBytesPerOrder),
    'DuckDB native': seconds(r.duckdbNativeCohortsMs),
    'DuckDB-WASM': seconds(r.duckdbWasmCohortsMs),
    'dash/WASM': ratio(r.dashboardOverWasm),
    'dash/native': ratio(r.dashboardOverNative),
    'CPU: ingest+metrics': seconds(r.ingestCpuMs + r.allMetricsCpuMs),
    'CPU: WASM': seconds(r.duckdbWasmCohortsCpuMs),
    'CPU: native': seconds(r.duckdbNativeCohortsCpuMs),
  })),
);
for (const r of results) {
  if (r.cohortsMatchNative !== null) console.log(`${r.rows} rows, ${r.cohortCells} cohort cells: native DuckDB ${r.cohortsMatchNative}; DuckDB-WASM ${r.cohortsMatchWasm}`);
}
const scaling: { fromRows: number; toRows: number; rowFactor: number; timeFactor: number }[] = [];
for (let i = 1; i < results.length; i++) {
  const a = results[i - 1]!;
  const b = results[i]!;
  const timeFactor = (b.ingestMs + b.allMetricsMs) / (a.ingestMs + a.allMetricsMs);
  scaling.push({ fromRows: a.rows, toRows: b.rows, rowFactor: b.rows / a.rows, timeFactor });
  console.log(`${a.rows} → ${b.rows} rows (${(b.rows / a.rows).toFixed(0)}×): ingest + all metrics ${timeFactor.toFixed(2)}× the time`);
}
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/results.json', `${JSON.stringify({ machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg() }, repeat, date: new Date().toISOString(), results, scaling }, null, 2)}\n`);
halves.close();
console.log(`written bench/out/results.json (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
