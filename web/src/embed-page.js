// Entry point of the embed route (web/embed.html): a compact editor and one result view.
//
// Query options (settings; the program itself is in the fragment, never sent to a server):
//   readOnly      the editor cannot be edited
//   hideToolbar   no Run button, view tabs, status or "open" link (the result view stays)
//   theme         auto (the system's), light or dark
//   view          graph | trace | guards | output (default graph; a step alone implies trace)
//   step=N        the trace step shown (also read from a #v1/…/step=N fragment)
//   autorun       run as soon as the core is ready: the host's opt-in. Without it nothing runs
//                 until the reader presses Run or Ctrl+Enter, or edits the program.
//   origin        the host page's origin, allowed to send messages (web/src/embed-protocol.js)
// A flag is on when present, unless its value is 0, false or no.
//
// The fragment is read with the main page's decoder (share.js: #v1/<lz-string of JSON> and the
// older #code/<lz-string>); a bad link shows an error and an empty editor. The core runs in the
// same worker script as on the main page (core-client.js, worker.js), shared by every embed of the
// page (a SharedWorker where the browser has one).
import './embed-page.css';
import { CoreClient } from './core-client.js';
import { createEditor } from './editor.js';
import { EditorState, StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { decodeFragment, encodeFragment } from './share.js';
import { VIEWS, VIEW_TITLES, renderMessage, renderView, traceSnapshot } from './embed-render.js';
import { isMessage, message, sanitizeStyle } from './embed-protocol.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const flag = (name) => params.has(name) && !/^(0|false|no)$/i.test(params.get(name) ?? '');

const options = {
  readOnly: flag('readOnly'),
  hideToolbar: flag('hideToolbar'),
  theme: ['auto', 'light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto',
  autorun: flag('autorun'),
};
const stepParam = /^\d+$/.test(params.get('step') ?? '') ? Number(params.get('step')) : null;

// Who may send us messages: our parent window, from our own origin or the declared host origin.
let hostOrigin = null;
try {
  const declared = params.get('origin');
  if (declared) hostOrigin = new URL(declared).origin;
} catch {
  hostOrigin = null;
}
const allowedOrigins = new Set([location.origin, ...(hostOrigin && hostOrigin !== 'null' ? [hostOrigin] : [])]);
const framed = window.parent !== window;
const post = (type, fields) => {
  if (!framed) return;
  // Only to the declared host (or a same-origin parent): a foreign parent never hears from us.
  window.parent.postMessage(message(type, fields), hostOrigin ?? location.origin);
};

document.documentElement.dataset.theme = options.theme;

// ---- readable text on the accent color (the Run button) and links, whatever accent the host sets
let probe = null;
function toRgb(color) {
  // A canvas parses any CSS color the browser knows (hex, rgb, hsl, oklch, named...).
  probe ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!probe) return null;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
const luminance = (rgb) => {
  const [r, g, b] = rgb.map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
function inkOnAccent() {
  const root = document.documentElement;
  const css = getComputedStyle(root);
  const accent = toRgb(css.getPropertyValue('--accent').trim());
  const pane = toRgb(css.getPropertyValue('--pane').trim());
  if (!accent) return;
  // Black or white on the accent, whichever reads better; links in the accent only when it reads
  // on the toolbar, else in the text color.
  root.style.setProperty('--accent-ink', contrast(accent, [0, 0, 0]) > contrast(accent, [255, 255, 255]) ? '#000' : '#fff');
  if (pane) root.style.setProperty('--link', contrast(accent, pane) >= 4.5 ? 'var(--accent)' : 'var(--fg)');
}
inkOnAccent();
matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', inkOnAccent);
document.body.classList.toggle('dp-no-toolbar', options.hideToolbar);
document.body.classList.toggle('dp-read-only', options.readOnly);
$('toolbar').hidden = options.hideToolbar;

// ---- the program
const link = decodeFragment(location.hash);
const program = link && !link.error ? link : { code: '', fullgraph: false, backend: '', step: null };
const linkedStep = stepParam ?? program.step ?? null;
let step = linkedStep ?? 0;
// A step alone (query or #v1/…/step=N) asks for the trace view.
let view = VIEWS.includes(params.get('view')) ? params.get('view') : (linkedStep !== null ? 'trace' : 'graph');

const editor = createEditor($('editor'), program.code, {
  label: options.readOnly ? 'Program (read only)' : 'Program',
  onChange: () => {
    updateOpenLink();
    if (!options.readOnly) scheduleRun();
  },
});
if (options.readOnly) {
  editor.view.dispatch({
    effects: StateEffect.appendConfig.of([EditorState.readOnly.of(true), EditorView.editable.of(false)]),
  });
}

function updateOpenLink() {
  const fragment = encodeFragment({ code: editor.getText(), fullgraph: program.fullgraph, backend: program.backend });
  $('open').href = `index.html${fragment}`;
}
updateOpenLink();

// ---- the view
const result = $('result');
let last = null;  // the latest result document

function setTabs() {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  result.setAttribute('aria-label', `Result: ${VIEW_TITLES[view]}`);
  document.body.dataset.view = view;
}

function show() {
  setTabs();
  const stepper = $('stepper');
  if (!last) {
    stepper.hidden = true;
    return;
  }
  if (view === 'trace') {
    const snapshot = traceSnapshot(last, step);
    step = snapshot.index;
    stepper.hidden = snapshot.total === 0;
    const range = $('step-range');
    range.max = String(Math.max(0, snapshot.total - 1));
    range.value = String(snapshot.index);
    range.setAttribute('aria-valuetext', `step ${snapshot.index} of ${Math.max(0, snapshot.total - 1)}`);
    renderView(result, last, 'trace', { snapshot });
    editor.showStep(inProgram(snapshot.entry) ? snapshot.entry : null);
    document.body.dataset.step = String(snapshot.index);
  } else {
    stepper.hidden = true;
    renderView(result, last, view);
    editor.showStep(null);
  }
}

// Whether a timeline step is in the program's own text (not in code of the prelude it inlined):
// the editor highlights only those.
function inProgram(entry) {
  if (!entry) return false;
  if (!entry.depth) return last.frames?.[entry.frame]?.filename === 'main.py';
  return Array.isArray(last.codes) && last.codes.some((c) => c.name === entry.code && c.filename === 'main.py');
}

function setView(next) {
  if (!VIEWS.includes(next) || next === view) return;
  view = next;
  show();
}

function goto(n) {
  step = n;
  show();
}

for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('click', () => setView(tab.dataset.view));
  tab.addEventListener('keydown', (event) => {
    const i = VIEWS.indexOf(view);
    const next = event.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length]
      : event.key === 'ArrowLeft' ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length] : null;
    if (!next) return;
    event.preventDefault();
    setView(next);
    $(`tab-${next}`).focus();
  });
}
const total = () => (Array.isArray(last?.timeline) ? last.timeline.length : 0);
$('step-first').addEventListener('click', () => goto(0));
$('step-prev').addEventListener('click', () => goto(Math.max(0, step - 1)));
$('step-next').addEventListener('click', () => goto(Math.min(total() - 1, step + 1)));
$('step-last').addEventListener('click', () => goto(total() - 1));
$('step-range').addEventListener('input', (event) => goto(Number(event.target.value)));
result.addEventListener('keydown', (event) => {
  if (view !== 'trace') return;
  const moves = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: total() - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  goto(Math.max(0, Math.min(total() - 1, moves[event.key])));
});

