// Unicode's character names (core/python/unicode_names.h) against CPython 3.11's unicodedata: every
// code point's name, every name's way back, and a clear SyntaxError when the table cannot be had.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "oracle_util.h"
#include "python/frontend.h"
#include "python/unicode_names.h"

using namespace dp::py;
using namespace dp_test;

namespace {

std::string error_msg(const std::string& src) {
  try {
    compile_module(src, "x.py");
  } catch (const CompileError& e) {
    return e.info.msg + " @" + std::to_string(e.info.lineno);
  }
  return "no error";
}

TEST(UnicodeNames, MissingTableIsAClearSyntaxError) {
  unicode_names::set_reader([](const std::string&, std::string&) { return false; });
  EXPECT_EQ(error_msg("x = 1\ny = '\\N{BULLET}'\n"),
            "(unicode error) \\N escapes not supported (can't load Unicode's character names: "
            "unicode_names.bin could not be read) @2");
  unicode_names::set_reader([](const std::string&, std::string& b) {
    b = "DPUN\x01garbage";
    return true;
  });
  EXPECT_EQ(error_msg("y = f'\\N{BULLET}'\n"),
            "(unicode error) \\N escapes not supported (can't load Unicode's character names: "
            "unicode_names.bin is not a valid Unicode 14.0.0 name table) @1");
  unicode_names::set_reader(nullptr);  // the default reader again
  EXPECT_EQ(error_msg("y = '\\N{BULLET}'\n"), "no error");
}

// Every code point: name_of == unicodedata.name, and lookup(name) (upper and lower case) gives it back.
TEST(UnicodeNames, EveryNameMatchesCPython) {
  CmdResult py = run_command(
      "python3 -c \"import sys, unicodedata as u\nassert sys.version_info[:2] == (3, 11)\n"
      "for c in range(0x110000):\n n = u.name(chr(c), None)\n if n: print(c, n)\"");
  if (py.status != 0) GTEST_SKIP() << "needs CPython 3.11 as python3";
  ASSERT_TRUE(unicode_names::ensure_loaded(nullptr));
  std::istringstream in(py.out);
  std::string line, got;
  uint32_t next = 0;
  size_t named = 0, bad = 0;
  std::vector<uint32_t> cps;
  while (std::getline(in, line)) {
    size_t sp = line.find(' ');
    uint32_t cp = static_cast<uint32_t>(std::stoul(line.substr(0, sp)));
    std::string name = line.substr(sp + 1);
    for (; next < cp; ++next)
      if (unicode_names::name_of(next, got) && ++bad < 10) ADD_FAILURE() << next << " has no name in CPython: " << got;
    next = cp + 1;
    ++named;
    if (!unicode_names::name_of(cp, got) || got != name) {
      if (++bad < 10) ADD_FAILURE() << cp << ": " << got << " != " << name;
      continue;
    }
    std::string lower = name;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    bool algorithmic = name.rfind("HANGUL SYLLABLE ", 0) == 0 || name.rfind("CJK UNIFIED IDEOGRAPH-", 0) == 0;
    if (!unicode_names::lookup(name, false, cps) || cps != std::vector<uint32_t>{cp}) {
      if (++bad < 10) ADD_FAILURE() << "lookup(" << name << ")";
    } else if (!algorithmic && (!unicode_names::lookup(lower, false, cps) || cps != std::vector<uint32_t>{cp})) {
      if (++bad < 10) ADD_FAILURE() << "lookup(" << lower << ")";
    }
  }
  for (; next < 0x110000; ++next)
    if (unicode_names::name_of(next, got) && ++bad < 10) ADD_FAILURE() << next << " has no name in CPython";
  EXPECT_EQ(bad, 0u);
  EXPECT_GT(named, 130000u);
  // Named sequences only when asked for; aliases always.
  EXPECT_FALSE(unicode_names::lookup("KEYCAP NUMBER SIGN", false, cps));
  EXPECT_TRUE(unicode_names::lookup("KEYCAP NUMBER SIGN", true, cps));
  EXPECT_EQ(cps, (std::vector<uint32_t>{0x23, 0xFE0F, 0x20E3}));
  EXPECT_TRUE(unicode_names::lookup("BYTE ORDER MARK", false, cps));
  EXPECT_EQ(cps, std::vector<uint32_t>{0xFEFF});
}

}  // namespace

namespace {

// The positions of the unicodeescape errors count CPython's escaped buffer (a non-ASCII character is
// 10 bytes there) and end at the first non-hex digit: the same messages as compile() in CPython 3.11.
TEST(UnicodeNames, EscapeErrorPositionsMatchCPython) {
  const char* sources[] = {
      "'\\x4'",          "'ab\\x4g'", "'\xc3\xa9\\x4'", "'\\u12'", "'\\U0011ffff'", "'\xc3\xa9\\\\\\N{X}'",
      "'\\N{\xc3\xa9}'", "b'a\\x4'",  "f'{1}\\x4'",     "'\\N'",   "'\\N{}'",       "'\\N{AB'"};
  for (const char* src : sources) {
    std::string hex;
    for (unsigned char c : std::string(src)) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%02x", c);
      hex += buf;
    }
    CmdResult py =
        run_command("python3 -c \"import sys\nassert sys.version_info[:2] == (3, 11)\ntry:\n compile(bytes.fromhex('" +
                    hex + "'), 'x.py', 'exec')\nexcept SyntaxError as e:\n print(e.msg, end='')\"");
    if (py.status != 0) GTEST_SKIP() << "needs CPython 3.11 as python3";
    std::string got = error_msg(std::string(src) + "\n");
    EXPECT_EQ(got.substr(0, got.rfind(" @")), py.out) << src;
  }
}

}  // namespace
