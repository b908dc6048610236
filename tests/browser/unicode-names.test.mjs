// Unicode's character names in the page: the worker loads build/web/unicode_names.bin with a
// synchronous XMLHttpRequest the first time a program needs a name (docs/unicode-names.md), and
// not before: a program without \N{...} never requests it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, pageStdout, shareHash, startHarness, waitForRuns } from './page-harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const PROGRAM = [
  'import unicodedata',
  'print(ascii("\\N{EM DASH}\\N{HANGUL SYLLABLE GAG}"), f"{1}\\N{DIGIT TWO}")',
  'print(unicodedata.name("\\u4e00"), ascii(unicodedata.lookup("KEYCAP NUMBER SIGN")))',
  '',
].join('\n');

async function run(program) {
  const requested = [];
  const { page, problems, close } = await openPage(harness, { hash: shareHash(program) });
  page.context().on('request', (request) => {
    if (request.url().endsWith('/unicode_names.bin')) requested.push(request.url());
  });
  try {
    await waitForRuns(page, 1);
    return { stdout: await pageStdout(page), requested, problems };
  } finally {
    await close();
  }
}

test('\\N{...} and unicodedata names work in the page, the table fetched on demand', async () => {
  const plain = await run('print("no names here")');
  assert.equal(plain.stdout, 'no names here\n');
  assert.equal(plain.requested.length, 0, 'the name table is loaded only when a program needs it');
  const named = await run(PROGRAM);
  assert.equal(named.stdout, "'\\u2014\\uac01' 12\nCJK UNIFIED IDEOGRAPH-4E00 '#\\ufe0f\\u20e3'\n");
  assert.equal(named.requested.length, 1);
  assert.deepEqual(named.problems, []);
});
