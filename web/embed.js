// embed.js: turns every <pre data-dynamo-playground> of a documentation page into a live Dynamo
// Playground embed. Built by web/build.mjs into build/web/embed.js (one classic script, no module
// needed) plus build/web/embed.css, which it links itself. Include it with
//   <script src=".../embed.js" defer></script>
// and write the program as the text of the <pre>. Options, as data attributes of the <pre>:
//   data-view="graph|trace|guards|output"  data-step="N"  data-theme="auto|light|dark"
//   data-read-only  data-hide-toolbar  data-fullgraph  data-backend="eager"  data-title="…"
//   data-autorun="false" (by default the embed runs by itself: including this script is the
//   host's opt-in)  data-expected="URL of the pre-rendered result"
// Colors and fonts come from the host: set --dp-bg, --dp-fg, --dp-muted, --dp-accent, --dp-border,
// --dp-pane, --dp-error, --dp-font, --dp-mono on the <pre> or any ancestor.
//
// Why an iframe (of embed.html, the program in its fragment) and not an inline editor: the core
// runs in a Web Worker, and a page can only start workers from its own origin, so an inline embed
// would work only on docs served from the playground's own site; the iframe also keeps the
// playground's Content-Security-Policy (WebAssembly, its own scripts) and its styles apart from
// the host's, and the host needs no CSP change beyond allowing the frame. The cost, colors that do
// not cross the frame boundary, is paid with one postMessage (the --dp-* values, validated on
// the other side).
//
// The iframes share one core (a SharedWorker of the playground's origin, src/core-client.js), so a
// page of many blocks compiles the WebAssembly module and imports torch once; where the browser
// has no SharedWorker each iframe has a worker of its own. Either way an iframe is given its
// address only when its block comes near the viewport: a page of fifty blocks should not build
// fifty editors, nor queue fifty runs, before the reader scrolls to them.
// Until the iframe has its first live result, the block shows the pre-rendered result: a JSON
// record made at build time by the Node CLI (web/docs/prerender.mjs), named by data-expected,
// rendered by the same code as the live view (src/embed-render.js). All of it, like the program,
// is inserted as text, never as markup. Messages (src/embed-protocol.js) are accepted only from
// one of our iframes' windows (event.source) and from the embed page's origin (event.origin).
import './src/embed-host.css';
import { hashText } from '../wasm/content_key.mjs';
import { encodeFragment } from './src/share.js';
import { VIEWS, VIEW_TITLES, renderMessage, renderView } from './src/embed-render.js';
import { STYLE_VARS, isMessage, message } from './src/embed-protocol.js';

const script = document.currentScript;
const scriptUrl = new URL(script?.src || 'embed.js', document.baseURI);
const embedUrl = new URL('embed.html', scriptUrl);
const embedOrigin = embedUrl.origin;
const frames = new Map();  // iframe contentWindow -> {figure, iframe, preview}

// Resolves once embed.css applies: the blocks are replaced only then, so they never show unstyled
// for a moment (a page may also link embed.css itself, in its <head>, to have it even earlier).
let stylesheet = null;
function ensureStylesheet() {
  if (stylesheet) return stylesheet;
  const href = new URL('embed.css', scriptUrl).href;
  const existing = [...document.querySelectorAll('link[rel="stylesheet"]')].find((l) => l.href === href);
  if (existing?.sheet) return (stylesheet = Promise.resolve());
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  stylesheet = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  if (!existing) document.head.append(link);
  return stylesheet;
}

// An iframe gets its address only when its block comes near the viewport (until then the
// pre-rendered result stands in): see the top of this file.
const NEAR = '300px 0px';
const nearby = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearby.unobserve(entry.target);
      startFrame(entry.target);
    }
  }, { rootMargin: NEAR })
  : null;
const pendingSrc = new WeakMap();  // figure -> [iframe, src]
function startFrame(figure) {
  const pending = pendingSrc.get(figure);
  if (!pending) return;
  pendingSrc.delete(figure);
  const [iframe, src] = pending;
  iframe.src = src;
  figure.dataset.loading = 'true';
}

