// esbuild plugin for the page: `import examples from 'virtual:examples'` yields every web/examples/*.py
// as [{name, title, group, source}], sorted by group then title. The title and group come from the
// program's header comments `# Title: ...` and `# Group: ...` (file name / "Examples" when absent).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export function parseExampleHeader(name, source) {
  const header = (key) => new RegExp(`^#\\s*${key}:\\s*(.+?)\\s*$`, 'm').exec(source.split('\n').slice(0, 10).join('\n'))?.[1];
  return { name, title: header('Title') ?? name, group: header('Group') ?? 'Examples', source };
}

export async function loadExamples(dir) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.py')).sort();
  const examples = await Promise.all(files.map(async (f) =>
    parseExampleHeader(f.slice(0, -3), await readFile(path.join(dir, f), 'utf8'))));
  // "Examples" (the basics) first, then the other groups alphabetically.
  const rank = (g) => (g === 'Examples' || g === 'Basics' ? 0 : 1);
  return examples.sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group) ||
                                 a.title.localeCompare(b.title));
}

export function examplesPlugin(root) {
  const dir = path.join(root, 'web/examples');
  return {
    name: 'dp-examples',
    setup(build) {
      build.onResolve({ filter: /^virtual:examples$/ }, () => ({ path: 'examples', namespace: 'dp-examples' }));
      build.onLoad({ filter: /.*/, namespace: 'dp-examples' }, async () => {
        const examples = await loadExamples(dir);
        return {
          contents: `export default ${JSON.stringify(examples)};`,
          loader: 'js',
          watchFiles: examples.map((e) => path.join(dir, `${e.name}.py`)),
          watchDirs: [dir],
        };
      });
    },
  };
}
