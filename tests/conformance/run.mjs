// Conformance runner: runs every NAME.py of a case directory through the CLI and requires
// exit status 0 and stdout equal to NAME.out, byte for byte once both are normalized (object
// addresses: tests/lib/goldens.mjs).
//
//   node tests/conformance/run.mjs [options]
//     --dir DIR[:KNOWN]  a case directory (searched recursively) and its known-failures list;
//                        repeatable. Default: the public conformance programs
//                        (DP_SHARED_DIR/conformance, tests/lib/shared_dir.mjs) with
//                        tests/conformance/known_failures.txt, tests/golden with
//                        tests/golden/known_failures.txt, the model zoo tests/models with
//                        tests/models/known_failures.txt, the docs corpus tests/docs with
//                        tests/docs/known_failures.txt, the eager oracle corpus tests/oracle/eager
//                        (outputs of real PyTorch; never rewritten by --update) with its
//                        known_failures.txt, and the page's examples web/examples
//                        (each NAME.out beside its NAME.py) with web/examples/known_failures.txt
//                        (optional). Relative paths are from the repo root.
//     --native           run build/native/dp_native (or $DP_NATIVE) instead of node wasm/cli.mjs
//     --filter TEXT      only cases whose name contains TEXT (the known-failures check then
//                        covers those cases only)
//     --jobs N           parallel runs (default: the number of CPUs)
//     --timeout S        seconds allowed per case (default 60)
//     -v, --verbose      print the whole stdout/stderr of failing cases
//     --update           rewrite the NAME.out of every differing case that is not a known failure
//                        from its actual stdout (also when UPDATE_GOLDENS=1), for review in the diff
//
// A known-failures list has one line per case, `NAME  reason`, with # comments (read by
// tests/lib/known_failures.mjs). The run fails when
// a case that is not listed fails, and also when a listed case passes or does not exist: the list
// can only shrink, and an entry is removed as soon as its case passes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize, rewrite, updateMode } from '../lib/goldens.mjs';
import { isStdoutFailure, readKnownFailures } from '../lib/known_failures.mjs';
import { conformanceDir } from '../lib/shared_dir.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_SUITES = [
  { dir: conformanceDir, known: 'tests/conformance/known_failures.txt' },
  { dir: 'tests/golden', known: 'tests/golden/known_failures.txt' },
  { dir: 'tests/models', known: 'tests/models/known_failures.txt' },
  { dir: 'tests/docs', known: 'tests/docs/known_failures.txt' },
  { dir: 'tests/oracle/eager', known: 'tests/oracle/eager/known_failures.txt' },
  { dir: 'web/examples', known: 'web/examples/known_failures.txt' },
];
const USAGE = 'usage: node tests/conformance/run.mjs [--dir DIR[:KNOWN]]... [--native] [--filter TEXT] ' +
  '[--jobs N] [--timeout S] [-v] [--update]';

function parseArgs(argv) {
  const opts = { suites: [], native: false, filter: '', jobs: os.availableParallelism?.() ?? os.cpus().length,
                 timeout: 60, verbose: false, update: updateMode() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--dir') {
      const [dir, known] = value().split(':');
      opts.suites.push({ dir, known: known ?? path.join(dir, 'known_failures.txt'), explicit: true });
    } else if (flag === '--native') opts.native = true;
    else if (flag === '--filter') opts.filter = value();
    else if (flag === '--jobs') opts.jobs = Math.max(1, Number(value()) || 1);
    else if (flag === '--timeout') opts.timeout = Number(value()) || 60;
    else if (flag === '-v' || flag === '--verbose') opts.verbose = true;
    else if (flag === '--update') opts.update = true;
    else if (flag === '-h' || flag === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!opts.suites.length) opts.suites = DEFAULT_SUITES;
  return opts;
}

// Every NAME.py below dir, as {name, py, out} with name the path below dir without ".py".
function findCases(dir) {
  const cases = [];
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.py')) {
        const name = rel.slice(0, -3);
        cases.push({ name, py: path.join(dir, rel), out: path.join(dir, `${name}.out`) });
      }
    }
  };
  walk('');
  return cases.sort((a, b) => (a.name < b.name ? -1 : 1));
}

// A case runs from its own directory with its file name as FILE, so the names the program prints
// (tracebacks, `# File:` comments of print_readable) are the ones the native runner gives it.
function runCase(command, args, timeoutSeconds, cwd = root) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.TORCH_LOGS;  // logs go to stderr anyway, but cases must run as the .out assumes
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSeconds * 1000);
    const done = (code, error) => {
      clearTimeout(timer);
      resolve({ code, timedOut, error, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') });
    };
    child.on('error', (error) => done(null, error));
    child.on('close', (code, signal) => done(code ?? signal));
  });
}

