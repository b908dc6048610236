// Web Worker hosting the WebAssembly core, so a long run never freezes the page.
// Protocol (see core-client.js):
//   in:  {id, source, options}
//   out: {type: 'ready', version, timings} | {type: 'failed', message} once at start,
//        then {id, result, ms} or {id, error: {message, crash}} per request.
// timings: when this worker's start-up phases ended, on the worker's clock (performance.now(),
// from worker_origin = its performance.timeOrigin): started (this script runs), compiled (the
// wasm fetched and compiled), instantiated, ready (runtime initialized), warmed (`import torch`:
// the prelude compiled and run once). ms: how long a run took in the worker.
import { createPlayground } from '../../wasm/playground.mjs';

const wasmUrl = new URL('./dynamo_playground.wasm', import.meta.url);

// The core keeps one warm interpreter per instance (`import torch` done once, README "Design
// notes"); making it here, before 'ready', overlaps it with the page's own start-up instead of
// adding it to the first run.
const started = performance.now();
let warmedAt = 0;
async function createWarm() {
  const pg = await createPlayground({ wasmUrl });
  pg.run('', { filename: '<warm-up>' });
  warmedAt = performance.now();
  return pg;
}

let playground = createWarm();

playground.then(
  (pg) => postMessage({ type: 'ready', version: pg.version, timings: {
    worker_origin: performance.timeOrigin, started, compiled: pg.timings?.compiled, instantiated: pg.timings?.instantiated,
    ready: pg.timings?.ready, warmed: warmedAt } }),
  (error) => postMessage({ type: 'failed', message: String(error?.message ?? error) }));

onmessage = async ({ data: { id, source, options } }) => {
  try {
    const pg = await playground;
    const t0 = performance.now();
    const result = pg.run(source, options);
    postMessage({ id, result, ms: performance.now() - t0 });
  } catch (error) {
    const crash = error?.name === 'PlaygroundCrash';
    // A crashed instance is dropped; the next run gets a fresh one (the compiled module is reused).
    if (crash) playground = createWarm();
    postMessage({ id, error: { message: String(error?.message ?? error), crash } });
  }
};
