/**
 * Every global control changes the figures, in real headless Chromium on the built site with the
 * sample (`?demo`): period, date range, churn window, margin %, currency, the channel and country
 * filters and the RFM segment click-through. Each change goes through the real control, found by
 * its label, and the figure it moves is checked against a value computed outside the browser:
 * by hand from public/samples/orders.csv (orders and revenue in a date range or for a channel,
 * cohort counts per period), by the CLI (`npm run -s report -- orders.csv --json`), or by the same
 * engine the CLI runs, in Node, for the settings the CLI has no option for (churn window, margin).
 * Then a chart is saved as PNG and SVG and a table as CSV through the export menu.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { collectErrors, siteAndBrowser } from './harness';
import { Engine } from '../../src/worker/engine';
import { DEFAULT_SETTINGS, type Filters, type Settings } from '../../src/metrics/settings';

const SAMPLE_ORDERS = 'public/samples/orders.csv';

const e2e = siteAndBrowser();
/** The engine the CLI runs, loaded with the sample orders in Node (figures for settings the CLI has no option for). */
let engine: Engine;

beforeAll(async () => {
  engine = new Engine();
  const outcome = await engine.load(new Uint8Array(readFileSync(SAMPLE_ORDERS)), { fileName: 'orders.csv' });
  expect(outcome.ok).toBe(true);
});

interface SampleRow {
  orderId: string;
  customerId: string;
  date: string;
  amount: number;
  status: string;
  channel: string;
  country: string;
}

/** The sample's rows, read by hand (its README: no quoted fields, one row per line item). */
function sampleRows(): SampleRow[] {
  const text = readFileSync(SAMPLE_ORDERS, 'utf8');
  expect(text.includes('"')).toBe(false);
  const [header, ...lines] = text.trimEnd().split('\n');
  expect(header).toBe('order_id,customer_id,order_date,product,category,quantity,unit_price,amount,cost,status,channel,country');
  return lines.map((line) => {
    const f = line.split(',');
    return { orderId: f[0]!, customerId: f[1]!, date: f[2]!.slice(0, 10), amount: Number(f[7]), status: f[9]!, channel: f[10]!, country: f[11]! };
  });
}

/**
 * Orders and revenue as docs/metrics.md defines them, by hand: paid rows of known customers
 * (refunded and cancelled orders are no purchase, guest rows are excluded), distinct order ids,
 * sum of line amounts. Channel and country are the same on all of a customer's rows in the sample,
 * so a row-level predicate equals the filter by the customer's first purchase.
 */
function handFigures(rows: readonly SampleRow[], keep: (row: SampleRow) => boolean): { orders: number; revenue: number } {
  const orders = new Set<string>();
  let revenue = 0;
  for (const row of rows) {
    if (row.status !== 'paid' || row.customerId === '' || !keep(row)) continue;
    orders.add(row.orderId);
    revenue += row.amount;
  }
  return { orders: orders.size, revenue };
}

function cliReport(): { orders: number; customers: number; revenue: number; rfm: { segments: { segment: string; customers: number }[] } } {
  const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/report.ts', SAMPLE_ORDERS, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as ReturnType<typeof cliReport>;
}

function nodeFigure<T>(metric: 'retention', settings: Partial<Settings>, filters: Filters = {}): T {
  return engine.compute({ metric, settings: { ...DEFAULT_SETTINGS, ...settings }, filters } as Parameters<Engine['compute']>[0]) as T;
}

/** A figure card (KpiCard or StatCard) by its label inside a container: its raw value. */
async function figure(page: Page, container: string, name: string): Promise<number> {
  return Number(await page.locator(container).getByRole('group', { name, exact: true }).locator('[data-value]').getAttribute('data-value'));
}

/** Waits until a figure card in `container` holds `expected` (to the cent): figures are computed in the worker. */
async function figureBecomes(page: Page, container: string, name: string, expected: number): Promise<void> {
  await page.waitForFunction(
    ([selector, label, want]) => {
      const group = [...document.querySelectorAll(`${selector} [role="group"]`)].find((g) => g.getAttribute('aria-label') === label);
      const value = group?.querySelector('[data-value]')?.getAttribute('data-value');
      return value !== undefined && value !== null && value !== '' && Math.abs(Number(value) - want) < 0.005;
    },
    [container, name, expected] as const,
    { timeout: 30_000 },
  );
}

