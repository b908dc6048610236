// repr(str) and repr(bytes) (py::str_repr, py::bytes_repr: the one implementation, used by the
// compiler's constants, dis, FX code generation and the VM) against what CPython 3.11 prints,
// recorded in repr_expected.txt by gen_repr_expected.py (regenerate it with python3.11 when the
// rules change; the test itself needs no Python):
//  * every code point 0..0x10FFFF, alone: shown as itself exactly when repr() did (the "escaped"
//    ranges come from repr() itself, not from the Unicode categories the implementation uses);
//  * the exact repr of the code points on both sides of every range boundary and of sample strings
//    (quote choice, \\, \t \n \r, \xNN / \uNNNN / \UNNNNNNNN, lone surrogates, text around them);
//  * the exact repr of sample bytes objects, all 256 byte values included.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "python/consts.h"

namespace {

std::string unhex(const std::string& h) {
  std::string out;
  if (h == "-") return out;
  for (size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
  return out;
}

// UTF-8 (surrogates encoded like any other code point, as Python's 'surrogatepass' does).
std::string utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

struct Expected {
  std::vector<std::pair<uint32_t, uint32_t>> escaped;
  std::vector<std::pair<std::string, std::string>> strs, bytes;
};

const Expected& expected() {
  static const Expected e = [] {
    Expected r;
    std::ifstream in(std::string(DP_SOURCE_DIR) + "/tests/cpp/python/repr_expected.txt", std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream ls(line);
      std::string kind, a, b;
      ls >> kind >> a >> b;
      if (kind == "escaped") r.escaped.emplace_back(std::stoul(a, nullptr, 16), std::stoul(b, nullptr, 16));
      else if (kind == "str") r.strs.emplace_back(unhex(a), unhex(b));
      else if (kind == "bytes") r.bytes.emplace_back(unhex(a), unhex(b));
    }
    return r;
  }();
  return e;
}

TEST(Repr, ExpectedFileIsThere) {
  EXPECT_GT(expected().escaped.size(), 600u);
  EXPECT_GT(expected().strs.size(), 2000u);
  EXPECT_GE(expected().bytes.size(), 10u);
}

TEST(Repr, EveryCodePointIsEscapedExactlyWhenCPythonEscapesIt) {
  const auto& ranges = expected().escaped;
  size_t r = 0, wrong = 0;
  std::string first_wrong;
  for (uint32_t cp = 0; cp < 0x110000; ++cp) {
    while (r < ranges.size() && ranges[r].second < cp) ++r;
    const bool escaped = r < ranges.size() && ranges[r].first <= cp;
    const std::string c = utf8(cp);
    const std::string got = dp::py::str_repr(c);
    const bool shown_as_itself = got.size() == c.size() + 2 && got.compare(1, c.size(), c) == 0;
    if (shown_as_itself == escaped) {
      char name[16];
      std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(cp));
      if (wrong++ == 0) first_wrong = std::string(name) + ": got " + got;
    }
  }
  EXPECT_EQ(wrong, 0u) << "first: " << first_wrong;
}

TEST(Repr, StrSamplesMatchCPython) {
  for (const auto& [in, want] : expected().strs) EXPECT_EQ(dp::py::str_repr(in), want);
}

TEST(Repr, BytesSamplesMatchCPython) {
  for (const auto& [in, want] : expected().bytes) EXPECT_EQ(dp::py::bytes_repr(in), want);
}

// The case the three copies disagreed on: U+00A0 is a space separator (Zs), so it is escaped.
TEST(Repr, NoBreakSpaceIsEscaped) {
  EXPECT_EQ(dp::py::str_repr("\xc2\xa0"), "'\\xa0'");
  EXPECT_FALSE(dp::py::unicode_isprintable(0xA0));
  EXPECT_TRUE(dp::py::unicode_isprintable(' '));
  EXPECT_TRUE(dp::py::unicode_isprintable(0xE9));
}

}  // namespace
