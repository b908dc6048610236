// The one reader of known-failures lists for the C++ runners (golden_test.cpp, eager_diff_test.cpp,
// dynamo_logs_test.cpp); tests/lib/known_failures.mjs is the same for the Node runners. Keep the two
// in step.
//
// Format: one case per line, `NAME  reason` (NAME has no whitespace; the reason is required). A `#`
// starts a comment that runs to the end of the line; blank lines are ignored. An absent file is an
// empty list. A line without a reason or a name listed twice is an error: the runner reading the
// list must fail on `errors`.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace xfail {

struct List {
  std::map<std::string, std::string> reasons;  // NAME -> reason
  std::vector<std::string> errors;             // "FILE:LINE: ..." for every malformed line

  bool has(const std::string& name) const { return reasons.count(name) != 0; }
};

inline List read(const std::filesystem::path& file) {
  List list;
  std::ifstream in(file, std::ios::binary);
  if (!in) return list;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string text = line.substr(0, line.find('#'));
    const char* space = " \t\r";
    size_t b = text.find_first_not_of(space);
    if (b == std::string::npos) continue;
    size_t e = text.find_last_not_of(space);
    text = text.substr(b, e - b + 1);
    size_t name_end = text.find_first_of(space);
    std::string where = file.string() + ":" + std::to_string(number) + ": ";
    if (name_end == std::string::npos) {
      list.errors.push_back(where + "expected \"NAME  reason\", got \"" + line + "\"");
      continue;
    }
    std::string name = text.substr(0, name_end);
    std::string reason = text.substr(text.find_first_not_of(space, name_end));
    if (!list.reasons.emplace(name, reason).second) list.errors.push_back(where + name + " is listed twice");
  }
  return list;
}

}  // namespace xfail
