/**
 * `npm run bench:browser`: the built site in headless Chromium (Debian's, through
 * test/e2e/harness.ts; nothing is downloaded). It builds nothing: run `npm run build` first, or
 * `npx vite build --outDir dist-bench` and `npm run bench:browser -- --dist dist-bench`.
 *
 * For each orders file (the bundled sample, and a generated 100k-row file, bench/data/orders-100000.csv,
 * the same file `npm run bench` uses), in a fresh browser context, the page left idle for 1 s
 * after it opens (IDLE_BEFORE_FILE_MS):
 *  (a) file chosen → the mapping screen ("Check the columns before loading", its "Load all" button
 *      drawn), then "Load all" clicked → drawn: to the first animation frame in which the
 *      overview's five KPI cards hold values, the cohort heat map has its rows and the retention
 *      curve its svg, and nothing on the page says "Computing…" or shows the upload progress bar;
 *  (b) each panel tab: from the tab's click to the first frame in which that tab is selected, its
 *      panel is mounted and nothing says "Computing…" or "Fitting the model…" (a tab whose data is
 *      not loaded, such as Surveys with an orders file only, counts once it shows its empty state);
 *  (c) a setting or filter change, 7 times each: period month ↔ quarter, month ↔ week and the e-mail channel
 *      filter on ↔ off on the cohort tab, the date range's start (first day ↔ a year later) on the
 *      Customer value tab (the sample has a cost on every line, so the margin % changes nothing).
 *      Each twice: with both results cached in react-query (redraw only)
 *      and computed afresh (see timeChange). Timed from the control's first input event to the
 *      first frame in which the figures it moves have changed (first cohort label and the heat
 *      map's first row; Orders KPI and that row; average margin per customer); median and max,
 *      and the median main-thread task time of a change (CDP Performance.getMetrics TaskDuration,
 *      which also counts playwright's own work in the page);
 *  (d) main-thread long tasks (PerformanceObserver 'longtask', buffered) while the file is inspected
 *      and while it loads ("Load all" → drawn): the longest and how many exceed 50 ms; and the
 *      longest during the changes of (c);
 *  (e) the JS heap after loading: the page's (CDP Runtime.getHeapUsage) and the engine worker's
 *      (CDP, attached to the worker target), after a forced garbage collection.
 * Times are taken inside the page with performance.now(). Prints a table and writes
 * bench/out/browser.json. Asserts nothing (STYLE.md convention 12): the machine is shared, so
 * compare runs made in the same conditions.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';

const REPEATS = 7;
/**
 * The page is left idle this long after it opens, before the file is chosen. It draws two small
 * charts out of sight meanwhile, so the dashboard's first chart does not pay for compiling
 * Recharts: chosen at once (no pause), the load has one task of 65–88 ms more.
 */
const IDLE_BEFORE_FILE_MS = 1000;
/** Pause after a change so the worker and the page are idle before the next one. */
const SETTLE_MS = 800;
/** Churn windows used to make query keys new (see timeChange); never repeated in a run. */
let freshChurnWindow = 101;
/** How long a figure may take before the run stops with what the page still shows. */
const FRAME_TIMEOUT_MS = 180_000;
const SAMPLE_FILE = 'public/samples/orders.csv';
const GENERATED_ROWS = 100_000;
const GENERATED_FILE = `bench/data/orders-${GENERATED_ROWS}.csv`;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface ChangeFigures {
  name: string;
  timesMs: number[];
  medianMs: number;
  maxMs: number;
  longestTaskMs: number;
  /** Median main-thread task time per change (CDP Performance.getMetrics TaskDuration): less sensitive than wall time to other processes. */
  mainThreadMedianMs: number;
}

interface FileFigures {
  file: string;
  bytes: number;
  ordersShown: number;
  /** File chosen → the mapping screen shows its columns (sniffing and inspection in the worker). */
  inspectedMs: number;
  inspectLongestTaskMs: number;
  /** "Load all" clicked → the dashboard drawn (parse, metrics, render). */
  drawnMs: number;
  ingestLongestTaskMs: number;
  ingestTasksOver50Ms: number;
  ingestLongTaskTotalMs: number;
  pageHeapMb: number;
  workerHeapMb: number | null;
  tabs: { tab: string; drawnMs: number }[];
  changes: ChangeFigures[];
}

