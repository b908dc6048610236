// Bugs found by using the page as a learner and as a docs author, each kept fixed here:
//  - an uncaught exception (a SyntaxError) is pinned to its line and column in the editor, counted
//    on the Breaks tab, named in the status line and in the stepper's sentence;
//  - a hard error's card is titled by its gb_type, not by its exception type twice;
//  - no layout shift while the page loads (the examples menu filling up moved the toolbar), nor when
//    a bad share link's message appears (it pushed the whole layout down);
//  - the embed's Run button and "open" link are readable (WCAG AA) on the default accents and on a
//    host's light accent in dark mode (white on #b69cff was 2.3:1);
//  - the docs page starts an embed's iframe (and so a worker compiling the wasm) only when its block
//    comes near the viewport;
//  - the pre-rendered preview has the live embed's layout, so the swap does not move the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, shareHash, shots, startHarness, waitForRuns } from './page-harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const TIMEOUT = 90_000;

// Records layout shifts (PerformanceObserver) from the very start of the page.
const recordShifts = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
};
const shiftTotal = (page) => page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));

// The WCAG contrast ratio of an element's text on its background color (both computed rgb()).
async function contrastOf(locator, { backgroundOf } = {}) {
  return locator.evaluate((el, bgSelector) => {
    const rgb = (c) => /rgba?\(([^)]+)\)/.exec(c)[1].split(/[ ,/]+/).filter(Boolean).slice(0, 3).map(Number);
    const lum = (c) => {
      const [r, g, b] = c.map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const bgEl = bgSelector ? document.querySelector(bgSelector) : el;
    const [hi, lo] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(getComputedStyle(bgEl).backgroundColor))].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  }, backgroundOf ?? null);
}

