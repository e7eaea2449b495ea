/**
 * The privacy promises of docs/security.md, on the built site in real Chromium:
 * - no request leaves the page's origin while the sample loads, every panel is opened, a setting
 *   changes and a table is exported (every request is recorded);
 * - the Content-Security-Policy is in the page, names no other origin, and the built index.html
 *   has no inline script; a fetch to another origin is refused by the browser;
 * - a full storage keeps the loaded data on screen and says the file was not kept.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { DIST_DIR, collectErrors, panelSettled, recordRequests, siteAndBrowser } from './harness';

const e2e = siteAndBrowser();

const PANEL_TABS = ['Cohort retention', 'Churn and retention', 'Customer value', 'RFM segments', 'Surveys: NPS, CSAT and CES', 'Lifecycle funnel', 'Predicted customer value'];

/** Every recorded URL whose origin is not the site's (data: and blob: URLs are the page's own memory). */
function outsideOrigin(requests: readonly Request[]): string[] {
  const origin = new URL(e2e.site.url).origin;
  return requests.map((r) => r.url()).filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}


async function kpi(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('group', { name }).locator('[data-value]').getAttribute('data-value'));
}

describe('privacy in Chromium', () => {
  it('loads and analyses the sample, opens every panel, changes a setting and exports a CSV without one request outside its origin', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const requests = recordRequests(page);
    const errors = collectErrors(page);
    await page.goto(`${e2e.site.url}?demo`);
    await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
    await page.locator('.upload__progress').waitFor({ state: 'detached', timeout: 60_000 });

    for (const tab of PANEL_TABS) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.waitForFunction((name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name, tab);
      await panelSettled(page);
    }
    await page.getByRole('tab', { name: 'Cohort retention', exact: true }).click();
    await panelSettled(page); // the heat map mounts in its turn
    const period = page.getByLabel('Period', { exact: true });
    const before = await page.locator('.heatmap tbody tr').count();
    await period.selectOption('quarter');
    // Quarters: about a third as many cohort rows as months.
    await page.waitForFunction((months) => {
      const rows = document.querySelectorAll('.heatmap tbody tr').length;
      return rows > 0 && rows < months;
    }, before);
    await panelSettled(page);
    await page.getByLabel('Export Cohort retention').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV: Cohort retention table/ }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Cohort,Customers');

    // The page did load its own files: the sample, the scripts and the worker.
    const urls = requests.map((r) => r.url());
    expect(urls.some((url) => url.endsWith('/samples/orders.csv'))).toBe(true);
    expect(urls.some((url) => /\/assets\/worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(outsideOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ships a strict Content-Security-Policy and no inline script, and the browser enforces it', async () => {
    const html = readFileSync(`${DIST_DIR}/index.html`, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[\w.-]+\.js"/); // a file of this site, relative
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing from another origin

    const page = await e2e.browser.newPage();
    const requests = recordRequests(page);
    await page.goto(e2e.site.url);
    await page.getByText('No orders loaded yet').waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = new Map((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");

    // The policy at work: another origin cannot be fetched, and an injected inline script does not run.
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/collect?data=1').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(requests.map((r) => r.url()).filter((url) => url.includes('example.com'))).toEqual([]);
    await page.close();
  });

  it('keeps the data on screen and says so when the browser storage is full', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(e2e.site.url);
    await page.getByText('No orders loaded yet').waitFor();
    // A real quota of a few bytes for this origin, through the DevTools protocol: the next write fails.
    const session = await context.newCDPSession(page);
    await session.send('Storage.overrideQuotaForOrigin', { origin: new URL(e2e.site.url).origin, quotaSize: 1 });

    await page.locator('input[type=file]').setInputFiles('test/fixtures/e2e/three-months-with-refund.csv');
    const loadAll = page.getByRole('button', { name: 'Load all' });
    await Promise.race([loadAll.waitFor().then(() => loadAll.click()), page.getByRole('group', { name: 'Orders' }).waitFor()]);
    await page.getByRole('group', { name: 'Orders' }).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'three-months-with-refund.csv is loaded, but could not be kept for your next visit' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('this browser’s storage for this page is full');
    expect(await kpi(page, 'Orders')).toBe(10);

    // It really was not kept: after a reload the page starts empty.
    await page.reload();
    await page.getByText('No orders loaded yet').waitFor();
    expect(errors.filter((error) => !/quota/i.test(error))).toEqual([]);
    await context.close();
  });
});
