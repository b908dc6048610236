// Helpers shared by the dp::fx golden tests (Python str.strip() and conformance-file extraction).
#pragma once
#include <filesystem>

#include <fstream>
#include <sstream>
#include <string>

namespace fx_test {

// Python str.strip()
inline std::string py_strip(const std::string& s) {
  const char* ws = " \t\n\r\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The `def forward ... return ...` block of a conformance .out file (the program prints
// `gm.code.strip()` first), without a trailing newline.
inline std::string extract_graph_code(const std::string& text) {
  size_t start = text.find("def forward");
  if (start == std::string::npos) return "";
  size_t pos = start;
  while (true) {
    size_t nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (line.rfind("    return ", 0) == 0 || nl == std::string::npos)
      return text.substr(start, (nl == std::string::npos ? text.size() : nl) - start);
    pos = nl + 1;
  }
}

inline std::string shared_dir() { return DP_SHARED_DIR; }
// The public conformance programs are beside the repository on the CI machines; a clone without
// them skips the tests that read them (as tests/conformance/run.mjs does).
inline bool shared_conformance_present() { return std::filesystem::exists(shared_dir() + "/conformance/sin_add.out"); }

}  // namespace fx_test