test('a SyntaxError is pinned to its line and column, counted and named', async () => {
  const program = 'import torch\n\ndef f(x):\n    return x +\n\nprint(1)\n';
  const { page, problems, close } = await openPage(harness, { hash: shareHash(program) });
  try {
    await waitForRuns(page, 1);
    // The line, and the column the caret points at (after the "+": the line's last character).
    assert.equal(await page.locator('.cm-dp-error-line').count(), 1);
    assert.equal(await page.locator('.cm-dp-marker-error').count(), 1);
    assert.equal(await page.locator('.cm-dp-error-span').textContent(), '+');
    assert.equal(await page.textContent('#issue-count'), '(1)');
    assert.match(await page.textContent('#status'), /SyntaxError at line 4/);
    assert.match(await page.textContent('#narration'), /stopped before torch\.compile ran a function \(SyntaxError at line 4: invalid syntax\)/);
    await page.click('#tab-issues');
    assert.match(await page.textContent('#issues .line-link'), /^line 4, column 15$/);
    assert.match(await page.textContent('#issues .issue-exception pre'), /return x \+\n\s+\^\nSyntaxError: invalid syntax/);
    // The link goes to the line.
    await page.click('#issues .line-link');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cm-content')), true);
    await page.screenshot({ path: `${shots}/review-syntax-error.png` });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a hard error is titled by its gb_type, and its span is underlined in the editor', async () => {
  const program = `import torch


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))


def f(tq, x):
    return x + len(tq.script_class_name)


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
torch.compile(f, backend="eager")(tq, torch.ones(2))
`;
  const { page, problems, close } = await openPage(harness, { hash: shareHash(program) });
  try {
    await waitForRuns(page, 1);
    await page.click('#tab-issues');
    const title = await page.textContent('#issues .issue-error .gb-type');
    assert.equal(title, 'Attempted to access non-callable attribute of TorchScript object');
    assert.match(await page.textContent('#issues .issue-error .badge'), /hard error · UnsafeScriptObjectError/i);
    assert.equal(await page.locator('.cm-dp-error-span').textContent(), 'tq.script_class_name');
    assert.match(await page.textContent('#status'), /1 hard error/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('no layout shift on load, nor when a bad share link is reported', async () => {
  for (const hash of ['', '#v1/@@not-lz@@']) {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(recordShifts);
    try {
      await page.goto(`${harness.base}${hash}`);
      await waitForRuns(page, 1);
      await page.waitForTimeout(300);
      const total = await shiftTotal(page);
      assert.ok(total < 0.001, `${hash || 'default'}: layout shift ${total}`);
      if (hash) {
        assert.equal(await page.isVisible('#banner'), true);
        assert.match(await page.textContent('#banner'), /Could not open this link/);
        await page.click('#banner-close');
        assert.equal(await page.isHidden('#banner'), true);
      }
    } finally {
      await context.close();
    }
  }
});

test('the embed\'s Run button and link are readable in both themes and on a host\'s light accent', async () => {
  const code = 'print(1)\n';
  for (const theme of ['light', 'dark']) {
    const { page, close } = await openPage(harness, { query: `embed.html?theme=${theme}`, hash: shareHash(code) });
    try {
      await page.waitForSelector('body[data-state="ready"]', { timeout: TIMEOUT });
      const run = await contrastOf(page.locator('#run'));
      assert.ok(run >= 4.5, `${theme}: Run text contrast ${run.toFixed(2)}`);
      const link = await contrastOf(page.locator('#open'), { backgroundOf: '#toolbar' });
      assert.ok(link >= 4.5, `${theme}: link contrast ${link.toFixed(2)}`);
    } finally {
      await close();
    }
  }
  // The docs page in dark mode sets a light accent (#b69cff): its Run buttons get dark text.
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  try {
    await page.goto(`${harness.base}docs/index.html`);
    await page.waitForFunction(() => document.querySelector('figure.dp-embed')?.dataset.state === 'live', null, { timeout: TIMEOUT });
    const frame = page.frameLocator('figure.dp-embed >> nth=0 >> iframe');
    await frame.locator('html[data-host-styled="true"]').waitFor();
    assert.equal(await frame.locator('#run').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(182, 156, 255)');
    const run = await contrastOf(frame.locator('#run'));
    assert.ok(run >= 4.5, `docs dark: Run text contrast ${run.toFixed(2)}`);
    const link = await contrastOf(frame.locator('#open'), { backgroundOf: '#toolbar' });
    assert.ok(link >= 4.5, `docs dark: link contrast ${link.toFixed(2)}`);
  } finally {
    await context.close();
  }
});

test('docs page: an iframe (and its wasm) loads only when its block nears the viewport', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  let wasmRequests = 0;
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests++; });
  try {
    await page.goto(`${harness.base}docs/index.html`);
    await page.waitForFunction(() => document.querySelector('figure.dp-embed')?.dataset.state === 'live', null, { timeout: TIMEOUT });
    await page.waitForTimeout(500);
    const sources = () => page.$$eval('iframe.dp-embed-frame', (fs) => fs.map((f) => f.getAttribute('src') ?? ''));
    const early = await sources();
    assert.ok(early.length >= 4, early.join(','));
    assert.ok(early[0].includes('embed.html'), 'the first block, in view, is loaded');
    assert.equal(early.at(-1), '', 'the last block, far below, is not loaded yet');
    assert.ok(wasmRequests < early.length, `${wasmRequests} wasm downloads for ${early.length} blocks before scrolling`);
    assert.equal(await page.getAttribute('iframe.dp-embed-frame >> nth=-1', 'loading'), 'lazy');
    // Scrolled to, it loads and goes live.
    await page.locator('figure.dp-embed').last().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('figure.dp-embed')].at(-1).dataset.state === 'live', null, { timeout: TIMEOUT });
    assert.ok((await sources()).at(-1).includes('embed.html'));
  } finally {
    await context.close();
  }
});

test('docs page: the swap from the pre-rendered preview to the live embed does not move the page', async () => {
  for (const width of [1000, 375]) {
    const context = await harness.browser.newContext({ viewport: { width, height: 800 } });
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await context.route('**/dynamo_playground.wasm', async (route) => { await gate; await route.continue(); });
    const page = await context.newPage();
    try {
      await page.goto(`${harness.base}docs/index.html`);
      await page.waitForFunction(() => {
        const figures = [...document.querySelectorAll('figure.dp-embed')];
        return figures.length >= 4 && figures.every((f) => f.querySelector('.dp-embed-result > :not(.dp-message)'));
      });
      const heights = () => page.$$eval('figure.dp-embed', (fs) => fs.map((f) => Math.round(f.getBoundingClientRect().height)));
      const before = await heights();
      if (width === 375) await page.screenshot({ path: `${shots}/review-docs-preview-375.png`, fullPage: true });
      release();
      const count = before.length;
      for (let k = 0; k < count; k++) {
        await page.locator('figure.dp-embed').nth(k).scrollIntoViewIfNeeded();
        await page.waitForFunction((i) => document.querySelectorAll('figure.dp-embed')[i].dataset.state === 'live', k, { timeout: TIMEOUT });
      }
      await page.waitForTimeout(300);
      const live = await heights();
      for (let k = 0; k < count; k++) {
        assert.ok(Math.abs(live[k] - before[k]) <= 12, `${width} px, block ${k}: ${before[k]} px pre-rendered, ${live[k]} px live`);
      }
    } finally {
      await context.close();
    }
  }
});

test('keyboard: the focused editor has a visible ring, stepper keys stay out of it, the trace panes are reachable', async () => {
  const { page, problems, close } = await openPage(harness, { colorScheme: 'dark' });
  try {
    await waitForRuns(page, 1);
    await page.click('.cm-content');
    const ring = await page.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('#editor .cm-editor'));
      return { style: cs.outlineStyle, width: cs.outlineWidth, color: cs.outlineColor };
    });
    assert.deepEqual(ring, { style: 'solid', width: '2px', color: 'rgb(127, 179, 255)' });
    // Typing n, p and arrows in the editor edits the text; the stepper does not move.
    const step = await page.evaluate(() => document.body.dataset.step);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.type('np');
    assert.equal(await page.evaluate(() => document.body.dataset.step), step);
    assert.match(await page.textContent('.cm-content'), /np/);
    // From the tabs, Tab reaches each scrollable part of the trace panel.
    await page.focus('#tab-trace');
    const reached = [];
    for (let k = 0; k < 4; k++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby')));
    }
    assert.deepEqual(reached, ['bytecode-title', 'state-title', 'step-graph-title', 'step-guards-title']);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
