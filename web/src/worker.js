// The worker hosting the WebAssembly core, so a long run never freezes the page. The same script
// runs as a dedicated Worker (the main page: one core per tab) and as a SharedWorker (the embeds
// of a documentation page: one core for all of them, see core-client.js), answering on one port
// per client.
// Protocol (see core-client.js), per port:
//   in:  {id, source, options}
//   out: {type: 'ready', version, instance, clients, timings} | {type: 'failed', message} once,
//        then {id, result, ms, memory_bytes} or {id, error: {message, crash}} per request.
// instance: this worker's name for itself (the same for every client of a shared worker);
// clients: how many clients had connected to it when it answered this one.
// timings: when this worker's start-up phases ended, on the worker's clock (performance.now(),
// from worker_origin = its performance.timeOrigin): started (this script runs), compiled (the
// wasm fetched and compiled), instantiated, ready (runtime initialized), warmed (`import torch`:
// the prelude compiled and run once). ms: how long a run took in the worker; memory_bytes: the
// core's linear memory after it.
import { createPlayground } from '../../wasm/playground.mjs';

const wasmUrl = new URL('./dynamo_playground.wasm', import.meta.url);
// Started by the page's boot.js (worker.js?wasm=posted): the page fetches and compiles the module
// while this worker starts, and posts it ({type: 'wasm-module', module} or {..., error}); on an
// error this worker compiles the module itself. Otherwise (a shared worker, a restarted worker)
// it compiles it itself.
const postedModule = new URL(import.meta.url).searchParams.get('wasm') === 'posted'
  ? new Promise((resolve) => {
    self.addEventListener('message', function take({ data }) {
      if (data?.type !== 'wasm-module') return;
      self.removeEventListener('message', take);
      resolve(data.module ?? null);
    });
  })
  : Promise.resolve(null);
const instance = `${Math.round(performance.timeOrigin)}-${Math.random().toString(36).slice(2, 10)}`;
let clients = 0;

// The core keeps one warm interpreter per instance (`import torch` done once, README "Design
// notes"); making it here, before 'ready', overlaps it with the page's own start-up instead of
// adding it to the first run.
const started = performance.now();
let warmedAt = 0;
async function createWarm() {
  const pg = await createPlayground({ wasmUrl, wasmModule: (await postedModule) ?? undefined });
  pg.run('', { filename: '<warm-up>' });
  warmedAt = performance.now();
  return pg;
}

let playground = createWarm();
const first = playground;

// Requests of every port run one after another: run() is synchronous, so each message handler
// runs to its end before the next message of any port is handled.
function serve(port) {
  clients++;
  first.then(
    (pg) => port.postMessage({ type: 'ready', version: pg.version, instance, clients, timings: {
      worker_origin: performance.timeOrigin, started, compiled: pg.timings?.compiled,
      instantiated: pg.timings?.instantiated, ready: pg.timings?.ready, warmed: warmedAt } }),
    (error) => port.postMessage({ type: 'failed', message: String(error?.message ?? error) }));
  port.onmessage = async ({ data: { type, id, source, options } }) => {
    if (type === 'wasm-module') return;  // boot.js's compiled module (postedModule above)
    try {
      const pg = await playground;
      const t0 = performance.now();
      const result = pg.run(source, options);
      port.postMessage({ id, result, ms: performance.now() - t0, memory_bytes: pg.memoryBytes() });
    } catch (error) {
      const crash = error?.name === 'PlaygroundCrash';
      // A crashed instance is dropped; the next run gets a fresh one (the compiled module is reused).
      if (crash) playground = createWarm();
      port.postMessage({ id, error: { message: String(error?.message ?? error), crash } });
    }
  };
}

if (typeof SharedWorkerGlobalScope === 'function' && self instanceof SharedWorkerGlobalScope) {
  self.onconnect = (event) => serve(event.ports[0]);
} else {
  serve(self);
}
