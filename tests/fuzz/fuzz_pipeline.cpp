// libFuzzer target over the whole pipeline: program text -> tokenizer, parser, compiler, eager VM,
// Dynamo (torch.compile in the program), FX printing, JSON. Every input must either run or fail
// with a located error; crashes, hangs (budgets keep runs short), leaks and sanitizer reports are
// bugs. Built by `./dev fuzz SECONDS` (clang, -DDP_FUZZ=ON -DDP_SANITIZE=ON), seeded with the
// corpus under tests/.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 20000) return 0;
  std::string source(reinterpret_cast<const char*>(data), size);
  std::string out = dp::run_json(source, R"({"filename": "fuzz.py", "max_steps": 200000, "max_recursion": 200,
                                            "max_objects": 300000, "max_output_bytes": 100000, "timeline": true})");
  auto j = nlohmann::json::parse(out);  // must always be valid JSON
  if (!j.contains("stdout") || !j.contains("exit_code")) __builtin_trap();
  if (!j["exception"].is_null()) {
    // Every failure carries a type and a message.
    if (!j["exception"].contains("type") || j["exception"]["type"].get<std::string>().empty()) __builtin_trap();
  }
  return 0;
}
