// Where the bytes of the WebAssembly module go, by library: `./dev bench` prints it under the
// bundle size (README "Performance").
//
//   node tests/bench/wasm_sizes.mjs [--largest] [build/wasm/dynamo_playground_names.wasm]
//
// The shipped module has no names, so the wasm build also links build/wasm/dynamo_playground_names.wasm
// (target dynamo_playground_names, wasm/wasm.cmake): the same objects and flags plus
// --profiling-funcs, which keeps the function names through wasm-opt. This file reads its code
// section (one body per function) and name section (index -> mangled name), demangles the names
// with llvm-cxxfilt, and sums body bytes per library by the name's namespace; the data section
// (string literals, tables, the embedded prelude sources) is one more row. gzip figures are each
// row's bytes compressed alone (gzip of the whole is smaller than their sum: shared context).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));

// LEB128 unsigned at bytes[pos]: [value, next position].
function uleb(bytes, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [result, pos];
    shift += 7;
  }
}

// The sections of a module: [{id, name (custom sections), start, end}].
function sections(bytes) {
  const out = [];
  let pos = 8;  // magic and version
  while (pos < bytes.length) {
    const header = pos;
    const id = bytes[pos++];
    let size;
    [size, pos] = uleb(bytes, pos);
    const section = { id, header, start: pos, end: pos + size };
    if (id === 0) {
      let len;
      let p;
      [len, p] = uleb(bytes, pos);
      section.name = Buffer.from(bytes.subarray(p, p + len)).toString('utf8');
      section.payload = p + len;
    }
    out.push(section);
    pos += size;
  }
  return out;
}

function importedFunctions(bytes, section) {
  if (!section) return 0;
  let [count, pos] = uleb(bytes, section.start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 2; k++) {  // module and field names
      let len;
      [len, pos] = uleb(bytes, pos);
      pos += len;
    }
    const kind = bytes[pos++];
    if (kind === 0) {
      functions++;
      [, pos] = uleb(bytes, pos);
    } else if (kind === 1) {  // table: reftype, limits
      pos++;
      const flags = bytes[pos++];
      [, pos] = uleb(bytes, pos);
      if (flags & 1) [, pos] = uleb(bytes, pos);
    } else if (kind === 2) {  // memory: limits
      const flags = bytes[pos++];
      [, pos] = uleb(bytes, pos);
      if (flags & 1) [, pos] = uleb(bytes, pos);
    } else if (kind === 3) {  // global: valtype, mutability
      pos += 2;
    } else {
      throw new Error(`unknown import kind ${kind}`);
    }
  }
  return functions;
}

// function index -> name, from the "name" custom section's function-names subsection.
function functionNames(bytes, section) {
  const names = new Map();
  if (!section) return names;
  let pos = section.payload;
  while (pos < section.end) {
    const kind = bytes[pos++];
    let size;
    [size, pos] = uleb(bytes, pos);
    if (kind === 1) {
      let [count, p] = uleb(bytes, pos);
      for (let i = 0; i < count; i++) {
        let index;
        let len;
        [index, p] = uleb(bytes, p);
        [len, p] = uleb(bytes, p);
        names.set(index, Buffer.from(bytes.subarray(p, p + len)).toString('utf8'));
        p += len;
      }
    }
    pos += size;
  }
  return names;
}

function demangle(names) {
  const r = spawnSync('llvm-cxxfilt', [], { input: names.join('\n'), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 || !r.stdout) return names;
  const out = r.stdout.split('\n');
  return names.map((n, i) => out[i] ?? n);
}

// The library a demangled name belongs to (its outermost namespace, through templates).
const LIBRARIES = [
  ['dp::py', 'Python front end (core/python)'],
  ['dp::rt', 'interpreter and runtime (core/runtime)'],
  ['dp::dynamo', 'Dynamo (core/dynamo)'],
  ['dp::torch', 'torch: tensors, ops, autograd (core/torch)'],
  ['dp::fx', 'FX (core/fx)'],
  ['dp::sym', 'symbolic shapes'],
  ['dp::', 'other core (dp::)'],
  ['nlohmann::', 'nlohmann::json'],
  ['emscripten::', 'Embind'],
  ['std::', 'C++ standard library'],
];
export function libraryOf(name) {
  // binaryen's merged copies keep the name of one of them after a prefix.
  if (name.startsWith('byn$mgfn-shared$')) return libraryOf(name.slice('byn$mgfn-shared$'.length));
  // A std::function's wrapper holds the lambda's body (inlined): it belongs to the lambda's owner.
  const wrapper = /^std::__2::__function::__(?:alloc_)?func<(.*)$/.exec(name);
  if (wrapper) return libraryOf(wrapper[1]);
  // The owner of a member function or template instance: the text before its argument list,
  // ignoring a return type; `void dp::rt::f<std::string>(...)` belongs to dp::rt.
  const head = name.replace(/^decltype\(auto\) /, '').replace(/^(?:[\w:<>,* &]+ )?(?=[\w:]+(?:<|\())/, '');
  for (const [prefix, library] of LIBRARIES) {
    if (head.startsWith(prefix)) return library;
  }
  if (/^(?:vtable|typeinfo|VTT|construction vtable|guard variable) for /.test(name)) return libraryOf(name.replace(/^.* for /, ''));
  if (/^[A-Za-z_][\w.$]*$/.test(name)) return 'C library, compiler runtime, emscripten';
  return 'other C++';
}

const preludeBytes = () => {
  let total = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const p = path.join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.py')) total += statSync(p).size;
    }
  };
  walk(path.join(root, 'core/prelude'));
  return total;
};

