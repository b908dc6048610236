// The "embed and docs" part of web/build.mjs: builds into OUTDIR (build/web/)
//   embed.html, embed-page.js + embed-page.css   the embed route (web/embed.html, web/src/embed-page.js)
//   embed.js + embed.css                         the script documentation pages include (web/embed.js)
//   docs/index.html, docs/docs.css               the sample docs page (web/docs/)
//   docs/expected/*.json                         its blocks pre-rendered now, with the wasm core just
//                                                built (web/docs/prerender.mjs)
// The pre-rendered records are compared with the committed ones (web/docs/expected/); a difference
// is reported here (it does not fail the build) and fails tests/node/docs.test.mjs.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { prerenderPage, writeRecords } from './docs/prerender.mjs';

const common = {
  bundle: true,
  platform: 'browser',
  target: ['es2022', 'chrome100', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  external: ['node:*'],
  logLevel: 'warning',
};

export async function buildEmbedAndDocs({ root, outdir }) {
  await esbuild.build({
    ...common,
    absWorkingDir: root,
    entryPoints: { 'embed-page': 'web/src/embed-page.js' },
    outdir,
    format: 'esm',
  });
  // A classic script: documentation sites include it with a plain <script src>.
  await esbuild.build({
    ...common,
    absWorkingDir: root,
    entryPoints: { embed: 'web/embed.js' },
    outdir,
    format: 'iife',
  });
  await copyFile(path.join(root, 'web/embed.html'), path.join(outdir, 'embed.html'));

  const docsOut = path.join(outdir, 'docs');
  await mkdir(docsOut, { recursive: true });
  const page = path.join(root, 'web/docs/index.html');
  await copyFile(page, path.join(docsOut, 'index.html'));
  await copyFile(path.join(root, 'web/docs/docs.css'), path.join(docsOut, 'docs.css'));
  // A core that cannot trace a docs block must not break the build of the whole page: the block
  // then shows no pre-rendered result, and tests/node/docs.test.mjs fails.
  let records = [];
  try {
    records = await prerenderPage(page);
  } catch (error) {
    console.log(`web: WARNING: the docs blocks could not be pre-rendered: ${error.message}`);
  }
  await writeRecords(records, docsOut);
  const stale = [];
  for (const { file, text } of records) {
    const committed = await readFile(path.join(root, 'web/docs', file), 'utf8').catch(() => null);
    if (committed !== text) stale.push(file);
  }
  console.log(`web: embed route, embed.js and docs page built; ${records.length} docs blocks pre-rendered` +
              (stale.length ? `; WARNING: differ from the committed web/docs/${stale.join(', ')} ` +
                              '(review, then node web/docs/prerender.mjs --update)' : ''));
}
