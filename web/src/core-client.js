// The page's handle on the core: runs programs in a worker (worker.js), one at a time.
// At most one run is in flight and at most one waits: a newer request replaces the waiting one
// (its promise rejects with error.stale = true), so live re-tracing never builds a queue.
// A run that outlives the deadline has its worker terminated and replaced: the hard stop behind the
// core's own step budget.
//
// shared: true (the embeds of documentation pages) connects to the one SharedWorker of this origin
// (the browser keeps one per name and origin, and per top-level site where it partitions storage)
// instead of starting a worker of its own, so ten embeds on a page cost one download, one compile
// of the WebAssembly module and one `import torch`; their runs take turns in it. Where the browser
// has no SharedWorker (or it fails to start) each client starts its own worker, as the main page
// always does. A shared worker cannot be terminated by one of its clients: at the deadline the
// client leaves it (it finishes the run within the core's own budgets, then serves the others)
// and continues with a worker of its own.

export const SHARED_WORKER_NAME = 'dynamo-playground-core';
export const DEFAULT_DEADLINE_MS = 20_000;

export class CoreClient {
  constructor({ onStatus, deadlineMs = DEFAULT_DEADLINE_MS, shared = false } = {}) {
    this.onStatus = onStatus;
    this.deadlineMs = deadlineMs;
    this.shared = shared && typeof SharedWorker === 'function';
    this.nextId = 1;
    this.inFlight = null;  // {id, source, options, resolve, reject, timer}
    this.waiting = null;
    this.start();
  }

  start() {
    this.createdAt = performance.now();
    const url = new URL('./worker.js', import.meta.url);
    let host;  // the object whose error event says the worker failed
    if (this.shared) {
      try {
        host = new SharedWorker(url, { type: 'module', name: SHARED_WORKER_NAME });
        this.port = host.port;
      } catch {
        this.shared = false;
      }
    }
    if (!this.shared) {
      // The worker boot.js started before the page loaded, when there is one (only the first start).
      const boot = globalThis.dynamoPlaygroundBoot;
      if (boot) {
        globalThis.dynamoPlaygroundBoot = null;
        host = boot.worker;
        this.createdAt = boot.createdAt;
        this.early = boot.early;
      } else {
        host = new Worker(url, { type: 'module' });
      }
      this.port = host;
    }
    this.worker = host;
    this.ready = new Promise((resolve, reject) => {
      this.port.onmessage = ({ data }) => {
        if (data.type === 'ready') {
          this.version = data.version;
          this.instance = data.instance;  // the same for every client of a shared worker
          this.clients = data.clients;
          // The worker's start-up phases on the page's clock (ms since navigation start), for ./dev bench.
          const shift = (data.timings?.worker_origin ?? performance.timeOrigin) - performance.timeOrigin;
          this.timings = Object.fromEntries(Object.entries(data.timings ?? {})
            .filter(([k, v]) => k !== 'worker_origin' && typeof v === 'number').map(([k, v]) => [k, v + shift]));
          this.onStatus?.(`ready · core ${data.version}`);
          resolve(data.version);
        } else if (data.type === 'failed') {
          this.onStatus?.(`the core failed to load: ${data.message}`);
          reject(new Error(data.message));
        } else {
          this.settle(data);
        }
      };
      host.onerror = (event) => {
        const message = event.message || 'the worker failed to start';
        this.onStatus?.(`the core failed to load: ${message}`);
        reject(new Error(message));
        this.failInFlight(new Error(message));
      };
    });
    // What the adopted worker said before this client listened, in order.
    for (const [kind, event] of this.early ?? []) (kind === 'message' ? this.port.onmessage : host.onerror)(event);
    this.early = null;
    this.ready.then(() => this.pump(), () => {});  // failures are reported through onStatus; run() rethrows
  }

  settle({ id, result, error, ms, memory_bytes: memoryBytes }) {
    const entry = this.inFlight;
    if (!entry || entry.id !== id) return;
    this.inFlight = null;
    clearTimeout(entry.timer);
    this.lastRun = { sent: entry.started, received: performance.now(), ms };  // the run's times (./dev bench)
    if (typeof memoryBytes === 'number') this.memoryBytes = memoryBytes;
    if (error) entry.reject(Object.assign(new Error(error.message), { crash: error.crash }));
    else entry.resolve(result);
    this.pump();
  }

  failInFlight(error) {
    const entry = this.inFlight;
    if (!entry) return;
    this.inFlight = null;
    clearTimeout(entry.timer);
    entry.reject(error);
  }

  async pump() {
    if (this.inFlight || !this.waiting) return;
    try {
      await this.ready;
    } catch (error) {
      const entry = this.waiting;
      this.waiting = null;
      entry?.reject(error);
      return;
    }
    if (this.inFlight || !this.waiting) return;
    const entry = this.waiting;
    this.waiting = null;
    this.inFlight = entry;
    entry.started = performance.now();
    entry.timer = setTimeout(() => this.hardStop(entry), this.deadlineMs);
    this.port.postMessage({ id: entry.id, source: entry.source, options: entry.options });
  }

  // The deadline passed: terminate the worker (the only way to stop WebAssembly mid-run) and start
  // a fresh one; the run's promise rejects with a clear message. A shared worker is left instead
  // (see the top of this file), for a worker of this client's own.
  hardStop(entry) {
    if (this.inFlight !== entry) return;
    if (this.shared) {
      this.port.onmessage = null;
      this.port.close();
      this.shared = false;
    } else {
      this.worker.terminate();
    }
    this.inFlight = null;
    entry.reject(Object.assign(
      new Error(`stopped after ${(this.deadlineMs / 1000).toFixed(0)} s: the run took too long, so its worker was stopped (and restarted)`),
      { deadline: true }));
    this.start();
  }

  // Resolves to the result object of dp::run_json (README.md, "CLI and JSON output").
  run(source, options = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.waiting) this.waiting.reject(Object.assign(new Error('superseded by a newer run'), { stale: true }));
      this.waiting = { id, source, options, resolve, reject };
      this.pump();
    });
  }
}
