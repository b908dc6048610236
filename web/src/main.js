// Entry point of the page: wires the editor, the examples menu, the core (in a worker, with a step
// budget and a deadline), live re-tracing, the stepper, the result panes, the hover link between
// source, bytecode, graph nodes and guards, share links and the theme. All semantics come from the
// core's result document; this file only moves it onto the screen.
import './style.css';
import examples from 'virtual:examples';
import { CoreClient } from './core-client.js';
import { createEditor } from './editor.js';
import {
  issueMarks, renderError, renderGraphs, renderGuards, renderIssues, renderOutput, renderSummary,
} from './panes.js';
import { decodeFragment, encodeFragment } from './share.js';
import { guardLinesByCompileId, Stepper } from './stepper.js';

const $ = (id) => document.getElementById(id);
const MAIN_FILE = 'main.py';  // the program's file name, unless it came from an example (<name>.py)
// Budgets, overridable in the query (?max_steps=N&deadline=MS): the core's step budget stops a runaway
// loop well before the deadline, after which the worker is terminated.
const query = new URLSearchParams(location.search);
const queryInt = (name, min, max, fallback) => {
  const n = Number(query.get(name));
  return query.has(name) && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};
const MAX_STEPS = queryInt('max_steps', 1000, 1e12, 5_000_000);  // the core's default
const DEADLINE_MS = queryInt('deadline', 500, 600_000, 20_000);
// Live re-trace after an edit waits for a pause in typing: twice the last run's time, between
// 30 ms (a fast program re-traces almost at once) and 250 ms (a slow one is not re-run on every
// key); ?live_delay=MS fixes it.
const LIVE_DELAY_MIN_MS = 30;
const LIVE_DELAY_MAX_MS = 250;
const LIVE_DELAY_FIXED = queryInt('live_delay', 0, 10_000, null);
let liveDelayMs = LIVE_DELAY_FIXED ?? LIVE_DELAY_MAX_MS;
const setLiveDelay = (lastRunMs) => {
  liveDelayMs = LIVE_DELAY_FIXED ?? Math.round(Math.min(LIVE_DELAY_MAX_MS, Math.max(LIVE_DELAY_MIN_MS, 2 * lastRunMs)));
  document.body.dataset.liveDelay = String(liveDelayMs);
};

const statusLine = $('status');
const setStatus = (text) => {
  statusLine.textContent = text;
  statusLine.title = text;
};
// The worker starts first: it downloads, compiles and warms up the core while the page builds the
// editor and the panes.
const core = new CoreClient({ onStatus: setStatus, deadlineMs: DEADLINE_MS });

const banner = $('banner');
function showBanner(text) {
  $('banner-text').textContent = text;
  banner.hidden = !text;
}
$('banner-close').addEventListener('click', () => { showBanner(''); editor.focus(); });

// ---- examples menu (grouped by their `# Group:` header, titled by `# Title:`)
const select = $('examples');
const groups = new Map();
for (const ex of examples) {
  if (!groups.has(ex.group)) groups.set(ex.group, []);
  groups.get(ex.group).push(ex);
}
for (const [group, list] of groups) {
  const optgroup = document.createElement('optgroup');
  optgroup.label = group;
  for (const ex of list) {
    const option = document.createElement('option');
    option.value = ex.name;
    option.textContent = ex.title;
    optgroup.append(option);
  }
  select.append(optgroup);
}
const defaultExample = examples.find((e) => e.name === 'sin_add') ?? examples[0];

// ---- initial program and settings: a share link, else the default example
const settings = { fullgraph: false, backend: '' };
let fileName = defaultExample ? `${defaultExample.name}.py` : MAIN_FILE;
let initialStep = null;
let initialCode = defaultExample?.source ?? '';
const shared = decodeFragment(location.hash);
if (shared?.error) {
  initialCode = '';
  fileName = MAIN_FILE;
  showBanner(`Could not open this link: ${shared.error}. The editor starts empty.`);
} else if (shared) {
  initialCode = shared.code;
  fileName = shared.file ?? MAIN_FILE;
  settings.fullgraph = shared.fullgraph;
  settings.backend = shared.backend;
  initialStep = shared.step;
}
if (!shared && defaultExample) select.value = defaultExample.name;
$('fullgraph').checked = settings.fullgraph;
$('backend').value = settings.backend;

