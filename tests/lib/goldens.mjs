// What every Node golden runner shares (tests/conformance/run.mjs,
// tests/browser/page-programs.test.mjs); tests/cpp/goldens.h is the same for the C++ runners. Keep
// the two in step.
//
//  * normalize(): the one rule for text that differs from run to run. A golden compares
//    normalize(expected) with normalize(actual). Today that is object addresses in default reprs
//    ("<... object at 0x7f3a2c...>", "<function f at 0x...>"): " at 0x<hex digits>" becomes
//    " at 0xADDR". Hex numbers not preceded by " at " (hex(255), f"{n:#x}") are compared as printed.
//  * updateMode(): UPDATE_GOLDENS set (not "" or "0"; `./dev test --update` sets it). A runner that
//    finds a case's output differing from its expected file then rewrites that file with the
//    normalized actual output instead of failing, for review in the diff. Cases listed as known
//    failures are never rewritten (their expected file is right; the playground is not yet).
import { writeFileSync } from 'node:fs';

export const ADDRESS_TOKEN = '0xADDR';

export function normalize(text) {
  return text.replace(/ at 0x[0-9a-f]+/g, ` at ${ADDRESS_TOKEN}`);
}

export function updateMode(env = process.env) {
  const v = env.UPDATE_GOLDENS;
  return v !== undefined && v !== '' && v !== '0';
}

// Rewrites an expected-output file with the normalized actual text.
export function rewrite(file, actual) {
  writeFileSync(file, normalize(actual));
}