// {rows: [{library, bytes, gzip, functions}], total, names}: code by library, then data.
export function wasmSizeBreakdown(file) {
  const bytes = readFileSync(file);
  const all = sections(bytes);
  const imported = importedFunctions(bytes, all.find((s) => s.id === 2));
  const names = functionNames(bytes, all.find((s) => s.id === 0 && s.name === 'name'));
  const code = all.find((s) => s.id === 10);
  const data = all.find((s) => s.id === 11);
  if (!code) throw new Error(`${file}: no code section`);
  const bodies = [];
  let [count, pos] = uleb(bytes, code.start);
  for (let i = 0; i < count; i++) {
    let size;
    [size, pos] = uleb(bytes, pos);
    bodies.push({ index: imported + i, start: pos, end: pos + size });
    pos += size;
  }
  const mangled = bodies.map((b) => names.get(b.index) ?? `$f${b.index}`);
  const readable = demangle(mangled);
  const groups = new Map();
  bodies.forEach((b, i) => {
    const library = names.size ? libraryOf(readable[i]) : 'unnamed (no name section)';
    if (!groups.has(library)) groups.set(library, { library, parts: [], bytes: 0, functions: 0, sizes: [] });
    const g = groups.get(library);
    g.parts.push(bytes.subarray(b.start, b.end));
    g.sizes.push([b.end - b.start, readable[i]]);
    g.bytes += b.end - b.start;
    g.functions++;
  });
  const rows = [...groups.values()].map((g) => ({
    library: g.library, bytes: g.bytes, functions: g.functions, gzip: gzipSync(Buffer.concat(g.parts), { level: 9 }).length,
    largest: g.sizes.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([size, name]) => `${size} ${name.slice(0, 200)}`),
  })).sort((a, b) => b.bytes - a.bytes);
  if (data) {
    const segment = bytes.subarray(data.start, data.end);
    rows.push({ library: `data (of which the prelude's Python sources: ${preludeBytes()} bytes)`,
                bytes: segment.length, functions: 0, gzip: gzipSync(segment, { level: 9 }).length });
  }
  // The shipped module is this one without its custom sections (the names).
  const shipped = bytes.length - all.filter((s) => s.id === 0).reduce((a, s) => a + (s.end - s.header), 0);
  const other = shipped - rows.reduce((a, r) => a + r.bytes, 0);
  rows.push({ library: 'other sections (types, imports, exports, tables, elements)', bytes: other, functions: 0, gzip: null });
  return { rows, total: shipped, named: names.size > 0 };
}

export function formatBreakdown({ rows, total }) {
  const lines = ['library                                                   bytes     gzip  functions'];
  for (const r of rows) {
    lines.push(`${r.library.padEnd(56).slice(0, 56)} ${String(r.bytes).padStart(8)} ${String(r.gzip ?? '').padStart(8)} ${String(r.functions || '').padStart(10)}`);
  }
  lines.push(`${'total'.padEnd(56)} ${String(total).padStart(8)}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --largest: also each library's five largest functions.
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? path.join(root, 'build/wasm/dynamo_playground_names.wasm');
  const breakdown = wasmSizeBreakdown(file);
  console.log(formatBreakdown(breakdown));
  if (args.includes('--largest')) {
    for (const r of breakdown.rows.filter((row) => row.largest)) console.log(`\n${r.library}:\n  ${r.largest.join('\n  ')}`);
  }
}
