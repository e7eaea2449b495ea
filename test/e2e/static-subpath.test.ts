/**
 * The built site works from a sub-path of any static host: dist/ is served under /some/team/retention/
 * by a plain file server (no rewrites), and ?demo loads the bundled sample from there.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST_DIR, launchBrowser, recordRequests } from './harness';

const PREFIX = '/some/team/retention/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown',
};

let server: Server;
let base = '';
let browser: Browser;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(PREFIX.length) || 'index.html');
    if (relative.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    readFile(join(DIST_DIR, relative)).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  base = `http://127.0.0.1:${address.port}${PREFIX}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('runs from a sub-path with the sample data and only requests files under that path', async () => {
  const page = await browser.newPage();
  const requests = recordRequests(page);
  await page.goto(`${base}index.html?demo`);
  await page.getByRole('group', { name: 'Orders' }).waitFor({ timeout: 60_000 });
  const failed = requests.filter((r) => r.failure());
  expect(failed.map((r) => r.url())).toEqual([]);
  const urls = requests.map((r) => r.url()).filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(urls.every((u) => u.startsWith(base))).toBe(true);
  await page.close();
});
