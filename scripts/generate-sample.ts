/**
 * `npx tsx scripts/generate-sample.ts [--out DIR] [--customers N] [--seed S]`
 *   writes the demo data set (orders, surveys, spend, events) into DIR (default public/samples).
 * `npx tsx scripts/generate-sample.ts --orders-rows N [--out DIR] [--seed S]`
 *   writes only a big orders file of about N rows, one line per order, to DIR/orders-N-rows.csv
 *   (default DIR: bench/data, which git ignores) for the benchmark.
 * Exit codes: 0 written, 2 bad arguments.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SAMPLE_DEFAULTS, generateSample, writeOrdersCsv } from './sampleModel';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage:
  npx tsx scripts/generate-sample.ts [--out DIR] [--customers N] [--seed S]
  npx tsx scripts/generate-sample.ts --orders-rows N [--out DIR] [--seed S]
Defaults: --out public/samples (bench/data with --orders-rows), --customers ${SAMPLE_DEFAULTS.customers}, --seed ${SAMPLE_DEFAULTS.seed}.`;

type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** A whole number from an option's text: `fallback` when absent, an error message when unreadable. */
function wholeNumber(name: string, text: string | undefined, fallback: number, minimum: number): Parsed {
  if (text === undefined) return { ok: true, value: fallback };
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum || value > 0xffff_ffff) {
    return { ok: false, message: `--${name} must be a whole number from ${minimum} to 4294967295, got "${text}"` };
  }
  return { ok: true, value };
}

async function main(argv: string[]): Promise<number> {
  let values: { out?: string; customers?: string; seed?: string; 'orders-rows'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        customers: { type: 'string' },
        seed: { type: 'string' },
        'orders-rows': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const seed = wholeNumber('seed', values.seed, SAMPLE_DEFAULTS.seed, 0);
  const customers = wholeNumber('customers', values.customers, SAMPLE_DEFAULTS.customers, 1);
  const ordersRows = wholeNumber('orders-rows', values['orders-rows'], 0, 1);
  if (!seed.ok || !customers.ok || !ordersRows.ok) {
    const problems = [seed, customers, ordersRows].flatMap((parsed) => (parsed.ok ? [] : [parsed.message]));
    process.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  if (ordersRows.value > 0) {
    const directory = values.out ?? join(PROJECT_ROOT, 'bench', 'data');
    const summary = await writeOrdersCsv(join(directory, `orders-${ordersRows.value}-rows.csv`), { rows: ordersRows.value, seed: seed.value });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${relative(process.cwd(), summary.path)}: ${summary.rows} rows, ${summary.customers} customers, ${summary.bytes} bytes in ${seconds} s\n`);
    return 0;
  }
  const summary = generateSample({ outputDirectory: values.out ?? join(PROJECT_ROOT, 'public', 'samples'), customers: customers.value, seed: seed.value });
  for (const file of summary.files) {
    process.stdout.write(`${relative(process.cwd(), file.path)}: ${file.rows} rows, ${file.bytes} bytes\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${summary.customers} customers, ${summary.orders} orders (seed ${summary.seed}) in ${seconds} s\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
