// Rendering of results into the panes. Everything the program or the core produced is inserted
// with textContent only, never as markup.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderOutput(pre, result) {
  const parts = [];
  if (result.stdout) parts.push(element('span', 'stdout', result.stdout));
  if (result.stderr) parts.push(element('span', 'stderr', result.stderr));
  if (!parts.length) parts.push(element('span', 'empty', `(no output; exit code ${result.exit_code})`));
  pre.replaceChildren(...parts);
}

export function renderError(pre, message) {
  pre.replaceChildren(element('span', 'stderr', message));
}

export function renderGraphs(container, result) {
  const graphs = Array.isArray(result?.graphs) ? result.graphs : [];
  if (!graphs.length) {
    container.replaceChildren(element('div', 'empty', 'No graph was captured.'));
    return;
  }
  container.replaceChildren(...graphs.flatMap((graph) => [
    element('h3', 'graph-title', `compile id ${graph.compile_id}${graph.frame ? ` · ${graph.frame}` : ''}`),
    element('pre', 'graph-code', graph.code ?? ''),
  ]));
}
