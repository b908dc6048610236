#!/usr/bin/env bash
# Runs tests/libm/harness.cpp: core/libm against glibc natively (writes glibc's results to a
# scratch directory), then the same harness compiled with em++ under node against those results
# (dp::libm in wasm, and emscripten's musl for comparison). Usage: tests/libm/run.sh [NAME...]
# (names as in harness.cpp: sinf cosf ... sin cos exp ...). Needs g++, em++ and node; ~1 minute.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out="${DP_LIBM_DIR:-build/libm-harness}"
mkdir -p "$out"
srcs=(tests/libm/harness.cpp core/libm/*.cpp)
g++ -O2 -ffp-contract=off -std=c++20 -Icore "${srcs[@]}" -o "$out/harness"
echo "== native (dp::libm and this C library against glibc)"
"$out/harness" gen "$out" "$@"
# The wasm module's flags (CMakeLists.txt, wasm/wasm.cmake): -Os with -Oz at link makes emscripten
# link its size-optimized libc variants, whose log, pow, log2, asinh, acosh differ from -O2's.
NODE_PATH="${NODE_PATH:-/usr/share/nodejs}" em++ -Os -finline-hint-functions -fwasm-exceptions -ffp-contract=off \
  -std=c++20 -Icore -sSINGLE_FILE=1 -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -Oz "${srcs[@]}" -o "$out/harness.cjs" \
  2> "$out/em++.log"
echo "== wasm under node (dp::libm and emscripten's musl against glibc)"
node "$out/harness.cjs" check "$out" "$@"