/** Page-side instruments, installed before any page script runs. */
function installInstruments(): void {
  interface Bench {
    longTasks: { start: number; duration: number }[];
    armed: boolean;
    inputAt: number | null;
    fileChosenAt: number | null;
    /** The figures a change should move, by name, each as text (compared part by part). */
    signature: (name: string) => string[];
  }
  // The heat map's first row (its size and cells) and row count: a changed filter or period changes them.
  const heatmapText = () => `${document.querySelectorAll('.heatmap tbody tr').length}|${document.querySelector('.heatmap tbody tr')?.textContent ?? ''}`;
  const ordersKpi = () => document.querySelector('#overview [data-value]')?.getAttribute('data-value') ?? '';
  const signatures: Record<string, () => string[]> = {
    cohorts: () => [document.querySelector('.heatmap tbody th')?.textContent ?? '', heatmapText()],
    orders: () => [ordersKpi(), heatmapText()],
    margin: () => [document.querySelector('#value [aria-label="Average margin per customer"] [data-value]')?.getAttribute('data-value') ?? ''],
  };
  const bench: Bench = { longTasks: [], armed: false, inputAt: null, fileChosenAt: null, signature: (name) => signatures[name]?.() ?? [] };
  (window as unknown as { __bench: Bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const onInput = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'file' && event.type === 'change') bench.fileChosenAt = performance.now();
    if (bench.armed) {
      bench.armed = false;
      bench.inputAt = performance.now();
    }
  };
  for (const type of ['pointerdown', 'mousedown', 'click', 'input', 'change', 'keydown']) document.addEventListener(type, onInput, { capture: true });
}

type Condition = { kind: 'mapping' } | { kind: 'dashboard' } | { kind: 'tab'; tab: string } | { kind: 'changed'; signature: string; before: string[] };

/**
 * Resolves with performance.now() of the first animation frame in which `condition` holds:
 * 'dashboard' (the default tab fully drawn), 'tab' (that tab open and drawn), or 'changed' (every
 * part of the named signature differs from `before`), and nothing on the page is computing.
 */