// ---- editor, stepper, core
let liveTimer = null;
const editor = createEditor($('editor'), initialCode, {
  label: 'Python program',
  onChange: () => {
    select.value = '';
    if (!$('live').checked) return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => run({ reason: 'live' }), liveDelayMs);
  },
  onHoverLine: (line) => linkLine(line, { fromEditor: true }),
});

const stepper = new Stepper({
  editor,
  els: {
    range: $('step-range'), label: $('step-label'), narration: $('narration'), bytecode: $('bytecode'),
    bytecodeFrame: $('bytecode-frame'), state: $('state'), graph: $('step-graph'), guards: $('step-guards'),
    speed: $('step-speed'), play: $('step-play'),
    buttons: ['step-first', 'step-prev', 'step-play', 'step-next', 'step-last', 'step-event'].map($),
  },
  onStep: () => scheduleFragment(),
});
stepper.load(null);

const markLoaded = (state) => {
  if (document.body.dataset.state === 'loading') document.body.dataset.state = state;
};
core.ready.then(() => markLoaded('idle'), () => markLoaded('failed'));

// ---- share link in the fragment (program + settings, and the current step)
let fragmentTimer = null;
// The step is part of the link only when the reader moved away from the last one (where a link opens).
// (A function declaration: the stepper calls it through onStep while it is being set up.)
function linkedStep() {
  return stepper.length && !stepper.follow ? stepper.index : null;
}
function currentFragment(step = linkedStep()) {
  return encodeFragment({ code: editor.getText(), file: fileName, ...settings }, step);
}
function scheduleFragment(step = linkedStep()) {
  clearTimeout(fragmentTimer);
  fragmentTimer = setTimeout(() => history.replaceState(null, '', currentFragment(step)), 150);
}

$('share').addEventListener('click', async () => {
  const url = `${location.origin}${location.pathname}${currentFragment()}`;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    setStatus('link copied: it holds the program and settings (nothing was uploaded)');
  } catch {
    setStatus('the address bar now holds the share link (copy it from there)');
  }
});

// ---- running
let latestRequest = 0;
let applied = 0;
let lastResult = null;

async function run({ reason = 'run' } = {}) {
  clearTimeout(liveTimer);
  liveTimer = null;
  const request = ++latestRequest;
  const source = editor.getText();
  settings.fullgraph = $('fullgraph').checked;
  settings.backend = $('backend').value;
  const options = { filename: fileName, mode: 'run', logs: '', timeline: true, max_steps: MAX_STEPS, fullgraph: settings.fullgraph };
  if (settings.backend) options.backend = settings.backend;
  if (!settings.fullgraph) delete options.fullgraph;  // unchecked: as the program says
  document.body.dataset.state = 'running';
  setStatus(reason === 'live' ? 'tracing…' : 'running…');
  const started = performance.now();
  let shown = false;
  try {
    const result = await core.run(source, options);
    if (request !== latestRequest) return;  // a newer run was asked for: drop this stale result
    if (liveTimer !== null && editor.getText() !== source) return;  // an edit's re-trace is on its way
    const ms = Math.round(performance.now() - started);
    setLiveDelay(ms);
    applyResult(result, ms, options.filename);
    if (!applied && core.timings) {
      // The first result's way from navigation to the panes (ms since navigation start), read by
      // ./dev bench to split page_first_graph_ms into phases.
      window.dynamoPlaygroundStartup = {
        worker_created: core.createdAt, ...core.timings, run_sent: core.lastRun?.sent,
        run_received: core.lastRun?.received, run_ms: core.lastRun?.ms, applied: performance.now() };
    }
    shown = true;
  } catch (error) {
    if (error.stale || request !== latestRequest) return;
    shown = true;
    lastResult = null;
    renderError($('output'), String(error.message ?? error));
    for (const id of ['graphs', 'issues', 'guards', 'summary']) $(id).replaceChildren();
    stepper.load(null);
    editor.setMarks([]);
    $('issue-count').textContent = '';
    setStatus(error.deadline ? error.message : error.crash ? 'the core crashed (restarted)' : 'failed');
    selectTab('output');
  } finally {
    if (request === latestRequest && liveTimer === null) document.body.dataset.state = 'idle';
    if (shown) document.body.dataset.runs = String(++applied);  // results shown so far (the tests wait on it)
  }
}

