/**
 * The built site in Persian and Arabic in real headless Chromium, on the sample data (?demo):
 * right-to-left layout, the language's digits in the KPI figures (or Latin digits when chosen),
 * Solar Hijri month names in the cohort table for fa, the bundled Vazirmatn font, no request
 * outside the origin, no serious axe-core violation, and the README screenshots
 * docs/images/dashboard-fa.png and -ar.png.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, chartsDrawn, collectErrors, recordRequests, siteAndBrowser } from './harness';

const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

const e2e = siteAndBrowser();

/** Opens the sample in a language and waits until the KPI figures and the cohort table are drawn. */
async function openSample(search: string, locale: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 1600 }, locale });
  const recorded = recordRequests(page);
  const errors = collectErrors(page);
  await page.goto(`${e2e.site.url}${search}`);
  await page.locator('.kpi [data-value]').first().waitFor({ timeout: 60_000 });
  await page.locator('table.heatmap tbody tr').first().waitFor({ timeout: 60_000 });
  await page.locator('.upload__progress').waitFor({ state: 'detached', timeout: 60_000 });
  return { page, requests: recorded.map((r) => r.url()), errors };
}

async function pageFacts(page: Page) {
  return page.evaluate(() => ({
    dir: document.dir,
    lang: document.documentElement.lang,
    kpi: document.querySelector('.kpi dd')?.textContent ?? '',
    cohorts: [...document.querySelectorAll('table.heatmap tbody th')].map((cell) => cell.textContent ?? ''),
    fontFamily: getComputedStyle(document.body).fontFamily,
    vazirmatnLoaded: [...document.fonts].some((font) => font.family.replace(/"/g, '') === 'Vazirmatn' && font.status === 'loaded'),
    legendNames: [...document.querySelectorAll('.chart-legend .recharts-legend-item-text')].map((name) => name.textContent ?? ''),
    // Recharts' default legend labels its icons "<series> legend icon" in English.
    englishIconLabels: [...document.querySelectorAll('[aria-label$="legend icon"]')].length,
  }));
}

function outsideOrigin(requests: readonly string[]): string[] {
  const origin = new URL(e2e.site.url).origin;
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

describe('languages in Chromium', () => {
  it('shows the sample in Persian: right to left, Persian digits, Solar Hijri months, bundled font', async () => {
    // No lang parameter: the browser's language (fa-IR) chooses.
    const { page, requests, errors } = await openSample('?demo', 'fa-IR');
    const facts = await pageFacts(page);
    expect(facts.dir).toBe('rtl');
    expect(facts.lang).toBe('fa');
    expect(facts.kpi).toMatch(/^[۰-۹٬]+$/);
    expect(facts.cohorts.some((label) => PERSIAN_MONTHS.some((month) => label.startsWith(month)) && /[۰-۹]{4}$/.test(label))).toBe(true);
    expect(facts.fontFamily).toContain('Vazirmatn');
    expect(facts.vazirmatnLoaded).toBe(true);
    // The layout mirrors: the page heading sits on the right.
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading!.x + heading!.width).toBeGreaterThan(1280 / 2);
    mkdirSync('docs/images', { recursive: true });
    await chartsDrawn(page);
    await page.screenshot({ path: 'docs/images/dashboard-fa.png', fullPage: false });
    // Chart legends name their series in Persian, and no icon is labelled in English.
    await page.locator('#tab-churn').click();
    await page.locator('.chart-legend li').first().waitFor({ timeout: 30_000 });
    const legends = await pageFacts(page);
    expect(legends.legendNames.length).toBeGreaterThan(0);
    // (Acronyms such as CRR stay Latin.)
    expect(legends.legendNames.filter((name) => /[a-z]/.test(name))).toEqual([]);
    expect(legends.englishIconLabels).toBe(0);
    expect(outsideOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the sample in Arabic with Arabic-Indic digits, and Latin digits when chosen', async () => {
    const { page, requests, errors } = await openSample('?demo&lang=ar', 'en-US');
    let facts = await pageFacts(page);
    expect(facts.dir).toBe('rtl');
    expect(facts.lang).toBe('ar');
    expect(facts.kpi).toMatch(/^[٠-٩٬]+$/);
    expect(facts.cohorts.every((label) => /[٠-٩]{4}$/.test(label))).toBe(true);
    await chartsDrawn(page);
    await page.screenshot({ path: 'docs/images/dashboard-ar.png', fullPage: false });

    await page.locator('#setting-digits').selectOption('latin');
    await page.waitForFunction(() => /^[0-9,]+$/.test(document.querySelector('.kpi dd')?.textContent ?? ''));
    facts = await pageFacts(page);
    expect(facts.dir).toBe('rtl');
    expect(facts.kpi).toMatch(/^[0-9,٬]+$/);
    expect(new URL(page.url()).searchParams.get('digits')).toBe('latin');
    expect(outsideOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations in Persian and Arabic', async () => {
    // The page's CSP (script-src 'self') refuses injected scripts: this context alone bypasses it to run axe.
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    for (const language of ['fa', 'ar']) {
      await page.goto(`${e2e.site.url}?demo&lang=${language}`);
      await page.locator('table.heatmap tbody tr').first().waitFor({ timeout: 60_000 });
      await page.locator('.upload__progress').waitFor({ state: 'detached', timeout: 60_000 });
      const violations = await axeViolations(page);
      expect({ language, violations }).toEqual({ language, violations: [] });
    }
    await context.close();
  });
});
