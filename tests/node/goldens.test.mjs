// The Node golden runners' shared helpers (tests/lib/goldens.mjs, tests/lib/known_failures.mjs):
// the same rules as tests/cpp/goldens.h and known_failures.h, checked on the same inputs as
// golden_test.cpp's GoldenNormalize and KnownFailuresList tests.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { normalize, updateMode } from '../lib/goldens.mjs';
import { readKnownFailures } from '../lib/known_failures.mjs';

test('normalize masks object addresses in reprs, and nothing else', () => {
  assert.equal(normalize('value=<torch._library.fake_class_registry.FakeScriptObject object at 0x7f3a2c001a40>, method=top'),
    'value=<torch._library.fake_class_registry.FakeScriptObject object at 0xADDR>, method=top');
  assert.equal(normalize('<function f at 0x1f> and <function g at 0xa0>\n'),
    '<function f at 0xADDR> and <function g at 0xADDR>\n');
  assert.equal(normalize('<X object at 0xADDR>'), '<X object at 0xADDR>');
  assert.equal(normalize('0xff 0x10 look at 0x'), '0xff 0x10 look at 0x');
  assert.equal(normalize('at 0x1f'), 'at 0x1f');
  assert.notEqual(normalize('<X object at 0x1f>'), normalize('<Y object at 0x1f>'));
});

test('UPDATE_GOLDENS turns the update mode on unless empty or 0', () => {
  assert.equal(updateMode({}), false);
  assert.equal(updateMode({ UPDATE_GOLDENS: '' }), false);
  assert.equal(updateMode({ UPDATE_GOLDENS: '0' }), false);
  assert.equal(updateMode({ UPDATE_GOLDENS: '1' }), true);
});

test('known-failures lists: NAME  reason lines, # comments, errors for a missing reason or a repeat', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dp-known-'));
  try {
    const file = path.join(dir, 'known_failures.txt');
    assert.deepEqual([...readKnownFailures(path.join(dir, 'absent.txt'))], []);
    writeFileSync(file, '# header\n\n  sub/a_case   why it fails  # note\r\nb\tother reason\n');
    assert.deepEqual([...readKnownFailures(file)], [['sub/a_case', 'why it fails'], ['b', 'other reason']]);
    writeFileSync(file, 'a reason\nlonely   # a comment is not a reason\n');
    assert.throws(() => readKnownFailures(file), /known_failures\.txt:2: expected "NAME {2}reason"/);
    writeFileSync(file, 'a reason\na again\n');
    assert.throws(() => readKnownFailures(file), /:2: a is listed twice/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
