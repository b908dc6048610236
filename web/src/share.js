// Share links: the program and the page's settings live in the URL fragment, never sent anywhere.
//   #v1/<lz-string of JSON {code, file, fullgraph, backend}>   (current format)
//   #code/<lz-string of the program>                            (first format, still read)
//   #…/step=N may follow the v1 payload to point at one step of the trace.
import LZString from 'lz-string';  // CommonJS: the default export holds the functions

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

export const BACKENDS = ['', 'eager', 'aot_eager', 'inductor'];  // '' = as the program says

// Returns null (no fragment), {error} (a malformed link) or {code, file?, fullgraph, backend, step}.
export function decodeFragment(hash) {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text) return null;
  let match = /^code\/(.*)$/s.exec(text);
  if (match) {
    const code = decompressFromEncodedURIComponent(match[1]);
    if (typeof code !== 'string' || (code === '' && match[1] !== '')) return { error: 'the shared link is damaged: its program cannot be decoded' };
    return { code, fullgraph: false, backend: '', step: null };
  }
  if (text.startsWith('v1/')) {
    match = /^v1\/([A-Za-z0-9+\-$_]*)(?:\/step=(\d+))?$/.exec(text);
    if (!match) return { error: 'the shared link is damaged: it holds characters a link never has' };
    const json = decompressFromEncodedURIComponent(match[1]);
    let data;
    try {
      data = JSON.parse(json ?? '');
    } catch {
      return { error: 'the shared link is damaged: its contents cannot be decoded' };
    }
    if (!data || typeof data !== 'object' || typeof data.code !== 'string')
      return { error: 'the shared link is damaged: it holds no program' };
    const backend = BACKENDS.includes(data.backend) ? data.backend : '';
    const stepText = match[2] ?? data.step;
    const step = stepText === undefined || stepText === null ? null : Number(stepText);
    const file = typeof data.file === 'string' && /^[\w.-]{1,64}\.py$/.test(data.file) ? data.file : undefined;
    return { code: data.code, file, fullgraph: data.fullgraph === true, backend, step: Number.isInteger(step) && step >= 0 ? step : null };
  }
  if (/^v\d+\//.test(text)) return { error: 'this link was made by a newer version of the playground' };
  return { error: 'the link does not hold a program (unknown format)' };
}

export function encodeFragment({ code, file, fullgraph, backend }, step = null) {
  const payload = compressToEncodedURIComponent(JSON.stringify({ code, file, fullgraph: !!fullgraph, backend: backend || '' }));
  return `#v1/${payload}${step === null || step === undefined ? '' : `/step=${step}`}`;
}
