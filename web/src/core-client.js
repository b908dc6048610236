// The page's handle on the core: runs programs in a Web Worker (worker.js), one at a time.
// At most one run is in flight and at most one waits: a newer request replaces the waiting one
// (its promise rejects with error.stale = true), so live re-tracing never builds a queue.
// A run that outlives the deadline has its worker terminated and replaced: the hard stop behind the
// core's own step budget.

export const DEFAULT_DEADLINE_MS = 20_000;

export class CoreClient {
  constructor({ onStatus, deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
    this.onStatus = onStatus;
    this.deadlineMs = deadlineMs;
    this.nextId = 1;
    this.inFlight = null;  // {id, source, options, resolve, reject, timer}
    this.waiting = null;
    this.start();
  }

  start() {
    this.createdAt = performance.now();
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => {
        if (data.type === 'ready') {
          this.version = data.version;
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
      this.worker.onerror = (event) => {
        const message = event.message || 'the worker failed to start';
        this.onStatus?.(`the core failed to load: ${message}`);
        reject(new Error(message));
        this.failInFlight(new Error(message));
      };
    });
    this.ready.then(() => this.pump(), () => {});  // failures are reported through onStatus; run() rethrows
  }

  settle({ id, result, error, ms }) {
    const entry = this.inFlight;
    if (!entry || entry.id !== id) return;
    this.inFlight = null;
    clearTimeout(entry.timer);
    this.lastRun = { sent: entry.started, received: performance.now(), ms };  // the run's times (./dev bench)
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
    this.worker.postMessage({ id: entry.id, source: entry.source, options: entry.options });
  }

  // The deadline passed: terminate the worker (the only way to stop WebAssembly mid-run) and start
  // a fresh one; the run's promise rejects with a clear message.
  hardStop(entry) {
    if (this.inFlight !== entry) return;
    this.worker.terminate();
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
