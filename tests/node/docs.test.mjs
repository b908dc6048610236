// The sample documentation page (web/docs/index.html): every embedded example (<pre
// data-dynamo-playground>) is traced again with the WebAssembly core and must give exactly the
// committed pre-rendered record (web/docs/expected/*.json) that web/embed.js shows before the live
// embed is ready: its graphs, graph breaks, hard errors, guards and output. A change in the core
// that changes what a docs reader sees fails here; review it, then refresh the records with
//   node web/docs/prerender.mjs --update
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { DEFAULT_PAGE, extractBlocks, prerenderPage } from '../../web/docs/prerender.mjs';

const docsDir = path.dirname(DEFAULT_PAGE);
let fresh;  // [{block, file, record, text}] traced now

before(async () => {
  fresh = await prerenderPage(DEFAULT_PAGE);
});

const committed = async (file) => JSON.parse(await readFile(path.join(docsDir, file), 'utf8'));

test('the docs page embeds at least three examples: a script object graph, a hard error, a graph break', async () => {
  const blocks = extractBlocks(await readFile(DEFAULT_PAGE, 'utf8'));
  assert.ok(blocks.length >= 3, `${blocks.length} blocks`);
  assert.ok(blocks.every((b) => b.expected), 'every block names its pre-rendered record (data-expected)');
  const records = fresh.map((f) => f.record);
  assert.ok(records.some((r) => r.graphs.some((g) => g.code.includes('call_torchbind'))),
            'a script object traced into a graph (call_torchbind)');
  assert.ok(records.some((r) => r.errors.length > 0 && r.exit_code === 1), 'a hard error');
  assert.ok(records.some((r) => r.graph_breaks.length > 0 && r.graphs.length >= 2), 'a graph break');
});

test('every embedded example traces to its committed record (graphs, breaks, errors, guards, output)', async () => {
  for (const { file, record } of fresh) {
    const want = await committed(file).catch((error) => assert.fail(`${file}: ${error.message}: run node web/docs/prerender.mjs --update`));
    const hint = `web/docs/${file} differs from a fresh trace; if the change is right: node web/docs/prerender.mjs --update`;
    // The parts a reader looks at first, for a readable failure; then everything.
    assert.deepEqual(record.graphs.map((g) => g.code), want.graphs.map((g) => g.code), `${hint}\n(graph code)`);
    assert.deepEqual(record.errors, want.errors, `${hint}\n(hard errors)`);
    assert.deepEqual(record.graph_breaks, want.graph_breaks, `${hint}\n(graph breaks)`);
    assert.deepEqual(record, want, hint);
  }
});

test('web/docs/expected holds exactly the records the page names', async () => {
  const named = fresh.map((f) => path.normalize(f.file)).sort();
  const present = (await readdir(path.join(docsDir, 'expected'))).filter((f) => f.endsWith('.json'))
    .map((f) => path.join('expected', f)).sort();
  assert.deepEqual(present, named, 'a stray or missing record in web/docs/expected');
});

test('a block is read the way a browser reads the <pre> text', () => {
  const html = '<p>x</p><pre data-dynamo-playground data-view="trace" data-step="3" data-expected="e/a.json">\n' +
    'print("&lt;b&gt; &amp; &#39;&#x41;")\n</pre><pre>not an embed</pre>' +
    "<PRE class='x' data-dynamo-playground data-read-only data-fullgraph>x = 1</PRE>";
  const blocks = extractBlocks(html);
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0].code, 'print("<b> & \'A")\n');
  assert.equal(blocks[0].view, 'trace');
  assert.equal(blocks[0].step, 3);
  assert.equal(blocks[0].expected, 'e/a.json');
  assert.equal(blocks[1].code, 'x = 1');
  assert.equal(blocks[1].view, 'graph');
  assert.equal(blocks[1].fullgraph, true);
  assert.throws(() => extractBlocks('<pre data-dynamo-playground><b>x</b></pre>'), /holds markup/);
});