function applyResult(result, ms, mainFile) {
  lastResult = result;
  renderOutput($('output'), result);
  renderGraphs($('graphs'), result, { readable: $('readable').checked });
  renderIssues($('issues'), result, { onGoto: gotoLine, mainFile });
  renderGuards($('guards'), result, guardLinesByCompileId(result));
  renderSummary($('summary'), result);
  editor.setMarks(issueMarks(result, mainFile));
  const exc = result.exception;
  // The Breaks tab also lists an uncaught exception (a SyntaxError, say) when no hard error explains it.
  const issues = (result.graph_breaks?.length ?? 0) + (result.errors?.length ?? 0) +
    (exc && !result.errors?.length ? 1 : 0);
  $('issue-count').textContent = issues ? `(${issues})` : '';
  stepper.load(result, mainFile, initialStep);  // at the last step, unless the link asked for one
  initialStep = null;
  scheduleFragment();
  const graphs = result.graphs?.length ?? 0;
  const errors = result.errors?.length ?? 0;
  const stopped = Boolean(exc?.budget);  // a playground budget (steps, tracing, memory) stopped it
  setStatus(stopped ? exc.message :
    `exit code ${result.exit_code} · ${graphs} graph${graphs === 1 ? '' : 's'} · ` +
    `${result.graph_breaks?.length ?? 0} break${result.graph_breaks?.length === 1 ? '' : 's'} · ` +
    `${errors ? `${errors} hard error${errors === 1 ? '' : 's'} · ` : ''}` +
    `${exc && !errors ? `${exc.type}${exc.lineno ? ` at line ${exc.lineno}` : ''} · ` : ''}${ms} ms`);
  document.body.dataset.exit = String(result.exit_code);
  if (stopped) selectTab('output');
}

function gotoLine(line) {
  const { view } = editor;
  if (line < 1 || line > view.state.doc.lines) return;
  const pos = view.state.doc.line(line).from;
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
  linkLine(line);
}

// ---- hover link: a source line <-> its bytecode rows, graph nodes and guards
let linked = [];
function linkLine(line, { fromEditor = false } = {}) {
  for (const el of linked) el.classList.remove('linked');
  linked = [];
  if (!fromEditor) editor.setLinkedLines(line ? [line] : []);
  if (!line) return;
  const key = String(line);
  for (const el of document.querySelectorAll('[data-line], [data-lines]')) {
    if (el.dataset.line === key || (el.dataset.lines && el.dataset.lines.split(' ').includes(key))) {
      el.classList.add('linked');
      linked.push(el);
    }
  }
}
const resultsArea = document.querySelector('.right');
resultsArea.addEventListener('mouseover', (event) => {
  const el = event.target.closest?.('[data-line], [data-lines]');
  const line = el ? Number(el.dataset.line ?? el.dataset.lines.split(' ')[0]) : 0;
  linkLine(line);
});
resultsArea.addEventListener('mouseleave', () => linkLine(0));
resultsArea.addEventListener('focusin', (event) => {
  const el = event.target.closest?.('[data-line]');
  if (el) linkLine(Number(el.dataset.line));
});

// ---- tabs (WAI-ARIA tabs pattern: arrow keys move between tabs)
const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(name, { focus = false } = {}) {
  for (const tab of tabs) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) tab.focus();
  }
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab.id.slice(4)));
  tab.addEventListener('keydown', (event) => {
    const k = tabs.indexOf(tab);
    const to = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    selectTab(tabs[(to + tabs.length) % tabs.length].id.slice(4), { focus: true });
  });
}

