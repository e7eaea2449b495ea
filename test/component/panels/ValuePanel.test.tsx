// @vitest-environment jsdom
/**
 * The value panel on four-customers-three-months.csv (see ChurnPanel.test.tsx) and
 * four-customers-spend.csv (social: $100 for 2024-01-01, $50 for 2024-02-01).
 * Net revenue per customer: ana 100 + 80 + 60 = 240 (email), ben 50 + 25 = 75 (social),
 *   cyd 30 (organic), dee 40 (social). Total 385 → mean 96.25, median (40 + 75)/2 = 57.5.
 * Cohorts: 2024-01 = ana, ben, cyd: 345, mean 115, median 75; 2024-02 = dee: 40.
 * AOV by order number: 1st orders 100, 50, 30, 40 → mean 55, median 45; 2nd 80, 25 → 52.5;
 *   3rd 60; overall 385 / 7 = 55. Frequency: 1 order cyd, dee (50%), 2 ben, 3 ana; 7/4 = 1.75.
 * CAC: no start date is chosen, so the range (2024-01-05 … 03-20) opens on the 1st of the first
 *   order's month for spend: social $100 + $50 = $150.
 *   social: new ben, dee → CAC 150/2 = 75, average CLV (75 + 40)/2 = 57.5, LTV:CAC 57.5/75 = 0.77;
 *   payback: the average value never reaches 75 (57.5 at most) → not within the data.
 *   Blended: 150 / 4 = 37.5, 96.25 / 37.5 = 2.57; first month ana ≥ 100, ben 50, cyd 30, dee 40 → average ≥ 55 ≥ 37.5 → 1 month.
 * Concentration: top 20% of 4 = ⌈0.8⌉ = 1 customer, ana 240 / 385 = 62.3%;
 *   Gini over 30, 40, 75, 240: 2 × (30 + 80 + 225 + 960)/(4 × 385) − 5/4 = 0.4318.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ValuePanel } from '../../../src/panels/value/ValuePanel';
import { expectNoBrokenNumbers, figure, loadEngine, ORDERS, renderWithEngine, resetStore, SPEND, tableRow, tableText } from './renderPanel';

beforeEach(() => resetStore());

describe('ValuePanel', () => {
  it('shows historical CLV, by acquisition cohort and then by channel', async () => {
    const user = userEvent.setup();
    const { container } = renderWithEngine(<ValuePanel />, await loadEngine([ORDERS, SPEND]));
    expect(await screen.findByRole('group', { name: 'Average historical CLV' })).toBeInTheDocument();
    expect(figure('Average historical CLV')).toEqual({ value: '96.25', text: '$96' });
    expect(figure('Median historical CLV').value).toBe('57.5');
    expect(figure('Customers').value).toBe('4');
    expect(screen.getByText('Margin is not shown: the orders have no cost column and no margin % is set.')).toBeInTheDocument();
    expect(tableRow('Historical CLV by acquisition cohort', '2024-01')).toEqual(['2024-01', '3', '$345', '$115', '$75']);
    expect(tableRow('Historical CLV by acquisition cohort', '2024-02')).toEqual(['2024-02', '1', '$40', '$40', '$40']);

    await user.selectOptions(screen.getByLabelText('Group customer value by'), 'channel of the first purchase');
    expect(await screen.findByRole('table', { name: 'Historical CLV by channel of the first purchase' })).toBeInTheDocument();
    expect(tableRow('Historical CLV by channel of the first purchase', 'social')).toEqual(['social', '2', '$115', '$58', '$58']);
    expect(tableRow('Historical CLV by channel of the first purchase', 'email')).toEqual(['email', '1', '$240', '$240', '$240']);
    expectNoBrokenNumbers(container);
  });

  it('shows AOV by order number and the purchase frequency distribution', async () => {
    renderWithEngine(<ValuePanel />, await loadEngine([ORDERS, SPEND]));
    expect(await screen.findByRole('group', { name: 'Average order value' })).toBeInTheDocument();
    expect(figure('Average order value').value).toBe('55');
    const aov = 'Average order value by order number';
    expect(tableText(aov)[0]).toEqual(['Order number', 'Orders', 'Average order value', 'Median order value', 'Compared with first orders']);
    expect(tableRow(aov, '1')).toEqual(['1', '4', '$55', '$45', '100%']);
    expect(tableRow(aov, '2')).toEqual(['2', '2', '$53', '$53', '95%']);
    expect(tableRow(aov, '4')).toEqual(['4', '0', '—', '—', '—']);
    expect(tableRow(aov, '10+')[1]).toBe('0');
    expect(await screen.findByRole('group', { name: 'Orders per customer' })).toBeInTheDocument();
    expect(figure('Orders per customer')).toEqual({ value: '1.75', text: '1.75' });
    expect(tableRow('Customers by number of orders', '1')).toEqual(['1', '2', '50.0%']);
    expect(tableRow('Customers by number of orders', '3')).toEqual(['3', '1', '25.0%']);
    expect(screen.getByText(/No customer has a whole year of tenure inside the date range/)).toBeInTheDocument();
  });

  it('shows CAC, LTV:CAC and payback per channel with the blended row', async () => {
    renderWithEngine(<ValuePanel />, await loadEngine([ORDERS, SPEND]));
    const caption = 'CAC, LTV:CAC and payback by channel';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(tableText(caption)[0]).toEqual(['Channel', 'New customers', 'Spend', 'CAC', 'Average CLV', 'LTV:CAC', 'Payback']);
    expect(tableRow(caption, 'social')).toEqual(['social', '2', '$150', '$75', '$58', '0.77×', 'not within the data']);
    expect(tableRow(caption, 'email')).toEqual(['email', '1', 'unknown', '—', '$240', '—', '—']);
    expect(tableRow(caption, 'All channels (blended)')).toEqual(['All channels (blended)', '4', '$150', '$38', '$96', '2.57×', '1 month']);
    expect(screen.getByText('Spend comes from the loaded spend file, for the months inside the date range.')).toBeInTheDocument();
  });

  it('says CAC needs a spend file when none is loaded', async () => {
    renderWithEngine(<ValuePanel />, await loadEngine([ORDERS]));
    expect(await screen.findByText(/No marketing spend is loaded, so CAC, LTV:CAC and payback are unknown/)).toBeInTheDocument();
    expect(tableRow('CAC, LTV:CAC and payback by channel', 'social')).toEqual(['social', '2', 'unknown', '—', '$58', '—', '—']);
  });

  it('shows the top-20% share, the Gini coefficient and the Lorenz curve as a table', async () => {
    renderWithEngine(<ValuePanel />, await loadEngine([ORDERS]));
    expect(await screen.findByRole('group', { name: 'Revenue from the top 20% of customers' })).toBeInTheDocument();
    const top = figure('Revenue from the top 20% of customers');
    expect(Number(top.value)).toBeCloseTo(240 / 385, 12);
    expect(top.text).toBe('62.3%');
    expect(screen.getByText('Customers: 1 · revenue: $240')).toBeInTheDocument();
    expect(Number(figure('Gini coefficient').value)).toBeCloseTo(0.4318181818, 9);
    expect(figure('Gini coefficient').text).toBe('0.43');
    const lorenz = tableText('Lorenz curve of revenue, every 10% of customers');
    expect(lorenz).toHaveLength(12); // header + 0%, 10%, …, 100%
    expect(lorenz[1]).toEqual(['0%', '0.0%']);
    // 50% of customers = the 2 smallest (30 + 40) = 70 / 385 = 18.2%.
    expect(lorenz[6]).toEqual(['50%', '18.2%']);
    expect(lorenz[11]).toEqual(['100%', '100.0%']);
    expect(screen.getByRole('img', { name: 'Lorenz curve of revenue' })).toBeInTheDocument();
  });
});
