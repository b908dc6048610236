// The page's first script: it starts the core's worker (worker.js: instantiate and warm up the
// WebAssembly core) as soon as the HTML is parsed, before main.js (the page, with the editor, 448 kB)
// has been downloaded and evaluated. main.js's CoreClient adopts the worker (core-client.js);
// messages the worker sends before that are kept and replayed to it.
// The module's download and compilation start here too, while the worker itself starts; the
// compiled module is posted to it (`?wasm=posted` tells it to wait for that message; a failure
// here posts the error and the worker compiles the module itself).
const worker = new Worker(new URL('./worker.js?wasm=posted', import.meta.url), { type: 'module' });
const wasmUrl = new URL('./dynamo_playground.wasm', import.meta.url);
let compiling;
try {
  compiling = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch(wasmUrl))
    : fetch(wasmUrl).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
} catch (error) {
  compiling = Promise.reject(error);  // the worker always hears back, and then reports the failure itself
}
compiling.then((module) => worker.postMessage({ type: 'wasm-module', module }),
               (error) => worker.postMessage({ type: 'wasm-module', error: String(error?.message ?? error) }));
const early = [];
worker.onmessage = (event) => early.push(['message', event]);
worker.onerror = (event) => early.push(['error', event]);
globalThis.dynamoPlaygroundBoot = { worker, early, createdAt: performance.now() };
