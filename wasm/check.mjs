// `dynamo-playground check DOCS...`: the docs-CI checker. Finds the Python code blocks of
// documentation files (Markdown/MyST, reStructuredText, HTML), runs each through the playground
// core and compares the result (stdout, the requested logs, the exit status) with the expected
// result stored beside the document (`NAME.dynamo.json` next to `NAME.md`); `--update` writes those
// files, so the diff of a docs change is the review. Used by wasm/cli.mjs; formats and options are
// described in docs/docs-check.md.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashText } from './content_key.mjs';

export const EXPECTED_SUFFIX = '.dynamo.json';
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.myst', '.rst', '.html', '.htm']);
const PYTHON_LANGS = new Set(['python', 'py', 'python3', 'ipython', 'ipython3', 'pycon']);

// ---- block options --------------------------------------------------------------------------

// `# dynamo-playground: skip logs=graph_code,guards fullgraph exit=1` as the block's first line
// (any format), or the same words in HTML data attributes.
function parseOptionWords(text) {
  const opts = {};
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const eq = word.indexOf('=');
    const key = eq < 0 ? word : word.slice(0, eq);
    const value = eq < 0 ? true : word.slice(eq + 1);
    if (key === 'skip') opts.skip = true;
    else if (key === 'logs') opts.logs = String(value);
    else if (key === 'fullgraph') opts.fullgraph = value === true || value === 'true' || value === '1';
    else if (key === 'exit') opts.exit = Number(value);
    else if (key === 'continue') opts.continue = true;
    else throw new Error(`unknown dynamo-playground option '${key}'`);
  }
  return opts;
}

function optionsFromCode(code) {
  const first = code.split('\n', 1)[0];
  const m = /^\s*#\s*dynamo-playground:(.*)$/.exec(first);
  return m ? parseOptionWords(m[1]) : {};
}

// ---- extraction -----------------------------------------------------------------------------

function dedent(lines) {
  const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

function trimBlankEdges(lines) {
  let a = 0, b = lines.length;
  while (a < b && !lines[a].trim()) a++;
  while (b > a && !lines[b - 1].trim()) b--;
  return [lines.slice(a, b), a];
}

// Markdown and MyST: ``` / ~~~ fences whose info string names Python, and MyST's
// {code-cell} / {code-block} / {code} directives. Code cells ({code-cell}) run like a notebook:
// each one after the cells above it in the same file.
function markdownBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    let end = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (end < lines.length && !close.test(lines[end])) end++;
    const words = info.trim().split(/\s+/);
    let lang = (words[0] || '').toLowerCase();
    let cell = false;
    if (/^\{(code-cell|code-block|code|sourcecode)\}$/.test(lang)) {
      cell = lang === '{code-cell}';
      lang = (words[1] || (cell ? 'python' : '')).toLowerCase();
    }
    if (PYTHON_LANGS.has(lang)) {
      let body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
      let offset = 0;
      // MyST directive options: `:key: value` lines, or a `---` block, at the top.
      if (body[0]?.trim() === '---') {
        const stop = body.indexOf('---', 1);
        if (stop > 0) offset = stop + 1;
      } else {
        while (offset < body.length && /^:[\w-]+:/.test(body[offset])) offset++;
      }
      body = body.slice(offset);
      const [code, lead] = trimBlankEdges(body);
      if (code.length) blocks.push({ line: i + 2 + offset + lead, code: code.join('\n') + '\n', cell });
    }
    i = end;
  }
  return blocks;
}

// reStructuredText: `.. code-block:: python` (also `.. code::`, `.. sourcecode::`,
// `.. jupyter-execute::`), options lines, then the indented body.
function rstBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)\.\.\s+(code-block|code|sourcecode|jupyter-execute)::\s*(\S*)\s*$/.exec(lines[i]);
    if (!m) continue;
    const [, indent, directive, lang] = m;
    const isPython = directive === 'jupyter-execute' || PYTHON_LANGS.has(lang.toLowerCase());
    let j = i + 1;
    while (j < lines.length && /^\s+:[\w-]+:/.test(lines[j])) j++;
    const start = j;
    while (j < lines.length && (!lines[j].trim() || lines[j].length - lines[j].trimStart().length > indent.length)) j++;
    const [body, lead] = trimBlankEdges(lines.slice(start, j));
    if (isPython && body.length)
      blocks.push({ line: start + lead + 1, code: dedent(body).join('\n') + '\n', cell: directive === 'jupyter-execute' });
    i = j - 1;
  }
  return blocks;
}

