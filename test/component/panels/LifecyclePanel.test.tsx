// @vitest-environment jsdom
/**
 * The lifecycle panel on four-customers-three-months.csv and four-customers-events.csv, with a
 * 30-day window, as of 2024-03-20 (purchases: see ChurnPanel.test.tsx):
 *   ana: last purchase 03-01 (19 days < W), previous gap 29 ≤ W, 3 orders → loyal;
 *   ben: last 03-20, previous gap 70 > W → reactivated; dee: 34 days (W ≤ 34 < 2W) → at risk;
 *   cyd: 60 days = 2W → lapsed. Leads: lee (02-01) and kim (03-01) never bought; ana’s lead event
 *   of 01-02 is before the range and she is a buyer anyway → 2 leads.
 * Funnel: leads and buyers 6 → first purchase 4 (4/6 = 66.7%) → second 2 (50%) → loyal 1 (50%).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LifecyclePanel } from '../../../src/panels/lifecycle/LifecyclePanel';
import { useAppStore } from '../../../src/store/store';
import { EVENTS, expectNoBrokenNumbers, figure, loadEngine, ORDERS, renderWithEngine, resetStore, tableRow, tableText } from './renderPanel';

beforeEach(() => resetStore({ churnWindowDays: 30 }));

describe('LifecyclePanel', () => {
  it('shows the funnel with step conversions and the at-risk, lapsed and reactivated counts', async () => {
    const { container } = renderWithEngine(<LifecyclePanel />, await loadEngine([ORDERS, EVENTS]));
    const caption = 'Funnel steps and conversion from the previous step';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(tableText(caption).slice(1)).toEqual([
      ['Leads and buyers', '6', '—'],
      ['First purchase', '4', '66.7%'],
      ['Second purchase', '2', '50.0%'],
      ['Loyal (3+ orders)', '1', '50.0%'],
    ]);
    expect(figure('At risk').value).toBe('1');
    expect(figure('Lapsed').value).toBe('1');
    expect(figure('Reactivated').value).toBe('1');
    expect(screen.getByText('As of 2024-03-20, with a churn window of 30 days.')).toBeInTheDocument();
    expectNoBrokenNumbers(container);
  });

  it('lists the stages and filters the page to a stage’s customers on click', async () => {
    const user = userEvent.setup();
    renderWithEngine(<LifecyclePanel />, await loadEngine([ORDERS, EVENTS]));
    const caption = 'Customers by lifecycle stage';
    expect(await screen.findByRole('table', { name: caption })).toBeInTheDocument();
    expect(tableRow(caption, 'Lead')).toEqual(['Lead', '2', '33.3%']);
    expect(tableRow(caption, 'Loyal')).toEqual(['Loyal', '1', '16.7%']);
    expect(tableRow(caption, 'First-time')).toEqual(['First-time', '0', '0.0%']);
    // Leads have no orders and empty stages have nobody: neither is a filter.
    expect(screen.queryByRole('button', { name: /stage Lead/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /stage First-time/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the customers in stage At risk (1)' }));
    await waitFor(() => expect(useAppStore.getState().filters.customerIds).toEqual(['dee@example.com']));
    expect(useAppStore.getState().clickThrough?.source).toEqual({ kind: 'stage', stage: 'at-risk' });
  });

  it('starts the funnel at the first purchase without an events file, and says how to add leads', async () => {
    renderWithEngine(<LifecyclePanel />, await loadEngine([ORDERS]));
    expect(await screen.findByText(/load an events file \(customer id, event, date\) to add leads/)).toBeInTheDocument();
    expect(tableText('Funnel steps and conversion from the previous step')[1]).toEqual(['First purchase', '4', '—']);
  });
});
