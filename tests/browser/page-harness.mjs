// Shared by the main page's browser tests: serves build/web/ (made by ./dev build), starts Debian's
// Chromium through playwright-core (never a downloaded browser), opens the page with a program in
// the share-link fragment, and waits for runs. Screenshots go to build/test-output/browser/.
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';  // CommonJS: no named exports under Node
import { chromium } from 'playwright-core';
import { serveStatic } from '../../web/serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const webDir = `${root}build/web`;
export const shots = `${root}build/test-output/browser`;
const executablePath = process.env.DP_CHROMIUM ?? '/usr/bin/chromium';

export async function startHarness() {
  await stat(`${webDir}/index.html`).catch(() => {
    throw new Error('build/web/index.html is missing: run ./dev build first');
  });
  await mkdir(shots, { recursive: true });
  await mkdir(`${root}docs`, { recursive: true });  // docs/stepper.png
  const server = await serveStatic(webDir, { port: 0 });
  // launch() gives every run a fresh temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
           '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    server,
    browser,
    base,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// The v1 share fragment of a program (web/src/share.js).
export function shareHash(code, { fullgraph = false, backend = '', step = null } = {}) {
  const payload = LZString.compressToEncodedURIComponent(JSON.stringify({ code, fullgraph, backend }));
  return `#v1/${payload}${step === null ? '' : `/step=${step}`}`;
}

// A new page (own viewport / color scheme) that records page errors and console errors.
export async function openPage(harness, { hash = '', query = '', viewport = { width: 1280, height: 800 }, colorScheme } = {}) {
  const context = await harness.browser.newContext({ viewport, ...(colorScheme ? { colorScheme } : {}) });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.goto(`${harness.base}${query}${hash}`);
  return { page, problems, close: () => context.close() };
}

export const runCount = (page) => page.evaluate(() => Number(document.body.dataset.runs ?? 0));
export const waitForRuns = (page, n, timeout = 60_000) =>
  page.waitForFunction((k) => Number(document.body.dataset.runs ?? 0) >= k, n, { timeout });

// The program's stdout as the Output pane shows it.
export const pageStdout = (page) => page.evaluate(() => document.querySelector('#output .stdout')?.textContent ?? '');

// The `def forward(...)` blocks of a program's expected output (graph code printed by the program).
export function forwardBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('def forward(')) continue;
    const block = [lines[i]];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1])) block.push(lines[++i]);
    blocks.push(block.join('\n'));
  }
  return blocks;
}
