// Issue 17: CPython 3.11's own standard library disassembled through the WebAssembly CLI
// (`node wasm/cli.mjs dis FILE`, what a user runs) exactly as `PYTHONHASHSEED=0 python3 -m dis`
// prints it: every top-level module and the json/, email/ and collections/ packages, read in place
// from the machine's python3 (never copied into the repository). The native twin is
// StdlibDis.EveryModuleMatchesPython (tests/cpp/python/test_frontend_oracle.cpp); both share the
// oracle script tests/cpp/python/stdlib_dis.py and the list
// tests/corpus/stdlib_dis_known_failures.txt (each listed module must still differ).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readKnownFailures } from '../lib/known_failures.mjs';
import { root, runCli, runProcess } from './helpers.mjs';

const normalize = (text) => text.replace(/0x[0-9a-f]+/g, '0xADDR');

function firstDifference(a, b) {
  const la = a.split('\n'), lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); ++i) {
    if (la[i] !== lb[i]) return `line ${i + 1}: python3 ${JSON.stringify(la[i])}, ours ${JSON.stringify(lb[i])}`;
  }
  return 'none';
}

test('every module of the standard library disassembles through the wasm CLI as python3 -m dis prints it', async (t) => {
  const version = await runProcess('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))']);
  if (version.code !== 0 || version.stdout.trim() !== 'True') {
    t.skip('python3 3.11 (the oracle) is not on PATH');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dp-stdlib-dis-'));
  try {
    const oracle = await runProcess('python3', [`${root}tests/cpp/python/stdlib_dis.py`, dir], { timeoutMs: 600_000 });
    assert.equal(oracle.code, 0, oracle.stderr);
    const stdlib = oracle.stdout.split('\n')[0];
    const names = [];
    for (const sub of ['', 'json/', 'email/', 'collections/']) {
      const listing = await runProcess('python3', ['-c',
        `import os, sys; d = os.path.join(sys.argv[1], sys.argv[2]); print("\\n".join(sorted(f for f in os.listdir(d) if f.endswith(".py"))))`,
        stdlib, sub]);
      for (const f of listing.stdout.split('\n').filter(Boolean)) names.push(sub + f);
    }
    assert.ok(names.length >= 190, `${names.length} modules under ${stdlib}`);
    const known = readKnownFailures(`${root}tests/corpus/stdlib_dis_known_failures.txt`);
    const unexpected = [], fixed = [];
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const name = names[next++];
        const theirs = readFileSync(path.join(dir, `${name.replaceAll('/', '__')}.dis`), 'utf8');
        const r = await runCli(['dis', path.join(stdlib, name)], { timeoutMs: 120_000 });
        const a = normalize(theirs), b = normalize(r.stdout);
        const same = r.code === 0 && a !== '' && a === b;
        if (!same && !known.has(name)) unexpected.push(`${name}: ${r.code !== 0 ? `exit ${r.code}: ${r.stderr.slice(0, 300)}` : firstDifference(a, b)}`);
        if (same && known.has(name)) fixed.push(name);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(4, cpus().length)) }, worker));
    for (const name of known.keys()) if (!names.includes(name)) fixed.push(`${name} (no such module)`);
    assert.deepEqual(unexpected, [], `${unexpected.length} modules differ`);
    assert.deepEqual(fixed, [], 'listed in tests/corpus/stdlib_dis_known_failures.txt but matching');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