function frameWhen(page: Page, condition: Condition): Promise<number> {
  return page.evaluate((condition) => {
    const bench = (window as unknown as { __bench: { signature: (name: string) => string[] } }).__bench;
    // "Computing…" (PanelFrame) and "Fitting the model…" (predictive) are both .panel__loading; a
    // selector, not the page's text, so that checking each frame costs the main thread next to nothing.
    const busy = () => document.querySelector('.panel__loading, .upload__progress, [aria-busy="true"]') !== null;
    const holds = (): boolean => {
      if (condition.kind === 'mapping') return [...document.querySelectorAll('button')].some((b) => b.textContent === 'Load all');
      if (busy()) return false;
      if (condition.kind === 'dashboard') {
        const values = [...document.querySelectorAll('#overview [data-value]')].map((e) => e.getAttribute('data-value') ?? '');
        return (
          values.length >= 5 &&
          values.every((v) => v !== '') &&
          document.querySelectorAll('.heatmap tbody tr').length > 0 &&
          document.querySelector('#cohorts .recharts-wrapper > svg') !== null
        );
      }
      if (condition.kind === 'tab') {
        const panel = document.querySelector('[role="tabpanel"]');
        return (
          document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === condition.tab &&
          panel !== null &&
          panel.querySelector('section.panel') !== null
        );
      }
      const now = bench.signature(condition.signature);
      return now.length > 0 && now.every((part, i) => part !== '' && part !== condition.before[i]);
    };
    const started = performance.now();
    return new Promise<number>((resolve, reject) => {
      const check = () => {
        if (holds()) return resolve(performance.now());
        if (performance.now() - started > condition.timeoutMs) {
          const status = [...document.querySelectorAll('[role="status"], .panel__loading')].map((e) => e.textContent).join(' / ');
          return reject(new Error(`not drawn after ${condition.timeoutMs} ms: ${JSON.stringify(condition)}; busy: ${busy()}; status: ${status}`));
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, { ...condition, timeoutMs: FRAME_TIMEOUT_MS });
}

const signature = (page: Page, name: string) => page.evaluate((name) => (window as unknown as { __bench: { signature: (name: string) => string[] } }).__bench.signature(name), name);

interface PageBench {
  longTasks: { start: number; duration: number }[];
  inputAt: number | null;
  fileChosenAt: number | null;
}

const benchState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: PageBench }).__bench);
const arm = (page: Page) => page.evaluate(() => ((window as unknown as { __bench: { armed: boolean; inputAt: number | null } }).__bench.armed = true));

function longTasksBetween(tasks: readonly { start: number; duration: number }[], from: number, to: number) {
  const inside = tasks.filter((task) => task.start + task.duration >= from && task.start <= to);
  return {
    longest: inside.reduce((max, task) => Math.max(max, task.duration), 0),
    over50: inside.filter((task) => task.duration > 50).length,
    total: inside.reduce((sum, task) => sum + task.duration, 0),
  };
}

/** Progress on stderr, so the table on stdout stays clean. */
function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Times one control change REPEATS times; `act()` performs it through the real control.
 * The changes alternate between two states, so from the third on react-query has both results
 * cached and only the redraw is timed. With `fresh`, each change is preceded (untimed) by a new
 * churn window, a setting in every query key that none of the timed figures depends on, so every
 * timed change asks the worker for results it has not computed yet: recompute and redraw.
 */
async function timeChange(page: Page, cdp: CDPSession, name: string, signatureName: string, act: () => Promise<void>, fresh: boolean): Promise<ChangeFigures> {
  const churnWindow = page.getByLabel('Churn window (days)', { exact: true });
  const timesMs: number[] = [];
  const mainThreadMs: number[] = [];
  let longestTaskMs = 0;
  for (let i = 0; i < REPEATS; i++) {
    if (fresh) {
      await churnWindow.fill(String(freshChurnWindow++));
      await page.waitForTimeout(SETTLE_MS);
    }
    const before = await signature(page, signatureName);
    await arm(page);
    const drawn = frameWhen(page, { kind: 'changed', signature: signatureName, before });
    const busyBefore = await mainThreadTaskMs(cdp);
    await act();
    const drawnAt = await drawn;
    mainThreadMs.push((await mainThreadTaskMs(cdp)) - busyBefore);
    const state = await benchState(page);
    if (state.inputAt === null) throw new Error(`${name}: no input event seen`);
    timesMs.push(drawnAt - state.inputAt);
    longestTaskMs = Math.max(longestTaskMs, longTasksBetween(state.longTasks, state.inputAt, drawnAt).longest);
    await page.waitForTimeout(SETTLE_MS); // let the worker and the page settle between repeats
  }
  if (fresh) {
    await churnWindow.fill('');
    await page.waitForTimeout(SETTLE_MS);
  }
  progress(`${name}: ${timesMs.map((t) => Math.round(t)).join(', ')} ms`);
  return { name, timesMs, medianMs: median(timesMs), maxMs: Math.max(...timesMs), longestTaskMs, mainThreadMedianMs: median(mainThreadMs) };
}

/** Used JS heap of the worker (the engine's arrays live there), through the browser's CDP: attach to the worker target. */
async function workerHeapMb(browser: Browser): Promise<number | null> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    // The engine's worker, not the one that reads second halves of large files.
    const worker = targetInfos.find((target) => target.type === 'worker' && !/halfWorker/.test(target.url));
    if (!worker) return null;
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    const replies = new Map<number, (message: { result?: { usedSize?: number } }) => void>();
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
      if (message.id !== undefined) replies.get(message.id)?.(message);
    });
    const call = (id: number, method: string) =>
      new Promise<{ result?: { usedSize?: number } }>((resolve) => {
        replies.set(id, resolve);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call(1, 'HeapProfiler.collectGarbage');
    const usage = await call(2, 'Runtime.getHeapUsage');
    await session.send('Target.detachFromTarget', { sessionId });
    return usage.result?.usedSize === undefined ? null : usage.result.usedSize / 2 ** 20;
  } catch {
    return null;
  } finally {
    await session.detach();
  }
}

/** The page's main-thread task time so far (CDP Performance domain, enabled by the caller). */
async function mainThreadTaskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function pageHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize / 2 ** 20;
}

