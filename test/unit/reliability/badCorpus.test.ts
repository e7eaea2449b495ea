/**
 * Every file of test/fixtures/bad (issue #9) through the real ingest and every metric, in process:
 * a clear failure naming the file, or a load with the exact figures and reject counts worked out by
 * hand from the file's rows (see test/fixtures/bad/NOTES.md); never a throw, a hang, NaN or Infinity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestBytes, rejectReportCsv } from '../../../src/ingest/index';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { Engine } from '../../../src/worker/engine';
import { EXPECTED } from './badCorpusExpectations';
import { computeEveryMetric, METRIC_NAMES, nonFiniteNumbers } from './everyMetric';

const BAD = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));

const CORPUS = readdirSync(BAD)
  .filter((name) => name !== 'NOTES.md')
  .sort();

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(BAD + name));
}

describe('the bad-input corpus', () => {
  it('holds at least 60 files, each with an expectation here and a line in NOTES.md', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(EXPECTED).sort()).toEqual(CORPUS);
    const notes = readFileSync(BAD + 'NOTES.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('- '));
    const noted = notes.map((line) => line.slice(2).split(' — ')[0]);
    expect(noted.sort()).toEqual(CORPUS);
    for (const line of notes) expect(line.split(' — '), line).toHaveLength(3);
  });

  it.each(CORPUS)('%s: a clear message or the right partial load, and every metric finite', { timeout: 30_000 }, async (name) => {
    const expected = EXPECTED[name]!;
    const engine = new Engine();
    const outcome = await engine.load(bytesOf(name), { fileName: name });
    if ('refused' in expected) {
      if (outcome.ok) expect.fail(`${name} loaded (${outcome.dataset.records} records) but should be refused`);
      expect(outcome.message.startsWith(`${name}: `)).toBe(true);
      expect(outcome.message).toMatch(expected.refused);
      // A sentence, not a dump of the file.
      expect(outcome.message.length).toBeLessThan(1200);
      expect(outcome.state.datasets).toEqual([]);
      return;
    }
    if (!outcome.ok) expect.fail(`${name} was refused: ${outcome.message}`);
    const { dataset } = outcome;
    const rejects = 'rejects' in expected ? (expected.rejects ?? {}) : {};
    expect(dataset.rejects.byReason).toEqual(rejects);
    expect(dataset.rejects.total).toBe(Object.values(rejects).reduce((sum, count) => sum + count, 0));
    for (const reject of dataset.rejects.rows) expect(reject.line).toBeGreaterThan(1);

    const results = computeEveryMetric(engine);
    expect(results.map((r) => r.metric)).toEqual(METRIC_NAMES);
    for (const { metric, result } of results) expect(nonFiniteNumbers(result), metric).toEqual([]);
    const kpis = results.find((r) => r.metric === 'kpis')!.result as { status: string; orders?: number; customers?: number; revenue?: number; reason?: string };

    if ('kind' in expected) {
      expect(dataset.kind).toBe(expected.kind);
      expect(dataset.records).toBe(expected.records);
      expect(kpis).toEqual({ status: 'no-data' });
    } else if ('refundsOnly' in expected) {
      expect(dataset.records).toBe(expected.rows);
      expect(kpis).toEqual({ status: 'empty', reason: 'no-orders' });
    } else {
      expect(dataset.kind).toBe('orders');
      expect(kpis.status).toBe('ok');
      expect(kpis.orders).toBe(expected.orders);
      expect(kpis.customers).toBe(expected.customers);
      expect(kpis.revenue).toBeCloseTo(expected.revenue, 6);
      if (expected.note) expect(dataset.notes.join('\n')).toMatch(expected.note);
    }
  });

  it('leaves Object.prototype untouched after the files with __proto__ and constructor headers and values', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    // Orders files with the same order ids would be merged as one (the second adds nothing): one engine each.
    for (const orders of ['proto-headers.csv', 'proto-channel-values.csv']) {
      const engine = new Engine();
      for (const name of [orders, 'events-proto-stages.csv', 'spend-hostile-channels.csv']) await engine.load(bytesOf(name), { fileName: name });
      computeEveryMetric(engine);
      if (orders === 'proto-channel-values.csv') {
        expect(engine.state().orders?.attributes.find((a) => a.name === 'channel')?.values).toEqual(['__proto__', 'constructor', 'toString']);
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('keeps the values of a column named __proto__ like any other column', async () => {
    const engine = new Engine();
    await engine.load(bytesOf('proto-headers.csv'), { fileName: 'proto-headers.csv' });
    expect(engine.state().orders?.attributes).toEqual([
      { name: '__proto__', values: ['{"polluted":1}'] },
      { name: 'constructor', values: ['polluted'] },
      { name: 'prototype', values: ['polluted'] },
    ]);
  });

  it('writes the skipped rows of a file of formulas as CSV a spreadsheet will not run', async () => {
    const result = await ingestBytes(bytesOf('formula-amounts.csv'), { fileName: 'formula-amounts.csv' });
    if (!result.ok) expect.fail(result.message);
    expect(rejectReportCsv(result.rejects)).toBe("line,column,value,reason\r\n2,amount,'=10+0,unreadable-amount\r\n3,amount,'@SUM(20),unreadable-amount\r\n");
  });

  it('keeps markup and formulas as plain text in the table (escaping is the view’s job, exports neutralise)', async () => {
    const engine = new Engine();
    await engine.load(bytesOf('script-tag-customer-ids.csv'), { fileName: 'script-tag-customer-ids.csv' });
    const list = engine.compute({ metric: 'customerList', settings: DEFAULT_SETTINGS, filters: {}, options: {} });
    if (list.status !== 'ok') expect.fail(`customer list: ${list.status}`);
    expect(list.customers.map((c) => c.customerId).sort()).toEqual(['<img src=x onerror="window.evil=1" data-evil>', '<script data-evil>window.evil=1</script>']);
  });
});
