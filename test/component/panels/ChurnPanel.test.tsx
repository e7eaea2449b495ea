// @vitest-environment jsdom
/**
 * The churn panel on four-customers-three-months.csv (ana, ben, cyd, dee; 2024-01-05 … 2024-03-20):
 *   ana 01-05 $100, 02-01 $80, 03-01 $60 · ben 01-10 $50, 03-20 $25 · cyd 01-20 $30 · dee 02-15 $40.
 * With a 30-day window a purchase on day q keeps its customer active on days q … q + 29:
 *   ana thru 02-03, 03-01, 03-30 · ben thru 02-08, 04-18 · cyd thru 02-18 · dee thru 03-15.
 * January (from 01-05, partial): S = 0 → rates undefined; E = ana, ben, cyd = 3; new 3.
 * February: S = 3; at 02-29 active: ana (02-01 → 03-01), dee → E = 2; lost ben, cyd = 2; gained dee = 1;
 *   CRR = (E − N)/S = (2 − 1)/3 = 33.3%, churn = 2/3 = 66.7%; new dee, returning ana.
 * March (to 03-20, partial): S = ana, dee = 2; at 03-20 active: ana, ben → E = 2; lost dee = 1; gained ben
 *   (reactivated) = 1; CRR = (2 − 1)/2 = 50%, churn 50%; returning ana, reactivated ben.
 * Gaps between purchase days: ana 27 (01-05 → 02-01), 29 (02-01 → 03-01, 2024 is a leap year), ben 70:
 *   median 29, mean 126/3 = 42, p90 = 29 + 0.8 × (70 − 29) = 61.8; bins 15–30: 2, 61–90: 1.
 * Repeat-purchase rate: ana and ben have 2+ purchases of 4 customers = 50%.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ChurnPanel } from '../../../src/panels/churn/ChurnPanel';
import { useAppStore } from '../../../src/store/store';
import { expectNoBrokenNumbers, figure, loadEngine, ORDERS, renderWithEngine, resetStore, tableRow, tableText } from './renderPanel';

beforeEach(() => resetStore({ churnWindowDays: 30 }));

describe('ChurnPanel', () => {
  it('shows CRR and churn per period, with undefined rates as a dash', async () => {
    const { container } = renderWithEngine(<ChurnPanel />, await loadEngine([ORDERS]));
    expect(await screen.findByText('Churn window in use: 30 days (your setting).')).toBeInTheDocument();
    const caption = 'Retention and churn per period';
    expect(tableText(caption)[0]).toEqual(['Period', 'Active at start (S)', 'Active at end (E)', 'New customers', 'Gained (N)', 'Lost', 'Retention rate (CRR)', 'Churn rate']);
    expect(tableRow(caption, '2024-01 (partial)')).toEqual(['2024-01 (partial)', '0', '3', '3', '3', '0', '—', '—']);
    expect(tableRow(caption, '2024-02')).toEqual(['2024-02', '3', '2', '1', '1', '2', '33.3%', '66.7%']);
    expect(tableRow(caption, '2024-03 (partial)')).toEqual(['2024-03 (partial)', '2', '2', '0', '1', '1', '50.0%', '50.0%']);
    expect(screen.getByRole('img', { name: 'Customer retention rate and churn rate per period' })).toBeInTheDocument();
    expectNoBrokenNumbers(container);
  });

  it('shows new vs returning buyers and revenue, and lifecycle counts per period', async () => {
    renderWithEngine(<ChurnPanel />, await loadEngine([ORDERS]));
    await screen.findByText(/Churn window in use/);
    // February: dee is new ($40), ana returns ($80). March: ana $60 + ben $25 = $85 returning.
    expect(tableRow('New and returning buyers per period', '2024-02')).toEqual(['2024-02', '1', '1']);
    expect(tableRow('Revenue of new and returning customers per period', '2024-01 (partial)')).toEqual(['2024-01 (partial)', '$180', '$0', '$0']);
    expect(tableRow('Revenue of new and returning customers per period', '2024-03 (partial)')).toEqual(['2024-03 (partial)', '$0', '$85', '$0']);
    const lifecycle = 'New, returning, reactivated, dormant and lost customers per period';
    expect(tableText(lifecycle)[0]).toEqual(['Period', 'New', 'Returning', 'Reactivated', 'Dormant', 'Lost']);
    expect(tableRow(lifecycle, '2024-02')).toEqual(['2024-02', '1', '1', '0', '0', '2']);
    expect(tableRow(lifecycle, '2024-03 (partial)')).toEqual(['2024-03 (partial)', '0', '1', '1', '0', '1']);
  });

  it('shows the repeat-purchase rate and the time between orders', async () => {
    renderWithEngine(<ChurnPanel />, await loadEngine([ORDERS]));
    expect(await screen.findByRole('group', { name: 'Repeat-purchase rate' })).toBeInTheDocument();
    expect(figure('Repeat-purchase rate')).toEqual({ value: '50', text: '50.0%' });
    expect(screen.getByText('Customers with 2+ purchases: 2 of 4')).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Median time between orders' })).toBeInTheDocument();
    expect(figure('Median time between orders')).toEqual({ value: '29', text: '29 days' });
    expect(Number(figure('90th percentile').value)).toBeCloseTo(61.8, 9);
    expect(figure('90th percentile').text).toBe('61.8 days');
    expect(figure('Mean time between orders').text).toBe('42 days');
    const bins = 'Gaps between consecutive purchases, by length';
    expect(tableRow(bins, '15–30 days')).toEqual(['15–30 days', '2', '66.7%']);
    expect(tableRow(bins, '61–90 days')).toEqual(['61–90 days', '1', '33.3%']);
    expect(tableRow(bins, '366+ days')).toEqual(['366+ days', '0', '0.0%']);
  });

  it('says where a derived window comes from: the 90-day default when there are under 20 gaps', async () => {
    resetStore();
    renderWithEngine(<ChurnPanel />, await loadEngine([ORDERS]));
    expect(
      await screen.findByText('Churn window in use: 90 days, the default: too few gaps between purchases (under 20; found 3) to derive one from the data.'),
    ).toBeInTheDocument();
  });

  it('explains an invalid window setting instead of showing figures', async () => {
    resetStore({ churnWindowDays: 0 });
    renderWithEngine(<ChurnPanel />, await loadEngine([ORDERS]));
    expect(await screen.findByText(/The churn window setting is not a number of days of at least 1/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Retention and churn per period' })).not.toBeInTheDocument();
  });

  it('keeps the definition under the explanation, with its docs section', async () => {
    renderWithEngine(<ChurnPanel />, await loadEngine([ORDERS]));
    await screen.findByText(/Churn window in use/);
    expect(screen.getByText('How is this computed?')).toBeInTheDocument();
    expect(screen.getByText(/Customer retention rate CRR = \(\(E − N\) \/ S\) × 100/)).toBeInTheDocument();
    expect(screen.getByText(/docs\/metrics\.md, section “Churn and retention/)).toBeInTheDocument();
    expect(useAppStore.getState().filters).toEqual({});
  });
});
