/**
 * The built site in real headless Chromium: sample data, upload through the real file input,
 * the same KPI figures as the CLI, bad files refused without losing data, no outside requests.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chartsDrawn, collectErrors, recordRequests, siteAndBrowser } from './harness';

const e2e = siteAndBrowser();

async function kpi(page: Page, name: string): Promise<number> {
  const value = await page.getByRole('group', { name }).locator('[data-value]').getAttribute('data-value');
  return Number(value);
}

function cliReport(file: string): { orders: number; customers: number; revenue: number; rejectedRows: number } {
  const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/report.ts', file, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as { orders: number; customers: number; revenue: number; rejectedRows: number };
}

describe('dashboard in Chromium', () => {
  it('opens on the sample data with ?demo, draws the overview and the cohort heat map, and requests nothing outside its origin', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(page);
    const errors = collectErrors(page);
    await page.goto(`${e2e.site.url}?demo`);
    await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
    expect(await kpi(page, 'Orders')).toBeGreaterThan(1000);
    await page.getByRole('table', { name: /cohort/i }).waitFor();
    const rows = await page.getByRole('table', { name: /cohort/i }).locator('tbody tr').count();
    expect(rows).toBeGreaterThan(12);
    // Wait until every sample file is read (the progress bar goes away) before the README screenshot.
    await page.locator('.upload__progress').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByText('events.csv').first().waitFor();
    mkdirSync('docs/images', { recursive: true });
    await chartsDrawn(page);
    await page.screenshot({ path: 'docs/images/dashboard.png', fullPage: false });
    const origin = new URL(e2e.site.url).origin;
    const outside = requests.map((r) => r.url()).filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uploads a CSV through the real file input and shows the figures the CLI prints', async () => {
    const file = 'test/fixtures/e2e/three-months-with-refund.csv';
    const expected = cliReport(file);
    expect(expected).toMatchObject({ orders: 10, customers: 6, rejectedRows: 0 });
    expect(expected.revenue).toBeCloseTo(905.74, 2);

    const page = await e2e.browser.newPage();
    await page.goto(e2e.site.url);
    await page.getByText('No orders loaded yet').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Load all' }).click(); // the mapping screen
    await page.getByRole('group', { name: 'Orders' }).waitFor();
    expect(await kpi(page, 'Orders')).toBe(expected.orders);
    expect(await kpi(page, 'Customers')).toBe(expected.customers);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(expected.revenue, 2);
    expect(await kpi(page, 'Repeat-purchase rate')).toBeCloseTo(50, 5);

    // A PNG renamed .csv is refused with a message naming it; the previous figures stay on screen.
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/png-renamed.csv');
    const alert = page.getByRole('alert').filter({ hasText: 'png-renamed.csv' });
    await alert.waitFor();
    expect(await kpi(page, 'Orders')).toBe(expected.orders);
    await page.close();
  });

  it('keeps an uploaded file across a reload, and "Remove my data" really removes it', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.site.url);
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/three-months-with-refund.csv');
    await page.getByRole('button', { name: 'Load all' }).click(); // the mapping screen
    await page.getByRole('group', { name: 'Orders' }).waitFor();
    expect(await kpi(page, 'Orders')).toBe(10);

    await page.reload();
    await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 30_000 });
    expect(await kpi(page, 'Orders')).toBe(10);

    await page.getByRole('button', { name: 'Remove my data' }).click();
    await page.getByText('No orders loaded yet').waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('retention-dashboard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('files')) return resolve(0);
            const count = db.transaction('files').objectStore('files').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );
    expect(stored).toBe(0);
    await page.reload();
    await page.getByText('No orders loaded yet').waitFor();
    expect(await page.getByRole('group', { name: 'Orders' }).count()).toBe(0);
    await page.close();
  });
});
