// The one reader of known-failures lists for the Node runners (tests/conformance/run.mjs,
// tests/node/corpus.test.mjs, tests/browser/page-programs.test.mjs); tests/cpp/known_failures.h is
// the same for the C++ runners. Keep the two in step.
//
// Format: one case per line, `NAME  reason` (NAME has no whitespace; the reason is required). A `#`
// starts a comment that runs to the end of the line; blank lines are ignored. An absent file is an
// empty list. A line without a reason or a name listed twice throws.
import { existsSync, readFileSync } from 'node:fs';

// NAME -> reason.
export function readKnownFailures(file) {
  const known = new Map();
  if (!existsSync(file)) return known;
  readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    const text = line.replace(/#.*/, '').trim();
    if (!text) return;
    const match = /^(\S+)\s+(\S.*)$/.exec(text);
    if (!match) throw new Error(`${file}:${index + 1}: expected "NAME  reason", got "${line}"`);
    if (known.has(match[1])) throw new Error(`${file}:${index + 1}: ${match[1]} is listed twice`);
    known.set(match[1], match[2]);
  });
  return known;
}

// A reason starting with "logs:" or "eager:" lists a failure of the native log or eager-equality
// check only (tests/cpp/core/dynamo_logs_test.cpp); the case's stdout must still match
// (golden_test.cpp applies the same rule).
export const isStdoutFailure = (reason) => reason !== undefined && !/^(logs|eager):/.test(reason);
