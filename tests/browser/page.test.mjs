// The main page (build/web/, made by ./dev build) in headless Chromium: it loads under its CSP and
// traces the default example; Run and Ctrl+Enter run; live re-tracing; the stepper (highlighted
// source span, stack, locals, graph, narration, keyboard, deep link); a runaway program; malformed
// share links; XSS payloads in program output and error messages; the fullgraph toggle and backend
// choice; dark mode; a 375 px phone viewport. Screenshots go to build/test-output/browser/, and one
// of the stepper mid-trace to docs/stepper.png (referenced from README.md).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  openPage, pageStdout, root, runCount, shareHash, shots, startHarness, waitForRuns,
} from './page-harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const FORWARD = 'def forward(self, L_x_ : torch.Tensor):';

// Lines: 1 import, 3 def f, 4 y = ..., 5 return ..., 7 print.
const STEP_PROGRAM = `import torch

def f(x):
    y = torch.sin(x)
    return y + 1

print(torch.compile(f, backend="eager")(torch.ones(2)))
`;

const BREAK_PROGRAM = `import torch

def f(x):
    y = x.sin()
    print("between graphs")
    return y.cos() + 2

print(torch.compile(f, backend="eager")(torch.zeros(3)))
`;

async function stepState(page) {
  return page.evaluate(() => ({
    step: Number(document.body.dataset.step ?? -1),
    span: document.querySelector('.cm-dp-step')?.textContent ?? null,
    line: (() => {
      const el = document.querySelector('.cm-dp-step-line');
      if (!el) return 0;
      return [...document.querySelectorAll('.cm-content > .cm-line')].indexOf(el) + 1;
    })(),
    stack: [...document.querySelectorAll('#state .stack li')].map((li) => li.textContent),
    locals: Object.fromEntries([...document.querySelectorAll('#state .locals dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent])),
    current: document.querySelector('#bytecode .row.current')?.textContent ?? '',
    graph: document.querySelector('#step-graph')?.textContent ?? '',
    newest: [...document.querySelectorAll('#step-graph .row.newest')].map((r) => r.dataset.node),
    narration: document.querySelector('#narration')?.textContent ?? '',
  }));
}

test('the page loads under its CSP, traces the default example and fills the panes', async () => {
  const { page, problems, close } = await openPage(harness);
  try {
    await page.waitForSelector('body[data-state="idle"]', { timeout: 60_000 });
    await waitForRuns(page, 1);
    assert.match(await page.textContent('#status'), /exit code 0/);
    assert.match(await page.textContent('.cm-content'), /torch\.compile\(f, backend=backend\)/,
                 'the editor starts with web/examples/sin_add.py');
    const graphs = await page.textContent('#graphs');
    assert.ok(graphs.includes(FORWARD), graphs);
    assert.match(graphs, /\[0\/0\]/);
    assert.ok((await pageStdout(page)).includes('torch.Size([2, 3])'));
    // The examples menu lists every example, grouped.
    const options = await page.$$eval('#examples optgroup option', (os) => os.map((o) => o.value));
    assert.ok(options.includes('sin_add') && options.length >= 12, options.join(','));
    await page.screenshot({ path: `${shots}/page-loaded.png` });

    const before = await runCount(page);
    await page.click('#run');
    await waitForRuns(page, before + 1);
    await page.click('.cm-content');
    await page.keyboard.press('Control+Enter');
    await waitForRuns(page, before + 2);
    assert.match(await page.textContent('#status'), /^exit code 0 /, await page.textContent('#output'));

    // Tabs and panes.
    await page.click('#tab-output');
    assert.equal(await page.isVisible('#output'), true);
    await page.screenshot({ path: `${shots}/page-output.png` });
    await page.click('#tab-graphs');
    await page.check('#readable');
    assert.match(await page.textContent('#graphs'), /class GraphModule\(torch\.nn\.Module\)/);
    await page.uncheck('#readable');
    await page.screenshot({ path: `${shots}/page-graphs.png` });
    await page.click('#tab-guards');
    assert.match(await page.textContent('#guards'), /TENSOR_MATCH/);
    await page.click('#tab-summary');
    assert.match(await page.textContent('#summary'), /Graph Count\s*1/);
    assert.deepEqual(problems, [], 'no page errors, console errors or CSP violations');
  } finally {
    await close();
  }
});

test('the live re-trace waits twice the last run (30-250 ms) for a pause in typing', async () => {
  const { page, problems, close } = await openPage(harness, { hash: shareHash(STEP_PROGRAM) });
  try {
    await waitForRuns(page, 1);
    const delay = Number(await page.evaluate(() => document.body.dataset.liveDelay));
    assert.ok(delay >= 30 && delay <= 250, `live delay ${delay} ms`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('editing re-traces live (debounced), and stale results are dropped', async () => {
  // A fixed 250 ms debounce: quick keys must coalesce into one trace however fast the run is.
  const { page, problems, close } = await openPage(harness, { hash: shareHash(STEP_PROGRAM), query: '?live_delay=250' });
  try {
    await waitForRuns(page, 1);
    assert.equal(await page.evaluate(() => document.body.dataset.liveDelay), '250');
    const before = await runCount(page);
    // Several quick edits: one trace for the last text only.
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    for (const ch of 'print(41 + 1)') await page.keyboard.type(ch, { delay: 20 });
    await page.waitForFunction(() => document.querySelector('#output .stdout')?.textContent.includes('42'), null, { timeout: 30_000 });
    await page.waitForSelector('body[data-state="idle"]');
    const runs = (await runCount(page)) - before;
    assert.ok(runs >= 1 && runs <= 3, `live edits gave ${runs} applied runs`);
    assert.ok((await pageStdout(page)).endsWith('42\n'));
    // The fragment follows the program.
    assert.match(await page.evaluate(() => location.hash), /^#v1\//);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the stepper highlights the source span, stack and locals at given steps', async () => {
  const { page, problems, close } = await openPage(harness, { hash: shareHash(STEP_PROGRAM) });
  try {
    await waitForRuns(page, 1);
    // The page opens on the result: the last step, with the finished graph.
    let s = await stepState(page);
    assert.equal(s.step, Number(await page.$eval('#step-range', (r) => r.max)));
    assert.ok(s.step > 7, `${s.step} steps`);
    assert.match(s.narration, /RETURN_VALUE.*Tracing of f ends here/);
    assert.match(s.graph, /y = torch\.sin\(l_x_\);.*\n.*add = y \+ 1/);
    assert.doesNotMatch(await page.evaluate(() => location.hash), /step=/, 'the last step is not written into the link');
    await page.click('#step-first');
    s = await stepState(page);
    assert.equal(s.step, 0);
    assert.match(s.narration, /RESUME/);
    assert.match(s.current, /-->\s+\d*\s*0 RESUME/);

    // Step 3: LOAD_FAST x on line 4, with NULL and torch.sin on the stack.
    await page.focus('#step-next');
    for (let k = 0; k < 3; k++) await page.click('#step-next');
    s = await stepState(page);
    assert.equal(s.step, 3);
    assert.equal(s.line, 4);
    assert.equal(s.span, 'x');
    assert.match(s.current, /LOAD_FAST\s+0 \(x\)/);
    assert.equal(s.stack.length, 2, JSON.stringify(s.stack));
    assert.match(s.stack[1], /TorchInGraphFunctionVariable/);
    assert.match(s.narration, /LOAD_FAST x: pushes the local x/);

    // The keyboard (outside the editor): → twice reaches CALL, which adds the input and sin to the graph.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    s = await stepState(page);
    assert.equal(s.step, 5);
    assert.match(s.narration, /CALL 1: calls torch\.sin with 1 argument; Dynamo adds graph input l_x_ and node sin/);
    assert.ok(s.newest.includes('sin'), JSON.stringify(s.newest));
    assert.match(s.graph, /sin = torch\.sin\(l_x_\)/);
    assert.match(await page.textContent('#step-guards'), /TENSOR_MATCH: check_tensor\(L\['x'\]/);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.screenshot({ path: `${root}docs/stepper.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Step 7: LOAD_FAST y on line 5; y is now a local TensorVariable and the stack is empty.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    s = await stepState(page);
    assert.equal(s.step, 7);
    assert.equal(s.line, 5);
    assert.equal(s.span, 'y');
    assert.deepEqual(s.stack, []);
    assert.match(s.locals.y ?? '', /TensorVariable/);
    await page.screenshot({ path: `${shots}/page-stepper.png` });

    await page.keyboard.press('End');
    s = await stepState(page);
    assert.match(s.narration, /RETURN_VALUE.*Tracing of f ends here/);
    await page.keyboard.press('Home');
    assert.equal((await stepState(page)).step, 0);
    // The scrubber.
    await page.$eval('#step-range', (r) => { r.value = '4'; r.dispatchEvent(new Event('input', { bubbles: true })); });
    assert.equal((await stepState(page)).step, 4);
    // Play at the fastest speed until the end.
    await page.selectOption('#step-speed', '30');
    await page.click('#step-play');
    await page.waitForFunction(() => document.querySelector('#step-play').getAttribute('aria-pressed') === 'false' &&
      document.body.dataset.step === String(Number(document.querySelector('#step-range').max)), null, { timeout: 10_000 });
    // The help lists the shortcuts.
    await page.click('#help-button');
    assert.match(await page.textContent('#help'), /next step/);
    await page.keyboard.press('Escape');
    assert.equal(await page.isHidden('#help'), true);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('stepping into an inlined function lists its bytecode and highlights its lines', async () => {
  const program = 'import torch\n\ndef g(x):\n    return x.cos()\n\ndef f(x):\n    return g(x) + 1\n\n' +
    'print(torch.compile(f, backend="eager")(torch.ones(2)))\n';
  const { page, problems, close } = await openPage(harness, { hash: shareHash(program) });
  try {
    await waitForRuns(page, 1);
    await page.click('#step-first');
    await page.focus('#step-next');
    for (let k = 0; k < 20 && !/inlining g/.test(await page.textContent('#narration')); k++) await page.click('#step-next');
    assert.match(await page.textContent('#narration'), /RESUME 0: Dynamo starts inlining g/);
    assert.match(await page.textContent('#bytecode-frame'), /^g \(inlined, depth 1\)/);
    let s = await stepState(page);
    assert.equal(s.line, 3);
    await page.click('#step-next');
    s = await stepState(page);
    assert.equal(s.line, 4);
    assert.equal(s.span, 'x');
    assert.match(s.current, /LOAD_FAST\s+0 \(x\)/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a deep link opens the trace at its step', async () => {
  const { page, problems, close } = await openPage(harness, { hash: shareHash(STEP_PROGRAM, { step: 7 }) });
  try {
    await waitForRuns(page, 1);
    const s = await stepState(page);
    assert.equal(s.step, 7);
    assert.equal(s.line, 5);
    assert.equal(s.span, 'y');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('graph breaks are pinned to their line; the fullgraph toggle turns them into a hard error', async () => {
  const { page, problems, close } = await openPage(harness, { hash: shareHash(BREAK_PROGRAM) });
  try {
    await waitForRuns(page, 1);
    assert.equal(await page.locator('#graphs .graph').count(), 2);
    const issues = await page.textContent('#issues');
    assert.match(issues, /graph break/);
    assert.match(issues, /line 5/);
    assert.equal(await page.locator('#issues a[href^="https://"]').count() >= 0, true);
    assert.equal(await page.locator('.cm-dp-marker-graph_break').count(), 1);
    assert.equal(await page.locator('.cm-dp-break-line').count(), 1);
    // The stepper stops at the break with a graph-break sentence.
    await page.click('#step-first');
    await page.click('#step-event');
    assert.match(await page.textContent('#narration'), /Graph break/);
    await page.click('#tab-issues');
    await page.screenshot({ path: `${shots}/page-graph-break.png` });
    // Hovering the break's line in the Breaks pane lights up the editor line.
    await page.hover('#issues .issue-graph_break .line-link');
    assert.equal(await page.locator('.cm-dp-linked').count(), 1);

    const before = await runCount(page);
    await page.check('#fullgraph');
    await waitForRuns(page, before + 1);
    const after = await page.textContent('#issues');
    assert.match(after, /hard error/);
    assert.equal(await page.locator('#graphs .graph').count(), 0);
    assert.equal(await page.locator('.cm-dp-marker-error').count() >= 1, true);
    assert.match(await page.textContent('#output'), /Unsupported/);
    assert.match(await page.evaluate(() => location.hash), /^#v1\//);
    await page.screenshot({ path: `${shots}/page-fullgraph-error.png` });
    // The program text was not rewritten.
    assert.ok(!(await page.textContent('.cm-content')).includes('fullgraph'));

    // Backend choice is passed as an option too; eager-like backends give the same graphs here.
    await page.uncheck('#fullgraph');
    await waitForRuns(page, before + 2);
    await page.selectOption('#backend', 'aot_eager');
    await waitForRuns(page, before + 3);
    assert.equal(await page.locator('#graphs .graph').count(), 2);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('hovering a source line highlights its bytecode rows, graph nodes and guards', async () => {
  const { page, problems, close } = await openPage(harness, { hash: shareHash(STEP_PROGRAM) });
  try {
    await waitForRuns(page, 1);
    await page.hover('.cm-content > .cm-line:nth-child(4)');
    await page.waitForFunction(() => document.querySelectorAll('#bytecode .row.linked').length > 0);
    // Dynamo names the node after the local it is stored in (y), as PyTorch does.
    const linkedNodes = await page.$$eval('#graphs .row.linked', (rows) => rows.map((r) => r.dataset.node));
    assert.deepEqual(linkedNodes, ['y']);
    assert.ok(await page.locator('#guards .guard.linked').count() >= 1);
    // And back: hovering a graph node lights its line in the editor.
    await page.click('#tab-graphs');
    await page.hover('#graphs .row[data-node="add"]');
    assert.equal(await page.locator('.cm-dp-linked').count(), 1);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a runaway program stops after N steps and the page stays responsive', async () => {
  const { page, problems, close } = await openPage(harness, { hash: shareHash('n = 0\nwhile True:\n    n += 1\n') });
  try {
    await waitForRuns(page, 1, 90_000);
    assert.match(await page.textContent('#output'), /stopped after \d+ steps/);
    assert.match(await page.textContent('#status'), /stopped after \d+ steps/);
    await page.screenshot({ path: `${shots}/page-runaway.png` });
    // Still responsive: the next run works.
    const before = await runCount(page);
    await page.selectOption('#examples', 'sin_add');
    await waitForRuns(page, before + 1);
    assert.match(await page.textContent('#status'), /exit code 0/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('past the deadline the worker is terminated, and a fresh one takes the next run', async () => {
  const { page, problems, close } = await openPage(harness, {
    query: '?max_steps=1000000000000&deadline=3000', hash: shareHash('while True:\n    pass\n'),
  });
  try {
    await waitForRuns(page, 1, 90_000);
    assert.match(await page.textContent('#output'), /stopped after 3 s: the run took too long, so its worker was stopped/);
    const before = await runCount(page);
    await page.selectOption('#examples', 'sin_add');
    await waitForRuns(page, before + 1);
    assert.match(await page.textContent('#status'), /exit code 0/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('malformed share links show an error and an empty editor, never a blank page', async () => {
  for (const hash of ['#v1/@@not-lz@@', '#v1/', '#code/%%%', '#v9/abc', '#nonsense']) {
    const { page, problems, close } = await openPage(harness, { hash });
    try {
      await page.waitForSelector('#banner:not([hidden])', { timeout: 30_000 });
      assert.match(await page.textContent('#banner'), /Could not open this link/, hash);
      assert.equal((await page.textContent('.cm-content')).trim(), '', hash);
      assert.equal(await page.isVisible('#run'), true);
      if (hash === '#v1/@@not-lz@@') await page.screenshot({ path: `${shots}/page-bad-link.png` });
      assert.deepEqual(problems, [], hash);
    } finally {
      await close();
    }
  }
  // The first link format (#code/<lz>) still opens.
  const LZString = (await import('lz-string')).default;
  const { page, close } = await openPage(harness, { hash: `#code/${LZString.compressToEncodedURIComponent('print("old link")\n')}` });
  try {
    await waitForRuns(page, 1);
    assert.equal(await pageStdout(page), 'old link\n');
  } finally {
    await close();
  }
});

test('markup in program output and error messages stays text', async () => {
  const payload = '<img src=x onerror=alert(1)>';
  const programs = [
    `print("${payload}")\nraise ValueError("<b>${payload}</b>")\n`,
    `x = 1\n<script>alert(1)</script> ${payload}\n`,  // a syntax error quoting the markup
    `import torch\n\ndef f(x):\n    print("${payload}")\n    return x\n\ntorch.compile(f, fullgraph=True)(torch.ones(1))\n`,
  ];
  for (const program of programs) {
    const { page, problems, close } = await openPage(harness, { hash: shareHash(program) });
    try {
      await waitForRuns(page, 1);
      const output = await page.textContent('#output');
      assert.ok(output.includes('onerror=alert(1)'), output);
      for (const id of ['#output', '#issues', '#graphs', '#guards', '#summary', '#narration', '#status', '.cm-content']) {
        assert.equal(await page.locator(`${id} img, ${id} script, ${id} b`).count(), 0, `${id} holds markup from the program`);
      }
      await page.click('#tab-issues');
      assert.notEqual((await page.textContent('#issues')).trim(), '');
      await page.screenshot({ path: `${shots}/page-xss-${programs.indexOf(program)}.png` });
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }
});

test('dark mode follows the system, and the theme button overrides it', async () => {
  const { page, problems, close } = await openPage(harness, { colorScheme: 'dark' });
  try {
    await waitForRuns(page, 1);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await bg(), 'rgb(23, 25, 28)');
    await page.screenshot({ path: `${shots}/page-dark.png` });
    await page.click('#theme');  // system -> light
    assert.equal(await bg(), 'rgb(255, 255, 255)');
    await page.click('#theme');  // light -> dark
    assert.equal(await bg(), 'rgb(23, 25, 28)');
    await page.click('#theme');  // dark -> system
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a 375 px phone viewport has no horizontal overflow, and focus is visible', async () => {
  const { page, problems, close } = await openPage(harness, { viewport: { width: 375, height: 740 } });
  try {
    await waitForRuns(page, 1);
    const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
    assert.ok(width <= 375, `page is ${width} px wide`);
    await page.screenshot({ path: `${shots}/page-phone.png`, fullPage: true });
    // Tab reaches the toolbar; the focused control has an outline.
    await page.focus('#run');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('no layout shift while the core loads', async () => {
  const { page, close } = await openPage(harness);
  try {
    const box = () => page.evaluate(() => {
      const r = (s) => { const b = document.querySelector(s).getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round); };
      return { editor: r('.editor-pane'), right: r('.right'), stepper: r('.stepper') };
    });
    await page.waitForSelector('.cm-editor');
    const early = await box();
    await waitForRuns(page, 1);
    assert.deepEqual(await box(), early);
  } finally {
    await close();
  }
});
