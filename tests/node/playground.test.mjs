// wasm/playground.mjs under Node: loading the module and the result documents of dp::run_json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { createPlayground } from '../../wasm/playground.mjs';
import { assertResultShape, example, FORWARD, packageVersion, SIN_ADD_STDOUT } from './helpers.mjs';

let pg;
before(async () => { pg = await createPlayground(); });

test('createPlayground loads the module and reports the package version', () => {
  assert.equal(typeof pg.run, 'function');
  assert.equal(pg.version, packageVersion);
});

test('every result, even a failing one, follows the v1 schema', () => {
  for (const source of ['', 'print(1)', 'raise ValueError("x")', 'def (:', '\u00e9 = 1\nprint(\u00e9)']) {
    assertResultShape(pg.run(source));
  }
  assertResultShape(pg.run('x = 1', { mode: 'dis' }));
  assertResultShape(pg.run('x = 1', { logs: 'graph_code,guards', timeline: true, max_steps: 1000 }));
});

test('the example program prints its FX graph, shape and value', () => {
  const result = pg.run(readFileSync(example, 'utf8'), { filename: 'sin_add.py' });
  assertResultShape(result);
  assert.equal(result.stderr, '');
  assert.equal(result.exception, null);
  assert.equal(result.exit_code, 0);
  assert.equal(result.stdout, SIN_ADD_STDOUT);
  assert.equal(result.graphs.length, 1);
  assert.equal(result.graphs[0].compile_id, '0/0');
  assert.ok(result.graphs[0].code.includes(FORWARD), result.graphs[0].code);
});

test('an uncaught exception is reported with its location and a traceback on stderr', () => {
  const result = pg.run('x = 1\nraise ValueError("boom")\n', { filename: 'prog.py' });
  assertResultShape(result);
  assert.equal(result.exit_code, 1);
  assert.equal(result.exception.type, 'ValueError');
  assert.equal(result.exception.message, 'boom');
  assert.equal(result.exception.lineno, 2);
  assert.match(result.exception.traceback, /^Traceback \(most recent call last\):\n {2}File "prog\.py", line 2, in <module>\n/);
  assert.ok(result.stderr.endsWith('ValueError: boom\n'), result.stderr);
});

test('mode "dis" returns the disassembly as stdout', () => {
  const result = pg.run('x = 1\n', { mode: 'dis' });
  assertResultShape(result);
  assert.equal(result.exit_code, 0);
  assert.match(result.stdout, /LOAD_CONST\s+0 \(1\)/);
  assert.match(result.stdout, /STORE_NAME\s+0 \(x\)/);
});

test('runs do not share state', () => {
  assert.equal(pg.run('x = 41\nprint(x + 1)\n').stdout, '42\n');
  const second = pg.run('print(x)\n');
  assert.equal(second.exception?.type, 'NameError');
});

test('running the same program again in one playground gives the same result', async () => {
  // The page runs every program in one long-lived instance: state left by a run must not break the next.
  const fresh = await createPlayground();
  const source = readFileSync(example, 'utf8');
  const first = fresh.run(source);
  assert.deepEqual(fresh.run(source), first);
  assert.deepEqual(fresh.run(source), first);
});

test('two playgrounds are independent', async () => {
  const other = await createPlayground();
  assert.equal(other.version, pg.version);
  assertResultShape(other.run('print(2)'));
  assertResultShape(pg.run('print(3)'));
});

test('unbounded recursion is a RecursionError, not a crash of the core', async () => {
  const fresh = await createPlayground();  // should this crash the instance, the others stay usable
  const result = fresh.run('def f(n):\n    return f(n + 1)\n\nf(0)\n');
  assertResultShape(result);
  assert.equal(result.exception?.type, 'RecursionError');
  assert.ok(result.stderr.endsWith('RecursionError: maximum recursion depth exceeded\n'), result.stderr.slice(-200));
});
