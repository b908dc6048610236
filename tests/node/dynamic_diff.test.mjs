// Never a wrong result, under WebAssembly: the Node share of tests/cpp/core/dynamic_diff_test.cpp.
// Random programs that read sizes, branch on them, reshape with them, take int arguments and read
// values out of tensors are
// called with changing shapes under torch.compile(dynamic=None/True/False); the compiled run must
// print exactly what the force_eager run prints. DP_DIFF_PROGRAMS_NODE sets how many (default 300).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, test } from 'node:test';

const playgroundUrl = process.env.DP_PLAYGROUND_MJS
  ? pathToFileURL(path.resolve(process.env.DP_PLAYGROUND_MJS)).href
  : new URL('../../wasm/playground.mjs', import.meta.url).href;

// The statement templates, shared with the native test.
const STATEMENTS = JSON.parse(
  readFileSync(new URL('../lib/dynamic_diff_statements.json', import.meta.url), 'utf8'),
).statements;

// mulberry32: a small seeded generator.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0);
  };
}

function program(next) {
  const lines = ['import torch', ''];
  if (next() % 2) lines.push('torch._dynamo.config.capture_scalar_outputs = True');
  lines.push('', 'def f(x, y, n):', '    a = x');
  const nst = 1 + (next() % 5);
  for (let i = 0; i < nst; i++) lines.push('    ' + STATEMENTS[next() % STATEMENTS.length]);
  lines.push('    return ' + (next() % 3 === 0 ? '(a, x.shape[0] * 2 + n)' : 'a'), '', '');
  const modes = ['', ', dynamic=True', ', dynamic=False'];
  lines.push(`cf = torch.compile(f, backend="eager"${modes[next() % 3]})`);
  let rows = 1 + (next() % 6), cols = 1 + (next() % 5);
  const calls = 3 + (next() % 4);
  for (let c = 0; c < calls; c++) {
    if (next() % 2) rows = 1 + (next() % 6);
    if (next() % 4 === 0) cols = 1 + (next() % 5);
    const n = next() % 5;
    lines.push(`x = torch.arange(${rows * cols}, dtype=torch.float32).reshape(${rows}, ${cols}) / 7`);
    lines.push(`print(cf(x, torch.ones(${cols}) * 2, ${n}))`);
  }
  return lines.join('\n') + '\n';
}

let pg;
before(async () => {
  const { createPlayground } = await import(playgroundUrl);
  pg = await createPlayground();
});

test('random dynamic-shape programs: compiled output equals eager output (wasm)', () => {
  const count = Number(process.env.DP_DIFF_PROGRAMS_NODE || 300);
  const next = rng(20261203);
  for (let i = 0; i < count; i++) {
    const src = program(next);
    const compiled = pg.run(src, { filename: 'main.py' });
    const eager = pg.run(src, { filename: 'main.py', force_eager: true });
    assert.ok(!compiled.stderr.includes('internal error'), `program ${i}: internal error\n${compiled.stderr}\n${src}`);
    assert.equal(compiled.exit_code, eager.exit_code, `program ${i}: exit codes differ\n${compiled.stderr}\n${src}`);
    assert.equal(compiled.stdout, eager.stdout, `program ${i}: stdout differs\n${src}`);
  }
});
