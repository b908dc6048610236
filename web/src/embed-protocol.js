// The messages between a documentation page (web/embed.js, the host) and an embed iframe
// (web/embed.html, web/src/embed-page.js). Every message is a plain object
// {source: 'dynamo-playground', type, ...}; anything else is ignored. Both sides check the
// sender: the host accepts a message only from one of its embed iframes' windows (event.source)
// and from the embed page's origin (event.origin); the embed accepts one only from its parent
// window and from its own origin or the host origin named in its `origin` query option.
//
//   embed -> host   {type: 'hello'}                          the embed listens; the host may send 'style'
//                   {type: 'height', height}                 the embed's content height in CSS pixels
//                   {type: 'live', exit_code}                the first live result is on screen
//   host -> embed   {type: 'style', vars: {'--dp-bg': …}}    colors and fonts inherited from the host
//                   {type: 'view', view}                     switch the result view
// Unknown types are ignored.

export const SOURCE = 'dynamo-playground';

// The custom properties a host may set (on the <pre> or any ancestor) to theme its embeds, and the
// kind of CSS value each must be.
export const STYLE_VARS = {
  '--dp-bg': 'color',
  '--dp-fg': 'color',
  '--dp-muted': 'color',
  '--dp-accent': 'color',
  '--dp-border': 'color',
  '--dp-pane': 'color',
  '--dp-error': 'color',
  '--dp-font': 'font-family',
  '--dp-mono': 'font-family',
};

export const message = (type, fields = {}) => ({ ...fields, source: SOURCE, type });

export const isMessage = (data) =>
  data !== null && typeof data === 'object' && data.source === SOURCE && typeof data.type === 'string';

// Keeps only known properties whose values are valid CSS of their kind (CSS.supports), short strings.
export function sanitizeStyle(vars) {
  const clean = {};
  if (!vars || typeof vars !== 'object') return clean;
  for (const [name, kind] of Object.entries(STYLE_VARS)) {
    const value = vars[name];
    if (typeof value !== 'string') continue;
    const v = value.trim();
    if (!v || v.length > 200 || /[;{}<>\\]/.test(v)) continue;
    if (typeof CSS !== 'undefined' && CSS.supports && !CSS.supports(kind, v)) continue;
    clean[name] = v;
  }
  return clean;
}