const kpi = (page: Page, name: string) => figure(page, '#overview', name);
const kpiBecomes = (page: Page, name: string, expected: number) => figureBecomes(page, '#overview', name, expected);

async function openDemo(page: Page): Promise<void> {
  await page.goto(`${e2e.site.url}?demo`);
  await page.locator('#overview').getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
  await page.getByRole('table', { name: /cohort retention table/i }).waitFor({ timeout: 60_000 });
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForFunction((tab) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === tab, name);
}

/** The cohorts' machine labels (2022-01, 2021-W52, 2022-Q1); the cells show them in the reader's calendar and language. */
function cohortLabels(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: /cohort retention table/i })
    .locator('tbody th')
    .evaluateAll((headers) => headers.map((header) => header.getAttribute('data-label') ?? ''));
}

/**
 * Waits until the cohort heat map has `count` rows whose first label matches `first`. A large heat
 * map draws only the rows in view and gives its row count (with the header row) in aria-rowcount.
 */
async function cohortRowsBecome(page: Page, count: number, first: string): Promise<void> {
  await page.waitForFunction(
    ([n, label]) => {
      const table = document.querySelector('table.heatmap');
      const headers = document.querySelectorAll('.heatmap tbody th');
      const rowCount = table?.hasAttribute('aria-rowcount') ? Number(table.getAttribute('aria-rowcount')) - 1 : headers.length;
      return rowCount === n && headers[0]?.getAttribute('data-label') === label;
    },
    [count, first] as const,
    { timeout: 30_000 },
  );
}

