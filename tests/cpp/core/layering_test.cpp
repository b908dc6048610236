// The rules between the core's folders (docs/architecture.md, "Rules between the steps"), checked
// on every #include of core/**/*.{h,cpp}:
//  * arrows only point down: python -> (nothing else), torch -> (nothing else), fx -> python,
//    runtime -> python, torch; dynamo -> python, torch, fx, runtime; api.{h,cpp} -> anything;
//  * no file under core/ includes an Emscripten header (only wasm/binding.cpp may).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::map<std::string, std::set<std::string>> kAllowed = {
    {"python", {"python"}},
    {"torch", {"torch"}},
    {"fx", {"fx", "python"}},
    {"runtime", {"runtime", "python", "torch"}},
    {"dynamo", {"dynamo", "python", "torch", "fx", "runtime"}},
};

// Every violation found under core/, as "file:line: text".
std::vector<std::string> violations(bool emscripten_only) {
  std::vector<std::string> out;
  const fs::path core = fs::path(DP_SOURCE_DIR) / "core";
  for (const auto& e : fs::recursive_directory_iterator(core)) {
    const std::string ext = e.path().extension().string();
    if (!e.is_regular_file() || (ext != ".h" && ext != ".cpp")) continue;
    const fs::path rel = fs::relative(e.path(), core);
    const std::string area = rel.begin()->string();  // "python", ..., or "api.cpp" at the top
    std::ifstream in(e.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      size_t p = line.find_first_not_of(" \t");
      if (p == std::string::npos || line.compare(p, 8, "#include") != 0) continue;
      const std::string where = "core/" + rel.generic_string() + ":" + std::to_string(n) + ": " + line;
      if (line.find("emscripten") != std::string::npos) {
        out.push_back(where);
        continue;
      }
      if (emscripten_only) continue;
      size_t q = line.find('"');
      if (q == std::string::npos) continue;  // <system header>
      const std::string target = line.substr(q + 1, line.find('"', q + 1) - q - 1);
      size_t slash = target.find('/');
      if (slash == std::string::npos) continue;  // "api.h", or a header beside this file
      const std::string to = target.substr(0, slash);
      auto allowed = kAllowed.find(area);
      if (allowed == kAllowed.end() || !kAllowed.count(to)) continue;  // api.*, prelude, ...
      if (!allowed->second.count(to)) out.push_back(where);
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += "\n  " + x;
  return s;
}

TEST(Layering, CoreNeverIncludesEmscripten) {
  auto v = violations(true);
  EXPECT_TRUE(v.empty()) << "Emscripten headers under core/ (only wasm/binding.cpp may):" << join(v);
}

TEST(Layering, IncludesOnlyPointDown) {
  auto v = violations(false);
  EXPECT_TRUE(v.empty()) << "includes against the layering of docs/architecture.md:" << join(v);
}

}  // namespace