// HTML character references as a browser decodes them in text (also used by web/docs/prerender.mjs).
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// HTML: <pre data-dynamo-playground ...> blocks (options as data-skip, data-logs, data-fullgraph,
// data-exit), and <pre><code class="language-python"> blocks (Sphinx/MkDocs output).
function htmlBlocks(text) {
  const blocks = [];
  const re = /<pre\b([^>]*)>([\s\S]*?)<\/pre>/gi;
  let m;
  while ((m = re.exec(text))) {
    const attrs = m[1];
    let inner = m[2];
    const marked = /\bdata-dynamo-playground\b/i.test(attrs);
    const codeTag = /^\s*<code\b([^>]*)>([\s\S]*?)<\/code>\s*$/i.exec(inner);
    const pythonClass = /class\s*=\s*"[^"]*\blanguage-(python|py)\b/i;
    if (!marked && !(codeTag && pythonClass.test(codeTag[1])) && !pythonClass.test(attrs)) continue;
    if (codeTag) inner = codeTag[2];
    const code = decodeEntities(inner.replace(/<[^>]+>/g, ''));
    const opts = {};
    const attr = (name) => new RegExp(`\\bdata-${name}(?:\\s*=\\s*"([^"]*)")?`, 'i').exec(attrs);
    if (attr('skip')) opts.skip = true;
    const logs = attr('logs');
    if (logs?.[1]) opts.logs = logs[1];
    const fg = attr('fullgraph');
    if (fg) opts.fullgraph = fg[1] === undefined || fg[1] === 'true' || fg[1] === '1';
    const ex = attr('exit');
    if (ex?.[1]) opts.exit = Number(ex[1]);
    const [lines, lead] = trimBlankEdges(code.split('\n'));
    if (!lines.length) continue;
    const line = text.slice(0, m.index + m[0].indexOf('>') + 1).split('\n').length + lead;
    blocks.push({ line, code: lines.join('\n') + '\n', cell: false, attrOptions: opts });
  }
  return blocks;
}

// The Python blocks of one document, each {line, code, options, hash, source}.
export function extractBlocks(text, file) {
  const ext = path.extname(file).toLowerCase();
  const raw = ext === '.rst' ? rstBlocks(text)
    : ext === '.html' || ext === '.htm' ? htmlBlocks(text)
      : markdownBlocks(text);
  const out = [];
  let notebook = '';
  for (const b of raw) {
    const options = { ...(b.attrOptions ?? {}), ...optionsFromCode(b.code) };
    // Notebook cells and `continue` blocks run after the blocks above them.
    const prefix = b.cell || options.continue ? notebook : '';
    const source = prefix + b.code;
    if (!options.skip) notebook = source;
    out.push({ line: b.line, code: b.code, source, options, hash: contentHash(b.code) });
  }
  return out;
}

// The key of a block's expected result (and of its pre-rendered preview for embed.js): the first
// 16 hex digits of the SHA-256 of hashText(code).
export function contentHash(code) {
  return createHash('sha256').update(hashText(code)).digest('hex').slice(0, 16);
}

// ---- running and comparing ------------------------------------------------------------------

// What an embed's preview shows of a result document (web/embed.js renders it until the live
// playground is ready): the fields its views read. web/docs/prerender.mjs adds the trace step.
export function previewRecord(result, view = 'graph') {
  const pick = (list, keys) => (Array.isArray(list) ? list : []).map((item) =>
    Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])));
  const pickOne = (item, keys) => Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]));
  return {
    version: 1,
    view,
    exit_code: result.exit_code,
    stdout: result.stdout,
    stderr: result.stderr,
    exception: result.exception ? pickOne(result.exception, ['type', 'message', 'lineno']) : null,
    graphs: pick(result.graphs, ['compile_id', 'frame', 'name', 'code']),
    graph_breaks: pick(result.graph_breaks, ['compile_id', 'frame', 'lineno', 'gb_type', 'reason']),
    errors: pick(result.errors, ['compile_id', 'frame', 'lineno', 'type', 'gb_type', 'message']),
    guards: pick(result.guards, ['compile_id', 'frame', 'guards']),
    recompiles: pick(result.recompiles, ['compile_id', 'frame', 'reasons']),
  };
}

// Object addresses change from run to run.
function normalize(text) {
  return (text ?? '').replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');
}

export function runBlock(playground, block, file) {
  const runOptions = { filename: path.basename(file) };
  if (block.options.logs) runOptions.logs = block.options.logs;
  if (block.options.fullgraph !== undefined) runOptions.fullgraph = Boolean(block.options.fullgraph);
  const r = playground.run(block.source, runOptions);
  const result = { exit_code: r.exit_code, stdout: normalize(r.stdout) };
  if (block.options.logs || r.exit_code !== 0) result.stderr = normalize(r.stderr);
  // Not compared: what an embed of this block shows before the live playground is ready.
  Object.defineProperty(result, 'preview', { value: previewRecord(r), enumerable: false });
  return result;
}

// A line diff (longest common subsequence), as `-`/`+`/` ` lines.
export function lineDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  if (x.length * y.length > 4e6) return [...x.map((l) => `-${l}`), ...y.map((l) => `+${l}`)];
  const n = x.length, m = y.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { out.push(` ${x[i]}`); i++; j++; }
    else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`-${x[i++]}`);
    else out.push(`+${y[j++]}`);
  }
  return out;
}

