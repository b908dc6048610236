// `./dev bench`: one run measures, on the same inputs, the native core's whole pipeline
// (dp::run_json: parse, compile, run, trace, print; build/native/dp_bench), the WebAssembly build
// under Node (wasm/playground.mjs, build/wasm) and CPython's own compile() alone (the machine's
// python3, timed inside Python), over every example and golden program and over generated
// programs of 100, 1,000 and 10,000 lines (tests/bench/gen.py). It also measures peak memory
// (a fresh native process per generated size), the gzip size of what the page loads (editor
// excluded), and in headless Chromium (Debian's, through playwright-core) the page's load to first
// graph and keystroke to updated graph. Writes build/bench.json and prints a table.
//
//   node tests/bench/bench.mjs [--quick] [--no-page] [--native DIR] [--wasm DIR] [--web DIR] [--out FILE]
//     --quick     fewer repetitions, no 10,000-line wasm run (a smoke test of the script)
//     --no-page   skip the Chromium figures
//
// Defaults: build/native (dp_bench), build/wasm, build/web, build/bench.json; the page is always
// the one in --web, the bundle size counts --wasm's module with --web's other files.
// Internal: `node tests/bench/bench.mjs --wasm-child DIR REPS FILE...` runs the wasm side in a fresh
// Node process (so that its first import is a real first import) and prints JSON lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { conformanceDir } from '../lib/shared_dir.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OPTIONS = { filename: 'main.py' };
const SIZES = [100, 1000, 10000];

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const now = () => performance.now();

// ---------------------------------------------------------------------------------------------
// wasm child: fresh process, times createPlayground, the first run, then repeated runs per file.
// Times are CPU time of the Node process (process.cpuUsage(): user + system, all threads, so V8's
// background compilation and GC count too), like the native and CPython figures; wall time too.
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// The module of build/wasm goes through wasm/playground.mjs (the real API); another directory's
// (--wasm DIR, e.g. a development build) is instantiated the same way, directly.
async function loadWasm(dir) {
  if (path.resolve(dir) === path.join(root, 'build/wasm')) {
    const { createPlayground } = await import(pathToFileURL(path.join(root, 'wasm/playground.mjs')));
    return createPlayground();
  }
  const factory = (await import(pathToFileURL(path.join(dir, 'dynamo_playground.mjs')))).default;
  const compiled = await WebAssembly.compile(readFileSync(path.join(dir, 'dynamo_playground.wasm')));
  const module = await factory({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    },
  });
  return { run: (source, options) => JSON.parse(module.run(source, JSON.stringify(options))) };
}

async function wasmChild(dir, reps, files) {
  const t0 = now();
  const c0 = cpuNow();
  const pg = await loadWasm(dir);
  console.log(JSON.stringify({ instantiate_ms: cpuNow() - c0, instantiate_wall_ms: now() - t0 }));
  let firstDone = false;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const w = now();
    const c = cpuNow();
    let result = pg.run(source, OPTIONS);
    const first = cpuNow() - c;
    const firstWall = now() - w;
    const times = [];
    const walls = [];
    let spent = 0;
    while (times.length < reps || (spent < 200 && times.length < 50 && reps > 1)) {
      const sw = now();
      const sc = cpuNow();
      result = pg.run(source, OPTIONS);
      const dt = cpuNow() - sc;
      walls.push(now() - sw);
      times.push(dt);
      spent += dt;
    }
    console.log(JSON.stringify({
      file, first_ms: first, first_wall_ms: firstWall, process_first: !firstDone, times_ms: times,
      median_ms: times.length ? median(times) : first, median_wall_ms: walls.length ? median(walls) : firstWall,
      exit_code: result.exit_code, traced_instructions: result.stats?.traced_instructions ?? 0,
    }));
    firstDone = true;
  }
}

// ---------------------------------------------------------------------------------------------
function jsonLines(text) {
  return text.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
}

