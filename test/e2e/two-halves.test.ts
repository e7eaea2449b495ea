/**
 * A large orders file in real Chromium: the engine's worker reads the first half while a second
 * Web Worker reads the other (ingest/fast/orderHalves.ts). The figures and the reject count must be
 * those of the one-pass read, computed here in Node with the same engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { collectErrors, siteAndBrowser } from './harness';
import { Engine } from '../../src/worker/engine';
import { DEFAULT_SETTINGS } from '../../src/metrics/settings';
import { TWO_HALVES_FROM_BYTES } from '../../src/ingest/fast/orderHalves';

const e2e = siteAndBrowser();
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'halves-e2e-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** ~45 MB (the halves start at 32 MB): orders with 1–3 line items, refunds, some unreadable dates, a quoted line break now and then. */
function ordersCsv(): { text: string; rows: number } {
  const lines = ['order_id,customer_id,order_date,amount,status,channel'];
  for (let i = 0; i < 500_000; i++) {
    for (let item = 0; item <= i % 3; item++) {
      const date = i % 997 === 0 ? 'not a date' : `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const channel = i % 1001 === 0 ? '"two\nlines"' : `ch${i % 5}`;
      lines.push(`${100_000 + i},C${(i * 7919) % 60_000},${date},${(i % 90) + 0.25},${i % 13 === 0 ? 'refunded' : 'paid'},${channel}`);
    }
  }
  return { text: lines.join('\n') + '\n', rows: lines.length - 1 };
}

async function kpi(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('group', { name }).locator('[data-value]').getAttribute('data-value'));
}

describe('a large orders file read in two halves in Chromium', () => {
  it('shows the figures and rejects of the one-pass read', async () => {
    const { text, rows } = ordersCsv();
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(TWO_HALVES_FROM_BYTES);
    const path = join(scratch, 'orders-two-halves.csv');
    writeFileSync(path, text);
    // The one-pass read, in Node: no second worker.
    const engine = new Engine();
    const loaded = await engine.load(bytes, { fileName: 'orders-two-halves.csv' });
    if (!loaded.ok) throw new Error(loaded.message);
    const expected = engine.compute({ metric: 'kpis', settings: DEFAULT_SETTINGS, filters: {} });
    if (expected.status !== 'ok') throw new Error('expected figures');

    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(e2e.site.url);
    await page.locator('input[type=file]').setInputFiles(path);
    await page.getByRole('dialog', { name: 'Check the columns before loading' }).getByRole('button', { name: 'Load all' }).click();
    await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
    await page.locator('.upload__progress').waitFor({ state: 'detached' });
    expect(await kpi(page, 'Orders')).toBe(expected.orders);
    expect(await kpi(page, 'Customers')).toBe(expected.customers);
    expect(await kpi(page, 'Revenue')).toBeCloseTo(expected.revenue, 6);
    const { rejects, rowsRead } = loaded.dataset;
    expect(rejects.total).toBeGreaterThan(100);
    expect(rowsRead).toBe(rows);
    await page.getByRole('region', { name: 'Loaded files' }).getByText(`${rejects.total.toLocaleString('en-US')} rows skipped`, { exact: false }).first().waitFor();

    // The second worker is there: the engine's worker started it.
    const cdp = await e2e.browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    await cdp.detach();
    expect(targetInfos.some((target) => target.type === 'worker' && /halfWorker/.test(target.url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