// ---- running
const setStatus = (text) => { $('status').textContent = text; };
const core = new CoreClient({ onStatus: setStatus, shared: true });
core.ready.then(
  () => {
    // Which core serves this embed (the browser test checks that a page's embeds share one).
    document.body.dataset.coreInstance = core.instance ?? '';
    document.body.dataset.coreShared = String(core.shared);
    if (document.body.dataset.state === 'loading') document.body.dataset.state = 'ready';
  },
  () => { document.body.dataset.state = 'failed'; });

let runs = 0;
let timer = null;
function scheduleRun() {
  clearTimeout(timer);
  timer = setTimeout(run, 300);
}

async function run() {
  clearTimeout(timer);
  const source = editor.getText();
  const runOptions = { filename: 'main.py', mode: 'run', logs: '', timeline: true };
  if (program.fullgraph) runOptions.fullgraph = true;
  if (program.backend) runOptions.backend = program.backend;
  document.body.dataset.state = 'running';
  setStatus('running…');
  const started = performance.now();
  try {
    last = await core.run(source, runOptions);
    document.body.dataset.coreMemoryBytes = String(core.memoryBytes ?? 0);
    setStatus(`exit code ${last.exit_code} · ${Math.round(performance.now() - started)} ms`);
    show();
    if (!document.body.dataset.live) {
      document.body.dataset.live = 'true';
      post('live', { exit_code: last.exit_code });
    }
  } catch (error) {
    if (error.stale) return;  // a newer run replaced this one
    last = null;
    show();
    renderMessage(result, String(error.message ?? error), 'error');
    setStatus(error.deadline ? 'stopped' : 'failed');
  }
  document.body.dataset.state = 'done';
  document.body.dataset.runs = String(++runs);
}

$('run').addEventListener('click', run);
window.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.stopPropagation();
    run();
  }
}, { capture: true });

setTabs();
if (link?.error) {
  renderMessage(result, `This link cannot be opened: ${link.error}.`, 'error');
  document.body.dataset.linkError = 'true';
} else if (!program.code) {
  renderMessage(result, 'No program: the link holds none. Type one and press Run.');
} else if (options.autorun) {
  renderMessage(result, 'Loading the core…');
  run();
} else {
  // Nothing runs until the reader asks (a shared link only fills the editor).
  renderMessage(result, 'Press Run (Ctrl+Enter) to trace this program.');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'dp-run dp-run-inline';
  button.textContent = 'Run';
  button.addEventListener('click', run);
  result.append(button);
}

// ---- the host page
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !framed || !allowedOrigins.has(event.origin)) return;
  const data = event.data;
  if (!isMessage(data)) return;
  if (data.type === 'style') {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(sanitizeStyle(data.vars))) root.style.setProperty(name, value);
    inkOnAccent();
    root.dataset.hostStyled = 'true';
  } else if (data.type === 'view') {
    setView(data.view);
  }
});

if (framed) {
  let reported = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== reported) {
      reported = height;
      post('height', { height });
    }
  };
  new ResizeObserver(report).observe(document.body);
  post('hello');
}