function run(cmd, args, { timeout = 1_800_000 } = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, timeout });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} … failed (${r.status ?? r.signal}):\n${r.stderr?.slice(-2000)}`);
  }
  return r.stdout;
}

function inputs() {
  const files = [];
  const add = (dir, recursive) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && recursive) add(p, true);
      else if (e.isFile() && e.name.endsWith('.py')) files.push(p);
    }
  };
  add(path.join(root, 'web/examples'), false);
  add(path.join(root, 'tests/golden'), true);
  add(conformanceDir, false);
  return files.sort();
}

// gzip -9 of what the page loads, editor excluded: the wasm, the worker, boot.js, index.html, the CSS and
// main.js rebuilt with the editor's packages (CodeMirror, Lezer) left out as externals.
async function bundleSize(webDir, wasmFile) {
  const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
  const parts = { 'dynamo_playground.wasm': gz(wasmFile) };
  for (const name of ['worker.js', 'boot.js', 'index.html', 'main.css']) {
    const p = path.join(webDir, name);
    if (existsSync(p)) parts[name] = gz(p);
  }
  const esbuild = await import('esbuild');
  const { examplesPlugin } = await import(pathToFileURL(path.join(root, 'web/examples-plugin.mjs')));
  const out = path.join(root, 'build/bench/noeditor');
  mkdirSync(out, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'web/src/main.js' },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'firefox115', 'safari16'],
    minify: true,
    loader: { '.py': 'text' },
    plugins: [examplesPlugin(root)],
    external: ['node:*', '@codemirror/*', '@lezer/*', 'codemirror', 'style-mod', 'crelt', 'w3c-keyname', '@marijn/*'],
    logLevel: 'error',
  });
  parts['main.js (editor excluded)'] = gz(path.join(out, 'main.js'));
  const withEditor = path.join(webDir, 'main.js');
  const editorGzip = existsSync(withEditor) ? gz(withEditor) - parts['main.js (editor excluded)'] : null;
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return { parts, total, editorGzip };
}

// ---------------------------------------------------------------------------------------------
// Page figures in headless Chromium.
async function pageFigures(webDir, { loads = 5, keys = 20, runs = 10 } = {}) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import(pathToFileURL(path.join(root, 'web/serve.mjs')));
  const server = await serveStatic(webDir, { port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.DP_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
           '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  // Records, in the page's clock, when the run counter changes (the panes were just filled) and
  // when the next frame after it starts (they were painted), and when keys go down.
  const probe = () => {
    window.__dp = { runs: [], keys: [], delays: [] };
    new MutationObserver(() => {
      const t = performance.now();
      const n = Number(document.body.dataset.runs ?? 0);
      const graphs = document.querySelector('#graphs')?.textContent ?? '';
      requestAnimationFrame(() => window.__dp.runs.push({ n, t, painted: performance.now(), graph: graphs.includes('def forward') }));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-runs'] });
    document.addEventListener('keydown', () => {
      window.__dp.keys.push(performance.now());
      window.__dp.delays.push(Number(document.body.dataset.liveDelay ?? 250));  // the page's live debounce then
    }, true);
  };
  // Consecutive phases from navigation start to the first graph painted (they add up to it).
  const startupPhases = (t, painted) => ({
    page_to_worker: t.worker_created,                    // HTML and boot.js until it creates the worker
    worker_start: t.started - t.worker_created,          // worker.js fetched and evaluated
    wasm_fetch_compile: t.compiled - t.started,          // the rest of the .wasm's download and compile (streaming, begun by boot.js)
    instantiate: t.instantiated - t.compiled,
    runtime_init: t.ready - t.instantiated,              // static constructors
    import_torch: t.warmed - t.ready,                    // the warm-up run: the frozen prelude loaded and run
    wait_for_request: Math.max(0, t.run_sent - t.warmed),  // the first run waits for the editor, or for 'ready'
    first_run: t.run_ms,                                 // the default example, in the worker
    messages: t.run_received - Math.max(t.run_sent, t.warmed) - t.run_ms,
    render: painted - t.run_received,                    // panes filled, frame painted
  });
  const waitRuns = (page, n) => page.waitForFunction((k) => (window.__dp?.runs.length ?? 0) >= k, n, { timeout: 120_000 });
  const result = { first_graph_ms: [], first_graph_phases_ms: [], keystroke_ms: [], keystroke_delay_ms: [], run_ms: [], live: false };
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(probe);
      await page.goto(base);
      await waitRuns(page, 1);
      const r = await page.evaluate(() => window.__dp.runs[0]);
      if (!r.graph) throw new Error('the default example showed no graph');
      result.first_graph_ms.push(r.painted);  // performance.now() counts from the navigation start
      // The same time split at the marks the page and its worker record (web/src/worker.js).
      const t = await page.evaluate(() => window.dynamoPlaygroundStartup ?? null);
      if (t) result.first_graph_phases_ms.push(startupPhases(t, r.painted));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(base);
    await waitRuns(page, 1);
    result.live = await page.evaluate(() => Boolean(document.querySelector('#live')?.checked));
    // Cursor at the end of the program, on a new comment line: every key keeps the program valid.
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    let seen = 1;
    if (result.live) {
      // The Enter above is a keystroke too: let its re-trace land first.
      await waitRuns(page, ++seen);
      await page.keyboard.type('#');
      await waitRuns(page, ++seen);
      for (let i = 0; i < keys; i++) {
        await page.keyboard.type('abcdefghijklmnopqrstuvwxyz'[i % 26]);
        await waitRuns(page, ++seen);
        const { key, delay, run } = await page.evaluate((k) => ({ key: window.__dp.keys.at(-1), delay: window.__dp.delays.at(-1), run: window.__dp.runs[k - 1] }), seen);
        result.keystroke_ms.push(run.painted - key);
        result.keystroke_delay_ms.push(delay);
      }
    }
    // Ctrl+Enter: the run alone (no debounce).
    for (let i = 0; i < runs; i++) {
      const n = await page.evaluate(() => window.__dp.runs.length);
      await page.keyboard.press('Control+Enter');
      await waitRuns(page, n + 1);
      const { key, run } = await page.evaluate((k) => ({ key: window.__dp.keys.at(-1), run: window.__dp.runs[k] }), n);
      result.run_ms.push(run.painted - key);
    }
    await context.close();
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--wasm-child') return wasmChild(argv[1], Number(argv[2]), argv.slice(3));
  const quick = argv.includes('--quick');
  const noPage = argv.includes('--no-page');
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
  const nativeDir = path.resolve(root, opt('--native', 'build/native'));
  const webDir = path.resolve(root, opt('--web', 'build/web'));
  const wasmDir = path.resolve(root, opt('--wasm', 'build/wasm'));
  const outFile = path.resolve(root, opt('--out', 'build/bench.json'));
  const dpBench = path.join(nativeDir, 'dp_bench');
  if (!existsSync(dpBench)) throw new Error(`${dpBench} is missing: build it (./dev bench builds it)`);
  const log = (s) => process.stderr.write(`bench: ${s}\n`);

  // Inputs.
  const genDir = path.join(root, 'build/bench');
  mkdirSync(genDir, { recursive: true });
  const generated = {};
  for (const n of SIZES) {
    generated[n] = path.join(genDir, `gen_${n}.py`);
    run('python3', [path.join(root, 'tests/bench/gen.py'), String(n), generated[n]]);
  }
  const corpus = inputs();
  log(`${corpus.length} example/golden/conformance programs, generated ${SIZES.join(', ')} lines`);
  const reps = quick ? 2 : 5;
  const genReps = { 100: quick ? 2 : 5, 1000: quick ? 1 : 3, 10000: quick ? 0 : 2 };

  // CPython compile() alone.
  log('CPython compile()');
  const cpy = {};
  for (const r of jsonLines(run('python3', [path.join(root, 'tests/bench/cpython_compile.py'), '--reps', String(reps),
    '--min-ms', quick ? '20' : '100', ...corpus, ...Object.values(generated)]))) cpy[r.file] = r;

  // Native: the corpus in one process; each generated size in a fresh process (its peak memory).
  log('native pipeline (dp_bench)');
  const nat = {};
  for (const r of jsonLines(run(dpBench, ['--reps', String(reps), '--min-ms', quick ? '20' : '100', ...corpus]))) nat[r.file] = r;
  for (const n of SIZES) {
    for (const r of jsonLines(run(dpBench, ['--reps', String(genReps[n]), generated[n]]))) nat[r.file] = r;
    log(`  ${n} lines: ${nat[generated[n]].median_ms.toFixed(1)} ms, exit ${nat[generated[n]].exit_code}, ` +
        `peak ${(nat[generated[n]].maxrss_kb / 1024).toFixed(1)} MB`);
  }
  // A process that only runs sin_add.py once: what `dp_native sin_add.py` costs (prelude included).
  const sinAdd = corpus.find((f) => f.endsWith('web/examples/sin_add.py')) ?? corpus[0];
  const sinFirst = [];
  for (let i = 0; i < reps; i++) sinFirst.push(jsonLines(run(dpBench, ['--reps', '0', sinAdd]))[0].first_ms);

  // The generated programs must run without error (they are real PyTorch programs).
  for (const n of SIZES) {
    const r = nat[generated[n]];
    if (r.exit_code !== 0) throw new Error(`generated ${n}-line program failed natively: ${r.exception}`);
  }

  // wasm under Node.
  let wasm = {};
  let wasmInstantiate = null;
  const wasmFile = path.join(wasmDir, 'dynamo_playground.wasm');
  if (existsSync(wasmFile)) {
    log('wasm pipeline (Node)');
    const wasmInputs = [sinAdd, ...corpus.filter((f) => f !== sinAdd), generated[100], generated[1000]];
    for (const r of jsonLines(run(process.execPath, [fileURLToPath(import.meta.url), '--wasm-child', wasmDir, String(reps), ...wasmInputs]))) {
      if (r.instantiate_ms !== undefined) wasmInstantiate = r;
      else wasm[r.file] = r;
    }
    if (!quick) {
      for (const r of jsonLines(run(process.execPath, [fileURLToPath(import.meta.url), '--wasm-child', wasmDir, '1', generated[10000]]))) {
        if (r.file) wasm[r.file] = r;
      }
    }
    for (const n of SIZES) {
      const r = wasm[generated[n]];
      if (r && r.exit_code !== 0) throw new Error(`generated ${n}-line program failed in wasm`);
    }
  } else log(`${wasmFile} is missing: no wasm figures`);

  // Bundle size.
  let bundle = null;
  if (existsSync(path.join(webDir, 'worker.js')) && existsSync(wasmFile)) bundle = await bundleSize(webDir, wasmFile);
  else log(`${webDir} has no page build: no bundle size`);
  // Where the module's bytes go, by library (tests/bench/wasm_sizes.mjs).
  let sizes = null;
  const namesFile = path.join(path.dirname(wasmFile), 'dynamo_playground_names.wasm');
  if (existsSync(namesFile)) {
    const { wasmSizeBreakdown } = await import(pathToFileURL(path.join(root, 'tests/bench/wasm_sizes.mjs')));
    sizes = wasmSizeBreakdown(namesFile);
  } else {
    log(`${path.relative(root, namesFile)} is not built (./dev bench builds it): no size breakdown`);
  }

  // Page.
  let page = null;
  if (!noPage && existsSync(path.join(webDir, 'index.html'))) {
    log('page (headless Chromium)');
    page = await pageFigures(webDir, quick ? { loads: 2, keys: 5, runs: 3 } : {});
  }

  // ---- figures
  const rows = [];
  for (const f of [...corpus, ...SIZES.map((n) => generated[n])]) {
    const label = f.startsWith(genDir) ? `generated ${path.basename(f, '.py').slice(4)} lines` : path.relative(root, f);
    rows.push({
      file: label,
      lines: readFileSync(f, 'utf8').split('\n').length - 1,
      cpython_ms: cpy[f]?.median_ms ?? null,
      native_ms: nat[f]?.median_ms ?? null,
      wasm_ms: wasm[f]?.median_ms ?? null,
      native_wall_ms: nat[f]?.median_wall_ms ?? null,
      wasm_wall_ms: wasm[f]?.median_wall_ms ?? null,
      native_exit: nat[f]?.exit_code ?? null,
      traced_instructions: nat[f]?.traced_instructions ?? 0,
      trace_ms: nat[f]?.median_trace_ms ?? 0,
      steps: nat[f]?.steps ?? 0,
      peak_mb: f.startsWith(genDir) ? nat[f].maxrss_kb / 1024 : null,
    });
  }
  const ratio = (a, b) => (a && b ? a / b : null);
  const overCpy = rows.map((r) => ratio(r.native_ms, r.cpython_ms)).filter((x) => x);
  const genRows = rows.filter((r) => r.file.startsWith('generated'));
  const wasmRatios = rows.map((r) => ratio(r.wasm_ms, r.native_ms)).filter((x) => x);
  const gen = (n) => rows.find((r) => r.file === `generated ${n} lines`);
  const tracedTotal = genRows.reduce((a, r) => a + r.traced_instructions, 0);
  const tracedMs = genRows.reduce((a, r) => a + r.native_ms, 0);
  const traceOnlyMs = genRows.reduce((a, r) => a + r.trace_ms, 0);
  const wasmSin = wasm[sinAdd];
  const round = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));
  const out = {
    generated_at: new Date().toISOString(),
    quick,
    // Targets: issue 8.
    pipeline_over_cpython_max: round(Math.max(...overCpy)),
    pipeline_over_cpython_max_generated: round(Math.max(...genRows.map((r) => ratio(r.native_ms, r.cpython_ms)))),
    pipeline_over_cpython_median: round(median(overCpy)),
    wasm_over_native: round(median(wasmRatios)),  // median over inputs of (wasm median / native median)
    // The same in wall-clock time: V8's background threads (tier-up compilation, GC) add CPU time
    // to the wasm process that is not latency, most of all on an idle machine.
    wasm_over_native_wall: round(median(rows.map((r) => ratio(r.wasm_wall_ms, r.native_wall_ms)).filter((x) => x))),
    wasm_over_native_geomean: round(geomean(wasmRatios)),
    wasm_over_native_max: round(Math.max(...wasmRatios)),
    growth_10k_over_1k: round(ratio(gen(10000).native_ms, gen(1000).native_ms)),
    growth_1k_over_100: round(ratio(gen(1000).native_ms, gen(100).native_ms)),
    // Traced (symbolically executed) instructions of the generated programs over the time spent
    // in InstructionTranslator.run (stats.trace_ms, wall clock): the tracer's own rate.
    traced_instructions_per_second: Math.round(tracedTotal / (traceOnlyMs / 1000)),
    // The same over their whole pipeline time (parse, compile, eager run, tracing, printing).
    traced_instructions_per_second_pipeline: Math.round(tracedTotal / (tracedMs / 1000)),
    // All interpreter steps (eager + traced) over the same time.
    interpreter_steps_per_second: Math.round(genRows.reduce((a, r) => a + r.steps, 0) / (tracedMs / 1000)),
    peak_mb_10k: round(gen(10000).peak_mb, 1),
    bundle_gzip_kb: bundle ? round(bundle.total / 1000, 1) : null,
    bundle_gzip_kib: bundle ? round(bundle.total / 1024, 1) : null,
    bundle_parts_gzip_bytes: bundle?.parts ?? null,
    editor_gzip_bytes: bundle?.editorGzip ?? null,
    wasm_size_breakdown: sizes,
    page_first_graph_ms: page ? round(median(page.first_graph_ms), 0) : null,
    // Its phases, each the median over the loads.
    page_first_graph_phases_ms: page?.first_graph_phases_ms.length
      ? Object.fromEntries(Object.keys(page.first_graph_phases_ms[0]).map((k) =>
        [k, round(median(page.first_graph_phases_ms.map((p) => p[k])), 0)]))
      : null,
    // From the keydown to the frame painted after the graph pane update, live re-trace included
    // (the page waits twice its last run's time, 30-250 ms, for a pause in typing); and the same
    // minus the debounce in effect for each key.
    keystroke_p95_ms: page?.keystroke_ms.length ? round(percentile(page.keystroke_ms, 95), 0) : null,
    keystroke_p95_excl_debounce_ms: page?.keystroke_ms.length
      ? round(percentile(page.keystroke_ms.map((ms, i) => ms - page.keystroke_delay_ms[i]), 95), 0) : null,
    keystroke_debounce_ms: page?.keystroke_delay_ms.length ? round(median(page.keystroke_delay_ms), 0) : null,
    ctrl_enter_p95_ms: page?.run_ms.length ? round(percentile(page.run_ms, 95), 0) : null,
    page_live_retrace: page?.live ?? null,
    // Details.
    native_sin_add_process_first_ms: round(median(sinFirst)),
    native_sin_add_ms: round(nat[sinAdd]?.median_ms),
    times_are: 'CPU time of the measuring process (median of repeated runs); *_wall_* are wall-clock',
    load_average: (await import('node:os')).loadavg().map((x) => round(x, 1)),
    wasm_instantiate_ms: round(wasmInstantiate?.instantiate_ms, 0),
    wasm_instantiate_wall_ms: round(wasmInstantiate?.instantiate_wall_ms, 0),
    wasm_first_run_ms: round(wasmSin?.first_ms, 0),
    wasm_first_run_wall_ms: round(wasmSin?.first_wall_ms, 0),
    wasm_sin_add_ms: round(wasmSin?.median_ms),
    cpython_version: Object.values(cpy)[0]?.version ?? null,
    page_samples_ms: page ?? null,
    rows,
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(out, null, 1)}\n`);

  // ---- table
  const fmt = (x, d = 2) => (x === null || x === undefined ? '-' : typeof x === 'number' ? x.toFixed(d) : String(x));
  const pad = (s, n) => String(s).padStart(n);
  const show = [...genRows, ...rows.filter((r) => !r.file.startsWith('generated'))];
  console.log(`${'program'.padEnd(52)} ${pad('lines', 6)} ${pad('CPython', 9)} ${pad('native', 9)} ${pad('wasm', 9)} ${pad('nat/cpy', 8)} ${pad('wasm/nat', 8)} ${pad('traced', 8)}`);
  console.log(`${''.padEnd(52)} ${pad('', 6)} ${pad('ms', 9)} ${pad('ms', 9)} ${pad('ms', 9)}`);
  const limit = process.env.BENCH_ALL_ROWS ? show.length : 15;
  for (const r of show.slice(0, limit)) {
    console.log(`${r.file.slice(-52).padEnd(52)} ${pad(r.lines, 6)} ${pad(fmt(r.cpython_ms, 3), 9)} ${pad(fmt(r.native_ms), 9)} ` +
      `${pad(fmt(r.wasm_ms), 9)} ${pad(fmt(ratio(r.native_ms, r.cpython_ms), 1), 8)} ${pad(fmt(ratio(r.wasm_ms, r.native_ms)), 8)} ${pad(r.traced_instructions, 8)}`);
  }
  if (show.length > limit) console.log(`… ${show.length - limit} more rows in ${path.relative(root, outFile)} (BENCH_ALL_ROWS=1 prints all)`);
  const targets = [
    // Issue 18's step (README "Performance"): pipeline <= 5x on the way to 2x, wasm <= 2x native,
    // 1 M traced instructions per second.
    ['pipeline_over_cpython_max', out.pipeline_over_cpython_max, '<= 5', (x) => x <= 5],
    ['  (generated programs only)', out.pipeline_over_cpython_max_generated, '<= 5', (x) => x <= 5],
    ['wasm_over_native (median)', out.wasm_over_native, '<= 2', (x) => x <= 2],
    ['  (wall-clock)', out.wasm_over_native_wall, '(info)', null],
    ['growth_10k_over_1k', out.growth_10k_over_1k, '<= 12', (x) => x <= 12],
    ['traced_instructions_per_second', out.traced_instructions_per_second, '>= 1e6', (x) => x >= 1e6],
    ['  interpreter steps per second (eager + traced)', out.interpreter_steps_per_second, '(info)', null],
    ['peak_mb_10k', out.peak_mb_10k, '<= 64', (x) => x <= 64],
    ['bundle_gzip_kb', out.bundle_gzip_kb, '<= 400', (x) => x <= 400],
    ['page_first_graph_ms', out.page_first_graph_ms, '<= 300', (x) => x <= 300],
    ...Object.entries(out.page_first_graph_phases_ms ?? {}).map(([k, v]) => [`  ${k}`, v, '(phase)', null]),
    ['keystroke_p95_ms (with debounce)', out.keystroke_p95_ms, '<= 50', (x) => x <= 50],
    ['keystroke_p95_excl_debounce_ms', out.keystroke_p95_excl_debounce_ms, '<= 50', (x) => x <= 50],
    ['ctrl_enter_p95_ms', out.ctrl_enter_p95_ms, '(info)', null],
    ['native sin_add.py: fresh process, first run ms', out.native_sin_add_process_first_ms, '(info)', null],
    ['native sin_add.py: repeated run ms', out.native_sin_add_ms, '(info)', null],
    ['wasm: instantiate ms / first run ms', `${fmt(out.wasm_instantiate_ms, 0)} / ${fmt(out.wasm_first_run_ms, 0)}`, '(info)', null],
  ];
  console.log('');
  console.log(`${'figure'.padEnd(48)} ${pad('measured', 14)} ${pad('target', 8)}`);
  for (const [name, value, target, ok] of targets) {
    const verdict = ok === null ? '' : value === null || value === undefined ? ' n/a' : ok(value) ? ' ok' : ' MISS';
    console.log(`${name.padEnd(48)} ${pad(typeof value === 'number' ? fmt(value, Number.isInteger(value) ? 0 : 2) : fmt(value), 14)} ${pad(target, 8)}${verdict}`);
  }
  if (sizes) {
    const { formatBreakdown } = await import(pathToFileURL(path.join(root, 'tests/bench/wasm_sizes.mjs')));
    console.log(`\nthe wasm module by library (raw bytes; gzip of each row alone):\n${formatBreakdown(sizes)}`);
  }
  console.log(`\nwrote ${path.relative(process.cwd(), outFile)}`);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
