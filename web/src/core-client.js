// The page's handle on the core: runs programs in a Web Worker (worker.js), one at a time.
// A run that outlives the time limit has its worker terminated and replaced.

const TIME_LIMIT_MS = 30_000;

export class CoreClient {
  constructor({ onStatus }) {
    this.onStatus = onStatus;
    this.nextId = 1;
    this.pending = new Map();  // id -> {resolve, reject, timer}
    this.start();
  }

  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => {
        if (data.type === 'ready') {
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
        this.failAll(new Error(message));
      };
    });
    this.ready.catch(() => {});  // reported through onStatus; run() rethrows
  }

  settle({ id, result, error }) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (error) entry.reject(Object.assign(new Error(error.message), { crash: error.crash }));
    else entry.resolve(result);
  }

  failAll(error) {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(error);
      this.pending.delete(id);
    }
  }

  // Resolves to the result object of dp::run_json (README.md, "CLI and JSON output").
  async run(source, options = {}) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.worker.terminate();
        this.failAll(new Error(`stopped: the run took longer than ${TIME_LIMIT_MS / 1000} s`));
        this.start();
      }, TIME_LIMIT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, source, options });
    });
  }
}
