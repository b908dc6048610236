// A small static file server for the built page (build/web/), for `./dev serve` and the browser tests.
//   node web/serve.mjs [DIR]     (PORT, default 8000; HOST, default 127.0.0.1)
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.py': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// The page's Content-Security-Policy (its <meta> tag), also sent as a header: a meta tag does not
// reach the worker, the header does, so the core is checked to run under the same policy.
function pagePolicy(base) {
  try {
    const html = readFileSync(path.join(base, 'index.html'), 'utf8');
    return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  } catch {
    return undefined;
  }
}

// Serves files under root; resolves to the listening http.Server (port 0 picks a free port).
// before(pathname), if given, is awaited before a file is served: the browser tests count and hold
// requests with it (the core's download from a SharedWorker is invisible to the browser's routing).
export function serveStatic(root, { port = 8000, host = '127.0.0.1', before } = {}) {
  const base = path.resolve(root);
  const policy = pagePolicy(base);
  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (before) await before(pathname);
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, 'forbidden\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...(policy ? { 'Content-Security-Policy': policy } : {}),
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, 'not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? fileURLToPath(new URL('../build/web', import.meta.url));
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    await stat(path.join(root, 'index.html'));
  } catch {
    console.error(`web/serve.mjs: ${root}/index.html is missing: run ./dev build first`);
    process.exit(1);
  }
  const server = await serveStatic(root, { port, host });
  const { port: actual } = server.address();
  console.log(`Dynamo Playground: http://${host}:${actual}/  (serving ${root}; Ctrl+C stops)`);
}
