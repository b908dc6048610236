// The native driver (build/native/dp_native) agrees with the WebAssembly CLI.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { assertResultShape, example, nativeDriver, runCli, runProcess } from './helpers.mjs';

const skip = existsSync(nativeDriver) ? false : 'build/native/dp_native is not built (./dev build)';
const runNative = (args, options = {}) =>
  runProcess(nativeDriver, args, { ...options, env: { TORCH_LOGS: undefined, ...options.env } });

test('native and wasm give the same result for the example', { skip }, async () => {
  for (const args of [[example], ['dis', example], ['--logs=graph_code,guards', example]]) {
    const [wasm, native] = await Promise.all([runCli(['--json', ...args]), runNative(['--json', ...args])]);
    assert.equal(native.code, 0);
    const result = JSON.parse(native.stdout);
    assertResultShape(result);
    assert.deepEqual(result, JSON.parse(wasm.stdout), `args ${JSON.stringify(args)}`);
  }
});

test('native driver: exit statuses and stream separation as in the CLI', { skip }, async () => {
  for (const args of [[example], ['/nonexistent/x.py'], [], ['--bogus', example]]) {
    const [wasm, native] = await Promise.all([runCli(args), runNative(args)]);
    assert.equal(native.code, wasm.code, `exit status for ${JSON.stringify(args)}`);
    if (wasm.code !== 2) {
      assert.equal(native.stdout, wasm.stdout);
      assert.equal(native.stderr, wasm.stderr);
    }
  }
});
