// A real documentation site: the MyST page of tests/docs-check/sphinx is built by Sphinx (Debian's
// python3-sphinx + python3-myst-parser, installed by ./dev) with the playground's embed.js in
// html_js_files (a selector for the Python blocks, previews from the bundle that
// `dynamo-playground check --update --bundle` writes), served from its own origin, and opened in
// headless Chromium. Every Python block becomes an embed; each shows its pre-rendered result
// before the live playground is ready, then goes live; the shell block stays as it was; the embeds
// follow the page's light/dark scheme.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { serveStatic } from '../../web/serve.mjs';
import { root, shots, startHarness } from './page-harness.mjs';

const TIMEOUT = 120_000;
let harness;
let site;
let siteServer;
let dir;

before(async () => {
  harness = await startHarness();
  dir = mkdtempSync(path.join(os.tmpdir(), 'dp-sphinx-'));
  const src = path.join(dir, 'src');
  cpSync(path.join(root, 'tests/docs-check/sphinx'), src, { recursive: true });
  mkdirSync(path.join(src, '_static'));
  // The docs-CI step of a site: record the expected results, bundle the previews for embed.js.
  execFileSync('node', [path.join(root, 'wasm/cli.mjs'), 'check', src, '--update',
                        `--bundle=${path.join(src, '_static/dynamo-previews.json')}`], { stdio: 'pipe' });
  execFileSync('sphinx-build', ['-q', '-b', 'html', src, path.join(dir, 'html')], {
    stdio: 'pipe', env: { ...process.env, DP_EMBED_JS: `${harness.base}embed.js` },
  });
  // Browsers ask a site for /favicon.ico; a site without one logs a 404 in the console.
  writeFileSync(path.join(dir, 'html/favicon.ico'), '');
  siteServer = await serveStatic(path.join(dir, 'html'), { port: 0 });
  site = `http://127.0.0.1:${siteServer.address().port}/`;
});

after(async () => {
  await harness?.close();
  await new Promise((resolve) => (siteServer ? siteServer.close(resolve) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(colorScheme, { holdEmbeds = false } = {}) {
  const context = await harness.browser.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  // Holding embed.html back keeps every block on its pre-rendered result.
  if (holdEmbeds) await page.route('**/embed.html*', () => {});
  await page.goto(`${site}index.html`);
  return { context, page, problems };
}

test('the Sphinx build includes embed.js through html_js_files', () => {
  const html = readFileSync(path.join(dir, 'html/index.html'), 'utf8');
  assert.match(html, /<script [^>]*data-selector="div\.highlight-python pre"[^>]*src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"/);
  assert.ok(existsSync(path.join(dir, 'html/_static/dynamo-previews.json')));
});

test('every Python block shows its pre-rendered result before the live playground is ready', async () => {
  const { context, page, problems } = await open('light', { holdEmbeds: true });
  try {
    await page.waitForFunction(() => document.querySelectorAll('figure.dp-embed').length === 2, null, { timeout: TIMEOUT });
    await page.waitForFunction(() => [...document.querySelectorAll('figure.dp-embed .dp-embed-result')]
      .every((r) => /def forward/.test(r.textContent)), null, { timeout: TIMEOUT });
    const results = await page.$$eval('figure.dp-embed .dp-embed-result', (rs) => rs.map((r) => r.textContent));
    assert.match(results[0], /torch\.sin\(l_x_\)/);
    assert.match(results[1], /mul = l_x_ \* 2|l_x_ \* 2/);
    assert.deepEqual(await page.$$eval('figure.dp-embed', (fs) => fs.map((f) => f.dataset.state)), ['prerendered', 'prerendered']);
    // The shell block is not Python: untouched.
    assert.equal(await page.locator('div.highlight-bash pre').count(), 1);
    await page.screenshot({ path: `${shots}/sphinx-prerendered.png`, fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// Scrolls each embed into view (an iframe starts near the viewport) and waits until all are live.
async function allLive(page) {
  const count = await page.locator('figure.dp-embed').count();
  for (let k = 0; k < count; k++) {
    await page.locator('figure.dp-embed').nth(k).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => document.querySelectorAll('figure.dp-embed')[i]?.dataset.state === 'live', k,
                                { timeout: TIMEOUT });
  }
  return count;
}

for (const scheme of ['light', 'dark']) {
  test(`every block becomes a live playground with its graph (${scheme} scheme)`, async () => {
    const { context, page, problems } = await open(scheme);
    try {
      await page.waitForFunction(() => document.querySelectorAll('figure.dp-embed').length === 2, null, { timeout: TIMEOUT });
      assert.equal(await allLive(page), 2);
      const first = page.frameLocator('figure.dp-embed >> nth=0 >> iframe');
      await first.locator('#result').filter({ hasText: 'def forward' }).waitFor({ timeout: TIMEOUT });
      assert.match(await first.locator('#result').textContent(), /torch\.sin\(l_x_\)/);
      const second = page.frameLocator('figure.dp-embed >> nth=1 >> iframe');
      await second.locator('#result').filter({ hasText: 'def forward' }).waitFor({ timeout: TIMEOUT });
      assert.match(await second.locator('#result').textContent(), /l_x_ \* 2/);
      // The embed follows the page's color scheme (theme=auto): a light or a dark background.
      const bg = await first.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      if (scheme === 'dark') assert.ok(luminance < 0.3, `dark background expected, got ${bg}`);
      else assert.ok(luminance > 0.7, `light background expected, got ${bg}`);
      assert.equal(await page.locator('figure.dp-embed').first().getAttribute('data-theme'), 'auto');
      await page.screenshot({ path: `${shots}/sphinx-live-${scheme}.png`, fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
