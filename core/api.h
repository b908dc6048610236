// The core's whole public surface: program text in, one JSON document out.
// The wasm binding (wasm/binding.cpp), the native test driver and the benchmarks call only this.
// No Emscripten header is ever included under core/.
#pragma once
#include <string>

namespace dp {

// Runs (or disassembles) one program.
//   source:       the program text (UTF-8)
//   options_json: {"filename": "main.py", "mode": "run" | "dis",
//                  "logs": "graph_code,guards" (TORCH_LOGS syntax, may be empty),
//                  "timeline": bool, "max_steps": int, ...,
//                  "startup_interned": [str, ...] (mode "dis": what the disassembling interpreter
//                  had interned, core/python/startup_interned.txt for `python3 -m dis`)}
// Returns a JSON object; the schema is documented in README.md ("JSON output").
// Never throws; every failure is reported inside the JSON.
std::string run_json(const std::string& source, const std::string& options_json);

// The embedder's reader of the core's on-demand data files: `file` is a bare name (today only
// "unicode_names.bin", Unicode's character names for `\N{...}` and unicodedata, docs/unicode-names.md);
// it fills `bytes` and returns true, or returns false when the file cannot be had (the program then
// gets a clear error). Called at most once per file, the first time a program needs it. Without
// one, a native build reads the file from $DP_DATA_DIR, next to the executable, or from the source
// tree; the wasm binding installs one that asks the JavaScript host (wasm/playground.mjs).
using DataFileReader = bool (*)(const std::string& file, std::string& bytes);
void set_data_file_reader(DataFileReader reader);

}  // namespace dp
