// The npm package as a user gets it: `npm pack` of this checkout, installed into a temporary
// project; its API (`import { createPlayground } from 'dynamo-playground'`) and its bin
// (`dynamo-playground check DOCS`) are used from there. The docs checker passes on the sample docs
// folder tests/docs-check/site (Markdown, MyST code cells, reStructuredText, HTML) and fails, with
// a readable diff, once an expected graph is edited.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir;
let project;

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dp-package-'));
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack made a tarball');
  project = path.join(dir, 'project');
  cpSync(path.join(root, 'tests/docs-check/site'), path.join(project, 'docs'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'docs-site', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(dir, tarball)],
               { cwd: project, stdio: 'pipe' });
});
after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

function bin(args) {
  return spawnSync(path.join(project, 'node_modules/.bin/dynamo-playground'), args, { cwd: project, encoding: 'utf8' });
}

test('the package ships only what runs', () => {
  const files = execFileSync('tar', ['-tzf', path.join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')))],
                             { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(files, [
    'package/README.md',
    'package/build/wasm/dynamo_playground.mjs',
    'package/build/wasm/dynamo_playground.wasm',
    'package/build/wasm/unicode_names.bin',
    'package/core/python/startup_interned.txt',
    'package/package.json',
    'package/wasm/check.mjs',
    'package/wasm/cli.mjs',
    'package/wasm/content_key.mjs',
    'package/wasm/playground.d.ts',
    'package/wasm/playground.mjs',
  ]);
});

test('the API imports by package name and runs a program', () => {
  const script = `import { createPlayground } from 'dynamo-playground';
const pg = await createPlayground();
const r = pg.run('import torch\\n@torch.compile(backend="eager")\\ndef f(x):\\n    return x + 1\\nprint(f(torch.zeros(2)))\\n');
console.log(JSON.stringify({ version: pg.version, stdout: r.stdout, graphs: r.graphs.length }));`;
  writeFileSync(path.join(project, 'use.mjs'), script);
  const out = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: project, encoding: 'utf8' }));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.deepEqual(out, { version: pkg.version, stdout: 'tensor([1., 1.])\n', graphs: 1 });
});

test('the installed package finds its Unicode name table (\\N{...}, unicodedata)', () => {
  const script = `import { createPlayground } from 'dynamo-playground';
const pg = await createPlayground();
const r = pg.run('import unicodedata\\nprint(ascii("\\\\N{EM DASH}"), unicodedata.name("\\\\u00e9"))\\n');
console.log(JSON.stringify({ stdout: r.stdout, stderr: r.stderr }));`;
  writeFileSync(path.join(project, 'names.mjs'), script);
  const out = JSON.parse(execFileSync('node', ['names.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.deepEqual(out, { stdout: "'\\u2014' LATIN SMALL LETTER E WITH ACUTE\n", stderr: '' });
});

test('dynamo-playground check passes on the sample docs, fails with a diff after an edit', () => {
  const ok = bin(['check', 'docs']);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /^8 passed, 0 failed, 1 skipped\n$/);

  const json = JSON.parse(bin(['check', 'docs', '--json']).stdout);
  assert.equal(json.passed, 8);
  assert.deepEqual(json.results.filter((r) => r.status === 'skipped').map((r) => `${path.basename(r.file)}:${r.line}`),
                   ['guide.md:35']);

  const expected = path.join(project, 'docs/guide.md.dynamo.json');
  const text = readFileSync(expected, 'utf8');
  assert.ok(text.includes('l_x_ * 2;'));
  writeFileSync(expected, text.replace('l_x_ * 2;', 'l_x_ * 3;'));
  const bad = bin(['check', 'docs']);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^FAIL docs\/guide\.md:20\n/);
  assert.match(bad.stdout, /\n {2}- {8}mul: "f32\[2\]\[1\]cpu" = l_x_ \* 3; {2}l_x_ = None\n {2}\+ {8}mul: "f32\[2\]\[1\]cpu" = l_x_ \* 2;/);
  assert.match(bad.stdout, /\n7 passed, 1 failed, 1 skipped\n$/);

  // --update rewrites the expected results; the check passes again.
  assert.equal(bin(['check', 'docs', '--update']).status, 0);
  assert.equal(readFileSync(expected, 'utf8'), text);
  assert.equal(bin(['check', 'docs']).status, 0);
});

test('an edited block without an expected result fails and says how to record one', () => {
  const doc = path.join(project, 'docs/page.rst');
  writeFileSync(doc, readFileSync(doc, 'utf8').replace('print(f(torch.ones(5)))', 'print(f(torch.ones(6)))'));
  const r = bin(['check', 'docs/page.rst']);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /FAIL docs\/page\.rst:6\n {2}no expected result for this block in docs\/page\.rst\.dynamo\.json \(run with --update/);
});
