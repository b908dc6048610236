// The embed route (build/web/embed.html) and the sample docs page using embed.js
// (build/web/docs/index.html) in headless Chromium: every query option of the embed, the docs
// page's pre-rendered results shown before the WebAssembly core has loaded and then replaced by the
// live embeds, colors inherited from the host (light and dark), an XSS payload in the program
// shown as text, and forged postMessages (from another origin, or from a window that is not the
// embed's host or iframe) ignored. Screenshots go to build/test-output/browser/.
import assert from 'node:assert/strict';
import { readFile, mkdir, stat } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';  // CommonJS: no named exports under Node
import { chromium } from 'playwright-core';
import { serveStatic } from '../../web/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const webDir = `${root}build/web`;
const shots = `${root}build/test-output/browser`;
const executablePath = process.env.DP_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT = 90_000;  // several embeds each compile the core in their own worker, on a busy machine

let server;
let browser;
let base;
let hostServer;  // serves a bare host page at another origin (another port): a foreign page framing the embed
let other;

const SIN = 'import torch\n\n\ndef f(x):\n    return torch.sin(x) + 1\n\n\nprint(torch.compile(f, backend="eager")(torch.zeros(2)))\n';
// A bare page (no CSP) at another origin, to frame the embed from.
const HOST_PAGE = '<!doctype html><html><body><p>host</p></body></html>';
const v1 = (code, extra = {}) =>
  `#v1/${LZString.compressToEncodedURIComponent(JSON.stringify({ code, fullgraph: false, backend: '', ...extra }))}`;
const legacy = (code) => `#code/${LZString.compressToEncodedURIComponent(code)}`;
const embed = (query, fragment) => `${base}/embed.html${query ? `?${query}` : ''}${fragment}`;

before(async () => {
  await stat(`${webDir}/embed.html`).catch(() => {
    throw new Error('build/web/embed.html is missing: run node web/build.mjs (or ./dev build) first');
  });
  await mkdir(shots, { recursive: true });
  server = await serveStatic(webDir, { port: 0, before: wasmGate });
  base = `http://127.0.0.1:${server.address().port}`;
  hostServer = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    const embeds = /^\/embeds\.html\?n=(\d+)$/.exec(req.url);
    res.end(embeds ? embedsPage(Number(embeds[1])) : HOST_PAGE);
  });
  await new Promise((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  other = `http://127.0.0.1:${hostServer.address().port}`;
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
           '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await new Promise((resolve) => (hostServer ? hostServer.close(resolve) : resolve()));
});

// A fresh page in its own context; problems collects page errors and console errors.
async function open(url, { colorScheme = 'light', viewport = { width: 1000, height: 800 }, setup } = {}) {
  const context = await browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  if (setup) await setup(context, page);
  if (url) await page.goto(url);
  return { context, page, problems };
}

const waitRuns = (page, n = 1) =>
  page.waitForFunction((k) => Number(document.body.dataset.runs ?? 0) >= k, n, { timeout: TIMEOUT });

