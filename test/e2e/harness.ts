/**
 * Browser-test harness: serves the built site (dist/) with `vite preview` on localhost and drives
 * Debian's Chromium through playwright-core. Never downloads a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built site under test: dist/ unless E2E_DIST names another build (parallel local runs). */
export const DIST_DIR = process.env.E2E_DIST ?? 'dist';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install chromium ` +
        '(or set CHROMIUM_PATH). The tests never download a browser.',
    );
  }
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` first (npm test does).`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Site {
  url: string;
  stop: () => Promise<void>;
}

/** `vite preview` of dist/ on a free loopback port. */
export async function servePreview(): Promise<Site> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', DIST_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('vite preview did not start within 30 s');
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: async () => {
      child.kill();
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The built site and a Chromium for one test file: started before its tests, stopped after.
 * Read `.site` and `.browser` inside tests and hooks (they exist once the file's beforeAll ran).
 */
export function siteAndBrowser(): { readonly site: Site; readonly browser: Browser } {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await servePreview();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return {
    get site(): Site {
      if (!site) throw new Error('The site is not started: use it inside a test or a hook.');
      return site;
    },
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not started: use it inside a test or a hook.');
      return browser;
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  count: number;
  targets: string[];
}

/**
 * Serious and critical axe-core violations on the page as it stands, in `selector` or the whole
 * document. Injects axe-core when the page does not have it yet: the page must come from a context
 * with bypassCSP (the site's CSP refuses injected scripts).
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async (selector) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Element | Document, options: object) => Promise<Result> } }).axe;
    const context = selector === null ? document : document.querySelector(selector);
    if (!context) throw new Error(`axe: nothing matches ${selector}`);
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, selector ?? null);
}

/**
 * Waits until the open panel shows no "Computing…" or "Fitting…" status (figures come from the
 * worker) and every chart box and heat map in it has been drawn (they mount one per task: ChartBox).
 */
export async function panelSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const panel = document.querySelector('[role="tabpanel"]');
      return panel !== null && panel.textContent !== '' && !/Computing…|Fitting/.test(panel.textContent ?? '') && panel.querySelector('.chart[aria-busy="true"], .heatmap-wrap[aria-busy="true"]') === null;
    },
    undefined,
    { timeout: 90_000 },
  );
}

/** Waits until no chart box on the page is still waiting for its turn (before a screenshot). */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.chart[aria-busy="true"], .heatmap-wrap[aria-busy="true"]') === null, undefined, { timeout: 30_000 });
}

/** Records every request a page makes, so tests can prove nothing leaves the origin. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Collects uncaught page errors and console errors. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
