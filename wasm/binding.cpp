// Embind surface of the WebAssembly module: the JSON facade and a version string, nothing else;
// plus the reader of the core's on-demand data files (dp::set_data_file_reader), which asks the
// JavaScript host: Module.dpReadDataFile(name) returns a Uint8Array, or null (wasm/playground.mjs).
// Every structured value crosses the boundary as one JSON string, so the JS side (wasm/playground.mjs)
// stays independent of the core's C++ types and the same facade serves the native driver.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include <exception>
#include <string>

#include "api.h"

#ifndef DP_PLAYGROUND_VERSION
#define DP_PLAYGROUND_VERSION "0.0.0"
#endif

// The host side of read_data_file: Module.dpReadDataFile(name) gives a Uint8Array or null. Two
// plain imports (EM_JS) rather than emscripten::val, whose JS support would grow the glue by ~3 kB.
EM_JS(int, dp_host_data_size, (const char* name), {
  const reader = Module['dpReadDataFile'];
  const data = reader ? reader(UTF8ToString(name)) : null;
  Module['dpPendingData'] = data || null;
  return data ? data.length : -1;
});
EM_JS(void, dp_host_data_copy, (char* dst), {
  HEAPU8.set(Module['dpPendingData'], dst);
  Module['dpPendingData'] = null;
});

namespace {

// JSON string literal for an error message (the core's JSON library is private to dp_core).
std::string json_quote(const std::string& s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// dp::run_json promises never to throw; should a C++ exception escape anyway (std::bad_alloc, a bug),
// it becomes an ordinary result instead of an exception object the JS side cannot read.
std::string internal_error(const std::string& what) {
  const std::string line = "InternalError: " + what + "\n";
  return "{\"stdout\":\"\",\"stderr\":" + json_quote(line) +
         ",\"exception\":{\"type\":\"InternalError\",\"message\":" + json_quote(what) +
         ",\"lineno\":0,\"col\":0,\"traceback\":" + json_quote(line) + "},\"graphs\":[],\"exit_code\":1}";
}

std::string run(const std::string& source, const std::string& options_json) {
  try {
    return dp::run_json(source, options_json);
  } catch (const std::exception& e) {
    return internal_error(std::string("uncaught C++ exception: ") + e.what());
  } catch (...) {
    return internal_error("uncaught C++ exception");
  }
}

std::string version() { return DP_PLAYGROUND_VERSION; }

bool read_data_file(const std::string& file, std::string& bytes) {
  int n = dp_host_data_size(file.c_str());
  if (n < 0) return false;
  bytes.resize(static_cast<size_t>(n));
  if (n > 0) dp_host_data_copy(bytes.data());
  return true;
}

// Installed before main() and before any run: the core asks through it on its first \N{...}.
const bool kReaderInstalled = (dp::set_data_file_reader(&read_data_file), true);

}  // namespace

EMSCRIPTEN_BINDINGS(dynamo_playground) {
  emscripten::function("run", &run);
  emscripten::function("version", &version);
}
