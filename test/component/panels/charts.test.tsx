// @vitest-environment jsdom
/** Invariants of the presentational pieces in src/ui/charts (fast-check properties). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gaugePoint, NpsGauge } from '../../../src/ui/charts/NpsGauge';
import { DataTable } from '../../../src/ui/charts/DataTable';
import { ChartFigure } from '../../../src/ui/charts/ChartFigure';
import { formatShare } from '../../../src/ui/charts/format';
import { formatPercent } from '../../../src/i18n/numbers';

describe('gaugePoint', () => {
  it('puts every score on the upper semicircle, −100 at the left and +100 at the right', () => {
    expect(gaugePoint(-100).x).toBeCloseTo(20, 9);
    expect(gaugePoint(0)).toEqual({ x: expect.closeTo(100, 9), y: expect.closeTo(20, 9) });
    expect(gaugePoint(100).x).toBeCloseTo(180, 9);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (score) => {
        const { x, y } = gaugePoint(score);
        expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(80, 9);
        expect(y).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });

  it('moves the needle to the right as the score grows', () => {
    fc.assert(
      fc.property(fc.double({ min: -150, max: 150, noNaN: true }), fc.double({ min: -150, max: 150, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(gaugePoint(low).x).toBeLessThanOrEqual(gaugePoint(high).x + 1e-9);
      }),
    );
  });

  it('draws no NaN into the SVG, whatever the interval', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), (score, a, b) => {
        const { container } = render(<NpsGauge score={score} low={Math.min(a, b)} high={Math.max(a, b)} label="gauge" valueText="x" scaleTexts={{ min: '-100', max: '+100' }} />);
        expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
        cleanup();
      }),
      { numRuns: 40 },
    );
  });
});

describe('DataTable', () => {
  it('renders one row per record with the cells its columns give, header first', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), count: fc.nat(10_000) }), { maxLength: 12, selector: (row) => row.name }), (rows) => {
        render(
          <DataTable
            caption="Counts"
            rows={rows}
            rowKey={(row) => row.name}
            columns={[
              { header: 'Name', cell: (row) => row.name, isRowHeader: true },
              { header: 'Count', cell: (row) => String(row.count), numeric: true },
            ]}
          />,
        );
        const table = screen.getByRole('table', { name: 'Counts' });
        const text = within(table)
          .getAllByRole('row')
          .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
        expect(text).toEqual([['Name', 'Count'], ...rows.map((row) => [row.name, String(row.count)])]);
        cleanup();
      }),
      { numRuns: 25 },
    );
  });
});

describe('ChartFigure', () => {
  it('labels the chart as an image and shows its table on demand, keeping it readable by screen readers either way', async () => {
    const user = userEvent.setup();
    render(<ChartFigure title="Orders per month" chart={<svg />} table={<table aria-label="Orders per month table" />} />);
    expect(screen.getByRole('img', { name: 'Orders per month' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Orders per month table' }).parentElement).toHaveClass('visually-hidden');
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table', { name: 'Orders per month table' }).parentElement).not.toHaveClass('visually-hidden');
  });
});

describe('formatShare', () => {
  it('is formatPercent of the share × 100', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (share) => {
        expect(formatShare(share)).toBe(formatPercent(share * 100));
      }),
    );
    expect(formatShare(0.109)).toBe('10.9%');
  });
});
