// Entry point of the page: wires the editor, the Run action, the core (in a worker) and the panes.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import './style.css';
import sinAdd from '../examples/sin_add.py';
import { CoreClient } from './core-client.js';
import { createEditor } from './editor.js';
import { renderError, renderGraphs, renderOutput } from './panes.js';

const $ = (id) => document.getElementById(id);
const statusLine = $('status');
const runButton = $('run');
const setStatus = (text) => { statusLine.textContent = text; };

// A program shared as #code/<lz-string> replaces the default example.
function initialProgram() {
  const match = /^#code\/(.+)$/.exec(location.hash);
  return (match && decompressFromEncodedURIComponent(match[1])) || sinAdd;
}

const editor = createEditor($('editor'), initialProgram());
const core = new CoreClient({ onStatus: setStatus });
const markLoaded = (state) => {
  if (document.body.dataset.state === 'loading') document.body.dataset.state = state;
};
core.ready.then(() => markLoaded('idle'), () => markLoaded('failed'));

let runs = 0;
async function run() {
  if (runButton.disabled) return;
  const source = editor.getText();
  history.replaceState(null, '', `#code/${compressToEncodedURIComponent(source)}`);
  runButton.disabled = true;
  document.body.dataset.state = 'running';
  setStatus('running…');
  const started = performance.now();
  try {
    const result = await core.run(source, { filename: 'main.py', mode: 'run', logs: '' });
    renderOutput($('output'), result);
    renderGraphs($('graphs'), result);
    setStatus(`exit code ${result.exit_code} · ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    renderError($('output'), String(error.message ?? error));
    renderGraphs($('graphs'), null);
    setStatus(error.crash ? 'the core crashed (restarted)' : 'failed');
  } finally {
    runButton.disabled = false;
    document.body.dataset.state = 'idle';
    document.body.dataset.runs = String(++runs);
  }
}

runButton.addEventListener('click', run);
// Ctrl+Enter / Cmd+Enter runs from anywhere, the editor included (capture phase, before CodeMirror).
window.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.stopPropagation();
    run();
  }
}, { capture: true });
editor.focus();
