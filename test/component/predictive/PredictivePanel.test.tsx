// @vitest-environment jsdom
/**
 * The predictive panel with the real engine in-process (no worker in jsdom): the CDNOW sample
 * gives the at-risk table, its CSV, the what-if slider and, with a calibration end, the holdout
 * check; a six-customer file gives the plain failure message and no figures.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EngineProvider } from '../../../src/queries/engineContext';
import { Engine } from '../../../src/worker/engine';
import { inProcessClient } from '../../../src/worker/client';
import { useAppStore, EMPTY_ENGINE } from '../../../src/store/store';
import { DEFAULT_SETTINGS } from '../../../src/metrics/settings';
import { PredictivePanel } from '../../../src/panels/predictive/PredictivePanel';
import { atRiskCsv } from '../../../src/panels/predictive/atRiskCsv';
import { csvField } from '../../../src/ui/export/csv';
import type { AtRiskCustomer } from '../../../src/metrics/predictive';

async function renderWith(path: string, fileName: string): Promise<void> {
  const engine = new Engine();
  const outcome = await engine.load(new Uint8Array(readFileSync(path)), { fileName });
  if (!outcome.ok) throw new Error(outcome.message);
  useAppStore.setState({ engine: outcome.state, settings: DEFAULT_SETTINGS, filters: {} });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <EngineProvider client={inProcessClient(engine)}>
        <PredictivePanel />
      </EngineProvider>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  useAppStore.setState({ engine: EMPTY_ENGINE, problems: [], upload: null, stored: {}, filters: {} });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PredictivePanel on CDNOW', () => {
  it('says the model is fitting, then shows the customers at risk and downloads them as CSV', async () => {
    await renderWith('test/fixtures/cdnow/CDNOW_sample.txt', 'CDNOW_sample.txt');
    expect(screen.getByRole('status')).toHaveTextContent('Fitting the model… this runs in the background and the page stays usable');
    const table = await screen.findByRole('table', { name: 'Customers at risk, by value at risk' });
    // Header row + the 50 customers with the most value at risk.
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    const values = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.querySelector('[data-value]')!.getAttribute('data-value')));
    expect(values).toEqual([...values].sort((u, v) => v - u));
    expect(screen.getByRole('table', { name: 'Customers by probability of being active' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /^Expected purchases by number of repeat purchases/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'How likely each customer is still active' })).toBeInTheDocument();
    // No holdout unless one is chosen.
    expect(screen.queryByRole('table', { name: /holdout period/ })).not.toBeInTheDocument();

    let saved: Blob | null = null;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:at-risk';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('customers-at-risk.csv');
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download customers at risk (CSV)' }));
    expect(click).toHaveBeenCalledTimes(1);
    const lines = (await (saved as Blob | null)!.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Customer,P(alive),Expected purchases,Predicted value,Past value,Value at risk');
    expect(lines).toHaveLength(51);
    const firstId = within(within(table).getAllByRole('row')[1]!).getByRole('rowheader').textContent;
    expect(lines[1]!.split(',')[0]).toBe(firstId);
  });

  it('moves the what-if slider and adds the holdout check when a calibration end is chosen', async () => {
    await renderWith('test/fixtures/cdnow/CDNOW_sample.txt', 'CDNOW_sample.txt');
    const slider = await screen.findByRole('slider', { name: 'Lower dropout by' });
    const result = () => screen.getByText(/^Predicted value .* → /).textContent;
    const atTen = result();
    fireEvent.change(slider, { target: { value: '40' } });
    expect(screen.getByText('40%')).toBeInTheDocument();
    await waitFor(() => expect(result()).not.toBe(atTen), { timeout: 5000 });

    fireEvent.change(screen.getByLabelText('Calibration end'), { target: { value: '1997-09-30' } });
    const holdout = await screen.findByRole('checkbox', { name: 'Check the model against the orders after the calibration end' });
    await waitFor(() => expect(holdout).toBeEnabled());
    fireEvent.click(holdout);
    const check = await screen.findByRole('table', { name: /holdout period/ }, { timeout: 5000 });
    // Groups x = 0 … 6 and 7+, under a header row.
    expect(within(check).getAllByRole('row')).toHaveLength(9);
    expect(screen.getByText(/1,882 made/)).toBeInTheDocument();
  });
});

describe('PredictivePanel in Solar Hijri with Persian digits', () => {
  it('takes the calibration end as a Jalali date and the horizon in Persian digits, and keeps the last valid number', async () => {
    await renderWith('test/fixtures/cdnow/CDNOW_sample.txt', 'CDNOW_sample.txt');
    useAppStore.getState().setSettings({ calendar: 'jalali' });
    await screen.findByRole('table', { name: 'Customers at risk, by value at risk' });
    const calibration = await screen.findByLabelText('Calibration end');
    expect(calibration).toHaveAttribute('type', 'text');
    expect(calibration).toHaveValue('');
    // 1376/07/08 (8 Mehr 1376) is 1997-09-30, the usual CDNOW calibration end.
    fireEvent.change(calibration, { target: { value: '۱۳۷۶/۰۷/۰۸' } });
    const holdout = await screen.findByRole('checkbox', { name: 'Check the model against the orders after the calibration end' });
    await waitFor(() => expect(holdout).toBeEnabled());
    fireEvent.click(holdout);
    expect(await screen.findByText(/1,882 made/, {}, { timeout: 5000 })).toBeInTheDocument();

    const horizon = screen.getByLabelText('Horizon (months)');
    fireEvent.change(horizon, { target: { value: '۲۴' } });
    expect(horizon).toHaveAttribute('aria-invalid', 'false');
    fireEvent.change(horizon, { target: { value: '۵۰۰' } });
    expect(horizon).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a number from 1 to 120; the last valid value is used.')).toBeInTheDocument();
    fireEvent.change(horizon, { target: { value: '' } });
    expect(horizon).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('PredictivePanel on a tiny file', () => {
  it('says plainly that there are fewer than 30 customers and shows no figures', async () => {
    await renderWith('test/fixtures/e2e/three-months-with-refund.csv', 'three-months-with-refund.csv');
    expect(
      await screen.findByText('There are fewer than 30 customers in this selection (6). The model needs at least 30 customers to be estimated.'),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('atRiskCsv', () => {
  const customer: AtRiskCustomer = {
    customerId: '=HYPERLINK("http://x","y")',
    probabilityAlive: 0.1234567,
    expectedPurchases: 0.5,
    predictedClv: 12.345,
    predictedClvIfAlive: 100,
    historicalValue: 80,
    valueAtRisk: 72,
    frequency: 2,
    recency: 3,
    age: 10,
  };
  const headers = { customer: 'Customer', probabilityAlive: 'P', expectedPurchases: 'E', predictedClv: 'CLV', historicalValue: 'Past', valueAtRisk: 'Risk' };

  it('neutralises formulas (= + - @ tab CR) with a leading quote and quotes fields per RFC 4180', () => {
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe("\"'\rx\"");
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    // '=HYPERLINK("http://x","y")' → prefixed, then quoted with doubled quotes (it holds a comma and quotes).
    expect(atRiskCsv([customer], headers)).toBe(`Customer,P,E,CLV,Past,Risk\r\n"'=HYPERLINK(""http://x"",""y"")",0.123457,0.5,12.35,80,72\r\n`);
  });
});