const isOn = (value) => value !== undefined && !/^(0|false|no)$/i.test(value);

function hostStyle(element) {
  const computed = getComputedStyle(element);
  const vars = {};
  for (const name of Object.keys(STYLE_VARS)) {
    const value = computed.getPropertyValue(name).trim();
    if (value) vars[name] = value;
  }
  return vars;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function showPrerendered(target, url, view) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const record = await response.json();
    renderView(target, record, view, { snapshot: record.trace });
    return true;
  } catch (error) {
    renderMessage(target, `No pre-rendered result (${error.message}); the live playground is loading…`);
    return false;
  }
}

// ---- pre-rendered previews by content hash ----------------------------------------------------

// A bundle written by `dynamo-playground check DOCS --bundle=FILE`: {blocks: {hash: preview}}.
const bundles = new Map();  // URL -> Promise<bundle | null>
function loadBundle(url) {
  if (!bundles.has(url)) {
    bundles.set(url, fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null));
  }
  return bundles.get(url);
}

// The same key as wasm/check.mjs contentHash: the first 16 hex digits of the SHA-256 of hashText.
async function contentHash(code) {
  const text = hashText(code);
  if (!globalThis.crypto?.subtle) return null;  // not a secure context: no preview
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('').slice(0, 16);
}

async function showBundled(target, bundleUrl, code, view) {
  const [bundle, hash] = await Promise.all([loadBundle(bundleUrl), contentHash(code)]);
  const record = hash && bundle?.blocks?.[hash];
  if (record) renderView(target, record, view, {});
  else renderMessage(target, 'Loading the live playground…');
}

function embed(pre, index, defaults = {}) {
  pre.dataset.dpEmbedded = 'true';
  const d = { ...defaults, ...pre.dataset };
  const code = pre.textContent;
  const view = VIEWS.includes(d.view) ? d.view : (/^\d+$/.test(d.step ?? '') ? 'trace' : 'graph');
  const theme = ['auto', 'light', 'dark'].includes(d.theme) ? d.theme : 'auto';

  const query = new URLSearchParams({ view, theme, origin: location.origin });
  if (isOn(d.readOnly)) query.set('readOnly', '1');
  if (isOn(d.hideToolbar)) query.set('hideToolbar', '1');
  if (/^\d+$/.test(d.step ?? '')) query.set('step', d.step);
  if (isOn(d.autorun ?? 'true')) query.set('autorun', '1');
  const fragment = encodeFragment({ code, fullgraph: isOn(d.fullgraph), backend: d.backend ?? '' });

  const figure = el('figure', 'dp-embed');
  figure.dataset.state = 'prerendered';
  figure.dataset.view = view;
  figure.dataset.theme = theme;
  // The preview is laid out like the live embed (embed-page.css): a bar where its toolbar is, the
  // program and the result side by side from 760 px on (stacked below), the same fonts and
  // maximum heights, so that the swap to the live embed moves little or nothing.
  const preview = el('div', 'dp-embed-preview');
  const hideToolbar = isOn(d.hideToolbar);
  figure.classList.toggle('dp-embed-no-toolbar', hideToolbar);
  const result = el('div', 'dp-embed-result');
  result.setAttribute('role', 'region');
  result.setAttribute('aria-label', `Pre-rendered result: ${VIEW_TITLES[view]}`);
  const note = el('p', 'dp-embed-note', 'Pre-rendered when this page was built · loading the live playground…');
  note.setAttribute('role', 'status');

  pre.replaceWith(figure);
  pre.classList.add('dp-embed-code');
  // The editor shows the empty last line after a final newline; a <pre> does not.
  pre.classList.toggle('dp-embed-code-final-newline', code.endsWith('\n'));
  const columns = el('div', 'dp-embed-columns');
  const resultPane = el('div', 'dp-embed-result-pane');
  // The live trace view has its stepper above the result: the preview keeps its place.
  if (view === 'trace') resultPane.append(el('div', 'dp-embed-stepper-space'));
  resultPane.append(result);
  columns.append(pre, resultPane);
  preview.append(note, columns);

  const iframe = document.createElement('iframe');
  iframe.className = 'dp-embed-frame dp-embed-pending';
  iframe.title = `Dynamo Playground: ${d.title || `example ${index + 1}`}`;
  iframe.setAttribute('tabindex', '-1');  // not reachable by keyboard until it is shown
  iframe.loading = 'lazy';
  figure.append(preview, iframe);
  frames.set(iframe.contentWindow, { figure, iframe, preview, note });
  pendingSrc.set(figure, [iframe, `${embedUrl.href}?${query}${fragment}`]);
  if (nearby) nearby.observe(figure);
  else startFrame(figure);

  if (pre.dataset.expected) showPrerendered(result, new URL(pre.dataset.expected, document.baseURI), view);
  else if (defaults.bundle) showBundled(result, defaults.bundle, code, view);
  else renderMessage(result, 'Loading the live playground…');
}

