// @vitest-environment jsdom
/**
 * All analysis panels on the bundled sample (public/samples: orders, surveys, spend, events), as
 * the demo shows them: every panel fills in, no figure reads NaN, and the survey headline figures
 * match the sample's documented demo values (public/samples/README.md: NPS ≈ +28, CSAT ≈ 79%,
 * promoters buy more than detractors).
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ANALYSIS_PANELS } from '../../../src/panels/index';
import { expectNoBrokenNumbers, figure, loadEngine, renderWithEngine, resetStore, tableRow } from './renderPanel';

describe('analysis panels on the sample data', () => {
  it('render every panel with figures', async () => {
    resetStore();
    const engine = await loadEngine(['orders', 'surveys', 'spend', 'events'].map((name) => `public/samples/${name}.csv`));
    const { container } = renderWithEngine(
      <>
        {ANALYSIS_PANELS.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </>,
      engine,
    );
    const timeout = { timeout: 20_000 };
    expect(await screen.findByRole('table', { name: 'Retention and churn per period' }, timeout)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'CAC, LTV:CAC and payback by channel' }, timeout)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Segments: size, revenue and average recency, frequency and monetary value' }, timeout)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Customers by lifecycle stage' }, timeout)).toBeInTheDocument();
    const groups = await screen.findByRole('table', { name: 'Retention and value by NPS group' }, timeout);

    expect(Number(figure('NPS').value)).toBeGreaterThan(25);
    expect(Number(figure('NPS').value)).toBeLessThan(31);
    expect(Number(figure('CSAT').value)).toBeGreaterThan(75);
    expect(Number(figure('CSAT').value)).toBeLessThan(83);
    const revenue = (group: string) => Number(tableRow('Retention and value by NPS group', group)[4]!.replace(/[^0-9.]/g, ''));
    expect(revenue('Promoters')).toBeGreaterThan(revenue('Detractors'));
    expect(within(groups).getAllByRole('row')).toHaveLength(4);
    // Paid channels have spend, organic has none.
    expect(tableRow('CAC, LTV:CAC and payback by channel', 'organic')[2]).toBe('unknown');
    expect(tableRow('CAC, LTV:CAC and payback by channel', 'paid_search')[3]).toMatch(/^\$\d+$/);
    expectNoBrokenNumbers(container);
  }, 60_000);
});