function describeMismatch(expected, actual) {
  const parts = [];
  if (expected.exit_code !== actual.exit_code) parts.push(`exit status: expected ${expected.exit_code}, got ${actual.exit_code}`);
  for (const key of ['stdout', 'stderr']) {
    const e = expected[key] ?? '', a = actual[key] ?? '';
    if (e === a) continue;
    parts.push(`--- expected ${key}\n+++ actual ${key}\n${lineDiff(e, a).filter((l, k, all) =>
      l[0] !== ' ' || all.slice(Math.max(0, k - 2), k + 3).some((o) => o[0] !== ' ')).join('\n')}`);
  }
  return parts.join('\n');
}

// Every document below the given paths (files, or directories searched recursively).
export function findDocuments(paths) {
  const out = [];
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name === 'node_modules' || name === '_build') continue;
        visit(path.join(p, name));
      }
    } else if (DOC_EXTENSIONS.has(path.extname(p).toLowerCase())) {
      out.push(p);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`no such file or directory: ${p}`);
    visit(p);
  }
  return out;
}

export function expectedPath(doc) {
  return doc + EXPECTED_SUFFIX;
}

// Checks (or with update, records) every block of every document. Returns
// {passed, failed, skipped, updated, results: [{file, line, status, message}]}.
export function checkDocuments(playground, paths, { update = false } = {}) {
  const summary = { passed: 0, failed: 0, skipped: 0, updated: 0, results: [] };
  for (const doc of findDocuments(paths)) {
    const blocks = extractBlocks(readFileSync(doc, 'utf8'), doc);
    if (!blocks.length) continue;
    const expFile = expectedPath(doc);
    let stored = { blocks: {} };
    if (existsSync(expFile)) {
      try {
        stored = JSON.parse(readFileSync(expFile, 'utf8'));
      } catch (error) {
        throw new Error(`${expFile}: not valid JSON (${error.message})`);
      }
    }
    const fresh = { format: 'dynamo-playground expected results', version: 1, blocks: {} };
    for (const block of blocks) {
      const where = { file: doc, line: block.line, hash: block.hash };
      if (block.options.skip) {
        summary.skipped++;
        summary.results.push({ ...where, status: 'skipped' });
        continue;
      }
      const actual = runBlock(playground, block, doc);
      const wantExit = block.options.exit ?? 0;
      fresh.blocks[block.hash] = { line: block.line, ...actual, preview: actual.preview };
      if (actual.exit_code !== wantExit) {
        summary.failed++;
        summary.results.push({ ...where, status: 'failed',
          message: `exit status ${actual.exit_code}, expected ${wantExit}\n${actual.stderr ?? ''}`.trimEnd() });
        continue;
      }
      const expected = stored.blocks?.[block.hash];
      if (update) {
        if (!expected || describeMismatch(expected, actual)) summary.updated++;
        summary.passed++;
        summary.results.push({ ...where, status: 'passed' });
      } else if (!expected) {
        summary.failed++;
        summary.results.push({ ...where, status: 'failed',
          message: `no expected result for this block in ${expFile} (run with --update, then review the diff)` });
      } else {
        const why = describeMismatch(expected, actual);
        if (why) {
          summary.failed++;
          summary.results.push({ ...where, status: 'failed', message: why });
        } else {
          summary.passed++;
          summary.results.push({ ...where, status: 'passed' });
        }
      }
    }
    if (update) writeFileSync(expFile, `${JSON.stringify(fresh, null, 1)}\n`);
  }
  return summary;
}

// One file of every block's preview, keyed by content hash, for embed.js (data-expected on its
// script tag): written by `check --bundle FILE` from the expected results beside the documents.
export function writeBundle(paths, file) {
  const bundle = { format: 'dynamo-playground previews', version: 1, blocks: {} };
  for (const doc of findDocuments(paths)) {
    const expFile = expectedPath(doc);
    if (!existsSync(expFile)) continue;
    const stored = JSON.parse(readFileSync(expFile, 'utf8'));
    for (const [hash, entry] of Object.entries(stored.blocks ?? {}))
      if (entry.preview) bundle.blocks[hash] = entry.preview;
  }
  writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  return Object.keys(bundle.blocks).length;
}

export function formatReport(summary) {
  const lines = [];
  for (const r of summary.results) {
    if (r.status === 'failed') lines.push(`FAIL ${r.file}:${r.line}`, ...r.message.split('\n').map((l) => `  ${l}`));
  }
  const counts = `${summary.passed} passed, ${summary.failed} failed` +
    (summary.skipped ? `, ${summary.skipped} skipped` : '') + (summary.updated ? ` (${summary.updated} updated)` : '');
  lines.push(counts);
  return `${lines.join('\n')}\n`;
}
