// @vitest-environment jsdom
/**
 * The global controls on the whole page with the real engine in-process, on
 * three-months-with-refund.csv (10 orders, 6 customers, Jan–Mar 2024; see test/fixtures/e2e/README.md):
 * period, date range, channel filter, clear, cohort click-through and its notice, the customer
 * list with its CSV, the theme, and the view written to and read from the URL.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { App } from '../../../src/App';
import { Engine } from '../../../src/worker/engine';
import { inProcessClient } from '../../../src/worker/client';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { EMPTY_ENGINE, useAppStore } from '../../../src/store/store';
import { captureDownloads } from './downloads';

const FIXTURE = 'test/fixtures/e2e/three-months-with-refund.csv';

function kpiValue(name: string): string | null {
  return within(screen.getByRole('group', { name })).getByRole('definition').getAttribute('data-value');
}

async function openDashboard(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  render(<App client={inProcessClient(new Engine())} />);
  await user.upload(screen.getByLabelText('Upload files'), new File([readFileSync(FIXTURE)], 'three-months-with-refund.csv', { type: 'text/csv' }));
  await user.click(await screen.findByRole('button', { name: 'Load all' })); // the mapping screen
  await screen.findByRole('group', { name: 'Orders' });
  await waitFor(() => expect(kpiValue('Orders')).toBe(search === '' ? '10' : kpiValue('Orders')));
  return user;
}

function cohortLabels(): string[] {
  const table = screen.getByRole('table', { name: /cohort retention table/i });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

beforeEach(() => {
  useAppStore.setState({ engine: EMPTY_ENGINE, problems: [], upload: null, stored: {}, settings: DEFAULT_SETTINGS, filters: {}, clickThrough: null, openPanel: null, theme: 'system' });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('global controls', () => {
  it('changes the period of the cohorts and writes it to the URL', async () => {
    const user = await openDashboard();
    await screen.findByRole('table', { name: /cohort retention table/i });
    expect(cohortLabels()).toEqual(['January 2024', 'February 2024', 'March 2024']);
    await user.selectOptions(screen.getByLabelText('Period'), 'quarter');
    await waitFor(() => expect(cohortLabels()).toEqual(['Q1 2024']));
    expect(window.location.search).toBe('?period=quarter');
  });

  it('filters by date range and by channel, and clears both', async () => {
    const user = await openDashboard();
    const from = screen.getByLabelText('From');
    expect(from).toHaveValue('2024-01-03');
    expect(from).toHaveAttribute('min', '2024-01-03');
    expect(screen.getByLabelText('To')).toHaveAttribute('max', '2024-03-28');
    // From 2024-02-01: 1004 1005 1007 1008 1009 1010 1011 are purchases (1006 is a refund) → 7 orders.
    fireEvent.change(from, { target: { value: '2024-02-01' } });
    await waitFor(() => expect(kpiValue('Orders')).toBe('7'));
    // A date outside the data is kept in the field, marked invalid, and not applied.
    fireEvent.change(from, { target: { value: '2023-02-01' } });
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(kpiValue('Orders')).toBe('7');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(kpiValue('Orders')).toBe('10'));
    expect(from).toHaveValue('2024-01-03');

    // Channel "social" (first purchase): bob (1002; 1006 refunded) and dave (1005, 1009) → 3 orders, 2 customers.
    await user.click(screen.getByText('Channel: all'));
    await user.click(screen.getByRole('checkbox', { name: 'social' }));
    await waitFor(() => expect(kpiValue('Orders')).toBe('3'));
    expect(kpiValue('Customers')).toBe('2');
    expect(screen.getByText('Channel: 1 selected')).toBeInTheDocument();
    expect(window.location.search).toBe('?f.Channel=social');
    await user.click(screen.getByRole('checkbox', { name: 'social' }));
    await waitFor(() => expect(kpiValue('Orders')).toBe('10'));
    expect(window.location.search).toBe('');
    // Escape closes the open list and returns focus to its summary.
    const summary = screen.getByText('Channel: all');
    expect(summary.closest('details')).toHaveAttribute('open');
    await user.keyboard('{Escape}');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(summary).toHaveFocus();
  });

  it('sets the churn window and margin through number fields that accept blanks and reject out-of-range values', async () => {
    const user = await openDashboard();
    const churn = screen.getByLabelText('Churn window (days)');
    await waitFor(() => expect(churn.getAttribute('placeholder')).toMatch(/^\d+$/));
    await user.type(churn, '45');
    expect(useAppStore.getState().settings.churnWindowDays).toBe(45);
    await user.clear(churn);
    expect(useAppStore.getState().settings.churnWindowDays).toBeNull();
    const margin = screen.getByLabelText('Margin %');
    await user.type(margin, '150');
    expect(margin).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(useAppStore.getState().settings.marginPercent).toBe(15); // "15" was valid on the way
    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    expect(window.location.search).toBe('?margin=15&currency=EUR');
  });

  it('filters to a cohort from its heat-map label, shows the notice and clears it', async () => {
    const user = await openDashboard();
    await user.click(await screen.findByRole('button', { name: 'February 2024' }));
    // Cohort 2024-02 = dave (1005, 1009) and erin (1007) → 3 orders.
    const notice = await screen.findByText('Showing 2 customers from cohort February 2024');
    await waitFor(() => expect(kpiValue('Orders')).toBe('3'));
    expect(window.location.search).toBe('?cohort=2024-02');
    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(kpiValue('Orders')).toBe('10'));
    expect(screen.queryByText(/Showing 2 customers/)).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('names a customer filter set by another panel without a source plainly, and keeps it out of the URL', async () => {
    await openDashboard();
    useAppStore.getState().setFilters({ customerIds: ['alice@example.com'] });
    expect(await screen.findByText('Showing 1 selected customers')).toBeInTheDocument();
    await waitFor(() => expect(kpiValue('Orders')).toBe('3'));
    expect(window.location.search).toBe('');
  });

  it('reproduces a view from the URL: settings, filters, theme and a cohort click-through recomputed from its source', async () => {
    await openDashboard('?demo&period=quarter&f.Channel=social&f.Channel=telex&cohort=2024-Q1&theme=dark&currency=GBP');
    // Quarter cohort 2024-Q1 among social-first customers: bob and dave → 3 orders.
    expect(await screen.findByText('Showing 2 customers from cohort Q1 2024')).toBeInTheDocument();
    await waitFor(() => expect(kpiValue('Orders')).toBe('3'));
    expect(screen.getByLabelText('Period')).toHaveValue('quarter');
    expect(screen.getByLabelText('Currency')).toHaveValue('GBP');
    expect(document.documentElement.dataset.theme).toBe('dark');
    // "telex" is not a channel of this data: dropped; ?demo stays as written.
    expect(useAppStore.getState().filters.attributes).toEqual({ Channel: ['social'] });
    expect(window.location.search).toBe('?demo&period=quarter&currency=GBP&f.Channel=social&cohort=2024-Q1&theme=dark');
  });

  it('opens the panel named in the URL and records the tab the user picks', async () => {
    const user = await openDashboard('?panel=value');
    const selected = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.id;
    expect(selected()).toBe('tab-value');
    await user.click(screen.getByRole('tab', { name: 'Cohort retention' }));
    expect(selected()).toBe('tab-cohorts');
    expect(window.location.search).toBe('?panel=cohorts');
  });

  it('switches the theme on <html> and back to the system setting', async () => {
    const user = await openDashboard();
    await user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(screen.getByLabelText('Theme'), 'system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('lists the customers behind the figures in a dialog and downloads them as CSV', async () => {
    const saved = captureDownloads();
    const user = await openDashboard();
    await user.click(await screen.findByRole('button', { name: 'Customers (6)' }));
    const dialog = screen.getByRole('dialog', { name: 'Customers behind the current figures' });
    const table = await within(dialog).findByRole('table', { name: /Customers in the current selection/ });
    // Highest revenue first: dave 220, alice 255.25 → alice first.
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent('alice@example.com');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    await user.click(within(dialog).getByRole('button', { name: 'Download CSV' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toBe('customers.csv');
    const text = await saved[0]!.blob.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Customer,Orders,Revenue,Margin,First purchase,Last purchase');
    // alice: 1001 (120) + 1004 (60) + 1008 (75.25) = 255.25, no cost column → blank margin.
    expect(lines[1]).toBe('alice@example.com,3,255.25,,2024-01-03,2024-03-05');
    expect(lines).toHaveLength(8); // header, 6 customers, final empty line after the last CRLF
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
