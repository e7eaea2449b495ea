/**
 * The upload flow in real Chromium (issues #3 and #9): two files through the real input, the mapping
 * screen, a changed column, the figures; a ~30 MB file cancelled half-way with the previous data kept;
 * the worker stopped (?debug-crash) and restarted with the files reloaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, collectErrors, siteAndBrowser } from './harness';

const e2e = siteAndBrowser();
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'upload-e2e-'));
});

afterAll(async () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function kpi(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('group', { name }).locator('[data-value]').getAttribute('data-value'));
}

/** About 30 MB of orders: 700,000 rows, generated here rather than kept in the repository. */
function writeLargeOrders(path: string): number {
  const lines = ['order_id,customer_id,order_date,amount,channel'];
  for (let i = 0; i < 700_000; i++) lines.push(`order-${i},customer-${i % 50_000},2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${(i % 900) + 0.5},ch${i % 7}`);
  const text = lines.join('\n') + '\n';
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

async function loadWithMapping(page: Page): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(['test/fixtures/e2e/buyer-and-shared-email.csv', 'test/fixtures/e2e/three-nps-answers.csv']);
  const dialog = page.getByRole('dialog', { name: 'Check the columns before loading' });
  await dialog.waitFor();
  const orders = dialog.getByRole('region', { name: 'buyer-and-shared-email.csv', exact: true });
  const surveys = dialog.getByRole('region', { name: 'three-nps-answers.csv', exact: true });
  expect(await orders.getByLabel('This file holds').inputValue()).toBe('orders');
  expect(await surveys.getByLabel('This file holds').inputValue()).toBe('surveys');
  expect(await orders.getByLabel('Customer id').inputValue()).toBe('Email');
  expect(await orders.getByRole('table', { name: 'First rows of buyer-and-shared-email.csv' }).locator('tbody tr').count()).toBe(4);
  await orders.getByLabel('Customer id').selectOption('Buyer');
  await expect.poll(() => orders.getByLabel('Customer id').inputValue()).toBe('Buyer');
  await dialog.getByRole('button', { name: 'Load all' }).click();
  await page.getByRole('group', { name: 'Orders' }).waitFor();
  await page.locator('.upload__progress').waitFor({ state: 'detached' });
}

describe('upload flow in Chromium', () => {
  it('two files at once through the mapping screen, a column changed, then a ~30 MB upload cancelled half-way', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(e2e.site.url);
    await loadWithMapping(page);
    expect(await kpi(page, 'Orders')).toBe(4);
    expect(await kpi(page, 'Customers')).toBe(3); // B1, B2, B3: the shared email would give 2
    expect(await kpi(page, 'Revenue')).toBeCloseTo(100, 6);
    const datasets = page.getByRole('region', { name: 'Loaded files' });
    await datasets.getByText('three-nps-answers.csv', { exact: true }).waitFor();

    const large = join(scratch, 'orders-large.csv');
    const bytes = writeLargeOrders(large);
    expect(bytes).toBeGreaterThan(28 * 1024 * 1024);
    await page.locator('input[type=file]').setInputFiles(large);
    const dialog = page.getByRole('dialog', { name: 'Check the columns before loading' });
    await dialog.getByRole('region', { name: 'orders-large.csv', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Load all' }).click();
    const progress = page.locator('.upload__progress');
    await progress.getByText('Reading orders-large.csv…').waitFor();
    // Wait until parsing is under way (the bar moved), then cancel.
    await expect.poll(async () => Number(await progress.locator('progress').getAttribute('value')), { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    // The page answers while the worker parses.
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status', { name: 'News about your data' }).getByText('Loading orders-large.csv was cancelled; your previous data is unchanged.').waitFor();
    await progress.waitFor({ state: 'detached' });
    expect(await kpi(page, 'Orders')).toBe(4);
    expect(await kpi(page, 'Customers')).toBe(3);
    expect(await datasets.getByText('orders-large.csv', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the mapping screen is keyboard usable and passes axe; the chosen mapping survives a reload', async () => {
    // The page's CSP (script-src 'self') refuses injected scripts: this context alone bypasses it to run axe.
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(e2e.site.url);
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/buyer-and-shared-email.csv');
    const dialog = page.getByRole('dialog', { name: 'Check the columns before loading' });
    await dialog.waitFor();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    // Escape closes the screen without loading; the file is offered again and chosen with the keyboard.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('group', { name: 'Orders' }).count()).toBe(0);
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/buyer-and-shared-email.csv');
    const customer = dialog.getByLabel('Customer id');
    await customer.focus();
    expect(await customer.inputValue()).toBe('Email');
    await page.keyboard.press('ArrowUp'); // options: (not in this file), Order ID, Buyer, Email, …
    await expect.poll(() => customer.inputValue()).toBe('Buyer');
    await dialog.getByRole('button', { name: 'Load all' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Orders' }).waitFor();
    expect(await kpi(page, 'Customers')).toBe(3);

    // The file comes back from IndexedDB with the mapping chosen for it, without the screen.
    await page.reload();
    await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 30_000 });
    expect(await kpi(page, 'Customers')).toBe(3);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });

  it('a stopped worker is restarted with the files reloaded, and the figures still come', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.site.url}?debug-crash`);
    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/three-months-with-refund.csv');
    await page.getByRole('button', { name: 'Load all' }).click();
    await page.getByRole('group', { name: 'Orders' }).waitFor();
    expect(await kpi(page, 'Orders')).toBe(10);

    await page.getByRole('button', { name: 'Stop the analysis engine (test)' }).click();
    await page.getByRole('status', { name: 'News about your data' }).getByText('The analysis engine stopped and was restarted; your files were reloaded.').waitFor();
    expect(await kpi(page, 'Orders')).toBe(10);
    expect(await kpi(page, 'Customers')).toBe(6);
    // A figure first asked of the new worker: the churn panel.
    await page.getByRole('tab', { name: 'Churn and retention' }).click();
    await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
    expect(await page.getByRole('tabpanel').getByText(/could not be computed/).count()).toBe(0);
    await page.close();
  });
});
