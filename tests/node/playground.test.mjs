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

test('memoryBytes() is the instance\'s linear memory: at least the initial 32 MiB, growing with a big run', () => {
  const before = pg.memoryBytes();
  assert.ok(before >= 32 * 2 ** 20, `${before}`);
  pg.run('x = [0] * 10_000_000\nprint(len(x))');
  assert.ok(pg.memoryBytes() > before, `${pg.memoryBytes()} after a 10-million-element list`);
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

// Issue 18: a loop of 10**7 iterations stops cleanly through a budget, with the budget, line and
// column in the message, in well under 10 s (it used to end after 47 s in "internal error in the
// playground: std::bad_alloc"). The time is this process's CPU time for the run, so that a loaded
// machine does not fail the test.
const TEN_MILLION = [
  ['compiled', 'import torch\n\n@torch.compile\ndef f(x):\n    for i in range(10**7):\n        x = x + 1\n    return x\n\nprint(f(torch.ones(2)))\n',
   'max_traced_instructions',
   /^stopped after \d+ steps at line [56], column \d+: the program exceeded the tracing budget \(max_traced_instructions=500000\)$/],
  ['eager', 'import torch\n\ndef f(x):\n    for i in range(10**7):\n        x = x + 1\n    return x\n\nprint(f(torch.ones(2)))\n',
   'max_steps',
   /^stopped after 5000000 steps at line [45], column \d+: the program exceeded the step budget \(max_steps=5000000\)$/],
];
for (const [kind, source, budget, message] of TEN_MILLION) {
  test(`a ${kind} loop of 10**7 iterations stops at its budget, cleanly and quickly`, () => {
    const start = process.cpuUsage();
    const result = pg.run(source, { filename: 'loop.py' });
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    assertResultShape(result);
    assert.equal(result.exit_code, 1);
    assert.equal(result.stdout, '');
    assert.equal(result.exception.type, 'StepBudgetExceeded');
    assert.equal(result.exception.budget, budget);
    assert.match(result.exception.message, message);
    assert.equal(result.stderr, `${result.exception.message}\n`);
    assert.ok(seconds < 10, `${kind} loop: ${seconds.toFixed(2)} s of CPU`);
    // The next run is unaffected (the budget's memory was given back).
    assert.equal(pg.run('print(1 + 1)').stdout, '2\n');
  });
}
