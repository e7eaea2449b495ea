/**
 * Every file of test/fixtures/bad uploaded through the real file input of the built site, in
 * Chromium, on top of a good file already loaded: a refused file shows an alert naming it and the
 * previous figures stay; a partly readable file is listed with its skipped rows, then removed.
 * No page error, ever; markup in customer ids and survey comments stays text (no element injected).
 * Expected outcomes: test/unit/reliability/badCorpusExpectations.ts (the same table as the unit test).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { EXPECTED } from '../unit/reliability/badCorpusExpectations';
import { collectErrors, siteAndBrowser } from './harness';

const BAD = 'test/fixtures/bad/';
const BASELINE = 'test/fixtures/e2e/three-months-with-refund.csv';
const CORPUS = readdirSync(BAD)
  .filter((name) => name !== 'NOTES.md')
  .sort();

const e2e = siteAndBrowser();

async function kpi(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('group', { name }).locator('[data-value]').getAttribute('data-value'));
}

function listed(page: Page, fileName: string) {
  return page.getByRole('region', { name: 'Loaded files' }).locator('li').filter({ has: page.getByText(fileName, { exact: true }) });
}

/** The alert about a file (ingest failures start with "name: "; other problems name the file too). */
function problem(page: Page, fileName: string) {
  return page.getByRole('alert').filter({ hasText: fileName });
}

/**
 * Chooses a file in the real input; when the mapping screen opens, confirms it with "Load all".
 * Resolves once the file is either refused (an alert names it) or listed among the loaded files.
 */
async function upload(page: Page, fileName: string, path: string): Promise<'refused' | 'loaded' | 'nothing'> {
  await page.locator('input[type=file]').setInputFiles(path);
  const loadAll = page.getByRole('button', { name: 'Load all' });
  const nothing = () => new Promise<'nothing'>((resolve) => setTimeout(() => resolve('nothing'), 30_000));
  const outcome = () =>
    Promise.race([
      problem(page, fileName).waitFor({ timeout: 30_000 }).then(() => 'refused' as const, nothing),
      listed(page, fileName).waitFor({ timeout: 30_000 }).then(() => 'loaded' as const, nothing),
    ]);
  const first = await Promise.race([outcome(), loadAll.waitFor({ timeout: 30_000 }).then(() => 'dialog' as const, nothing)]);
  if (first !== 'dialog') return first;
  await loadAll.click();
  return outcome();
}

/** A new browser context (its own empty IndexedDB) with only the good file loaded; page errors go to `errors`. */
async function freshPageWithBaseline(errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors = collectErrors(page);
  page.on('close', () => errors.push(...pageErrors));
  await page.goto(e2e.site.url);
  await page.getByText('No orders loaded yet').waitFor();
  expect(await upload(page, 'three-months-with-refund.csv', BASELINE)).toBe('loaded');
  await page.getByRole('group', { name: 'Orders' }).waitFor();
  expect(await kpi(page, 'Orders')).toBe(10);
  return { context, page };
}

async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-evil]').length + ((window as unknown as { evil?: unknown }).evil === undefined ? 0 : 1));
}

const refused = CORPUS.filter((name) => 'refused' in EXPECTED[name]!);
const loadable = CORPUS.filter((name) => !('refused' in EXPECTED[name]!));

