// The Node golden runners' shared helpers (tests/lib/goldens.mjs): the same rules as
// tests/cpp/goldens.h, checked on the same inputs as golden_test.cpp's GoldenNormalize test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize, updateMode } from '../lib/goldens.mjs';

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
