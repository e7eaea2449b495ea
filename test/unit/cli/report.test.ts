import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from '../../../src/cli/args';
import { buildReport } from '../../../src/cli/buildReport';

const FIXTURE = 'test/fixtures/e2e/three-months-with-refund.csv';

function argsFor(extra: string[] = []) {
  const parsed = parseArgs([FIXTURE, '--json', ...extra]);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.args;
}

describe('report CLI', () => {
  it('parses options and refuses bad ones with a message', () => {
    expect(argsFor(['--period', 'week']).period).toBe('week');
    const bad = parseArgs([FIXTURE, '--period', 'fortnight']);
    expect(bad.ok).toBe(false);
    expect(parseArgs([]).ok).toBe(false);
    const predict = parseArgs([FIXTURE, '--predict']);
    expect(predict).toEqual({ ok: false, message: '--predict needs --calibration-end YYYY-MM-DD' });
  });

  it('prints orders, customers, revenue, rejects and cohorts in the documented shape', async () => {
    const result = await buildReport([{ name: 'three-months-with-refund.csv', bytes: new Uint8Array(readFileSync(FIXTURE)) }], argsFor());
    if (!result.ok) throw new Error(result.message);
    const report = result.report;
    // 11 rows, order 1006 refunded → 10 orders; 6 customers; 905.74 net revenue.
    expect(report).toMatchObject({ orders: 10, customers: 6, revenue: 905.74, rejectedRows: 0, rejects: {} });
    // Jan: alice, bob, carol (3); Feb: alice; Mar: alice, carol → active [3, 1, 2].
    // Feb cohort: dave, erin (2); Mar: dave → [2, 1]. Mar cohort: frank → [1].
    expect(report.cohorts).toEqual({
      period: 'month',
      rows: [
        { cohort: '2024-01', size: 3, active: [3, 1, 2] },
        { cohort: '2024-02', size: 2, active: [2, 1] },
        { cohort: '2024-03', size: 1, active: [1] },
      ],
    });
    expect(Object.keys(report.timings as object)).toEqual(['parseMs', 'metricsMs', 'cohortsMs']);
  });

  it('labels weekly cohorts by ISO week and quarterly ones by quarter', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    const weekly = await buildReport([{ name: 'f.csv', bytes }], argsFor(['--period', 'week']));
    const quarterly = await buildReport([{ name: 'f.csv', bytes }], argsFor(['--period', 'quarter']));
    if (!weekly.ok || !quarterly.ok) throw new Error('report failed');
    // 2024-01-03 is in ISO week 2024-W01 (Monday 2024-01-01).
    expect((weekly.report.cohorts as { rows: { cohort: string }[] }).rows[0]!.cohort).toBe('2024-W01');
    expect(quarterly.report.cohorts).toEqual({ period: 'quarter', rows: [{ cohort: '2024-Q1', size: 6, active: [6] }] });
  });

  it('runs as a command and prints one JSON document on stdout', () => {
    const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/report.ts', FIXTURE, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ orders: 10, customers: 6 });
  });

  it('exits non-zero with the file named when no orders can be read', () => {
    let failure: { status: number | null; stderr: string } | null = null;
    try {
      execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/report.ts', 'test/fixtures/e2e/png-renamed.csv'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number | null; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('png-renamed.csv');
  });
});
