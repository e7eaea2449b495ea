// @vitest-environment jsdom
/**
 * The whole page with the real engine in-process (no worker in jsdom): upload through the file
 * input, see the figures; a bad file shows a message naming it and the previous figures stay.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { App } from '../../src/App';
import { Engine } from '../../src/worker/engine';
import { inProcessClient } from '../../src/worker/client';
import { useAppStore, EMPTY_ENGINE } from '../../src/store/store';

function fileFrom(path: string, name: string): File {
  return new File([readFileSync(path)], name, { type: 'text/csv' });
}

function kpiValue(name: string): string | null {
  return within(screen.getByRole('group', { name })).getByRole('definition').getAttribute('data-value');
}

beforeEach(() => {
  useAppStore.setState({ engine: EMPTY_ENGINE, problems: [], upload: null, stored: {}, filters: {} });
});

describe('App', () => {
  it('starts empty, offers the sample and an upload control', () => {
    render(<App client={inProcessClient(new Engine())} />);
    expect(screen.getByText('No orders loaded yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try the sample data' })).toBeInTheDocument();
    expect(screen.getByLabelText('Upload files')).toBeInTheDocument();
  });

  it('shows KPI figures after an upload and keeps them when a broken file follows', async () => {
    const user = userEvent.setup();
    render(<App client={inProcessClient(new Engine())} />);
    const input = screen.getByLabelText('Upload files');
    await user.upload(input, fileFrom('test/fixtures/e2e/three-months-with-refund.csv', 'three-months-with-refund.csv'));
    await user.click(await screen.findByRole('button', { name: 'Load all' })); // the mapping screen
    await screen.findByRole('group', { name: 'Orders' });
    expect(kpiValue('Orders')).toBe('10');
    expect(kpiValue('Customers')).toBe('6');
    expect(Number(kpiValue('Revenue'))).toBeCloseTo(905.74, 2);
    expect(Number(kpiValue('Repeat-purchase rate'))).toBeCloseTo(50, 6);
    expect(await screen.findByRole('table', { name: /cohort retention table/i })).toBeInTheDocument();

    await user.upload(input, fileFrom('test/fixtures/e2e/png-renamed.csv', 'png-renamed.csv'));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join('\n')).toContain('png-renamed.csv');
    expect(alerts).toHaveLength(1);
    expect(kpiValue('Orders')).toBe('10');
  });

  it('says why rows were skipped, offers them as CSV, and removes a file on request', async () => {
    const user = userEvent.setup();
    render(<App client={inProcessClient(new Engine())} />);
    await user.upload(screen.getByLabelText('Upload files'), fileFrom('test/fixtures/e2e/one-guest-one-bad-date.csv', 'one-guest-one-bad-date.csv'));
    await user.click(await screen.findByRole('button', { name: 'Load all' })); // the mapping screen
    await screen.findByRole('group', { name: 'Orders' });
    expect(kpiValue('Orders')).toBe('2');
    expect(screen.getByText(/2 rows skipped: 1 without customer id, 1 unreadable dates/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the skipped rows of one-guest-one-bad-date.csv (CSV)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove one-guest-one-bad-date.csv' }));
    expect(await screen.findByText('No orders loaded yet')).toBeInTheDocument();
  });
});
