// The one result view of an embed (web/embed.html) and of a pre-rendered docs block (web/embed.js):
// graph | trace | guards | output, rendered from a result document of dp::run_json (README.md,
// "CLI and JSON output") or from the pre-rendered record made from one at build time
// (web/docs/prerender.mjs, `prerenderRecord`). Both go through the same functions, so the
// pre-rendered preview and the live embed look alike. Every string of the result is inserted with
// textContent, never as markup.
import { narrate } from './narrate.js';

export const VIEWS = ['graph', 'trace', 'guards', 'output'];
export const VIEW_TITLES = { graph: 'Graph', trace: 'Trace', guards: 'Guards', output: 'Output' };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

const list = (value) => (Array.isArray(value) ? value : []);
// gm.code starts with blank lines and ends with an indented empty line: show the def and its body.
export const graphText = (code) => String(code ?? '').replace(/^\s*\n/, '').trimEnd();

// One snapshot of the trace at step `index` (clamped): what the trace view shows. A pre-rendered
// record stores this instead of the whole timeline.
export function traceSnapshot(result, index) {
  const timeline = list(result?.timeline);
  if (!timeline.length) return { total: 0, index: 0, truncated: !!result?.timeline_truncated };
  const i = Math.max(0, Math.min(timeline.length - 1, Number.isInteger(index) ? index : 0));
  const entry = timeline[i];
  const frames = list(result.frames);
  const frame = frames[entry.frame] ?? null;
  // What the graph of this frame holds so far: its code when the core reports it, else the names
  // of the nodes added, and the guards installed, from the frame's first step up to this one.
  let graph = null;
  const nodes = [];
  const guards = [];
  for (let k = 0; k <= i; k++) {
    const e = timeline[k];
    if (e.frame !== entry.frame) continue;
    if (typeof e.graph === 'string') graph = e.graph;
    nodes.push(...list(e.nodes));
    guards.push(...list(e.guards));
  }
  const { instructions, ...frameInfo } = frame ?? {};
  return {
    total: timeline.length, index: i, truncated: !!result.timeline_truncated,
    entry, frame: frame ? frameInfo : null, graph, nodes, guards,
  };
}

// The graph breaks and hard errors of a run, as a list of notes (shown by every view but output).
function issues(result) {
  const out = [];
  for (const e of list(result?.errors)) {
    const box = el('div', 'dp-issue dp-issue-error');
    box.append(el('div', 'dp-issue-title',
      `Hard error${e.compile_id ? ` [${e.compile_id}]` : ''}${e.frame ? ` in ${e.frame}` : ''}` +
      `${e.lineno ? `, line ${e.lineno}` : ''}: ${e.type ?? 'error'}`));
    box.append(el('pre', 'dp-issue-text', String(e.message ?? '').trimEnd()));
    out.push(box);
  }
  // An exception that reached the top of the program (when no hard error of tracing explains it).
  const ex = result?.exception;
  if (ex && !out.length) {
    const box = el('div', 'dp-issue dp-issue-error');
    box.append(el('div', 'dp-issue-title', `Uncaught ${ex.type ?? 'exception'}${ex.lineno ? ` at line ${ex.lineno}` : ''}`));
    box.append(el('pre', 'dp-issue-text', String(ex.message ?? '').trimEnd()));
    out.push(box);
  }
  for (const b of list(result?.graph_breaks)) {
    const box = el('div', 'dp-issue dp-issue-break');
    box.append(el('div', 'dp-issue-title',
      `Graph break${b.compile_id ? ` [${b.compile_id}]` : ''}${b.frame ? ` in ${b.frame}` : ''}` +
      `${b.lineno ? `, line ${b.lineno}` : ''}: ${b.gb_type || 'unsupported'}`));
    const text = String(b.reason ?? b.message ?? '').trimEnd();
    if (text) box.append(el('pre', 'dp-issue-text', text));
    out.push(box);
  }
  return out;
}

function renderGraphView(result) {
  const graphs = list(result?.graphs);
  const parts = [];
  if (!graphs.length) parts.push(el('p', 'dp-empty', 'No graph was captured.'));
  for (const g of graphs) {
    parts.push(el('h3', 'dp-heading', `[${g.compile_id}] ${g.frame ?? ''}${g.name ? ` · ${g.name}` : ''}`));
    parts.push(el('pre', 'dp-code-block dp-graph', graphText(g.code)));
  }
  return [...issues(result), ...parts];
}

function renderGuardsView(result) {
  const entries = list(result?.guards);
  const parts = [];
  if (!entries.length) parts.push(el('p', 'dp-empty', 'No guards: nothing was compiled.'));
  for (const entry of entries) {
    parts.push(el('h3', 'dp-heading', `[${entry.compile_id}] ${entry.frame ?? ''}`));
    const ul = el('ul', 'dp-guards');
    for (const g of list(entry.guards)) ul.append(el('li', 'dp-guard', g));
    parts.push(ul);
  }
  for (const r of list(result?.recompiles)) {
    parts.push(el('h3', 'dp-heading', `Recompiled [${r.compile_id}] ${r.frame ?? ''} because`));
    const ul = el('ul', 'dp-guards');
    for (const reason of list(r.reasons)) ul.append(el('li', 'dp-guard', reason));
    parts.push(ul);
  }
  return [...issues(result), ...parts];
}

