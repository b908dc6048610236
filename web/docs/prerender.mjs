// Pre-rendering of a documentation page's embedded examples: every <pre data-dynamo-playground
// data-expected="…json"> block of the page is traced with the WebAssembly core (through
// wasm/playground.mjs, as the Node CLI does) and the part of the result its view shows is written
// as JSON at the data-expected path. web/embed.js shows that record until the live embed is ready.
//
//   node web/docs/prerender.mjs [PAGE] --update   rewrite the committed records (web/docs/expected/)
//   node web/docs/prerender.mjs [PAGE] --check    exit 1 when a record differs from a fresh trace
//   node web/docs/prerender.mjs [PAGE] --out DIR  write the records under DIR (web/build.mjs does
//                                                 this into build/web/docs/)
// PAGE defaults to web/docs/index.html. Used by web/build.mjs and tests/node/docs.test.mjs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities, previewRecord } from '../../wasm/check.mjs';
import { traceSnapshot } from '../src/embed-render.js';

export const DEFAULT_PAGE = fileURLToPath(new URL('./index.html', import.meta.url));

function parseAttributes(text) {
  const attrs = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

// The <pre data-dynamo-playground> blocks of an HTML page, in order: {attrs, code, view, step, ...}.
// The program is the <pre>'s text as a browser reads it (textContent): entities decoded, the one
// newline right after <pre> dropped. The blocks hold text only (no markup inside).
export function extractBlocks(html) {
  const blocks = [];
  const text = html.replace(/<!--[\s\S]*?-->/g, '');  // comments are not blocks
  for (const m of text.matchAll(/<pre\b([^>]*)>([\s\S]*?)<\/pre\s*>/gi)) {
    const attrs = parseAttributes(m[1]);
    if (!('data-dynamo-playground' in attrs)) continue;
    if (/<[a-z!/]/i.test(m[2])) throw new Error(`a <pre data-dynamo-playground> block holds markup: ${m[2].slice(0, 80)}`);
    const code = decodeEntities(m[2].replace(/^\r?\n/, ''));
    const step = /^\d+$/.test(attrs['data-step'] ?? '') ? Number(attrs['data-step']) : null;
    const views = ['graph', 'trace', 'guards', 'output'];
    const view = views.includes(attrs['data-view']) ? attrs['data-view'] : (step !== null ? 'trace' : 'graph');
    const on = (name) => name in attrs && !/^(0|false|no)$/i.test(attrs[name]);
    blocks.push({
      attrs, code, view, step, expected: attrs['data-expected'] ?? null,
      fullgraph: on('data-fullgraph'), backend: attrs['data-backend'] ?? '',
    });
  }
  return blocks;
}

// The run options of a block: what embed.html passes to the core for the same block.
export const runOptions = (block) => ({
  filename: 'main.py', mode: 'run', logs: '', timeline: block.view === 'trace',
  ...(block.fullgraph ? { fullgraph: true } : {}), ...(block.backend ? { backend: block.backend } : {}),
});

// What a block's preview needs from a result document: the fields the four views read (graph code,
// graph breaks, hard errors, guards, recompiles, output) and, for the trace view, the one step shown.
export function prerenderRecord(result, block) {
  const record = previewRecord(result, block.view);
  if (block.view === 'trace') record.trace = traceSnapshot(result, block.step ?? 0);
  return record;
}

export async function prerenderBlock(playground, block) {
  return prerenderRecord(playground.run(block.code, runOptions(block)), block);
}

export const recordText = (record) => `${JSON.stringify(record, null, 2)}\n`;

// Traces every block of `page` that names a data-expected file: [{block, file, record, text}],
// file being the path the page's data-expected points to (relative to the page's directory).
export async function prerenderPage(page = DEFAULT_PAGE, { playground } = {}) {
  const html = await readFile(page, 'utf8');
  const blocks = extractBlocks(html).filter((b) => b.expected);
  const names = new Set();
  for (const b of blocks) {
    if (/^[a-z]+:|^\/|\.\./i.test(b.expected) || !b.expected.endsWith('.json'))
      throw new Error(`data-expected="${b.expected}": expected a relative path to a .json file below the page`);
    if (names.has(b.expected)) throw new Error(`data-expected="${b.expected}" is used twice`);
    names.add(b.expected);
  }
  // A fresh instance per block (the compiled module is shared): no state of one example can leak
  // into the next, as in the embed where each block has its own worker.
  const { createPlayground } = await import('../../wasm/playground.mjs');
  const out = [];
  for (const block of blocks) {
    const record = await prerenderBlock(playground ?? await createPlayground(), block);
    out.push({ block, file: block.expected, record, text: recordText(record) });
  }
  return out;
}

// Writes the records of `page` below `dir` (the page's own directory by default).
export async function writeRecords(entries, dir) {
  for (const { file, text } of entries) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

async function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? argv[outIndex + 1] : null;
  const page = path.resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out') ?? DEFAULT_PAGE);
  const entries = await prerenderPage(page);
  if (flags.has('--check')) {
    let differ = 0;
    for (const { file, text } of entries) {
      const committed = await readFile(path.join(path.dirname(page), file), 'utf8').catch(() => null);
      if (committed !== text) {
        differ++;
        console.log(`prerender: ${file} ${committed === null ? 'is missing' : 'differs from a fresh trace'}`);
      }
    }
    console.log(`prerender: ${entries.length} blocks, ${differ} differ`);
    return differ ? 1 : 0;
  }
  const dir = outDir ? path.resolve(outDir) : (flags.has('--update') ? path.dirname(page) : null);
  if (!dir) {
    console.error('usage: node web/docs/prerender.mjs [PAGE] --update | --check | --out DIR');
    return 2;
  }
  await writeRecords(entries, dir);
  console.log(`prerender: wrote ${entries.length} records below ${path.relative(process.cwd(), dir) || '.'}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
