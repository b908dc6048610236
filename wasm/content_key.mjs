// The text a code block's content hash is computed from, shared by the docs checker (wasm/check.mjs,
// in Node) and embed.js (in the browser, which then hashes it with crypto.subtle): the block's
// lines without trailing spaces and without blank lines at either end, newline-terminated.
export function hashText(code) {
  const lines = code.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  let a = 0, b = lines.length;
  while (a < b && !lines[a]) a++;
  while (b > a && !lines[b - 1]) b--;
  return `${lines.slice(a, b).join('\n')}\n`;
}