function renderOutputView(result) {
  const pre = el('pre', 'dp-code-block dp-output');
  if (result?.stdout) pre.append(el('span', 'dp-stdout', result.stdout));
  if (result?.stderr) pre.append(el('span', 'dp-stderr', result.stderr));
  if (!result?.stdout && !result?.stderr) pre.append(el('span', 'dp-empty', `(no output; exit code ${result?.exit_code ?? 0})`));
  return [pre];
}

function renderTraceView(snapshot) {
  if (!snapshot || !snapshot.total) {
    return [el('p', 'dp-empty', 'No trace: Dynamo traced no frame (or the trace was not recorded).')];
  }
  const { entry, frame } = snapshot;
  const parts = [];
  const where = el('div', 'dp-step-where');
  where.append(el('span', 'dp-step-count', `step ${snapshot.index} of ${snapshot.total - 1}`));
  where.append(el('span', 'dp-step-frame',
    ` · ${frame?.compile_id ? `[${frame.compile_id}] ` : ''}${entry.code ?? frame?.name ?? ''}` +
    `${entry.depth ? ` (inlined, depth ${entry.depth})` : ''} · line ${entry.line ?? '?'}`));
  parts.push(where);
  parts.push(el('pre', 'dp-code-block dp-instruction',
    `${String(entry.offset ?? '').padStart(4)} ${entry.opname}${entry.argrepr ? ` (${entry.argrepr})` : ''}`));
  let sentence = '';
  try {
    sentence = narrate(entry, { frame });
  } catch {
    sentence = '';
  }
  if (sentence) parts.push(el('p', 'dp-narration', sentence));
  parts.push(el('h3', 'dp-heading', 'Stack (VariableTrackers, top last)'));
  const stack = el('ol', 'dp-stack');
  for (const item of list(entry.stack)) stack.append(el('li', null, item));
  if (!list(entry.stack).length) stack.append(el('li', 'dp-empty', '(empty)'));
  parts.push(stack);
  parts.push(el('h3', 'dp-heading', 'Locals'));
  const locals = el('dl', 'dp-locals');
  for (const [name, repr] of Object.entries(entry.locals ?? {})) {
    locals.append(el('dt', null, name), el('dd', null, repr));
  }
  parts.push(locals);
  parts.push(el('h3', 'dp-heading', 'Graph so far'));
  if (snapshot.graph !== null && snapshot.graph !== undefined) {
    parts.push(el('pre', 'dp-code-block dp-graph', graphText(snapshot.graph)));
  } else {
    const newest = new Set(list(entry.nodes));
    const ul = el('ul', 'dp-nodes');
    for (const name of list(snapshot.nodes)) ul.append(el('li', newest.has(name) ? 'dp-node dp-newest' : 'dp-node', name));
    if (!list(snapshot.nodes).length) ul.append(el('li', 'dp-empty', '(no nodes yet)'));
    parts.push(ul);
  }
  if (list(snapshot.guards).length) {
    parts.push(el('h3', 'dp-heading', 'Guards so far'));
    const ul = el('ul', 'dp-guards');
    for (const g of snapshot.guards) ul.append(el('li', 'dp-guard', g));
    parts.push(ul);
  }
  if (entry.event?.kind === 'graph_break' || entry.event?.kind === 'error') {
    const box = el('div', `dp-issue ${entry.event.kind === 'error' ? 'dp-issue-error' : 'dp-issue-break'}`);
    box.append(el('div', 'dp-issue-title', entry.event.kind === 'error'
      ? `Hard error: ${entry.event.type ?? ''}` : `Graph break: ${entry.event.gb_type ?? ''}`));
    const text = String(entry.event.message ?? entry.event.reason ?? '').trimEnd();
    if (text) box.append(el('pre', 'dp-issue-text', text));
    parts.push(box);
  }
  return parts;
}

// Fills `container` with `view` of `result`. For the trace view, `options.snapshot` (a
// traceSnapshot) wins over `options.step` (an index into result.timeline).
export function renderView(container, result, view, options = {}) {
  const v = VIEWS.includes(view) ? view : 'graph';
  let parts;
  if (v === 'graph') parts = renderGraphView(result);
  else if (v === 'guards') parts = renderGuardsView(result);
  else if (v === 'output') parts = renderOutputView(result);
  else parts = renderTraceView(options.snapshot ?? result?.trace ?? traceSnapshot(result, options.step ?? 0));
  container.replaceChildren(...parts);
  container.dataset.view = v;
}

// A plain message in the result area (loading, a bad link, a failed run).
export function renderMessage(container, text, kind = 'note') {
  container.replaceChildren(el('p', kind === 'error' ? 'dp-message dp-message-error' : 'dp-message', text));
}
