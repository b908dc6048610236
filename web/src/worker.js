// Web Worker hosting the WebAssembly core, so a long run never freezes the page.
// Protocol (see core-client.js):
//   in:  {id, source, options}
//   out: {type: 'ready', version} | {type: 'failed', message} once at start,
//        then {id, result} or {id, error: {message, crash}} per request.
import { createPlayground } from '../../wasm/playground.mjs';

const wasmUrl = new URL('./dynamo_playground.wasm', import.meta.url);

// The core keeps one warm interpreter per instance (`import torch` done once, README "Design
// notes"); making it here, before 'ready', overlaps it with the page's own start-up instead of
// adding it to the first run.
async function createWarm() {
  const pg = await createPlayground({ wasmUrl });
  pg.run('', { filename: '<warm-up>' });
  return pg;
}

let playground = createWarm();

playground.then(
  (pg) => postMessage({ type: 'ready', version: pg.version }),
  (error) => postMessage({ type: 'failed', message: String(error?.message ?? error) }));

onmessage = async ({ data: { id, source, options } }) => {
  try {
    const result = (await playground).run(source, options);
    postMessage({ id, result });
  } catch (error) {
    const crash = error?.name === 'PlaygroundCrash';
    // A crashed instance is dropped; the next run gets a fresh one (the compiled module is reused).
    if (crash) playground = createWarm();
    postMessage({ id, error: { message: String(error?.message ?? error), crash } });
  }
};
