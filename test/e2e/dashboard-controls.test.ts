/**
 * The global controls in real headless Chromium on the built site with the sample (`?demo`):
 * period, date range and channel filter change the figures; a cohort click-through filters the
 * page and says so; a table saves as CSV and a chart as PNG; the URL reproduces the view after a
 * reload; axe-core finds no serious or critical violation; the layout holds at 1280 and 768 px;
 * and no request leaves the page's origin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { type AxeViolation, axeViolations, collectErrors, panelSettled, recordRequests, siteAndBrowser } from './harness';

const e2e = siteAndBrowser();
/** Screenshots for a person to look at (the assertions do not depend on them). */
const SCREENSHOTS = join(tmpdir(), 'dashboard-controls');

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function kpi(page: Page, name: string): Promise<number> {
  const value = await page.getByRole('group', { name }).locator('[data-value]').getAttribute('data-value');
  return Number(value);
}

/** Waits until the KPI settles on a value other than `before` (figures are computed in the worker). */
async function kpiChangedFrom(page: Page, name: string, before: number): Promise<number> {
  await page.waitForFunction(
    ([label, old]) => {
      const group = [...document.querySelectorAll('[role="group"]')].find((g) => g.getAttribute('aria-label') === label);
      const value = group?.querySelector('[data-value]')?.getAttribute('data-value');
      return value !== undefined && value !== null && value !== '' && Number(value) !== old;
    },
    [name, before] as const,
    { timeout: 30_000 },
  );
  return kpi(page, name);
}

async function openDemo(page: Page, search = '?demo'): Promise<void> {
  await page.goto(`${e2e.site.url}${search}`);
  await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
  await page.getByRole('table', { name: /cohort retention table/i }).waitFor({ timeout: 60_000 });
}