describe('the bad-input corpus in Chromium', () => {
  it(`refuses ${refused.length} files with a message naming each, keeping the figures already on screen`, { timeout: 600_000 }, async () => {
    const errors: string[] = [];
    let { context, page } = await freshPageWithBaseline(errors);
    // Every file is tried; the mismatches are listed together at the end.
    const wrong: string[] = [];
    for (const name of refused) {
      const outcome = await upload(page, name, BAD + name);
      if (outcome !== 'refused') {
        wrong.push(`${name}: ${outcome}`);
        await context.close();
        ({ context, page } = await freshPageWithBaseline(errors));
        continue;
      }
      const text = await problem(page, name).innerText();
      const expected = EXPECTED[name]!;
      if ('refused' in expected && !expected.refused.test(text)) wrong.push(`${name}: "${text}" does not match ${expected.refused}`);
      if (!text.includes(`${name}: `)) wrong.push(`${name}: "${text}" is not an ingest message naming the file`);
      if (!text.includes('Your previous data is still loaded.')) wrong.push(`${name}: no word that the previous data stays`);
      const orders = await kpi(page, 'Orders');
      if (orders !== 10) wrong.push(`${name}: Orders ${orders} instead of 10`);
      await page.getByRole('button', { name: 'Dismiss' }).first().click();
      await problem(page, name).waitFor({ state: 'detached' });
    }
    expect(wrong).toEqual([]);
    expect(await listed(page, 'three-months-with-refund.csv').count()).toBe(1);
    await context.close();
    expect(errors).toEqual([]);
  });

  it(`loads ${loadable.length} odd files with their skipped rows counted, then removes each`, { timeout: 600_000 }, async () => {
    const errors: string[] = [];
    let { context, page } = await freshPageWithBaseline(errors);
    const wrong: string[] = [];
    for (const name of loadable) {
      const outcome = await upload(page, name, BAD + name);
      if (outcome !== 'loaded') {
        wrong.push(`${name}: ${outcome}${outcome === 'refused' ? ` (${await problem(page, name).innerText()})` : ''}`);
        await context.close();
        ({ context, page } = await freshPageWithBaseline(errors));
        continue;
      }
      const expected = EXPECTED[name]!;
      const skipped = 'rejects' in expected ? Object.values(expected.rejects ?? {}).reduce((sum, count) => sum + count, 0) : 0;
      const entry = await listed(page, name).innerText();
      const skippedText = new RegExp(`\\b${skipped} rows? skipped`);
      if (skipped > 0 ? !skippedText.test(entry) : / skipped/.test(entry)) wrong.push(`${name}: "${entry}" but ${skipped} rows skipped expected`);
      if ((await injectedElements(page)) > 0) wrong.push(`${name}: markup became elements`);
      await page.getByRole('button', { name: `Remove ${name}` }).click();
      await listed(page, name).waitFor({ state: 'detached' });
      // The figures are computed again after the removal: wait for them (10 s) before reading.
      const orders = await page
        .waitForFunction(() => document.querySelector('[role="group"][aria-label="Orders"] [data-value]')?.getAttribute('data-value') === '10', undefined, { timeout: 10_000 })
        .then(
          () => 10,
          () => kpi(page, 'Orders'),
        );
      if (orders !== 10) wrong.push(`${name}: Orders ${orders} instead of 10 after removing it`);
    }
    await context.close();
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows markup from customer ids and survey comments as text, on the mapping screen and in every panel', { timeout: 300_000 }, async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(e2e.site.url);
    await page.getByText('No orders loaded yet').waitFor();
    await page.locator('input[type=file]').setInputFiles([BAD + 'script-tag-customer-ids.csv', BAD + 'survey-comments-hostile.csv', BAD + 'spend-hostile-channels.csv']);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('<script data-evil>window.evil=1</script>').first().waitFor();
    expect(await injectedElements(page)).toBe(0);
    await dialog.getByRole('button', { name: 'Load all' }).click();
    await page.getByRole('group', { name: 'Orders' }).waitFor();
    for (const name of ['script-tag-customer-ids.csv', 'survey-comments-hostile.csv', 'spend-hostile-channels.csv']) await listed(page, name).waitFor();
    expect(await kpi(page, 'Orders')).toBe(3);
    for (const tab of await page.getByRole('tab').allInnerTexts()) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.waitForFunction(() => !/Computing…|Fitting/.test(document.querySelector('[role="tabpanel"]')?.textContent ?? 'Computing…'), undefined, { timeout: 90_000 });
      expect(await injectedElements(page), tab).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