test('embed: autorun + view=graph + readOnly: the graph is shown and the editor cannot be changed', async () => {
  const { context, page, problems } = await open(embed('autorun&readOnly&view=graph', v1(SIN)));
  try {
    await waitRuns(page);
    await page.screenshot({ path: `${shots}/embed-graph-readonly.png` });
    const text = await page.textContent('#result');
    assert.match(text, /def forward\(self, L_x_ : torch\.Tensor\):/);
    assert.match(text, /sin = torch\.sin\(l_x_\)/);
    assert.equal(await page.getAttribute('.cm-content', 'contenteditable'), 'false');
    await page.click('.cm-content');
    await page.keyboard.type('xyz');
    assert.ok(!(await page.textContent('.cm-content')).includes('xyz'), 'a read-only editor ignores typing');
    assert.equal(await page.getAttribute('#tab-graph', 'aria-selected'), 'true');
    assert.ok(await page.isVisible('#toolbar'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('embed: hideToolbar + view=output (legacy #code/ link); editing re-runs', async () => {
  const { context, page, problems } = await open(embed('autorun&hideToolbar&view=output', legacy(SIN)));
  try {
    await waitRuns(page);
    assert.equal(await page.isVisible('#toolbar'), false, 'no toolbar');
    assert.equal(await page.textContent('#result'), 'tensor([1., 1.])\n');
    // Not read-only: an edit re-traces (debounced).
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('print("edited")\n');
    await page.waitForFunction(() => document.querySelector('#result').textContent.includes('edited'), null, { timeout: TIMEOUT });
    await page.screenshot({ path: `${shots}/embed-output-no-toolbar.png` });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('embed: view=guards shows the guards; the tabs switch views', async () => {
  const { context, page, problems } = await open(embed('autorun&view=guards', v1(SIN)));
  try {
    await waitRuns(page);
    assert.match(await page.textContent('#result'), /TENSOR_MATCH/);
    await page.screenshot({ path: `${shots}/embed-guards.png` });
    await page.click('#tab-output');
    assert.equal(await page.textContent('#result'), 'tensor([1., 1.])\n');
    await page.click('#tab-graph');
    assert.match(await page.textContent('#result'), /def forward/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('embed: view=trace&step=N opens at step N, highlights its source, and steps', async () => {
  const { context, page, problems } = await open(embed('autorun&view=trace&step=5', v1(SIN)));
  try {
    await waitRuns(page);
    assert.equal(await page.evaluate(() => document.body.dataset.step), '5');
    const text = await page.textContent('#result');
    assert.match(text, /step 5 of \d+/);
    assert.match(text, /Stack/);
    assert.ok(await page.isVisible('#stepper'));
    assert.ok(await page.locator('.cm-dp-step-line').count() >= 1, 'the source line of the step is highlighted');
    await page.screenshot({ path: `${shots}/embed-trace-step.png` });
    await page.click('#step-next');
    assert.equal(await page.evaluate(() => document.body.dataset.step), '6');
    await page.click('#step-first');
    assert.equal(await page.evaluate(() => document.body.dataset.step), '0');
    assert.match(await page.textContent('#result'), /RESUME/);
    // The step can also come from a #v1/…/step=N link; a step alone implies the trace view.
    await page.goto(embed('autorun', `${v1(SIN)}/step=2`));
    await waitRuns(page);
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'trace');
    assert.equal(await page.evaluate(() => document.body.dataset.step), '2');
    await page.goto(embed('autorun&step=3&view=trace', v1(SIN)));
    await waitRuns(page);
    assert.equal(await page.evaluate(() => document.body.dataset.step), '3');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('embed: theme=dark, theme=light and theme=auto', async () => {
  const bg = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  let { context, page } = await open(embed('autorun&theme=dark', v1(SIN)));
  try {
    await waitRuns(page);
    assert.equal(await bg(page), 'rgb(23, 25, 28)');
    await page.screenshot({ path: `${shots}/embed-dark.png` });
  } finally {
    await context.close();
  }
  ({ context, page } = await open(embed('theme=light', v1(SIN)), { colorScheme: 'dark' }));
  try {
    assert.equal(await bg(page), 'rgb(255, 255, 255)', 'light wins over a dark system');
  } finally {
    await context.close();
  }
  ({ context, page } = await open(embed('theme=auto', v1(SIN)), { colorScheme: 'dark' }));
  try {
    assert.equal(await bg(page), 'rgb(23, 25, 28)', 'auto follows the system');
  } finally {
    await context.close();
  }
});

test('embed: without autorun nothing runs until Run; a bad link shows an error and an empty editor', async () => {
  let { context, page, problems } = await open(embed('view=output', v1(SIN)));
  try {
    await page.waitForSelector('body[data-state="ready"]', { timeout: TIMEOUT });
    assert.match(await page.textContent('#result'), /Press Run/);
    assert.equal(await page.evaluate(() => document.body.dataset.runs), undefined, 'nothing ran');
    await page.click('#result .dp-run');
    await waitRuns(page);
    assert.equal(await page.textContent('#result'), 'tensor([1., 1.])\n');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  ({ context, page, problems } = await open(embed('autorun', '#v1/%%%not-lz')));
  try {
    await page.waitForSelector('body[data-link-error="true"]');
    assert.match(await page.textContent('#result'), /cannot be opened/);
    assert.equal((await page.textContent('.cm-content')).trim(), '');
    await page.screenshot({ path: `${shots}/embed-bad-link.png` });
  } finally {
    await context.close();
  }
});

test('embed: an XSS payload in the program, its output and its error message stays text', async () => {
  const payload = '# </script><script>window.__xss = 1</script>\n' +
    'print("<img src=x onerror=\\"window.__xss = 2\\">")\n' +
    'raise ValueError("<b id=bold>not bold</b><img src=y onerror=\\"window.__xss = 3\\">")\n';
  const { context, page, problems } = await open(embed('autorun&view=output', v1(payload)));
  try {
    await waitRuns(page);
    await page.screenshot({ path: `${shots}/embed-xss.png` });
    const text = await page.textContent('#result');
    assert.ok(text.includes('<img src=x onerror="window.__xss = 2">\n'), text);
    assert.ok(text.includes('ValueError: <b id=bold>not bold</b>'), text);
    assert.ok((await page.textContent('.cm-content')).includes('</script><script>'));
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('#bold').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// Requests for the wasm module, counted and held at the server: the browser's routing does not see
// the requests of a SharedWorker, which is where the embeds' core downloads it (core-client.js).
let wasmRequests = 0;
let wasmHold = null;
async function wasmGate(pathname) {
  if (!pathname.endsWith('/dynamo_playground.wasm')) return;
  wasmRequests++;
  if (wasmHold) await wasmHold;
}

// Holds every request for the wasm module until release() is called; requests() counts them.
function gateWasm() {
  let release;
  wasmHold = new Promise((resolve) => { release = resolve; });
  const from = wasmRequests;
  return {
    release: () => { wasmHold = null; release(); },
    requests: () => wasmRequests - from,
  };
}

// The docs page's iframes load only near the viewport (web/embed.js): brings each block into view
// in turn and waits for it to be live.
async function allLive(page) {
  const count = await page.locator('figure.dp-embed').count();
  for (let k = 0; k < count; k++) {
    await page.locator('figure.dp-embed').nth(k).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => document.querySelectorAll('figure.dp-embed')[i]?.dataset.state === 'live', k, { timeout: TIMEOUT });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('docs page: pre-rendered results before the core loads, then live embeds; forged messages ignored', async () => {
  let wasm;
  const { context, page, problems } = await open(null, { setup: async () => { wasm = gateWasm(); } });
  try {
    await page.goto(`${base}/docs/index.html`);
    const figures = page.locator('figure.dp-embed');
    await page.waitForFunction(() => {
      const figures = [...document.querySelectorAll('figure.dp-embed')];
      return figures.length >= 3 && figures.every((f) => f.querySelector('.dp-embed-result > :not(.dp-message)'));
    });
    const count = await figures.count();
    assert.ok(count >= 3, `${count} embeds`);
    // Every block shows its committed pre-rendered record, and nothing is live yet.
    const states = await page.$$eval('figure.dp-embed', (fs) => fs.map((f) => f.dataset.state));
    assert.deepEqual(states, Array(count).fill('prerendered'));
    const expected = JSON.parse(await readFile(`${root}web/docs/expected/queue.json`, 'utf8'));
    const firstPreview = await figures.nth(0).locator('.dp-embed-result').textContent();
    assert.ok(firstPreview.includes(expected.graphs[0].code.trim().split('\n')[0]), firstPreview);
    assert.ok(firstPreview.includes('call_torchbind'), firstPreview);
    const hardError = await figures.nth(1).locator('.dp-embed-result').textContent();
    assert.match(hardError, /UnsafeScriptObjectError/);
    assert.ok(await figures.nth(0).locator('.dp-embed-preview').isVisible());
    await page.screenshot({ path: `${shots}/docs-prerendered.png`, fullPage: true });

    // Forged messages: from the page itself, and from a frame that is not one of the embeds.
    await page.evaluate(() => {
      window.postMessage({ source: 'dynamo-playground', type: 'live' }, '*');
      window.postMessage({ source: 'dynamo-playground', type: 'height', height: 9999 }, '*');
    });
    await page.waitForTimeout(300);
    assert.deepEqual(await page.$$eval('figure.dp-embed', (fs) => fs.map((f) => f.dataset.state)), Array(count).fill('prerendered'));
    assert.ok(!(await page.$$eval('iframe.dp-embed-frame', (fs) => fs.map((f) => f.style.height))).includes('9999px'));

    wasm.release();
    await allLive(page);
    assert.ok(wasm.requests() >= 1, 'the core was held back until now');
    assert.equal(await figures.nth(0).locator('.dp-embed-preview').isVisible(), false);
    const frame = page.frameLocator('figure.dp-embed >> nth=0 >> iframe');
    assert.match(await frame.locator('#result').textContent(), /call_torchbind/);
    // The graph-break example: two graphs and the break.
    const gb = page.frameLocator('figure.dp-embed >> nth=2 >> iframe');
    assert.match(await gb.locator('#result').textContent(), /Graph break/);
    // Host colors reached the iframe (docs.css: --dp-bg #fdfcfa, --dp-accent #7a3cff).
    assert.equal(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(253, 252, 250)');
    assert.equal(await frame.locator('#run').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(122, 60, 255)');
    await page.screenshot({ path: `${shots}/docs-live.png`, fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    wasm?.release();
    await context.close();
  }
});

test('docs page in dark mode: the embeds take the host\'s dark colors', async () => {
  const { context, page, problems } = await open(`${base}/docs/index.html`, { colorScheme: 'dark' });
  try {
    await page.waitForFunction(() => document.querySelectorAll('figure.dp-embed').length >= 3);
    await allLive(page);
    const frame = page.frameLocator('figure.dp-embed >> nth=0 >> iframe');
    assert.equal(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(20, 21, 26)');
    await page.screenshot({ path: `${shots}/docs-dark.png`, fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('docs page: a block added later with an XSS payload is embedded as text', async () => {
  const { context, page, problems } = await open(`${base}/docs/index.html`);
  try {
    await page.waitForFunction(() => window.DynamoPlaygroundEmbed);
    await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.dataset.dynamoPlayground = '';
      pre.dataset.view = 'output';
      pre.id = 'xss-block';
      pre.textContent = 'print("<img src=x onerror=\\"window.__xss = 1\\">")\n';
      document.querySelector('main').append(pre);
      window.DynamoPlaygroundEmbed.scan();
    });
    const figure = page.locator('figure.dp-embed:has(#xss-block)');
    await figure.waitFor();
    await figure.scrollIntoViewIfNeeded();  // its iframe loads only near the viewport
    await page.waitForFunction(() => document.querySelector('figure.dp-embed:has(#xss-block)')?.dataset.state === 'live', null, { timeout: TIMEOUT });
    const frame = page.frameLocator('figure.dp-embed:has(#xss-block) iframe');
    assert.equal(await frame.locator('#result').textContent(), '<img src=x onerror="window.__xss = 1">\n');
    assert.equal(await frame.locator('img').count(), 0);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

async function hostWithEmbed(origin, declared) {
  const { context, page } = await open(`${origin}/host.html`);
  // The embed trusts messages from its parent at the `declared` origin only (its origin option).
  await page.evaluate((src) => new Promise((resolve) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.style.width = '800px';
    iframe.style.height = '500px';
    iframe.onload = resolve;
    document.body.append(iframe);
  }), embed(`view=output&origin=${encodeURIComponent(declared)}`, v1(SIN)));
  const frame = page.frames().find((f) => f.url().startsWith(`${base}/embed.html`));
  await frame.waitForFunction(() => document.body.dataset.view === 'output');
  const forge = () => page.evaluate(() => {
    const target = document.querySelector('iframe').contentWindow;
    target.postMessage({ source: 'dynamo-playground', type: 'style', vars: { '--dp-bg': 'rgb(255, 0, 0)' } }, '*');
    target.postMessage({ source: 'dynamo-playground', type: 'view', view: 'guards' }, '*');
  });
  const state = () => frame.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    view: document.body.dataset.view,
    styled: document.documentElement.dataset.hostStyled ?? null,
  }));
  return { context, page, frame, forge, state };
}

test('embed: messages from a host of another origin are ignored; from the declared origin they are honoured', async () => {
  // The embed was told its host is base: a parent at another origin is not.
  const foreign = await hostWithEmbed(other, base);
  try {
    await foreign.forge();
    await foreign.page.waitForTimeout(500);
    assert.deepEqual(await foreign.state(), { bg: 'rgb(255, 255, 255)', view: 'output', styled: null },
                     'a forged message from another origin changed the embed');
    await foreign.page.screenshot({ path: `${shots}/embed-forged-message-ignored.png` });
  } finally {
    await foreign.context.close();
  }
  // The control: the same host, declared as the embed's host, is obeyed.
  const trusted = await hostWithEmbed(other, other);
  try {
    await trusted.forge();
    await trusted.frame.waitForFunction(() => document.body.dataset.view === 'guards');
    assert.deepEqual(await trusted.state(), { bg: 'rgb(255, 0, 0)', view: 'guards', styled: 'true' });
  } finally {
    await trusted.context.close();
  }
});

// A documentation page (at another origin, as docs usually are) with n embeds; with ten, all near the
// viewport at once: they must share one core (one SharedWorker: one download and one compile of
// the module, one `import torch`), and each must show its own program's result. Prints the time
// until all ten are live and the core's memory, for the record (README "Performance").
const program = (k) =>
  `import torch\n\n\ndef f(x):\n    return torch.sin(x) + ${k}\n\n\nprint(torch.compile(f, backend="eager")(torch.zeros(2)))\n`;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const embedsPage = (n) => `<!doctype html><html><head><meta charset="utf-8"><title>${n} embeds</title>
<script src="${base}/embed.js" defer></script></head><body>
${Array.from({ length: n }, (_, k) => program(k)).map((code) => `<pre data-dynamo-playground data-view="output">${escapeHtml(code)}</pre>`).join('\n')}
</body></html>`;

async function manyEmbeds(n, { noSharedWorker = false } = {}) {
  const from = wasmRequests;
  const { context, page, problems } = await open(null, {
    viewport: { width: 1000, height: 8000 },  // every block near the viewport: all start at once
    setup: async (ctx) => {
      if (noSharedWorker) await ctx.addInitScript(() => { delete window.SharedWorker; });
    },
  });
  const started = Date.now();
  await page.goto(`${other}/embeds.html?n=${n}`);
  await page.waitForFunction((k) => {
    const figures = [...document.querySelectorAll('figure.dp-embed')];
    return figures.length === k && figures.every((f) => f.dataset.state === 'live');
  }, n, { timeout: 2 * TIMEOUT });
  const liveMs = Date.now() - started;
  const frames = page.frames().filter((f) => f.url().startsWith(`${base}/embed.html`));
  const cores = [];
  const outputs = [];
  for (const frame of frames) {
    await frame.waitForFunction(() => Number(document.body.dataset.runs ?? 0) >= 1, null, { timeout: TIMEOUT });
    cores.push(await frame.evaluate(() => document.body.dataset.coreInstance));
    outputs.push(await frame.textContent('#result'));
  }
  return { context, page, problems, liveMs, frames, cores, outputs, downloads: wasmRequests - from };
}

test('docs page with ten embeds: one shared core serves them all, each shows its own result', async () => {
  const ten = await manyEmbeds(10);
  try {
    assert.equal(ten.frames.length, 10);
    assert.deepEqual(ten.outputs.slice().sort(), Array.from({ length: 10 }, (_, k) => `tensor([${k}., ${k}.])\n`).sort());
    assert.equal(new Set(ten.cores).size, 1, `one core for ten embeds, got ${new Set(ten.cores).size}`);
    assert.equal(ten.downloads, 1, 'the module is downloaded once');
    const shared = await Promise.all(ten.frames.map((f) => f.evaluate(() => document.body.dataset.coreShared)));
    assert.deepEqual(shared, Array(10).fill('true'));
    // The shared core's linear memory after the runs (reported with each result).
    const memory = Math.max(...await Promise.all(ten.frames.map((f) => f.evaluate(() => Number(document.body.dataset.coreMemoryBytes)))));
    assert.ok(memory > 0, 'the core reports its memory');
    console.log(`ten embeds: all live after ${ten.liveMs} ms, 1 core, ${ten.downloads} download, ` +
                `core memory ${(memory / 2 ** 20).toFixed(1)} MiB`);
    await ten.page.screenshot({ path: `${shots}/docs-ten-embeds.png` });
    assert.deepEqual(ten.problems, []);
  } finally {
    await ten.context.close();
  }
});

test('docs page in a browser without SharedWorker: each embed falls back to a worker of its own', async () => {
  const three = await manyEmbeds(3, { noSharedWorker: true });
  try {
    assert.deepEqual(three.outputs.slice().sort(), ['tensor([0., 0.])\n', 'tensor([1., 1.])\n', 'tensor([2., 2.])\n']);
    assert.equal(new Set(three.cores).size, 3, 'three dedicated workers');
    const shared = await Promise.all(three.frames.map((f) => f.evaluate(() => document.body.dataset.coreShared)));
    assert.deepEqual(shared, Array(3).fill('false'));
    assert.deepEqual(three.problems, []);
  } finally {
    await three.context.close();
  }
});