// Why a run does not match, or null when it does. `expected` is null when there is no NAME.out
// (update mode only). In update mode (`update`: the .out path) a differing stdout rewrites it.
function mismatch(run, expected, update) {
  if (run.error) return `could not start: ${run.error.message}`;
  if (run.timedOut) return 'timed out';
  const problems = [];
  if (run.code !== 0) problems.push(`exit status ${run.code}`);
  const gotText = normalize(run.stdout.toString('utf8'));
  const wantText = expected === null ? null : normalize(expected.toString('utf8'));
  if (gotText !== wantText && update) {
    rewrite(update, gotText);
    console.log(`  updated ${path.relative(root, update)}`);
  } else if (gotText !== wantText) {
    const got = gotText.split('\n');
    const want = wantText.split('\n');
    let line = 0;
    while (line < got.length && line < want.length && got[line] === want[line]) line++;
    problems.push(`stdout differs at line ${line + 1}: expected ${JSON.stringify(want[line] ?? '<end>')}, ` +
                  `got ${JSON.stringify(got[line] ?? '<end>')}`);
  }
  return problems.length ? problems.join('; ') : null;
}

async function mapConcurrent(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`conformance: ${error.message}\n${USAGE}`);
    return 2;
  }
  const driver = opts.native
    ? { command: path.resolve(process.env.DP_NATIVE || path.join(root, 'build/native/dp_native')), args: [] }
    : { command: process.execPath, args: [path.join(root, 'wasm/cli.mjs')] };
  if (!existsSync(driver.command)) {
    console.error(`conformance: ${driver.command} is missing: run ./dev build`);
    return 2;
  }

  let passed = 0;
  let failed = 0;
  let expectedFailures = 0;
  for (const suite of opts.suites) {
    const dir = path.resolve(root, suite.dir);
    const label = path.relative(root, dir) || '.';
    if (!existsSync(dir)) {
      if (suite.explicit) {  // a directory asked for by name must exist
        failed++;
        console.log(`  FAIL  ${label}: no such directory`);
      } else {
        console.log(`conformance: ${label} not found: skipped`);
      }
      continue;
    }
    const knownFile = path.resolve(root, suite.known);
    const known = readKnownFailures(knownFile);
    // Through the wasm build, NAME.wasm.txt beside the list adds the cases that differ there only
    // (the last bits of float math from emscripten's libm: docs/eager-semantics.md).
    if (!opts.native) {
      for (const [name, reason] of readKnownFailures(knownFile.replace(/\.txt$/, '.wasm.txt'))) known.set(name, reason);
    }
    // Subdirectories may keep their own lists (e.g. tests/golden/dynamo/known_failures.txt);
    // their names are relative to the subdirectory.
    const addNested = (sub) => {
      for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const rel = sub ? `${sub}/${entry.name}` : entry.name;
        for (const [name, reason] of readKnownFailures(path.join(dir, rel, 'known_failures.txt'))) {
          if (isStdoutFailure(reason)) known.set(`${rel}/${name}`, reason);
        }
        addNested(rel);
      }
    };
    if (existsSync(dir)) addNested('');
    const cases = findCases(dir).filter((c) => c.name.includes(opts.filter));
    console.log(`conformance: ${label}: ${cases.length} cases (known failures: ${path.relative(root, knownFile)})`);

    const outcomes = await mapConcurrent(cases, opts.jobs, async (c) => {
      // Known failures keep their expected output: it is right, the playground is not yet. Only
      // the repository's own goldens are rewritten (the public conformance programs are not ours).
      // Nor the oracle corpus: its outputs come from real PyTorch (tests/oracle/regen.py).
      const rel = path.relative(root, c.out);
      const ours = !rel.startsWith('..') && !rel.startsWith(path.join('tests', 'oracle'));
      const update = opts.update && ours && !known.has(c.name) ? c.out : null;
      if (!update && !existsSync(c.out)) return { c, why: `no ${path.basename(c.out)} next to it` };
      // The path as a user would type it from the repo root: it is what tracebacks show.
      const run = await runCase(driver.command, [...driver.args, path.basename(c.py)], opts.timeout, path.dirname(c.py));
      return { c, run, why: mismatch(run, existsSync(c.out) ? readFileSync(c.out) : null, update) };
    });

    for (const { c, run, why } of outcomes) {
      const reason = known.get(c.name);
      if (!why && reason === undefined) {
        passed++;
        console.log(`  pass  ${c.name}`);
      } else if (!why) {
        failed++;
        console.log(`  FAIL  ${c.name}: passes now but is listed as a known failure: remove its line from ${suite.known}`);
      } else if (reason !== undefined) {
        expectedFailures++;
        console.log(`  xfail ${c.name}: ${reason}`);
      } else {
        failed++;
        console.log(`  FAIL  ${c.name}: ${why}`);
        if (run) {
          const stderr = run.stderr.trimEnd().split('\n');
          const shown = opts.verbose ? stderr : stderr.slice(-12);
          if (opts.verbose) console.log(`    stdout:\n${run.stdout.toString('utf8').replace(/^/gm, '      | ')}`);
          if (run.stderr) console.log(`    stderr${opts.verbose ? '' : ' (end)'}:\n${shown.map((l) => `      | ${l}`).join('\n')}`);
        }
      }
    }
    const names = new Set(findCases(dir).map((c) => c.name));
    for (const name of known.keys()) {
      if (!names.has(name)) {
        failed++;
        console.log(`  FAIL  ${name}: listed in ${suite.known} but there is no such case`);
      }
    }
  }
  if (expectedFailures) console.log(`conformance: ${expectedFailures} known failures (listed, still failing)`);
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
