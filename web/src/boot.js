// The page's first script: it starts the core's worker (worker.js: download, compile and warm up
// the WebAssembly core) as soon as the HTML is parsed, before main.js (the page, with the editor,
// ten times this file's size) has been downloaded and evaluated. main.js's CoreClient adopts the
// worker (core-client.js); messages the worker sends before that are kept and replayed to it.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const early = [];
worker.onmessage = (event) => early.push(['message', event]);
worker.onerror = (event) => early.push(['error', event]);
globalThis.dynamoPlaygroundBoot = { worker, early, createdAt: performance.now() };
