// wasm/cli.mjs: arguments, exit statuses, and how the result is split over stdout and stderr.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { assertResultShape, example, packageVersion, runCli, SIN_ADD_STDOUT } from './helpers.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'dp-cli-'));
const program = (name, text) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const streams = program('streams.py', 'import sys\nprint("to stdout")\nprint("to stderr", file=sys.stderr)\n');
const raising = program('raising.py', 'def f():\n    raise KeyError("k")\n\nf()\n');

test('a missing FILE is exit status 2 with a clear message', async () => {
  const r = await runCli([path.join(dir, 'nope.py')]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /can't open file '.*nope\.py': \[Errno 2\] No such file or directory/);
});

test('bad arguments print the usage and exit 2', async () => {
  for (const args of [[], ['dis'], ['--bogus', example], [example, 'extra'], ['--max-steps=ten', example],
                      ['--logs'], ['check'], ['check', '--bogus', 'docs']]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, `args ${JSON.stringify(args)}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage: dynamo-playground \[dis\] FILE/);
  }
});

test('--help prints the usage on stdout; --version the core version', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: /);
  const version = await runCli(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout, `${packageVersion}\n`);
});

test('--json prints one line holding the whole result and exits 0', async () => {
  const r = await runCli(['--json', raising]);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.endsWith('\n'));
  assert.equal(r.stdout.trimEnd().split('\n').length, 1, 'a single line');
  assertResultShape(JSON.parse(r.stdout));
});

test('FILE - reads the program from standard input', async () => {
  const r = await runCli(['--json', '-'], { input: 'print("piped")\n' });
  assert.equal(r.code, 0);
  const result = JSON.parse(r.stdout);
  assertResultShape(result);
  assert.equal(result.stdout, 'piped\n');
});

test('the example runs: its output on stdout, nothing on stderr, exit 0', async () => {
  const r = await runCli([example]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, SIN_ADD_STDOUT);
  assert.equal(r.code, 0);
});

test('stdout and stderr of the program stay separate', async () => {
  const r = await runCli([streams]);
  assert.equal(r.stdout, 'to stdout\n');
  assert.equal(r.stderr, 'to stderr\n');
  assert.equal(r.code, 0);
});

test('an uncaught exception: traceback on stderr naming FILE as given, exit 1', async () => {
  const relative = path.relative(process.cwd(), raising);
  const r = await runCli([relative], { cwd: process.cwd() });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.ok(r.stderr.startsWith('Traceback (most recent call last):\n'), r.stderr);
  assert.ok(r.stderr.includes(`File "${relative}", line 4, in <module>`), r.stderr);
  assert.ok(r.stderr.endsWith("KeyError: 'k'\n"), r.stderr);
});

test('--logs=graph_code writes the traced graph to stderr only', async () => {
  const r = await runCli(['--logs=graph_code', example]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, SIN_ADD_STDOUT, 'logs never reach stdout');
  assert.match(r.stderr, /TRACED GRAPH/);
  const quiet = await runCli([example]);
  assert.doesNotMatch(quiet.stderr, /TRACED GRAPH/);
});

test('TORCH_LOGS in the environment does what --logs does; --logs wins', async () => {
  const flag = await runCli(['--logs', 'graph_code,guards', example]);
  const env = await runCli([example], { env: { TORCH_LOGS: 'graph_code,guards' } });
  assert.equal(env.code, 0);
  assert.match(env.stderr, /GUARDS:/);
  assert.equal(env.stderr, flag.stderr);
  const overridden = await runCli(['--logs=', example], { env: { TORCH_LOGS: 'graph_code' } });
  assert.doesNotMatch(overridden.stderr, /TRACED GRAPH/);
});

test('dis FILE prints the disassembly', async () => {
  const file = program('assign.py', 'x = 1\n');
  const r = await runCli(['dis', file]);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /LOAD_CONST\s+0 \(1\)/);
  const json = JSON.parse((await runCli(['dis', file, '--json'])).stdout);
  assert.equal(json.stdout, r.stdout);
});

test('--max-steps stops a program that does not end', async () => {
  const loop = program('loop.py', 'while True:\n    pass\n');
  const r = await runCli(['--json', '--max-steps=10000', loop]);
  assert.equal(r.code, 0);
  const result = JSON.parse(r.stdout);
  assertResultShape(result);
  assert.equal(result.exit_code, 1);
  assert.notEqual(result.exception, null);
});

test('--max-memory-mb stops a program that keeps allocating, with MemoryError and its budget', async () => {
  const file = program('grow.py', 'import torch\nkeep = []\nwhile True:\n    keep.append(torch.ones(1000))\n');
  const r = await runCli(['--json', '--max-memory-mb=32', file]);
  assert.equal(r.code, 0);
  const result = JSON.parse(r.stdout);
  assertResultShape(result);
  assert.equal(result.exception.type, 'MemoryError');
  assert.equal(result.exception.budget, 'max_memory_bytes');
  assert.equal(result.exception.lineno, 4);
  assert.match(result.exception.message,
               /^stopped after \d+ steps at line 4, column \d+: the program exceeded the memory budget \(max_memory_bytes=33554432, 32 MiB\)$/);
  const bad = await runCli(['--max-memory-mb=0', file]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-memory-mb wants a positive integer, not '0'/);
});
