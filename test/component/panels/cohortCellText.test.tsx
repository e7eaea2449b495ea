/** longestCellText: the longest cell text of the heat map, from the largest and smallest values only. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatmapRows, longestCellText } from '../../../src/panels/cohorts/CohortPanel';
import type { CohortRow } from '../../../src/metrics/cohorts';
import { formatMoney } from '../../../src/i18n/numbers';

const money = (v: number) => formatMoney(v, 'USD');

function row(cohort: string, active: number[], revenue: number[], size = active[0] ?? 1): CohortRow {
  const retention = active.map((a) => (100 * a) / size);
  return { cohort, periodIndex: 0, size, active, activeUnbounded: active, revenue, retention, retentionUnbounded: retention, revenueRetention: revenue.map((r) => (revenue[0]! > 0 ? (100 * r) / revenue[0]! : null)) };
}

describe('longestCellText', () => {
  const rows = [row('2024-01', [120, 9, 1], [15_000, -12_340.4, 80]), row('2024-02', [8, 3], [640, 99.5])];

  it('is the text of the largest or smallest value in each display mode', () => {
    expect(longestCellText(rows, 'percent', false, money)).toBe('100%');
    expect(longestCellText(rows, 'count', false, money)).toBe('120');
    // -$12,340 is longer than $15,000.
    expect(longestCellText(rows, 'revenue', false, money)).toBe('-$12,340');
    expect(longestCellText([], 'percent', false, money)).toBe('');
  });

  it('is as long as the longest cell text heatmapRows formats', () => {
    const cohort = fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 12 }).chain((active) =>
      fc.tuple(fc.constant(active), fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: active.length, maxLength: active.length }), fc.integer({ min: Math.max(1, ...active), max: 60_000 })),
    );
    fc.assert(
      fc.property(fc.array(cohort, { minLength: 1, maxLength: 6 }), fc.constantFrom('percent' as const, 'count' as const, 'revenue' as const), (cohorts, mode) => {
        const table = cohorts.map(([active, revenue, size], i) => row(`2024-${String(i + 1).padStart(2, '0')}`, active, revenue, size));
        const longest = Math.max(...heatmapRows(table, mode, false, money).flatMap((r) => r.cells.map((c) => c?.text.length ?? 0)));
        expect(longestCellText(table, mode, false, money).length).toBe(longest);
      }),
      { numRuns: 300 },
    );
  });
});
