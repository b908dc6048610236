// Shared by the Node tests: where things are, how to run the CLIs, and the result schema (v1).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cli = `${root}wasm/cli.mjs`;
export const nativeDriver = `${root}build/native/dp_native`;
export const example = `${root}web/examples/sin_add.py`;
export const packageVersion = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
export const FORWARD = 'def forward(self, L_x_ : torch.Tensor):';

// What real PyTorch prints for web/examples/sin_add.py (the same program as the conformance case).
export const SIN_ADD_STDOUT = `def forward(self, L_x_ : torch.Tensor):
    l_x_ = L_x_
    sin = torch.sin(l_x_);  l_x_ = None
    add = sin + 1;  sin = None
    return (add,)
torch.Size([2, 3])
tensor([[1., 1., 1.],
        [1., 1., 1.]])
`;

// Runs a command to completion: {code, stdout, stderr}. env entries replace the inherited ones
// (undefined removes one); input is written to standard input. A command still running after
// timeoutMs is killed and reported with code 'timeout' (a core that ignores max_steps must not
// hang the test run).
export function runProcess(command, args, { env = {}, input = '', cwd = root, timeoutMs = 60_000 } = {}) {
  const fullEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete fullEnv[key];
    else fullEnv[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: fullEnv, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? 'timeout' : code, stdout, stderr });
    });
    child.stdin.on('error', () => {});  // a child that exits without reading its input is fine
    child.stdin.end(input);
  });
}

// TORCH_LOGS from the developer's shell must not leak into tests that do not set it.
export const runCli = (args, options = {}) =>
  runProcess(process.execPath, [cli, ...args], { ...options, env: { TORCH_LOGS: undefined, ...options.env } });

// Checks a result document against the v1 schema (README.md, "CLI and JSON output").
export function assertResultShape(result) {
  assert.equal(typeof result, 'object');
  assert.notEqual(result, null);
  assert.equal(typeof result.stdout, 'string', 'stdout is a string');
  assert.equal(typeof result.stderr, 'string', 'stderr is a string');
  assert.ok(result.exit_code === 0 || result.exit_code === 1, `exit_code is 0 or 1, not ${result.exit_code}`);
  if (result.exception === null) {
    assert.equal(result.exit_code, 0, 'no exception means exit code 0');
  } else {
    const e = result.exception;
    assert.equal(typeof e, 'object', 'exception is null or an object');
    assert.equal(typeof e.type, 'string');
    assert.equal(typeof e.message, 'string');
    assert.ok(Number.isInteger(e.lineno), 'exception.lineno is an integer');
    assert.ok(Number.isInteger(e.col), 'exception.col is an integer');
    assert.equal(typeof e.traceback, 'string');
    assert.equal(result.exit_code, 1, 'an uncaught exception means exit code 1');
  }
  assert.ok(Array.isArray(result.graphs), 'graphs is an array');
  for (const graph of result.graphs) {
    for (const key of ['compile_id', 'frame', 'code', 'readable']) {
      assert.equal(typeof graph[key], 'string', `graphs[].${key} is a string`);
    }
    assert.match(graph.compile_id, /^\d+\/\d+$/, 'compile ids look like 0/0');
  }
}
