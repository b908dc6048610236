// The built page (build/web/, made by ./dev build) in headless Chromium: it loads under its CSP,
// the core starts in its worker, Run and Ctrl+Enter run the program, and the Graph pane shows the
// captured FX graph. Screenshots go to build/test-output/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';  // CommonJS: no named exports under Node
import { chromium } from 'playwright-core';
import { serveStatic } from '../../web/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const webDir = `${root}build/web`;
const shots = `${root}build/test-output`;
// Debian's Chromium; this project never downloads browser builds.
const executablePath = process.env.DP_CHROMIUM ?? '/usr/bin/chromium';
const FORWARD = 'def forward(self, L_x_ : torch.Tensor):';

let server;
let browser;
let page;
const problems = [];  // uncaught page errors, console errors (CSP violations show up here)

before(async () => {
  await stat(`${webDir}/index.html`).catch(() => {
    throw new Error('build/web/index.html is missing: run ./dev build first');
  });
  await mkdir(shots, { recursive: true });
  server = await serveStatic(webDir, { port: 0 });
  // launch() gives every run a fresh temporary profile (its own --user-data-dir).
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
           '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const runCount = () => page.evaluate(() => Number(document.body.dataset.runs ?? 0));
const waitForRuns = (n) =>
  page.waitForFunction((k) => Number(document.body.dataset.runs ?? 0) >= k, n, { timeout: 30_000 });

test('the core loads in its worker and Run fills the Output pane', async () => {
  await page.waitForSelector('body[data-state="idle"]', { timeout: 30_000 });
  assert.match(await page.textContent('#status'), /ready/);
  assert.match(await page.textContent('.cm-content'), /torch\.compile\(f, backend=backend\)/,
               'the editor starts with web/examples/sin_add.py');
  await page.click('#run');
  await waitForRuns(1);
  await page.screenshot({ path: `${shots}/page-after-run.png` });
  assert.notEqual((await page.textContent('#output')).trim(), '', 'the Output pane is filled');
  assert.deepEqual(problems, [], 'no page errors, console errors or CSP violations');
});

test('Ctrl+Enter in the editor runs the program', async () => {
  const before = await runCount();
  await page.click('.cm-content');
  await page.keyboard.press('Control+Enter');
  await waitForRuns(before + 1);
  // A second run in the same worker: the core must not have crashed (and been replaced).
  assert.match(await page.textContent('#status'), /^exit code 0 /, await page.textContent('#output'));
  assert.deepEqual(problems, []);
});

test('the Graph pane shows the FX graph of the example', async () => {
  const before = await runCount();
  await page.click('#run');
  await waitForRuns(before + 1);  // the panes are filled before the run counter moves
  await page.screenshot({ path: `${shots}/page-graph.png` });
  const graphs = await page.textContent('#graphs');
  assert.ok(graphs.includes(FORWARD), `Graph pane shows ${FORWARD}; it shows:\n${graphs}\n` +
            `Output pane:\n${await page.textContent('#output')}`);
  assert.match(graphs, /compile id 0\/0/);
});

test('a shared #code/ link loads its program; output is text, and deep recursion is survivable', async () => {
  const program = 'print("<b>not bold</b>")\n\ndef f(n):\n    return f(n + 1)\n\nf(0)\n';
  const shared = await browser.newPage();
  try {
    await shared.goto(`http://127.0.0.1:${server.address().port}/#code/${LZString.compressToEncodedURIComponent(program)}`);
    await shared.waitForSelector('body[data-state="idle"]', { timeout: 30_000 });
    assert.match(await shared.textContent('.cm-content'), /not bold/);
    await shared.click('#run');
    await shared.waitForFunction(() => Number(document.body.dataset.runs ?? 0) >= 1, null, { timeout: 30_000 });
    await shared.screenshot({ path: `${shots}/page-recursion.png` });
    const output = await shared.textContent('#output');
    assert.equal(await shared.locator('#output b').count(), 0, 'program output never becomes markup');
    assert.ok(output.includes('<b>not bold</b>\n'), output);
    assert.ok(output.includes('RecursionError: maximum recursion depth exceeded'), output);
  } finally {
    await shared.close();
  }
});
