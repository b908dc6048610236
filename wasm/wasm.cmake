# The WebAssembly module: build/wasm/dynamo_playground.mjs (ES module factory) + dynamo_playground.wasm.
# Included from the EMSCRIPTEN branch of the top-level CMakeLists.txt.
#
# Two files rather than -sSINGLE_FILE: the browser can compile the .wasm while it downloads
# (WebAssembly.compileStreaming) and caches it as a binary, and base64 inlining would make the
# transfer larger. Node cannot fetch() a file path, so wasm/playground.mjs always supplies the
# compiled module itself (instantiateWasm): from the file system under Node, by fetch elsewhere.

# The version shown by the page and the CLI comes from package.json, the one place it is written.
file(READ ${CMAKE_CURRENT_SOURCE_DIR}/package.json DP_PACKAGE_JSON)
string(JSON DP_PLAYGROUND_VERSION GET "${DP_PACKAGE_JSON}" version)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/package.json)

# wasm/libm_symbols.cpp: sinf, cosf, tanhf, ... of this module are core/libm's glibc-exact ones.
add_executable(dynamo_playground ${CMAKE_CURRENT_SOURCE_DIR}/wasm/binding.cpp ${CMAKE_CURRENT_SOURCE_DIR}/wasm/libm_symbols.cpp)
target_link_libraries(dynamo_playground PRIVATE dp_core dp_libm)
target_compile_definitions(dynamo_playground PRIVATE DP_PLAYGROUND_VERSION="${DP_PLAYGROUND_VERSION}")
set_target_properties(dynamo_playground PROPERTIES
  SUFFIX ".mjs"
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
# Size over speed for the shipped module (the gzip of .wasm + .mjs has a budget). The link runs
# binaryen's wasm-opt at -Oz (measured: 9 kB less gzip than -Os; every golden still passes);
# -sEVAL_CTORS=1 gained nothing (README "Performance").
target_compile_options(dynamo_playground PRIVATE -Os)
set(DP_WASM_LINK_OPTIONS
  -Oz
  -lembind
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createDynamoModule
  # No "node" here on purpose: emscripten's Node code path uses require() and __dirname, which an
  # ES module cannot use. Node runs the web path instead; wasm/playground.mjs hands it the
  # compiled module, so nothing environment-specific is left in the generated JS.
  -sENVIRONMENT=web,worker
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=33554432
  # Deep Python recursion runs on the C++ stack: give it 8 MiB (emscripten 3.1.6 spells it TOTAL_STACK).
  -sTOTAL_STACK=8388608
  -sFILESYSTEM=0
  # Embind's call wrappers without new Function(): the module runs under a CSP without 'unsafe-eval'.
  -sDYNAMIC_EXECUTION=0
  -sINCOMING_MODULE_JS_API=instantiateWasm,print,printErr,onAbort,locateFile)
target_link_options(dynamo_playground PRIVATE ${DP_WASM_LINK_OPTIONS})

# The same module with its function names kept (--profiling-funcs), for the size breakdown by
# library that `./dev bench` prints (tests/bench/wasm_sizes.mjs). Not built by default.
add_executable(dynamo_playground_names EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/wasm/binding.cpp ${CMAKE_CURRENT_SOURCE_DIR}/wasm/libm_symbols.cpp)
target_link_libraries(dynamo_playground_names PRIVATE dp_core dp_libm)
target_compile_definitions(dynamo_playground_names PRIVATE DP_PLAYGROUND_VERSION="${DP_PLAYGROUND_VERSION}")
target_compile_options(dynamo_playground_names PRIVATE -Os)
set_target_properties(dynamo_playground_names PROPERTIES SUFFIX ".mjs" RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
target_link_options(dynamo_playground_names PRIVATE ${DP_WASM_LINK_OPTIONS} --profiling-funcs)
