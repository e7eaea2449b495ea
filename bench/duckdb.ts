/**
 * The benchmark's references: DuckDB native (@duckdb/node-api) and DuckDB-WASM (its Node build)
 * read the same CSV file with read_csv and compute the monthly cohort table of src/metrics/cohorts.ts
 * with its default settings (docs/metrics.md "Cohort retention"):
 * - a row is a purchase unless its status is one of status.ts's not-a-purchase words (after the same
 *   normalisation: lower case, `wc-` dropped, `_`/`-`/blanks as one space) or its amount is negative;
 * - customer ids are trimmed, e-mail addresses lower-cased (identifiers.ts); blank ids are guests, left out;
 * - the day is the calendar date as written (no zone in the generated files), months are calendar months;
 * - a customer's cohort is the month of their first purchase; for offset k the cell counts the
 *   distinct customers of the cohort with a purchase in month cohort + k.
 * Each engine is timed on the same file, its CSV read included. Dev-only: used by bench/run.ts.
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';

/** One non-zero cell of a cohort table: cohort month `YYYY-MM`, offset in months, distinct customers. */
export interface CohortCell {
  cohort: string;
  offset: number;
  customers: number;
}

const NOT_A_PURCHASE_STATUSES = [
  'refunded', 'fully refunded', 'refund', 'cancelled', 'canceled', 'cancellation', 'voided', 'void',
  'failed', 'declined', 'trash', 'draft', 'checkout draft',
];

function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The cohort query over `source` (a read_csv call); the row order is cohort, then offset. */
export function cohortSql(source: string): string {
  const statuses = NOT_A_PURCHASE_STATUSES.map(quoted).join(', ');
  return `
WITH rows AS (
  SELECT
    trim(CAST(customer_id AS VARCHAR)) AS raw_customer,
    CAST(CAST(order_date AS TIMESTAMP) AS DATE) AS day,
    regexp_replace(regexp_replace(lower(trim(coalesce(CAST(status AS VARCHAR), ''))), '^wc-', ''), '[\\s_-]+', ' ', 'g') AS status_key,
    CAST(amount AS DOUBLE) AS amount
  FROM ${source}
),
purchases AS (
  SELECT DISTINCT
    CASE WHEN contains(raw_customer, '@') THEN lower(raw_customer) ELSE raw_customer END AS customer,
    date_trunc('month', day) AS month
  FROM rows
  WHERE raw_customer IS NOT NULL AND raw_customer <> '' AND status_key NOT IN (${statuses}) AND amount >= 0
),
firsts AS (SELECT customer, min(month) AS cohort FROM purchases GROUP BY customer)
SELECT strftime(f.cohort, '%Y-%m') AS cohort, CAST(datediff('month', f.cohort, p.month) AS INTEGER) AS offset_months, CAST(count(*) AS INTEGER) AS customers
FROM purchases p JOIN firsts f USING (customer)
GROUP BY ALL
ORDER BY 1, 2`;
}

function cellsOf(rows: readonly Record<string, unknown>[]): CohortCell[] {
  return rows.map((row) => ({ cohort: String(row.cohort), offset: Number(row.offset_months), customers: Number(row.customers) }));
}

/** Native DuckDB (default threads: every core) on the file at `path`. */
export async function duckdbNativeCohorts(path: string): Promise<CohortCell[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(cohortSql(`read_csv(${quoted(resolve(path))}, header = true)`));
    return cellsOf(reader.getRowObjectsJS());
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const WASM_DIRECTORY = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

/**
 * DuckDB-WASM (the Node build, single-threaded like the browser's default bundle), the file handed
 * over as bytes, as a browser page would after reading a dropped File. Instantiating the module is
 * timed separately: the returned `instantiateMs` is not part of the query time.
 */
export async function duckdbWasmCohorts(path: string): Promise<{ cells: CohortCell[]; instantiateMs: number; queryMs: number; queryCpuMs: number }> {
  const started = performance.now();
  const bundles = {
    mvp: { mainModule: `${WASM_DIRECTORY}/duckdb-mvp.wasm`, mainWorker: `${WASM_DIRECTORY}/duckdb-node-mvp.worker.cjs` },
    eh: { mainModule: `${WASM_DIRECTORY}/duckdb-eh.wasm`, mainWorker: `${WASM_DIRECTORY}/duckdb-node-eh.worker.cjs` },
  };
  const database = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
  await database.instantiate();
  database.open({});
  const instantiateMs = performance.now() - started;
  const queryStarted = performance.now();
  const queryCpu = process.cpuUsage();
  database.registerFileBuffer('orders.csv', new Uint8Array(readFileSync(path)));
  const connection = database.connect();
  try {
    const result = connection.query(cohortSql(`read_csv('orders.csv', header = true)`));
    const cells = cellsOf(result.toArray().map((row: { toJSON(): Record<string, unknown> }) => row.toJSON()));
    const used = process.cpuUsage(queryCpu);
    return { cells, instantiateMs, queryMs: performance.now() - queryStarted, queryCpuMs: (used.user + used.system) / 1000 };
  } finally {
    connection.close();
    database.dropFile('orders.csv');
    database.reset();
  }
}

/** The first cell where two cohort tables differ (missing cells count as 0), or null when identical. */
export function firstDifference(expected: readonly CohortCell[], actual: readonly CohortCell[]): string | null {
  const key = (cell: CohortCell): string => `${cell.cohort}+${cell.offset}`;
  const left = new Map(expected.filter((cell) => cell.customers !== 0).map((cell) => [key(cell), cell.customers]));
  const right = new Map(actual.filter((cell) => cell.customers !== 0).map((cell) => [key(cell), cell.customers]));
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort();
  for (const cellKey of keys) {
    const a = left.get(cellKey) ?? 0;
    const b = right.get(cellKey) ?? 0;
    if (a !== b) return `cohort ${cellKey.replace('+', ', offset ')}: ${a} vs ${b}`;
  }
  return null;
}
