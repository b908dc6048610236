// tests/bench/wasm_sizes.mjs, the size breakdown `./dev bench` prints: a hand-assembled module
// with named functions of known body sizes is split by library, and names are put in the right
// library through return types, templates, vtables and plain C symbols.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { libraryOf, wasmSizeBreakdown } from '../bench/wasm_sizes.mjs';

const section = (id, payload) => [id, payload.length, ...payload];  // payloads here stay < 128 bytes
const str = (s) => [s.length, ...Buffer.from(s)];

// Three functions: dp::py::parse() (a body of 5 bytes), malloc (3 bytes), dp::rt::run() (2 bytes).
function module() {
  const bodies = [[5, 0, 1, 1, 1, 0x0b], [3, 0, 1, 0x0b], [2, 0, 0x0b]];
  const names = ['_ZN2dp2py5parseEv', 'malloc', '_ZN2dp2rt3runEv'];
  const nameMap = [names.length, ...names.flatMap((n, i) => [i, ...str(n)])];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [3, 0, 0, 0]),
    ...section(10, [3, ...bodies.flat()]),
    ...section(0, [...str('name'), 1, nameMap.length, ...nameMap]),
  ]);
}

test('wasm_sizes: function bodies are summed per library; the name section is not counted', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dp-sizes-'));
  const file = path.join(dir, 'm.wasm');
  const bytes = module();
  writeFileSync(file, bytes);
  const { rows, total, named } = wasmSizeBreakdown(file);
  assert.ok(named);
  const by = Object.fromEntries(rows.map((r) => [r.library, r]));
  assert.equal(by['Python front end (core/python)'].bytes, 5);
  assert.equal(by['C library, compiler runtime, emscripten'].bytes, 3);
  assert.equal(by['interpreter and runtime (core/runtime)'].bytes, 2);
  assert.equal(by['Python front end (core/python)'].functions, 1);
  // The name section: its header (2), "name" (5), the subsection's kind and size (2), the count
  // (1) and three entries of an index, a length and the name (1 + 1 + 17, 1 + 1 + 6, 1 + 1 + 15).
  const nameSection = 2 + 5 + 2 + 1 + 19 + 8 + 17;
  assert.equal(total, bytes.length - nameSection);
  // Every shipped byte is in one row: the bodies, and the rest (header, sections' framing).
  assert.equal(rows.reduce((a, r) => a + r.bytes, 0), total);
});

test('wasm_sizes: libraryOf reads the owner of a demangled name', () => {
  assert.equal(libraryOf('dp::rt::Interp::step(dp::rt::Frame&)'), 'interpreter and runtime (core/runtime)');
  assert.equal(libraryOf('void dp::torch::apply<float>(std::__2::vector<float>&)'), 'torch: tensors, ops, autograd (core/torch)');
  assert.equal(libraryOf('std::__2::basic_string<char>::append(char const*)'), 'C++ standard library');
  assert.equal(libraryOf('nlohmann::basic_json<>::dump(int) const'), 'nlohmann::json');
  assert.equal(libraryOf('vtable for dp::dynamo::VariableTracker'), 'Dynamo (core/dynamo)');
  assert.equal(libraryOf('emscripten::internal::invoker<>::invoke()'), 'Embind');
  assert.equal(libraryOf("decltype(auto) dp::torch::dispatch<dp::torch::f()::$_2>(dp::torch::DType, auto&&)"),
               'torch: tensors, ops, autograd (core/torch)');
  assert.equal(libraryOf('std::__2::__function::__func<dp::torch::(anonymous namespace)::def_sum(dp::torch::Registry&)::$_1, ' +
                         'std::__2::allocator<dp::torch::g()::$_1>, void (dp::torch::Args const&)>::operator()(dp::torch::Args const&)'),
               'torch: tensors, ops, autograd (core/torch)');
  assert.equal(libraryOf('byn$mgfn-shared$dp::fx::Graph::str() const'), 'FX (core/fx)');
  assert.equal(libraryOf('memcpy'), 'C library, compiler runtime, emscripten');
  assert.equal(libraryOf('dp::py::Parser::expr()'), 'Python front end (core/python)');
});
