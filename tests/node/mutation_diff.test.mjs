// Never a wrong result across side effects, under WebAssembly: the Node share of
// tests/cpp/core/mutation_diff_test.cpp (docs/compiler-api.md, "Differential testers"). Random
// programs built from tests/lib/mutation_diff_programs.json (mutations of containers, cells,
// objects, modules and input tensors around graph breaks, inlined calls and recompiles) must print
// under torch.compile exactly what their force_eager run prints; under fullgraph=True a graph break
// is the error (the driver prints UNSUPPORTED and stops) and what came before it must be the start
// of the eager output. DP_MUT_PROGRAMS_NODE sets how many (default 100).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, test } from 'node:test';

const playgroundUrl = process.env.DP_PLAYGROUND_MJS
  ? pathToFileURL(path.resolve(process.env.DP_PLAYGROUND_MJS)).href
  : new URL('../../wasm/playground.mjs', import.meta.url).href;

// The program pieces, shared with the native test.
const P = JSON.parse(readFileSync(new URL('../lib/mutation_diff_programs.json', import.meta.url), 'utf8'));
const ARG_NAMES = ['x', 'lst', 'd', 'o', 'm', 'n', 's'];

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
  const pick = (a) => a[next() % a.length];
  let src = P.prelude.join('\n') + '\n';
  if (next() % 3 === 0) src += 'torch._dynamo.config.capture_scalar_outputs = True\n\n\n';
  src += P.header.join('\n') + '\n';
  const nst = 2 + (next() % 7);
  for (let i = 0; i < nst; i++) src += '    ' + pick(P.statements) + '\n';
  src += '    return ' + pick(P.returns) + '\n\n\n' + P.driver.join('\n') + '\n';
  const opts = [pick(['backend="eager"', 'backend="inductor"', '']), pick(['', 'dynamic=True', 'dynamic=False'])]
    .filter((o) => o);
  const fullgraph = next() % 5 === 0;
  if (fullgraph) opts.push('fullgraph=True');
  src += `cf = torch.compile(f${opts.map((o) => ', ' + o).join('')})\n`;
  const cur = ARG_NAMES.map((a) => pick(P.args[a]));
  const calls = 3 + (next() % 4);
  for (let c = 0; c < calls; c++) {
    for (let k = 0; k < ARG_NAMES.length; k++) if (next() % 3 === 0) cur[k] = pick(P.args[ARG_NAMES[k]]);
    src += `run(${c}, ${cur.join(', ')})\n`;
  }
  return { src, fullgraph };
}

let pg;
before(async () => {
  const { createPlayground } = await import(playgroundUrl);
  pg = await createPlayground();
});

test('random side-effect programs: compiled output equals eager output (wasm)', () => {
  const count = Number(process.env.DP_MUT_PROGRAMS_NODE || 100);
  const next = rng(20261205);
  let skipped = 0;
  for (let i = 0; i < count; i++) {
    const { src, fullgraph } = program(next);
    const compiled = pg.run(src, { filename: 'main.py', max_steps: 2000000 });
    if ((compiled.stdout + compiled.stderr).includes('not supported by the playground yet')) {
      skipped++;
      continue;
    }
    const eager = pg.run(src, { filename: 'main.py', max_steps: 2000000, force_eager: true });
    assert.equal(eager.exit_code, 0, `program ${i}: the eager run failed\n${eager.stderr}\n${src}`);
    assert.ok(!compiled.stderr.includes('internal error'), `program ${i}: internal error\n${compiled.stderr}\n${src}`);
    if ((fullgraph && compiled.stdout.includes('UNSUPPORTED')) || compiled.stdout.includes('UNSUPPORTED UserError')) {
      const lines = compiled.stdout.split('\n').filter((l) => l !== '');
      assert.ok(lines.at(-1).startsWith('UNSUPPORTED'), `program ${i}: output after UNSUPPORTED\n${src}`);
      const before = lines.slice(0, -1).map((l) => l + '\n').join('');
      assert.ok(eager.stdout.startsWith(before), `program ${i}: output before the error differs\n${src}`);
      continue;
    }
    assert.equal(compiled.exit_code, eager.exit_code, `program ${i}: exit codes differ\n${compiled.stderr}\n${src}`);
    assert.equal(compiled.stdout, eager.stdout, `program ${i}: stdout differs\n${src}`);
  }
  assert.ok(skipped < count, 'every program was skipped');
});