function outsideOrigin(requests: readonly Request[]): string[] {
  const origin = new URL(e2e.site.url).origin;
  return requests.map((r) => r.url()).filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** The first cohort's engine label (2022-01), kept in data-label; the cell shows it for people ("January 2022"). */
function firstCohortLabel(page: Page): Promise<string> {
  return page.getByRole('table', { name: /cohort retention table/i }).locator('tbody th').first().getAttribute('data-label').then((label) => label ?? '');
}

function firstCohortText(page: Page): Promise<string> {
  return page.getByRole('table', { name: /cohort retention table/i }).locator('tbody th').first().innerText();
}

/** The panel tabs, in order, as PanelTabs renders them. */
const PANEL_TABS = [
  'Cohort retention',
  'Churn and retention',
  'Customer value',
  'RFM segments',
  'Surveys: NPS, CSAT and CES',
  'Lifecycle funnel',
  'Predicted customer value',
];


describe('dashboard controls in Chromium', () => {
  it('changes period, date range and channel, keeps them in the URL through a reload, and requests nothing outside its origin', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(page);
    const errors = collectErrors(page);
    await openDemo(page);
    const allOrders = await kpi(page, 'Orders');
    expect(allOrders).toBeGreaterThan(1000);
    expect(await firstCohortLabel(page)).toMatch(/^\d{4}-\d{2}$/);

    // Period: the cohorts become quarters.
    await page.getByLabel('Period', { exact: true }).selectOption('quarter');
    await page.waitForFunction(() => /Q\d$/.test(document.querySelector('.heatmap tbody th')?.getAttribute('data-label') ?? ''));
    expect(await firstCohortLabel(page)).toMatch(/^\d{4}-Q\d$/);

    // Date range: from the first day of the data's second year.
    const from = page.getByLabel('From', { exact: true });
    const firstDay = await from.inputValue();
    const laterFrom = `${Number(firstDay.slice(0, 4)) + 1}-01-01`;
    await from.fill(laterFrom);
    const ordersInRange = await kpiChangedFrom(page, 'Orders', allOrders);
    expect(ordersInRange).toBeLessThan(allOrders);

    // Channel filter: email only.
    await page.getByText('Channel: all').click();
    await page.getByRole('checkbox', { name: 'email' }).check();
    const emailOrders = await kpiChangedFrom(page, 'Orders', ordersInRange);
    expect(emailOrders).toBeLessThan(ordersInRange);
    await page.getByText('Channel: 1 selected').click(); // close the list

    const url = new URL(page.url());
    expect(url.search.startsWith('?demo&')).toBe(true);
    expect(url.searchParams.get('period')).toBe('quarter');
    expect(url.searchParams.get('from')).toBe(laterFrom);
    expect(url.searchParams.getAll('f.channel')).toEqual(['email']);

    // Reload with that URL: same settings, same figures.
    await page.reload();
    await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
    await page.waitForFunction((expected) => document.querySelector('[aria-label="Orders"] [data-value]')?.getAttribute('data-value') === String(expected), emailOrders, {
      timeout: 30_000,
    });
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('quarter');
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(laterFrom);
    await page.getByText('Channel: 1 selected').click();
    expect(await page.getByRole('checkbox', { name: 'email' }).isChecked()).toBe(true);

    // Clear filters: back to every order.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await kpiChangedFrom(page, 'Orders', emailOrders)).toBe(allOrders);

    expect(outsideOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters to a cohort from the heat map, shows the notice, keeps it in the URL and clears it', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(page);
    const errors = collectErrors(page);
    await openDemo(page);
    const allOrders = await kpi(page, 'Orders');
    const cohortTable = page.getByRole('table', { name: /cohort retention table/i });
    const label = await firstCohortLabel(page);
    const text = await firstCohortText(page);
    const size = Number(await cohortTable.locator('tbody tr').first().locator('td').first().innerText().then((t) => t.replace(/\D/g, '')));
    await cohortTable.getByRole('button', { name: text }).click();
    const notice = page.getByText(new RegExp(`^Showing [\\d,.\\s]+ customers from cohort ${text}$`));
    await notice.waitFor();
    expect(Number((await notice.innerText()).replace(/^Showing ([\d,.\s]+) customers.*$/, '$1').replace(/\D/g, ''))).toBe(size);
    const cohortOrders = await kpiChangedFrom(page, 'Orders', allOrders);
    expect(cohortOrders).toBeLessThan(allOrders);
    expect(await kpi(page, 'Customers')).toBe(size);
    expect(new URL(page.url()).searchParams.get('cohort')).toBe(label);

    // The click-through survives a reload: recomputed from its source, not from a list of ids in the URL.
    await page.reload();
    await notice.waitFor({ timeout: 60_000 });
    await page.waitForFunction((expected) => document.querySelector('[aria-label="Orders"] [data-value]')?.getAttribute('data-value') === String(expected), cohortOrders, {
      timeout: 30_000,
    });

    await page.locator('.notice').getByRole('button', { name: 'Clear' }).click();
    expect(await kpiChangedFrom(page, 'Orders', cohortOrders)).toBe(allOrders);
    expect(await notice.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('cohort')).toBe(false);

    expect(outsideOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves the cohort table as CSV and the retention curve as PNG', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const requests = recordRequests(page);
    const errors = collectErrors(page);
    await openDemo(page);
    const rows = await page.getByRole('table', { name: /cohort retention table/i }).locator('tbody tr').count();
    await page.locator('#cohorts .recharts-wrapper > svg').waitFor();

    await page.getByLabel('Export Cohort retention').click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV: Cohort retention table/ }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^cohorts-cohort-retention-table.*\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('Cohort,Customers,')).toBe(true);
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/^\d{4}-\d{2},\d+,/);

    await page.getByLabel('Export Cohort retention').click();
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Save PNG: Average retention curve/ }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/^cohorts-average-retention-curve.*\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // PNG signature
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // Twice the drawn size (the chart is about a panel wide and 280 px high).
    expect(width).toBeGreaterThan(1000);
    expect(height).toBe(560);

    expect(outsideOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations, in light and dark themes', async () => {
    // The page's CSP (script-src 'self') refuses injected scripts: this context alone bypasses it to run axe.
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    for (const theme of ['light', 'dark']) {
      await openDemo(page, `?demo&theme=${theme}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const violations = await axeViolations(page);
      expect({ theme, violations }).toEqual({ theme, violations: [] });
    }
    await context.close();
  });

  it('has no serious or critical axe-core violations on any panel tab, in light and dark themes', async () => {
    // Only the open panel is mounted, so each tab is opened, left to finish computing, and checked.
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const found: { theme: string; tab: string; violations: AxeViolation[] }[] = [];
    for (const theme of ['light', 'dark']) {
      await openDemo(page, `?demo&theme=${theme}`);
      expect(await page.getByRole('tab').allInnerTexts()).toEqual(PANEL_TABS);
      for (const tab of PANEL_TABS) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.waitForFunction((name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name, tab);
        await panelSettled(page);
        found.push({ theme, tab, violations: await axeViolations(page) });
      }
    }
    // On failure the diff lists, per theme and tab, each violation's id, impact, count and first targets.
    expect(found.filter((f) => f.violations.length > 0)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lays out without horizontal scrolling from 1280 px down to 768 px (screenshots kept for review)', async () => {
    for (const width of [1280, 768]) {
      const page = await e2e.browser.newPage({ viewport: { width, height: 1000 } });
      const errors = collectErrors(page);
      await openDemo(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
      // The controls bar, the tabs and the overview fit the viewport.
      for (const selector of ['.controls-bar', '.panel-tabs__list', '#overview']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${width}.png`), fullPage: true });

      // Print: controls, tabs and export menus hidden, the heat map unclipped, panels kept whole.
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.controls-bar', '.upload', '.page-tools', '.panel-tabs__list', '.export-menu']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      const printed = await page.evaluate(() => {
        const wrap = document.querySelector('.heatmap-wrap');
        const panel = document.querySelector('#cohorts');
        return { overflow: wrap ? getComputedStyle(wrap).overflowX : null, breakInside: panel ? getComputedStyle(panel).breakInside : null };
      });
      expect(printed).toEqual({ overflow: 'visible', breakInside: 'avoid' });
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
