// Rendering of results into the panes: output, compiled graphs, graph breaks and hard errors, guards
// and recompiles, the explain() summary. Everything the program or the core produced is inserted with
// textContent only, never as markup; links are made with DOM APIs and only for https URLs.
// Elements tied to a source line carry data-line (or data-lines="3 5") for the hover link (main.js).

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function linkOrText(url) {
  if (typeof url === 'string' && /^https:\/\/[^\s"'<>]+$/.test(url)) {
    const a = element('a', 'ext', url);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  return element('span', null, url ?? '');
}

export function renderOutput(pre, result) {
  const parts = [];
  const exc = result.exception;
  let stderr = result.stderr ?? '';
  if (exc?.budget) {
    // The core's "stopped after N steps" message (a budget ended), once, as a banner above the partial output.
    parts.push(element('span', 'stopped', `Stopped: ${exc.message}\n`));
    if (stderr.endsWith(`${exc.message}\n`)) stderr = stderr.slice(0, -(exc.message.length + 1));
  }
  if (result.stdout) parts.push(element('span', 'stdout', result.stdout));
  if (stderr) parts.push(element('span', 'stderr', stderr));
  if (!parts.length) parts.push(element('span', 'empty', `(no output; exit code ${result.exit_code})`));
  pre.replaceChildren(...parts);
}

export function renderError(pre, message) {
  pre.replaceChildren(element('span', 'stderr', message));
}

// The left-hand side of one line of graph code: "    sin = ..." or "    sin: \"f32[2]\" = ...".
const NODE_LINE = /^\s+([A-Za-z_][\w]*)(?:\s*:\s*"[^"]*")?\s*=\s/;

// One graph's code as a <pre> whose node lines carry data-node / data-line; `newest` are marked.
export function graphCodeBlock(code, nodes, newest = []) {
  const lineOf = new Map((nodes ?? []).map((n) => [n.name, n.lineno]));
  const pre = element('pre', 'code graph-code');
  const newestSet = new Set(newest);
  for (const line of String(code ?? '').replace(/^\n+/, '').replace(/\s+$/, '').split('\n')) {
    const row = element('span', 'row', `${line}\n`);
    const name = NODE_LINE.exec(line)?.[1];
    if (name && !line.trimStart().startsWith('def ')) {
      row.dataset.node = name;
      const lineno = lineOf.get(name);
      if (lineno) row.dataset.line = String(lineno);
      if (newestSet.has(name)) {
        row.classList.add('newest');
        row.title = 'added at this step';
      }
    }
    pre.append(row);
  }
  return pre;
}

export function renderGraphs(container, result, { readable = false } = {}) {
  const graphs = Array.isArray(result?.graphs) ? result.graphs : [];
  if (!graphs.length) {
    container.replaceChildren(element('div', 'empty', 'No graph was captured.'));
    return;
  }
  container.replaceChildren(...graphs.map((graph) => {
    const box = element('article', 'graph');
    const title = element('h3', 'graph-title', `[${graph.compile_id}] ${graph.frame ?? ''}`);
    title.append(element('span', 'muted', ` · ${graph.name ?? ''} · compile id ${graph.compile_id}`));
    box.append(title);
    const recompile = (result.recompiles ?? []).find((r) => r.compile_id === graph.compile_id);
    if (recompile) {
      box.append(element('p', 'graph-note', 'Recompiled because:'));
      const ul = element('ul', 'reasons');
      for (const reason of recompile.reasons ?? []) ul.append(element('li', null, reason));
      box.append(ul);
    }
    if (graph.break_reason) box.append(element('p', 'graph-note', 'This graph ends at a graph break (see Breaks).'));
    box.append(graphCodeBlock(readable ? graph.readable : graph.code, graph.nodes));
    const guards = (result.guards ?? []).find((g) => g.compile_id === graph.compile_id)?.guards ?? [];
    if (guards.length) {
      const details = element('details', 'graph-guards');
      details.append(element('summary', null, `Guards (${guards.length})`));
      const ul = element('ul', 'guards');
      for (const text of guards) ul.append(element('li', 'guard', text));
      details.append(ul);
      box.append(details);
    }
    return box;
  }));
}

function lineButton(line, label, onGoto) {
  const button = element('button', 'line-link', label ?? `line ${line}`);
  button.type = 'button';
  button.dataset.line = String(line);
  button.addEventListener('click', () => onGoto?.(line));
  return button;
}

function issueCard(kind, item, onGoto, mainFile) {
  const card = element('article', `issue issue-${kind}`);
  const onMain = !item.filename || item.filename === mainFile;
  if (item.lineno && onMain) card.dataset.line = String(item.lineno);
  // A graph break, or a hard error raised from one, carries the graph break's fields (gb_type,
  // explanation, hints, context, url); other hard errors only their type and message.
  const head = element('h3', 'issue-title');
  head.append(element('span', `badge badge-${kind}`, kind === 'error' ? `hard error · ${item.type ?? 'error'}` : 'graph break'));
  head.append(' ');
  head.append(element('span', 'gb-type', item.gb_type || (kind === 'error' ? item.type : 'graph break')));
  card.append(head);
  const where = element('p', 'issue-where');
  where.append(`[${item.compile_id ?? '?'}] in ${item.frame ?? '?'} at `);
  if (item.lineno && onMain) where.append(lineButton(item.lineno, `line ${item.lineno}`, onGoto));
  else where.append(`${item.filename ?? ''}:${item.lineno ?? '?'}`);
  if (item.skipped_frame) where.append(' · the whole frame falls back to eager');
  if (item.cannot_resume) {
    where.append(' · cannot resume after this instruction: the graph ends at ');
    if (item.partial_graph_line && onMain) where.append(lineButton(item.partial_graph_line, `line ${item.partial_graph_line}`, onGoto));
    else where.append(`line ${item.partial_graph_line ?? '?'}`);
    where.append(', the rest of the frame runs eagerly');
  }
  card.append(where);
  if (item.explanation) {
    card.append(element('p', 'explanation', item.explanation));
    const hints = item.hints ?? [];
    if (hints.length) {
      const ul = element('ul', 'hints');
      for (const h of hints) ul.append(element('li', null, h));
      card.append(element('h4', null, 'Hints'), ul);
    }
    if (item.context) card.append(element('p', 'context', `Developer debug context: ${item.context}`));
    if (item.url) {
      const p = element('p', 'registry');
      p.append('Graph break registry: ', linkOrText(item.url));
      card.append(p);
    }
  } else {
    card.append(element('pre', 'code message', item.message ?? ''));
  }
  if (item.reason && item.reason !== item.message && kind === 'graph_break') {
    const details = element('details', 'reason');
    details.append(element('summary', null, 'Full reason and user code traceback'));
    details.append(element('pre', 'code', `${item.reason}\n\n${item.user_stack ?? ''}`));
    card.append(details);
  }
  return card;
}

export function renderIssues(container, result, { onGoto, mainFile = 'main.py' } = {}) {
  const breaks = result?.graph_breaks ?? [];
  const errors = result?.errors ?? [];
  const cards = [
    ...errors.map((e) => issueCard('error', e, onGoto, mainFile)),
    ...breaks.map((b) => issueCard('graph_break', b, onGoto, mainFile)),
  ];
  const exc = result?.exception;
  if (exc && !errors.length) {
    const card = element('article', 'issue issue-exception');
    if (exc.lineno) card.dataset.line = String(exc.lineno);
    const head = element('h3', 'issue-title');
    head.append(element('span', 'badge badge-error', 'uncaught exception'), ' ', element('span', 'gb-type', exc.type));
    card.append(head);
    if (exc.lineno) {
      const where = element('p', 'issue-where');
      where.append('at ', lineButton(exc.lineno, `line ${exc.lineno}${exc.col >= 1 ? `, column ${exc.col}` : ''}`, onGoto));
      card.append(where);
    }
    // The traceback (with its caret under the column) when the core gives one, else the message.
    card.append(element('pre', 'code message', exc.traceback || exc.message));
    cards.unshift(card);
  }
  container.replaceChildren(...(cards.length ? cards : [element('div', 'empty', 'No graph break, no error.')]));
}

// Editor gutter marks for every issue on the program's own lines.
export function issueMarks(result, mainFile = 'main.py') {
  const marks = [];
  for (const e of result?.errors ?? []) {
    if (e.lineno && (!e.filename || e.filename === mainFile)) {
      const title = `hard error: ${e.gb_type || e.type}`;
      marks.push({ line: e.lineno, kind: 'error', title, ...(e.end_lineno > e.lineno ? {} : { col: e.col, end_col: e.end_col }) });
    }
  }
  for (const b of result?.graph_breaks ?? []) {
    if (b.lineno && (!b.filename || b.filename === mainFile))
      marks.push({ line: b.lineno, kind: 'graph_break', title: `graph break: ${b.gb_type}` });
  }
  const exc = result?.exception;
  // An uncaught exception's col is 1-based (CPython's SyntaxError.offset, the traceback's caret).
  if (exc?.lineno && !(result?.errors ?? []).length && !exc.budget) {
    marks.push({ line: exc.lineno, kind: 'error', title: `${exc.type}: ${exc.message}`, ...(exc.col >= 1 ? { col: exc.col - 1 } : {}) });
  }
  return marks;
}

// guardLines: Map(compile_id -> Map(guard text -> [source lines])) from the timeline.
export function renderGuards(container, result, guardLines = new Map()) {
  const groups = result?.guards ?? [];
  const recompiles = result?.recompiles ?? [];
  const blocks = [];
  for (const g of groups) {
    const box = element('article', 'guard-group');
    box.append(element('h3', 'graph-title', `[${g.compile_id}] ${g.frame ?? ''} · ${g.guards.length} guard${g.guards.length === 1 ? '' : 's'}`));
    const ul = element('ul', 'guards');
    const lines = guardLines.get(g.compile_id) ?? new Map();
    for (const text of g.guards) {
      const li = element('li', 'guard', text);
      const at = lines.get(text);
      if (at?.length) li.dataset.lines = at.join(' ');
      ul.append(li);
    }
    box.append(ul);
    blocks.push(box);
  }
  if (recompiles.length) {
    const box = element('article', 'recompiles');
    box.append(element('h3', 'graph-title', 'Recompiles'));
    for (const r of recompiles) {
      box.append(element('h4', null, `[${r.compile_id}] ${r.frame ?? ''}`));
      const ul = element('ul', 'reasons');
      for (const reason of r.reasons ?? []) ul.append(element('li', null, reason));
      box.append(ul);
    }
    blocks.push(box);
  }
  container.replaceChildren(...(blocks.length ? blocks : [element('div', 'empty', 'No guards: nothing was compiled.')]));
}

// What torch._dynamo.explain() reports, from the result document.
export function renderSummary(container, result) {
  const graphs = result?.graphs ?? [];
  const breaks = result?.graph_breaks ?? [];
  const ops = graphs.reduce((n, g) => n + (g.call_function_ops?.length ?? 0), 0);
  const dl = element('dl', 'summary');
  const row = (k, v) => dl.append(element('dt', null, k), element('dd', null, v));
  row('Graph Count', String(graphs.length));
  row('Graph Break Count', String(breaks.length));
  row('Op Count', String(ops));
  row('Hard errors', String((result?.errors ?? []).length));
  row('Recompiles', String((result?.recompiles ?? []).length));
  const parts = [element('h3', 'graph-title', 'explain() summary'), dl];
  if (breaks.length) {
    parts.push(element('h4', null, 'Break Reasons'));
    const ol = element('ol', 'reasons');
    breaks.forEach((b) => {
      const li = element('li', null, `${b.gb_type} (line ${b.lineno}, [${b.compile_id}])`);
      if (b.lineno) li.dataset.line = String(b.lineno);
      ol.append(li);
    });
    parts.push(ol);
  }
  if (graphs.length) {
    parts.push(element('h4', null, 'Ops per Graph'));
    const ul = element('ul', 'reasons');
    for (const g of graphs) ul.append(element('li', null, `[${g.compile_id}] ${(g.call_function_ops ?? []).join(', ') || '(none)'}`));
    parts.push(ul);
  }
  container.replaceChildren(...parts);
}