// ---- controls
$('run').addEventListener('click', () => run());
$('fullgraph').addEventListener('change', () => { run(); scheduleFragment(null); });
$('backend').addEventListener('change', () => { run(); scheduleFragment(null); });
$('readable').addEventListener('change', () => {
  if (lastResult) renderGraphs($('graphs'), lastResult, { readable: $('readable').checked });
});
select.addEventListener('change', () => {
  const ex = examples.find((e) => e.name === select.value);
  if (!ex) return;
  showBanner('');
  editor.setText(ex.source);
  select.value = ex.name;
  fileName = `${ex.name}.py`;
  stepper.follow = true;  // a new example opens on its finished graph
  run();
});
$('step-first').addEventListener('click', () => stepper.first());
$('step-prev').addEventListener('click', () => stepper.prev());
$('step-next').addEventListener('click', () => stepper.next());
$('step-last').addEventListener('click', () => stepper.last());
$('step-event').addEventListener('click', () => stepper.nextEvent());
$('step-play').addEventListener('click', () => stepper.toggle());
$('step-speed').addEventListener('change', () => { if (stepper.playing) { stepper.pause(); stepper.play(); } });
$('step-range').addEventListener('input', (event) => stepper.go(Number(event.target.value)));

// ---- theme: system default, or a choice kept in localStorage
const THEMES = ['system', 'light', 'dark'];
function applyTheme(theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  const button = $('theme');
  button.setAttribute('aria-label', `Theme: ${theme}`);
  button.title = `Theme: ${theme} (click to change)`;
  button.textContent = theme === 'light' ? '☀' : theme === 'dark' ? '☾' : '◐';
}
let theme = 'system';
try { theme = THEMES.includes(localStorage.getItem('dp-theme')) ? localStorage.getItem('dp-theme') : 'system'; } catch { /* storage blocked */ }
applyTheme(theme);
$('theme').addEventListener('click', () => {
  theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
  applyTheme(theme);
  try { localStorage.setItem('dp-theme', theme); } catch { /* storage blocked */ }
});

// ---- help
const help = $('help');
function toggleHelp(open = help.hidden) {
  help.hidden = !open;
  $('help-button').setAttribute('aria-expanded', String(open));
}
$('help-button').addEventListener('click', () => toggleHelp());

// ---- keyboard: Ctrl/Cmd+Enter runs from anywhere (capture phase, before CodeMirror); stepper keys
const typing = (el) => el?.closest?.('.cm-editor, input[type="text"], textarea, select, [role="tab"]') ||
  (el?.tagName === 'INPUT' && el.type === 'range');
window.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.stopPropagation();
    run();
    return;
  }
  if (event.key === 'Escape' && !help.hidden) { toggleHelp(false); return; }
  if (event.ctrlKey || event.metaKey) return;
  const bare = !event.altKey && !typing(document.activeElement);
  const alt = event.altKey && !event.shiftKey;
  let action = null;
  if ((bare || alt) && event.key === 'ArrowRight') action = () => stepper.next();
  else if ((bare || alt) && event.key === 'ArrowLeft') action = () => stepper.prev();
  else if (bare && event.key === 'Home') action = () => stepper.first();
  else if (bare && event.key === 'End') action = () => stepper.last();
  else if ((bare && (event.key === 'p' || event.key === 'P')) || (alt && event.code === 'KeyP')) action = () => stepper.toggle();
  else if (bare && (event.key === 'n' || event.key === 'N')) action = () => stepper.nextEvent();
  else if (bare && event.key === '?') action = () => toggleHelp();
  if (action) {
    event.preventDefault();
    event.stopPropagation();
    action();
  }
}, { capture: true });

// Run once the page is up: the core is sandboxed (no page or network access), so tracing a shared
// program only fills the panes.
run({ reason: 'load' });
editor.focus();
