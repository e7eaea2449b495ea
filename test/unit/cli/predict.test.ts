/**
 * `report FILE --json --predict`: the CDNOW sample exactly as distributed (auto-detected as the
 * cdnow preset) gives the published BG/NBD and Gamma-Gamma parameters (Fader, Hardie & Lee 2005a,
 * 2005b: r 0.243, α 4.414, a 0.793, b 2.426; p 6.25, q 3.74, γ 15.44), within 1 %.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { parseArgs } from '../../../src/cli/args';

const CDNOW = 'test/fixtures/cdnow/CDNOW_sample.txt';

function runReport(args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/report.ts', ...args], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, unknown>;
}

function within(actual: unknown, published: number, percent = 1): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - published) / published).toBeLessThan(percent / 100);
}

describe('report CLI --predict', () => {
  it('fits CDNOW to the published parameters, with the documented key names', () => {
    const report = runReport([CDNOW, '--json', '--predict', '--calibration-end', '1997-09-30', '--time-unit', 'week']);
    expect((report.files as { preset: string }[])[0]!.preset).toBe('cdnow');
    const predictive = report.predictive as { status: string; holdout: unknown; bgnbd: Record<string, number>; gammaGamma: Record<string, number> };
    expect(predictive.status).toBe('ok');
    within(predictive.bgnbd.r, 0.243);
    within(predictive.bgnbd.alpha, 4.414);
    within(predictive.bgnbd.a, 0.793);
    within(predictive.bgnbd.b, 2.426);
    within(-predictive.bgnbd.logLikelihood!, 9582.4, 0.01);
    within(predictive.gammaGamma.p, 6.25);
    within(predictive.gammaGamma.q, 3.74);
    within(predictive.gammaGamma.gamma, 15.44);
    expect(predictive.holdout).toBeNull();
  });

  it('adds the holdout check with --holdout-end, and leaves "predictive" out without --predict', () => {
    const report = runReport([CDNOW, '--json', '--predict', '--calibration-end', '1997-09-30', '--holdout-end', '1998-06-30']);
    const holdout = (report.predictive as { holdout: { status: string; actualTotal: number } }).holdout;
    // 1,882 repeat purchase days by the 2,357 customers between 1997-10-01 and 1998-06-30.
    expect(holdout).toMatchObject({ status: 'ok', actualTotal: 1882 });
    expect(runReport([CDNOW, '--json'])).not.toHaveProperty('predictive');
  });

  it('refuses dates that are not calendar dates', () => {
    expect(parseArgs([CDNOW, '--predict', '--calibration-end', '1997-02-30'])).toEqual({ ok: false, message: '--calibration-end takes a date YYYY-MM-DD' });
    expect(parseArgs([CDNOW, '--predict', '--calibration-end', '1997-09-30', '--holdout-end', '98-06-30']).ok).toBe(false);
  });
});
