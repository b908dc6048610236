// What every C++ golden runner shares (tests/cpp/core/golden_test.cpp, eager_diff_test.cpp,
// dynamo_logs_test.cpp, snapshot_test.cpp); tests/lib/goldens.mjs is the same for the Node runners
// (tests/conformance/run.mjs, tests/browser/page-programs.test.mjs). Keep the two in step.
//
//  * normalize(): the one rule for text that differs from run to run. A golden compares
//    normalize(expected) with normalize(actual). Today that is object addresses in default reprs
//    ("<... object at 0x7f3a2c...>", "<function f at 0x...>"): " at 0x<hex digits>" becomes
//    " at 0xADDR". Hex numbers not preceded by " at " (hex(255), f"{n:#x}") are compared as printed.
//  * update mode: with UPDATE_GOLDENS=1 in the environment (`./dev test --update` sets it), a runner
//    that finds a case's output differing from its expected file rewrites that file with the
//    normalized actual output instead of failing, for review in the diff. Cases listed as known
//    failures are never rewritten (their expected file is right; the playground is not yet).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace goldens {

inline const char kAddressToken[] = "0xADDR";

inline std::string normalize(const std::string& text) {
  static const std::string kAt = " at 0x";
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t hit = text.find(kAt, i);
    if (hit == std::string::npos) break;
    size_t digits = hit + kAt.size(), end = digits;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || (text[end] >= 'a' && text[end] <= 'f')))
      ++end;
    if (end == digits) {  // " at 0x" not followed by a hex digit: kept as it is
      out.append(text, i, digits - i);
      i = digits;
      continue;
    }
    out.append(text, i, hit - i);
    out += " at ";
    out += kAddressToken;
    i = end;
  }
  out.append(text, i, std::string::npos);
  return out;
}

// UPDATE_GOLDENS set to anything but "" or "0".
inline bool update_mode() {
  const char* v = std::getenv("UPDATE_GOLDENS");
  return v && *v && std::string(v) != "0";
}

// Rewrites an expected-output file (update mode) with the normalized actual text; true on success.
inline bool rewrite(const std::filesystem::path& file, const std::string& actual) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << normalize(actual);
  return static_cast<bool>(out);
}

}  // namespace goldens