describe('every global control changes the figures (Chromium, sample data)', () => {
  const rows = sampleRows();

  it('period: weeks, months and quarters give the cohort rows counted by hand', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors = collectErrors(page);
    await openDemo(page);
    // The sample runs from Saturday 2022-01-01 (ISO week 2021-W52) to Monday 2025-06-30 (2025-W27):
    // 42 months, 14 quarters and (2025-06-30 − 2021-12-27) / 7 + 1 = 1281 / 7 + 1 = 184 ISO weeks,
    // and every one of them acquires at least one customer.
    let labels = await cohortLabels(page);
    expect(labels).toHaveLength(42);
    expect([labels[0], labels.at(-1)]).toEqual(['2022-01', '2025-06']);

    const period = page.getByLabel('Period', { exact: true });
    await period.selectOption({ label: 'Week' });
    await cohortRowsBecome(page, 184, '2021-W52');
    // 184 × 186 columns: the heat map scrolls in its own box and draws the rows in view only;
    // scrolled to its end, it draws the last cohort.
    labels = await cohortLabels(page);
    expect(labels.length).toBeLessThan(60);
    expect(labels.every((label) => /^\d{4}-W\d{2}$/.test(label))).toBe(true);
    await page.locator('.heatmap-wrap--windowed').evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await page.waitForFunction(() => [...document.querySelectorAll('.heatmap tbody th')].at(-1)?.getAttribute('data-label') === '2025-W27', null, { timeout: 10_000 });

    // Its CSV holds every cohort, drawn or not.
    await page.getByLabel('Export Cohort retention').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV: Cohort retention table/ }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv).toHaveLength(1 + 184);
    expect([csv[1]!.split(',')[0], csv[184]!.split(',')[0]]).toEqual(['2021-W52', '2025-W27']);

    await period.selectOption({ label: 'Quarter' });
    await cohortRowsBecome(page, 14, '2022-Q1');
    expect((await cohortLabels(page)).at(-1)).toBe('2025-Q2');

    await period.selectOption({ label: 'Month' });
    await cohortRowsBecome(page, 42, '2022-01');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('date range: From and To narrow orders and revenue to the figures summed by hand for 2023', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await openDemo(page);
    const all = handFigures(rows, () => true);
    expect(await kpi(page, 'Orders')).toBe(all.orders);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(all.revenue, 2);

    await page.getByLabel('From', { exact: true }).fill('2023-01-01');
    const fromOnly = handFigures(rows, (row) => row.date >= '2023-01-01');
    await kpiBecomes(page, 'Orders', fromOnly.orders);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(fromOnly.revenue, 2);

    await page.getByLabel('To', { exact: true }).fill('2023-12-31');
    const year2023 = handFigures(rows, (row) => row.date >= '2023-01-01' && row.date <= '2023-12-31');
    expect(year2023.orders).toBeLessThan(fromOnly.orders);
    await kpiBecomes(page, 'Orders', year2023.orders);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(year2023.revenue, 2);
    expect(await kpi(page, 'Revenue')).toBeLessThan(all.revenue);
    // Only 2023's cohorts remain in the heat map.
    const labels = await cohortLabels(page);
    expect([labels.length, labels[0], labels.at(-1)]).toEqual([12, '2023-01', '2023-12']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('channel and country filters keep the customers first acquired there (orders and revenue by hand)', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await openDemo(page);

    await page.getByText('Channel: all').click();
    await page.getByRole('checkbox', { name: 'email' }).check();
    const email = handFigures(rows, (row) => row.channel === 'email');
    await kpiBecomes(page, 'Orders', email.orders);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(email.revenue, 2);

    await page.getByRole('checkbox', { name: 'referral' }).check();
    const emailOrReferral = handFigures(rows, (row) => row.channel === 'email' || row.channel === 'referral');
    expect(emailOrReferral.orders).toBeGreaterThan(email.orders);
    await kpiBecomes(page, 'Orders', emailOrReferral.orders);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(emailOrReferral.revenue, 2);
    await page.getByText('Channel: 2 selected').click(); // close the list

    await page.getByText('Country: all').click();
    await page.getByRole('checkbox', { name: /^DE\b|Germany/ }).check();
    const both = handFigures(rows, (row) => (row.channel === 'email' || row.channel === 'referral') && row.country === 'DE');
    expect(both.orders).toBeLessThan(emailOrReferral.orders);
    await kpiBecomes(page, 'Orders', both.orders);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(both.revenue, 2);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await kpiBecomes(page, 'Orders', handFigures(rows, () => true).orders);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('currency: EUR shows € on the same revenue; churn window: 30 days lowers the customers active at the end', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await openDemo(page);
    const revenueCard = page.locator('#overview').getByRole('group', { name: 'Revenue', exact: true }).locator('dd');
    expect(await revenueCard.innerText()).toContain('$');
    const revenue = await kpi(page, 'Revenue');
    await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
    await page.waitForFunction(() => document.querySelector('#overview [aria-label="Revenue"] dd')?.textContent?.includes('€') === true);
    expect(await revenueCard.innerText()).not.toContain('$');
    expect(await kpi(page, 'Revenue')).toBe(revenue); // amounts are not converted

    await openTab(page, 'Churn and retention');
    const ratesTable = page.getByRole('region', { name: 'Retention and churn per period' }).locator('table');
    const endActiveColumn = 2; // Period (row header), Active at start (S), Active at end (E)
    const lastEndActive = async () => Number((await ratesTable.locator('tbody tr').last().locator('th, td').nth(endActiveColumn).innerText()).replace(/\D/g, ''));
    await ratesTable.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await ratesTable.locator('thead th').nth(endActiveColumn).innerText()).toBe('Active at end (E)');
    type Retention = { churnWindow: { days: number }; periods: { endActive: number }[] };
    const derived = nodeFigure<Retention>('retention', {});
    const thirtyDays = nodeFigure<Retention>('retention', { churnWindowDays: 30 });
    expect(await lastEndActive()).toBe(derived.periods.at(-1)!.endActive);
    expect(await page.getByText(/^Churn window in use: /).innerText()).toContain(String(derived.churnWindow.days));

    await page.getByLabel('Churn window (days)', { exact: true }).fill('30');
    await page.getByText('Churn window in use: 30 days (your setting).').waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      (expected) => {
        const cells = document.querySelector('[aria-label="Retention and churn per period"] tbody tr:last-child')?.querySelectorAll('th, td');
        return cells?.[2]?.textContent?.replace(/\D/g, '') === String(expected);
      },
      thirtyDays.periods.at(-1)!.endActive,
      { timeout: 30_000 },
    );
    // A shorter window: fewer customers count as active.
    expect(thirtyDays.periods.at(-1)!.endActive).toBeLessThan(derived.periods.at(-1)!.endActive);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('margin %: fills in the rows without a cost, so the average margin covers every customer', async () => {
    // costs-with-a-gap.csv: A 100 (cost 60) + 50 (no cost), B 80 (cost 30), C 40 (cost 10).
    // Cost only: A unknown, B 50, C 30 → average 40 over 2 customers, coverage shown.
    // 50 %: A = 40 + 25 = 65 → (65 + 50 + 30) / 3; 20 %: A = 40 + 10 = 50 → (50 + 50 + 30) / 3.
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(e2e.site.url);
    await page.getByText('No orders loaded yet').waitFor();
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/costs-with-a-gap.csv');
    await page.getByRole('button', { name: 'Load all' }).click(); // the mapping screen
    await page.locator('#overview').getByRole('group', { name: 'Orders' }).waitFor();
    await openTab(page, 'Customer value');
    await figureBecomes(page, '#value', 'Average margin per customer', 40);
    const coverage = page.locator('#value').getByText(/^Customers covered: /).first();
    expect(await coverage.isVisible()).toBe(true);

    await page.getByLabel('Margin %', { exact: true }).fill('50');
    await figureBecomes(page, '#value', 'Average margin per customer', 145 / 3);
    await coverage.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByLabel('Margin %', { exact: true }).fill('20');
    await figureBecomes(page, '#value', 'Average margin per customer', 130 / 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('margin %: on a file without a cost column, 50 % makes the average margin half the average CLV', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(e2e.site.url);
    await page.getByText('No orders loaded yet').waitFor();
    // 10 orders of 6 customers, 905.74 net of a refund (test/fixtures/e2e/README.md).
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/three-months-with-refund.csv');
    await page.getByRole('button', { name: 'Load all' }).click(); // the mapping screen
    await page.locator('#overview').getByRole('group', { name: 'Orders' }).waitFor();
    await openTab(page, 'Customer value');
    await figureBecomes(page, '#value', 'Average historical CLV', 905.74 / 6);
    expect(await page.locator('#value').getByRole('group', { name: 'Average margin per customer' }).count()).toBe(0);

    await page.getByLabel('Margin %', { exact: true }).fill('50');
    await figureBecomes(page, '#value', 'Average margin per customer', 905.74 / 6 / 2);
    await page.getByLabel('Margin %', { exact: true }).fill('20');
    await figureBecomes(page, '#value', 'Average margin per customer', (905.74 / 6) * 0.2);
    expect(await figure(page, '#value', 'Average historical CLV')).toBeCloseTo(905.74 / 6, 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('RFM segment: choosing the Champions tile filters the page to the CLI’s champions', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await openDemo(page);
    const report = cliReport();
    const champions = report.rfm.segments.find((s) => s.segment === 'champions')!.customers;
    expect(champions).toBeGreaterThan(0);
    expect(await kpi(page, 'Customers')).toBe(report.customers);

    await openTab(page, 'RFM segments');
    await page.getByRole('button', { name: /^Champions\b/ }).click();
    await page.getByText(`Showing ${champions.toLocaleString('en-US')} customers in the RFM segment “Champions”`).waitFor({ timeout: 30_000 });
    await kpiBecomes(page, 'Customers', champions);
    expect(await kpi(page, 'Orders')).toBeLessThan(report.orders);
    expect(new URL(page.url()).searchParams.get('segment')).toBe('champions');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves the CLV chart as PNG and SVG and its table as CSV from the Customer value export menu', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors = collectErrors(page);
    await openDemo(page);
    await openTab(page, 'Customer value');
    const chartName = 'Historical CLV by acquisition cohort';
    await page.locator('#value [role="img"][aria-label="Historical CLV by acquisition cohort"] .recharts-wrapper > svg').waitFor({ timeout: 30_000 });
    const menu = page.getByLabel('Export Customer value');

    const save = async (button: string) => {
      await menu.click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };

    const png = await save(`Save PNG: ${chartName}`);
    expect(png.name).toBe('value-historical-clv-by-acquisition-cohort.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(0); // IHDR width

    const svg = await save(`Save SVG: ${chartName}`);
    expect(svg.name).toBe('value-historical-clv-by-acquisition-cohort.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText.trimEnd().endsWith('</svg>')).toBe(true);
    // The drawing with its legend (booleans, so a failure does not print the whole file).
    expect(svgText.includes('class="recharts-surface"')).toBe(true);
    expect(svgText.includes('>Average historical CLV</text>')).toBe(true);

    const csv = await save(`Download CSV: ${chartName}`);
    expect(csv.name).toBe('value-historical-clv-by-acquisition-cohort.csv');
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Group,Customers,Net revenue,Average historical CLV,Median historical CLV,Average margin per customer');
    expect(lines).toHaveLength(1 + 42); // one row per monthly cohort
    // The first cohort: its 50 customers (the CLI's cohort table, first row).
    expect(lines[1]).toMatch(/^2022-01,50,/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
