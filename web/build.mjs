// Builds the page into build/web/: index.html, main.js + main.css (the page), worker.js (the core's
// host), dynamo_playground.wasm (copied from build/wasm/, which `./dev build` makes first) and
// unicode_names.bin (core/python/, loaded on demand).
//   node web/build.mjs [--out DIR]
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { examplesPlugin } from './examples-plugin.mjs';
import { buildEmbedAndDocs } from './embed-build.mjs';  // embed and docs section

const root = fileURLToPath(new URL('..', import.meta.url));
const outFlag = process.argv.indexOf('--out');
const outdir = path.resolve(outFlag > 0 ? process.argv[outFlag + 1] : path.join(root, 'build/web'));
const wasm = path.join(root, 'build/wasm/dynamo_playground.wasm');

try {
  await stat(wasm);
} catch {
  console.error(`web/build.mjs: ${path.relative(root, wasm)} is missing: build the wasm module first (./dev build)`);
  process.exit(1);
}

await mkdir(outdir, { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { boot: 'web/src/boot.js', main: 'web/src/main.js', worker: 'web/src/worker.js' },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome100', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  loader: { '.py': 'text' },
  plugins: [examplesPlugin(root)],  // the page's examples menu: import examples from 'virtual:examples'
  // playground.mjs reads the .wasm from disk under Node only; the browser never loads these.
  external: ['node:*'],
  logLevel: 'warning',
});
await copyFile(path.join(root, 'web/index.html'), path.join(outdir, 'index.html'));
await copyFile(wasm, path.join(outdir, 'dynamo_playground.wasm'));
// Unicode's character names, next to the .wasm: the worker fetches it only when a program needs it
// (`\N{...}`, unicodedata.name / lookup; docs/unicode-names.md), so it is not in the size below.
await copyFile(path.join(root, 'core/python/unicode_names.bin'), path.join(outdir, 'unicode_names.bin'));

// What a first visit downloads, compressed as a server would send it. The target is 400 KiB in all.
const gzipSize = async (name) => gzipSync(await readFile(path.join(outdir, name)), { level: 9 }).length;
const sum = async (names) => (await Promise.all(names.map(gzipSize))).reduce((a, b) => a + b, 0);
const core = await sum(['dynamo_playground.wasm', 'worker.js']);
const page = await sum(['index.html', 'boot.js', 'main.js', 'main.css']);
const budget = 400 * 1024;
await writeFile(path.join(outdir, 'size.json'),
                `${JSON.stringify({ core_gzip_bytes: core, page_gzip_bytes: page, budget_bytes: budget })}\n`);
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`web: built ${path.relative(process.cwd(), outdir) || '.'}: gzipped core ${kib(core)} + page ${kib(page)}` +
            ` = ${kib(core + page)} (target ${kib(budget)})`);
if (core + page > budget) console.log('web: WARNING: over the size target');

// ---- embed and docs: embed.html, embed.js, docs/ (web/embed-build.mjs) ----
await buildEmbedAndDocs({ root, outdir });
