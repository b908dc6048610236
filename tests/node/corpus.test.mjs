// Differential test of the WebAssembly build against CPython 3.11, the Node twin of
// tests/cpp/core/eager_diff_test.cpp: every torch-free program of tests/corpus/frontend and
// tests/corpus/eager runs through wasm/playground.mjs and through `PYTHONHASHSEED=0 python3 PATH` (both given the
// same absolute path, so tracebacks name the same file). stdout and the exit status must be
// identical, and for an uncaught exception so must the traceback on stderr. Programs listed in
// tests/corpus/known_failures.txt (paths below tests/corpus) must still differ: remove a line as
// soon as its program matches.
//
// The torch goldens (tests/golden/eager/*.py with their .out) run under Node through
// tests/conformance/run.mjs, which covers all of tests/golden/ with the suites' known-failures lists.
//
// DP_PLAYGROUND_MJS=path/to/playground.mjs tests another checkout's module (e.g. a private build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';
import { readKnownFailures } from '../lib/known_failures.mjs';
import { root } from './helpers.mjs';

const playgroundUrl = process.env.DP_PLAYGROUND_MJS
  ? pathToFileURL(path.resolve(process.env.DP_PLAYGROUND_MJS)).href
  : new URL('../../wasm/playground.mjs', import.meta.url).href;

const SUITES = ['tests/corpus/frontend', 'tests/corpus/eager'];

// "" when python3 is CPython 3.11, otherwise why the oracle cannot run.
function oracleMissing() {
  const r = spawnSync('python3', ['-c', "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'python3 not found';
  const version = r.stdout.trim();
  return version === '3.11' ? '' : `python3 is ${version}, the oracle must be CPython 3.11`;
}

function corpusPrograms() {
  const out = [];
  for (const dir of SUITES) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).filter((n) => n.endsWith('.py')).sort()) out.push(`${dir}/${name}`);
  }
  return out;
}

const missing = oracleMissing();
const programs = corpusPrograms();
// path below tests/corpus -> reason.
const known = readKnownFailures(path.join(root, 'tests/corpus/known_failures.txt'));

test('the corpus is there', () => {
  assert.ok(programs.filter((p) => p.startsWith('tests/corpus/frontend/')).length >= 65);
  assert.ok(programs.filter((p) => p.startsWith('tests/corpus/eager/')).length >= 40);
  for (const rel of known.keys()) {
    assert.ok(programs.includes(`tests/corpus/${rel}`), `tests/corpus/known_failures.txt lists a missing program: ${rel}`);
  }
});

describe('torch-free corpus under WebAssembly matches CPython 3.11', { skip: missing ? `CPython oracle unavailable: ${missing}` : false }, () => {
  if (missing) console.log(`# corpus.test.mjs skipped: CPython oracle unavailable: ${missing}`);
  let createPlayground;
  let pg;
  before(async () => {
    ({ createPlayground } = await import(playgroundUrl));
    pg = await createPlayground();
  });

  for (const rel of programs) {
    test(rel, async () => {
      const abs = path.join(root, rel);
      // PYTHONHASHSEED=0: the playground's str/bytes hashes are CPython's for that seed
      // (docs/python-ints.md), so sets of strings iterate in the same order.
      const want = spawnSync('python3', [abs], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, PYTHONHASHSEED: '0' },
      });
      let got;
      try {
        const result = pg.run(readFileSync(abs), { filename: abs });  // bytes: some declare an encoding
        got = { out: result.stdout, err: result.stderr, status: result.exit_code };
      } catch (error) {
        pg = await createPlayground();  // a crashed instance is unusable
        got = { out: '', err: `the playground crashed: ${error}`, status: -2 };
      }
      const name = rel.slice('tests/corpus/'.length);
      const same = got.out === want.stdout && got.status === want.status &&
        (want.status === 0 || got.err === want.stderr);
      if (known.has(name)) {
        assert.ok(!same, `${name} matches CPython now: remove it from tests/corpus/known_failures.txt`);
        return;
      }
      assert.equal(got.out, want.stdout, `${rel}: stdout differs`);
      assert.equal(got.status, want.status, `${rel}: exit status differs\nstderr:\n${got.err}`);
      if (want.status !== 0) assert.equal(got.err, want.stderr, `${rel}: traceback differs`);
    });
  }
});
