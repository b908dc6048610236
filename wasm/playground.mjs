// The JavaScript face of the C++ core, for Node 20, browsers and Web Workers alike.
//
//   import { createPlayground } from './playground.mjs';
//   const pg = await createPlayground();
//   const result = pg.run('print(1)', { filename: 'main.py', logs: 'graph_code' });
//   // result: the parsed JSON document of dp::run_json (README.md, "CLI and JSON output")
//
// The .wasm is compiled once per JS realm and shared by every playground created after it, so
// replacing a crashed instance (see PlaygroundCrash) costs only an instantiation.

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined' && typeof importScripts === 'undefined';

// Where the build puts the module next to this file's checkout; the web bundle passes its own URL.
const DEFAULT_WASM_URL = new URL('../build/wasm/dynamo_playground.wasm', import.meta.url);

const DEFAULT_OPTIONS = { filename: 'main.py', mode: 'run', logs: '' };

// Thrown by run() when the WebAssembly instance itself failed (a trap: out of memory, stack
// overflow, a bug in the core). The instance is unusable afterwards: create a new playground.
export class PlaygroundCrash extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'PlaygroundCrash';
  }
}

// The core's on-demand data files (today only unicode_names.bin, Unicode's character names for
// `\N{...}` and unicodedata: docs/unicode-names.md) sit next to the .wasm. The core asks for one
// synchronously, in the middle of a run, the first time it needs it: Node reads the file, a worker
// makes a synchronous XMLHttpRequest (which workers allow). null when it cannot be had: the program
// then gets a clear error.
function readDataFileSync(url, nodeFs) {
  try {
    if (nodeFs && url.protocol === 'file:') return new Uint8Array(nodeFs.readFileSync(url));
    if (typeof XMLHttpRequest === 'function') {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', String(url), false);
      xhr.responseType = 'arraybuffer';  // allowed for synchronous requests in workers only
      xhr.send();
      return xhr.status === 200 || (xhr.status === 0 && xhr.response) ? new Uint8Array(xhr.response) : null;
    }
  } catch {
    // unreadable: the core reports it
  }
  return null;
}

const compiled = new Map();  // wasm URL (string) -> Promise<WebAssembly.Module>

async function compileFrom(url) {
  if (isNode || url.protocol === 'file:') {
    // Node's fetch() cannot read file: URLs.
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  if (WebAssembly.compileStreaming &&
      response.headers.get('Content-Type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function compileOnce(url) {
  const key = String(url);
  if (!compiled.has(key)) {
    const promise = compileFrom(new URL(key));
    compiled.set(key, promise);
    promise.catch(() => compiled.delete(key));  // a failed load may be retried
  }
  return compiled.get(key);
}

async function loadFactory() {
  try {
    return (await import('../build/wasm/dynamo_playground.mjs')).default;
  } catch (error) {
    throw new Error('the WebAssembly module is not built (expected build/wasm/dynamo_playground.mjs): ' +
                    'run ./dev build', { cause: error });
  }
}

// options.wasmUrl: URL or string of dynamo_playground.wasm (default: build/wasm/ of this checkout).
// options.wasmModule: that module already compiled (a WebAssembly.Module), e.g. by the page while
// its worker was starting (web/src/boot.js); then wasmUrl only names it in messages.
// options.onDiagnostic(text): receives anything the C++ side writes to its own stdout/stderr,
// which the core should never do (program output goes into the result); default console.error.
// options.dataUrl: URL or string of the directory holding the data files (default: the .wasm's).
export async function createPlayground(options = {}) {
  const wasmUrl = new URL(options.wasmUrl ?? DEFAULT_WASM_URL, import.meta.url);
  const dataUrl = new URL(options.dataUrl ?? './', wasmUrl);
  const nodeFs = isNode || dataUrl.protocol === 'file:' ? await import('node:fs').catch(() => null) : null;
  const dpReadDataFile = (name) => readDataFileSync(new URL(name, dataUrl), nodeFs);
  const diagnostic = options.onDiagnostic ?? ((text) => console.error(`[dynamo_playground] ${text}`));
  // When each phase of the start ended (performance.now() of this realm), for ./dev bench.
  const timings = { start: performance.now() };
  const compiledModule = options.wasmModule instanceof WebAssembly.Module
    ? Promise.resolve(options.wasmModule) : compileOnce(wasmUrl);
  const [factory, wasmModule] = await Promise.all([loadFactory(), compiledModule.then((m) => {
    timings.compiled = performance.now();  // fetched and compiled (or found compiled in this realm)
    return m;
  })]);

  let crashed = null;
  let memory = null;  // the instance's linear memory (its size: memoryBytes())
  let failInit;
  const initFailed = new Promise((resolve, reject) => { failInit = reject; });
  const module = await Promise.race([initFailed, factory({
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(wasmModule, imports).then(
        (instance) => {
          timings.instantiated = performance.now();
          memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory) ?? null;
          receiveInstance(instance, wasmModule);
        },
        (error) => failInit(new Error(`cannot instantiate ${wasmUrl}: ${error}`, { cause: error })));
      return {};  // asynchronous: emscripten waits for receiveInstance
    },
    dpReadDataFile,
    print: diagnostic,
    printErr: diagnostic,
    onAbort: (what) => { crashed ??= new PlaygroundCrash(`the WebAssembly core aborted${what ? `: ${what}` : ''}`); },
  })]);
  module.dpReadDataFile = dpReadDataFile;
  const version = module.version();
  timings.ready = performance.now();  // the runtime initialized (static constructors ran)

  return {
    version,
    timings,

    // Bytes of linear memory the instance holds now (it only grows): what this core costs.
    memoryBytes() {
      return memory?.buffer.byteLength ?? 0;
    },

    // Runs (or, with mode "dis", disassembles) one program, given as a string or as the bytes of
    // a source file (Uint8Array); returns the parsed result object.
    run(source, runOptions = {}) {
      if (crashed) throw crashed;
      const optionsJson = JSON.stringify({ ...DEFAULT_OPTIONS, ...runOptions });
      let text;
      try {
        // Bytes (a Uint8Array, e.g. a file's Buffer) go to the core as they are, to be decoded as
        // CPython decodes a source file; anything else is a string, passed as UTF-8.
        text = module.run(source instanceof Uint8Array ? source : String(source), optionsJson);
      } catch (error) {
        crashed = crashed ?? new PlaygroundCrash(`the WebAssembly core crashed: ${error?.message ?? error}`,
                                                 { cause: error });
        throw crashed;
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`the core returned invalid JSON: ${text.slice(0, 200)}`, { cause: error });
      }
    },
  };
}
