// Every web/examples program, chosen from the page's examples menu, every dynamic-shapes golden
// (tests/golden/dynamic) and every public conformance
// program (DP_SHARED_DIR/conformance/*.py, tests/lib/shared_dir.mjs, opened through a share link) runs in the page: its stdout
// equals the expected output byte for byte (web/examples/<name>.out) once both are normalized
// (object addresses: tests/lib/goldens.mjs), and each graph the program prints (`def forward(...)`
// blocks) is in the Graphs pane.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { normalize } from '../lib/goldens.mjs';
import { isStdoutFailure, readKnownFailures } from '../lib/known_failures.mjs';
import { conformanceDir as sharedConformanceDir } from '../lib/shared_dir.mjs';
import {
  forwardBlocks, openPage, pageStdout, root, runCount, shareHash, shots, startHarness, waitForRuns,
} from './page-harness.mjs';

const examplesDir = path.join(root, 'web/examples');
const conformanceDir = process.env.DP_CONFORMANCE_DIR ?? sharedConformanceDir;

function expectedFor(name) {
  const file = path.join(examplesDir, `${name}.out`);
  return existsSync(file) ? normalize(readFileSync(file, 'utf8')) : null;
}

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
// Cases the golden runners list as known failures are expected to differ here too.
const exampleFailures = readKnownFailures(path.join(examplesDir, 'known_failures.txt'));

test('every example from the menu prints its expected output and shows its graphs', async () => {
  const { page, problems, close } = await openPage(harness);
  try {
    await waitForRuns(page, 1);
    const failures = [];
    for (const name of examples) {
      const expected = expectedFor(name);
      const before = await runCount(page);
      await page.selectOption('#examples', name);
      await waitForRuns(page, before + 1);
      if (expected === null) {
        failures.push(`${name}: no expected output (web/examples/${name}.out)`);
        continue;
      }
      const stdout = normalize(await pageStdout(page));
      const known = exampleFailures.has(name);
      if ((stdout === expected) === known) {
        failures.push(known ? `${name}: listed as a known failure but passes` :
          `${name}: stdout differs\n--- expected\n${expected}--- page\n${stdout}`);
        continue;
      }
      if (!known) {
        const graphs = await page.textContent('#graphs');
        for (const block of forwardBlocks(expected)) {
          if (!graphs.includes(block)) failures.push(`${name}: the Graphs pane lacks\n${block}\n--- it shows\n${graphs}`);
        }
      }
      await page.screenshot({ path: `${shots}/example-${name}.png` });
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('every public conformance program prints its expected output in the page', async (t) => {
  if (!existsSync(conformanceDir)) return t.skip(`${conformanceDir} is not there`);
  const failing = readKnownFailures(path.join(root, 'tests/conformance/known_failures.txt'));
  const names = readdirSync(conformanceDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  assert.ok(names.length > 0);
  const failures = [];
  for (const name of names) {
    const source = readFileSync(path.join(conformanceDir, `${name}.py`), 'utf8');
    const expected = normalize(readFileSync(path.join(conformanceDir, `${name}.out`), 'utf8'));
    const { page, problems, close } = await openPage(harness, { hash: shareHash(source) });
    try {
      await waitForRuns(page, 1);
      const stdout = normalize(await pageStdout(page));
      if ((stdout === expected) === failing.has(name)) failures.push(`${name}: stdout differs\n--- expected\n${expected}--- page\n${stdout}`);
      if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
    } finally {
      await close();
    }
  }
  assert.deepEqual(failures, []);
});

// The dynamic-shapes goldens (tests/golden/dynamic: PyTorch's docs and tests) in the page too:
// symbolic graphs, recompiles and data-dependent breaks behave there as natively.
test('every dynamic-shapes golden prints its expected output in the page', async () => {
  const dir = path.join(root, 'tests/golden/dynamic');
  const listed = readKnownFailures(path.join(dir, 'known_failures.txt'));
  const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  assert.ok(names.length >= 25);
  const failures = [];
  for (const name of names) {
    const known = isStdoutFailure(listed.get(name));
    const source = readFileSync(path.join(dir, `${name}.py`), 'utf8');
    // The page runs a program as main.py: file names it prints are that one.
    const expected = normalize(readFileSync(path.join(dir, `${name}.out`), 'utf8').replaceAll(`${name}.py`, 'main.py'));
    const { page, problems, close } = await openPage(harness, { hash: shareHash(source) });
    try {
      await waitForRuns(page, 1);
      const stdout = normalize(await pageStdout(page));
      if ((stdout === expected) === known) failures.push(`${name}: stdout differs\n--- expected\n${expected}--- page\n${stdout}`);
      if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
    } finally {
      await close();
    }
  }
  assert.deepEqual(failures, []);
});
