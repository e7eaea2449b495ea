/**
 * Fuzzing the ingest and the metrics (issue #9): random bytes, and real fixture files with bytes
 * flipped, cut short, lines doubled or dropped, quotes, delimiters, NULs and line breaks inserted.
 * Whatever comes in, the inspection (mapping screen) and the ingest answer, never throw: a failure
 * whose message names the file, or a table on which every dashboard metric runs and returns only
 * finite numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectBytes } from '../../../src/ingest/index';
import { Engine } from '../../../src/worker/engine';
import { computeEveryMetric, nonFiniteNumbers } from './everyMetric';

const INGEST = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const CDNOW = fileURLToPath(new URL('../../fixtures/cdnow/', import.meta.url));

/** The first `lines` lines of a big file: enough to keep its shape, small enough for many runs. */
function head(path: string, lines: number): Uint8Array {
  const bytes = readFileSync(path);
  let at = -1;
  for (let i = 0; i < lines; i++) {
    at = bytes.indexOf(10, at + 1);
    if (at < 0) return new Uint8Array(bytes);
  }
  return new Uint8Array(bytes.subarray(0, at + 1));
}

const SEEDS: readonly { name: string; bytes: Uint8Array }[] = [
  ...readdirSync(INGEST)
    .filter((name) => !name.endsWith('.md') && !name.endsWith('.py'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(INGEST + name)) })),
  { name: 'CDNOW_sample.txt', bytes: head(CDNOW + 'CDNOW_sample.txt', 150) },
  { name: 'cdnow_customers_summary_with_transactions.csv', bytes: head(CDNOW + 'cdnow_customers_summary_with_transactions.csv', 80) },
];

type Mutation =
  | { type: 'flip'; at: number; byte: number }
  | { type: 'truncate'; at: number }
  | { type: 'insert'; at: number; text: string }
  | { type: 'duplicateLine'; line: number }
  | { type: 'removeLine'; line: number };

const INSERTS = ['"', ',', ';', '\t', '|', '\u0000', '\n', '\r', '\r\n', '""', '"\n"', '\uFEFF', '=', '-', '1e308', 'NaN', '0001-01-01', '\u202E', '\uFFFD'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({ type: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ type: fc.constant('removeLine' as const), line: fc.nat() }),
);

function lineBounds(bytes: Uint8Array, line: number): [number, number] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) starts.push(i + 1);
  const start = starts[line % starts.length]!;
  const next = bytes.indexOf(10, start);
  return [start, next < 0 ? bytes.length : next + 1];
}

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const size = Math.max(bytes.length, 1);
  switch (change.type) {
    case 'flip': {
      const out = bytes.slice();
      if (out.length > 0) out[change.at % out.length] = change.byte;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, change.at % size);
    case 'insert': {
      const at = change.at % size;
      const text = new TextEncoder().encode(change.text);
      const out = new Uint8Array(bytes.length + text.length);
      out.set(bytes.subarray(0, at));
      out.set(text, at);
      out.set(bytes.subarray(at), at + text.length);
      return out;
    }
    case 'duplicateLine': {
      const [start, end] = lineBounds(bytes, change.line);
      const out = new Uint8Array(bytes.length + end - start);
      out.set(bytes.subarray(0, end));
      out.set(bytes.subarray(start, end), end);
      out.set(bytes.subarray(end), end + end - start);
      return out;
    }
    case 'removeLine': {
      const [start, end] = lineBounds(bytes, change.line);
      const out = new Uint8Array(bytes.length - (end - start));
      out.set(bytes.subarray(0, start));
      out.set(bytes.subarray(end), start);
      return out;
    }
  }
}

/** How many inputs loaded into a table (so a property that only ever saw refusals fails). */
const loaded = { count: 0 };

/** Load through an in-process engine and run every metric; returns what went wrong, or null. */
async function problemWith(bytes: Uint8Array, fileName: string): Promise<string | null> {
  // The mapping screen inspects the file first: that must answer too.
  const inspection = await inspectBytes(bytes, { fileName });
  if (!inspection.ok && !inspection.message.startsWith(`${fileName}: `)) return `inspection message does not name the file: ${inspection.message}`;
  const engine = new Engine();
  const outcome = await engine.load(bytes, { fileName });
  if (outcome.ok) loaded.count++;
  else {
    if (outcome.message.startsWith(`${fileName}: `)) return null;
    return `failure message does not name the file: ${outcome.message}`;
  }
  for (const { metric, result } of computeEveryMetric(engine)) {
    const bad = nonFiniteNumbers(result);
    if (bad.length > 0) return `${metric}: ${bad.slice(0, 3).join(', ')}`;
  }
  return null;
}

describe('fuzzing ingest and metrics', () => {
  it('random bytes: a message naming the file or a finite dashboard, never a throw', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('random.csv', 'random.xlsx', 'random.csv.gz'), async (bytes, fileName) => {
        expect(await problemWith(bytes, fileName)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('random printable text with delimiters and quotes: the same', { timeout: 60_000 }, async () => {
    loaded.count = 0;
    const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '"', '""', '1e308', 'NaN', '-0', '__proto__', '=1+1', '0001-01-01', '31/02/2024', '\u202E'));
    // Mostly plausible values (so many rows load and the metrics run), sometimes junk, sometimes a cell too many or too few.
    const field = (plausible: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof({ arbitrary: plausible, weight: 5 }, { arbitrary: junk, weight: 1 });
    const row = fc
      .tuple(
        field(fc.integer({ min: 1, max: 40 }).map(String)),
        field(fc.constantFrom('c1', 'c2', 'c3', 'C1 ', '<b>c4</b>', 'constructor')),
        field(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))),
        field(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((amount) => amount.toFixed(2)), fc.constantFrom('12.50', '-3', '(4.00)', '$1,234.56'))),
        fc.array(junk, { maxLength: 1 }),
        fc.nat({ max: 9 }),
      )
      .map(([order, customer, date, amount, extra, cut]) => [order, customer, date, amount, ...extra].slice(0, cut === 0 ? 2 : undefined));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n', '\r'), async (rows, delimiter, newline) => {
        const text = ['order_id,customer_id,order_date,amount'.replaceAll(',', delimiter), ...rows.map((cells) => cells.join(delimiter))].join(newline);
        expect(await problemWith(new TextEncoder().encode(text), 'text.csv')).toBeNull();
      }),
      { numRuns: 500 },
    );
    expect(loaded.count).toBeGreaterThan(50);
  });

  it('mutated real files: a message naming the file or a finite dashboard, never a throw', { timeout: 120_000 }, async () => {
    loaded.count = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (seed, changes) => {
        const bytes = changes.reduce(mutate, seed.bytes);
        expect(await problemWith(bytes, seed.name)).toBeNull();
      }),
      { numRuns: 1500 },
    );
    // Most mutations leave a readable file: the metrics really ran on many of them.
    expect(loaded.count).toBeGreaterThan(375);
  });
});