async function benchFile(browser: Browser, url: string, file: string): Promise<FileFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named inner functions in __name(); page-side functions need it too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(installInstruments);
  await page.goto(url);
  await page.getByText('No orders loaded yet').waitFor({ timeout: 60_000 });
  // A person takes at least this long to pick a file; the page uses the time (warmUpCharts.tsx).
  await page.waitForTimeout(IDLE_BEFORE_FILE_MS);

  // (a) and (d): file chosen → the mapping screen (the file inspected), "Load all" → drawn; long tasks in both.
  const mappingShown = frameWhen(page, { kind: 'mapping' });
  await page.locator('input[type=file]').setInputFiles(file);
  const mappingAt = await mappingShown;
  await arm(page);
  const drawn = frameWhen(page, { kind: 'dashboard' });
  await page.getByRole('button', { name: 'Load all', exact: true }).click();
  const drawnAt = await drawn;
  progress(`${basename(file)}: drawn`);
  const afterLoad = await benchState(page);
  if (afterLoad.fileChosenAt === null || afterLoad.inputAt === null) throw new Error('no change event on the file input or no click on Load all');
  const inspectTasks = longTasksBetween(afterLoad.longTasks, afterLoad.fileChosenAt, mappingAt);
  const ingestTasks = longTasksBetween(afterLoad.longTasks, afterLoad.inputAt, drawnAt);
  const ordersShown = Number(await page.locator('#overview [data-value]').first().getAttribute('data-value'));

  // (e): heap after loading.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = await pageHeapMb(cdp);
  const workerHeap = await workerHeapMb(browser);

  // (b): each tab, in order, then back to the first.
  const tabs: { tab: string; drawnMs: number }[] = [];
  const names = await page.getByRole('tab').allInnerTexts();
  for (const tab of [...names.slice(1), names[0]!]) {
    await arm(page);
    const tabDrawn = frameWhen(page, { kind: 'tab', tab });
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const at = await tabDrawn;
    const state = await benchState(page);
    tabs.push({ tab, drawnMs: at - (state.inputAt ?? at) });
    progress(`${basename(file)}: tab ${tab} drawn`);
    await page.waitForTimeout(200);
  }

  // (c): changes on the cohort tab, then margin on the Customer value tab.
  const changes: ChangeFigures[] = [];
  const period = page.getByLabel('Period', { exact: true });
  // Each toggle reads the control's state first (untimed: the clock starts at the control's input event).
  const togglePeriod = async () => void (await period.selectOption((await period.inputValue()) === 'month' ? 'quarter' : 'month'));
  for (const fresh of [false, true]) {
    changes.push(await timeChange(page, cdp, `period month ↔ quarter${fresh ? ', computed afresh' : ', cached'}`, 'cohorts', togglePeriod, fresh));
    if ((await period.inputValue()) !== 'month') await period.selectOption('month');
    await page.waitForTimeout(SETTLE_MS);
  }
  // Weekly cohorts: a heat map of thousands of cells (the sample: 184 × 186), drawn windowed.
  const toggleWeek = async () => void (await period.selectOption((await period.inputValue()) === 'month' ? 'week' : 'month'));
  for (const fresh of [false, true]) {
    changes.push(await timeChange(page, cdp, `period month ↔ week${fresh ? ', computed afresh' : ', cached'}`, 'cohorts', toggleWeek, fresh));
    if ((await period.inputValue()) !== 'month') await period.selectOption('month');
    await page.waitForTimeout(SETTLE_MS);
  }
  await page.getByText('Channel: all').click();
  const email = page.getByRole('checkbox', { name: 'email' });
  const toggleEmail = async () => ((await email.isChecked()) ? email.uncheck() : email.check());
  for (const fresh of [false, true]) {
    changes.push(await timeChange(page, cdp, `channel e-mail on ↔ off${fresh ? ', computed afresh' : ', cached'}`, 'orders', toggleEmail, fresh));
    if (await email.isChecked()) await email.uncheck();
    await page.waitForTimeout(SETTLE_MS);
  }
  await page.getByText('Channel: all').click(); // close the list
  const valueTab = frameWhen(page, { kind: 'tab', tab: 'Customer value' });
  await page.getByRole('tab', { name: 'Customer value', exact: true }).click();
  await valueTab;
  // The sample has a cost on every line, so the margin % changes nothing there: the date range's
  // start moves the value figures instead (its first day ↔ a year later).
  const from = page.getByLabel('From', { exact: true });
  const firstDay = await from.inputValue();
  const yearLater = `${Number(firstDay.slice(0, 4)) + 1}${firstDay.slice(4)}`;
  const toggleFrom = async () => from.fill((await from.inputValue()) === firstDay ? yearLater : firstDay);
  for (const fresh of [false, true]) {
    changes.push(await timeChange(page, cdp, `date range from first day ↔ a year later (Customer value)${fresh ? ', computed afresh' : ', cached'}`, 'margin', toggleFrom, fresh));
  }

  await context.close();
  return {
    file: basename(file),
    bytes: statSync(file).size,
    ordersShown,
    inspectedMs: mappingAt - afterLoad.fileChosenAt,
    inspectLongestTaskMs: inspectTasks.longest,
    drawnMs: drawnAt - afterLoad.inputAt,
    ingestLongestTaskMs: ingestTasks.longest,
    ingestTasksOver50Ms: ingestTasks.over50,
    ingestLongTaskTotalMs: ingestTasks.total,
    pageHeapMb: heap,
    workerHeapMb: workerHeap,
    tabs,
    changes,
  };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(1)} MB`);

function printTable(results: readonly FileFigures[]): void {
  const rows: string[][] = [['', ...results.map((r) => `${r.file} (${(r.bytes / 1e6).toFixed(1)} MB, ${r.ordersShown} orders)`)]];
  rows.push(['file chosen → mapping screen', ...results.map((r) => ms(r.inspectedMs))]);
  rows.push(['  longest main-thread task in it', ...results.map((r) => ms(r.inspectLongestTaskMs))]);
  rows.push(['"Load all" → dashboard drawn', ...results.map((r) => ms(r.drawnMs))]);
  rows.push(['longest main-thread task while loading', ...results.map((r) => ms(r.ingestLongestTaskMs))]);
  rows.push(['tasks > 50 ms while loading (their total)', ...results.map((r) => `${r.ingestTasksOver50Ms} (${ms(r.ingestLongTaskTotalMs)})`)]);
  rows.push(['JS heap: page / worker', ...results.map((r) => `${mb(r.pageHeapMb)} / ${mb(r.workerHeapMb)}`)]);
  for (const [i, tab] of (results[0]?.tabs ?? []).entries()) rows.push([`tab drawn: ${tab.tab}`, ...results.map((r) => ms(r.tabs[i]?.drawnMs ?? Number.NaN))]);
  for (const [i, change] of (results[0]?.changes ?? []).entries()) {
    rows.push([`${change.name}: median (max)`, ...results.map((r) => `${ms(r.changes[i]!.medianMs)} (${ms(r.changes[i]!.maxMs)})`)]);
    rows.push([`  main-thread time (median) / longest task`, ...results.map((r) => `${ms(r.changes[i]!.mainThreadMedianMs)} / ${ms(r.changes[i]!.longestTaskMs)}`)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | '));
}

async function main(): Promise<void> {
  const dist = argument('--dist');
  if (dist) process.env.E2E_DIST = dist;
  // Imported after --dist is read: the harness picks the build directory when it loads.
  const { launchBrowser, servePreview } = await import('../test/e2e/harness');
  const files = [SAMPLE_FILE];
  if (!process.argv.includes('--sample-only')) {
    if (!existsSync(GENERATED_FILE)) {
      const { writeOrdersCsv } = await import('../scripts/sampleModel');
      mkdirSync('bench/data', { recursive: true });
      await writeOrdersCsv(GENERATED_FILE, { rows: GENERATED_ROWS, seed: 1 });
    }
    files.push(GENERATED_FILE);
  }
  const site = await servePreview();
  const browser = await launchBrowser();
  const results: FileFigures[] = [];
  try {
    for (const file of files) results.push(await benchFile(browser, site.url, file));
  } finally {
    await browser.close();
    await site.stop();
  }
  printTable(results);
  mkdirSync('bench/out', { recursive: true });
  const environment = { date: new Date().toISOString(), node: process.version, loadAverage: loadavg(), dist: process.env.E2E_DIST ?? 'dist', browser: browser.version() };
  writeFileSync('bench/out/browser.json', `${JSON.stringify({ environment, results }, null, 2)}\n`);
  console.log('\nwrote bench/out/browser.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
