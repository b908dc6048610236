// The stepper's narration (web/src/narrate.js) of the events a timeline record can end with, read
// from the record's fields only: a graph break Dynamo resumes after, one it cannot resume from (the
// first trace's event, cannot_resume), and the restarted trace's stop at the checkpoint
// (partial_graph, docs/compiler-api.md "A graph break Dynamo cannot resume from").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { narrate } from '../../web/src/narrate.js';

const rec = (event, opname = 'FORMAT_VALUE') => ({ opname, argrepr: '', stack_info: [], locals_info: {}, event });

test('a graph break Dynamo resumes after says it resumes in a new function', () => {
  const s = narrate(rec({ kind: 'graph_break', gb_type: 'Failed to trace builtin operator', cannot_resume: false }, 'CALL'));
  assert.match(s, /Graph break \(Failed to trace builtin operator\)/);
  assert.match(s, /resumes tracing in a new function after it/);
});

test('a graph break Dynamo cannot resume from says the trace restarts and the rest runs eagerly', () => {
  const s = narrate(rec({ kind: 'graph_break', gb_type: 'Failed to trace builtin operator', cannot_resume: true }));
  assert.match(s, /cannot resume after it/);
  assert.match(s, /traces the function again/);
  assert.match(s, /no resume function/);
  assert.doesNotMatch(s, /resumes tracing in a new function/);
});

test('the restarted trace stops at the checkpoint with the step_unsupported reason', () => {
  const s = narrate(rec({ kind: 'partial_graph', message: 'step_unsupported' }, 'LOAD_FAST'));
  assert.match(s, /compiles the graph built so far \(reason: step_unsupported\)/);
  assert.match(s, /runs eagerly/);
});