function onMessage(event) {
  const entry = frames.get(event.source);
  if (!entry || event.origin !== embedOrigin || !isMessage(event.data)) return;
  const { figure, iframe, preview } = entry;
  const data = event.data;
  if (data.type === 'hello') {
    event.source.postMessage(message('style', { vars: hostStyle(figure) }), embedOrigin);
  } else if (data.type === 'height') {
    const height = Number(data.height);
    if (Number.isFinite(height) && height > 0) iframe.style.height = `${Math.min(Math.ceil(height), 4000)}px`;
  } else if (data.type === 'live') {
    figure.dataset.state = 'live';
    delete figure.dataset.loading;
    iframe.classList.remove('dp-embed-pending');
    iframe.removeAttribute('tabindex');
    preview.hidden = true;
  }
}

// Embeds every <pre data-dynamo-playground> not embedded yet (call again after adding some), once
// embed.css applies. Resolves to the number of blocks embedded.
export async function scan(root = document) {
  await ensureStylesheet();
  const blocks = [...root.querySelectorAll('pre[data-dynamo-playground]:not([data-dp-embedded])')];
  blocks.forEach((pre) => embed(pre, frames.size));
  return blocks.length;
}

// Upgrades the page's existing code blocks: every element matching `selector` (a <pre>, or an
// element inside one such as Sphinx's or MkDocs' <code>) becomes an embed, as a
// <pre data-dynamo-playground> would. options: the data-* options as camelCase keys (view, theme,
// readOnly, hideToolbar, fullgraph, backend, autorun) applied to every block, and `expected`, the
// URL of a preview bundle (`dynamo-playground check DOCS --bundle=FILE`) whose previews are found
// by each block's content hash. Resolves to the number of blocks embedded.
export async function embedAll(selector, options = {}) {
  await ensureStylesheet();
  const { expected, ...rest } = options;
  const defaults = { ...rest };
  if (expected) defaults.bundle = new URL(expected, document.baseURI).href;
  const pres = new Set();
  for (const node of document.querySelectorAll(selector)) {
    const pre = node.closest('pre') ?? node;
    if (pre.tagName === 'PRE' && !pre.dataset.dpEmbedded) pres.add(pre);
  }
  for (const pre of pres) embed(pre, frames.size, defaults);
  return pres.size;
}

window.addEventListener('message', onMessage);
window.DynamoPlayground = window.DynamoPlaygroundEmbed = { scan, embedAll };
// <script src=".../embed.js" data-selector="div.highlight-python pre" data-expected="…json">:
// the blocks the selector names are embedded too (Sphinx html_js_files, MkDocs extra_javascript).
function start() {
  scan();
  const sel = script?.dataset.selector;
  if (sel) {
    const opts = {};
    for (const [k, v] of Object.entries(script.dataset)) if (k !== 'selector') opts[k] = v;
    embedAll(sel, opts);
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
