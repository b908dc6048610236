// Robustness: 10,000 deterministic random mutations of the corpus (byte flips, deletions,
// duplicated lines, inserted tokens, truncation) go through compile_module + dis_code +
// get_instructions. Every input must either compile or raise CompileError with a line
// number; nothing may crash, hang or throw anything else. Run this under -DDP_SANITIZE=ON.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "oracle_util.h"
#include "python/frontend.h"

using namespace dp::py;
using namespace dp_test;

namespace {

const char* const kTokens[] = {
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "!=",
    "->",
    ":=",
    "...",
    "\\",
    "\"",
    "'",
    "\"\"\"",
    "f\"{",
    "}\"",
    "\n",
    "    ",
    "\t",
    "if ",
    "else",
    "elif ",
    "for ",
    " in ",
    "while ",
    "def ",
    "class ",
    "return ",
    "lambda ",
    "yield ",
    "try:",
    "except ",
    "finally:",
    "with ",
    " as ",
    "import ",
    "from ",
    "global ",
    "nonlocal ",
    "del ",
    "break",
    "continue",
    "pass",
    "raise ",
    "assert ",
    "not ",
    " and ",
    " or ",
    " is ",
    "None",
    "True",
    "x",
    "y",
    "self",
    "0",
    "1.5",
    "0x1f",
    "1e9",
    "'s'",
    "b'b'",
    "*args",
    "**kw",
    "async ",
    "await ",
    "match ",
    "\xc3\xa9",
    "\xe2\x82\xac",
    "\x00",
    "#",
    "super()",
    "__class__",
};

std::string mutate(const std::string& src, std::mt19937& rng) {
  std::string s = src;
  int n = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < n; ++k) {
    if (s.empty()) s = "x";
    size_t pos = rng() % (s.size() + 1);
    switch (rng() % 6) {
      case 0:  // flip a byte
        if (pos < s.size()) s[pos] = static_cast<char>(rng() % 256);
        break;
      case 1: {  // delete a range
        size_t len = 1 + rng() % 8;
        if (pos < s.size()) s.erase(pos, std::min(len, s.size() - pos));
        break;
      }
      case 2: {  // duplicate a line
        size_t start = s.rfind('\n', pos == 0 ? 0 : pos - 1);
        start = start == std::string::npos ? 0 : start + 1;
        size_t end = s.find('\n', start);
        end = end == std::string::npos ? s.size() : end + 1;
        s.insert(end, s.substr(start, end - start));
        break;
      }
      case 3:  // insert a token
        s.insert(pos, kTokens[rng() % (sizeof(kTokens) / sizeof(kTokens[0]))]);
        break;
      case 4:  // truncate
        s.resize(pos);
        break;
      default: {  // swap two characters
        size_t other = rng() % (s.size());
        if (pos < s.size()) std::swap(s[pos], s[other]);
      }
    }
  }
  return s;
}

TEST(FrontendFuzz, RandomMutationsNeverCrash) {
  std::vector<std::string> sources;
  for (auto& f : list_py_files(std::string(DP_SOURCE_DIR) + "/tests/corpus/frontend")) sources.push_back(read_file(f));
  for (auto& f : list_py_files(std::string(DP_SOURCE_DIR) + "/tests/corpus/syntax_errors"))
    sources.push_back(read_file(f));
  ASSERT_FALSE(sources.empty());
  std::mt19937 rng(20240611u);
  int compiled = 0, rejected = 0;
  auto start = std::chrono::steady_clock::now();
  for (int iter = 0; iter < 10000; ++iter) {
    std::string input = mutate(sources[rng() % sources.size()], rng);
    try {
      auto co = compile_module(input, "fuzz.py");
      std::string text = dis_code(*co);
      auto ins = get_instructions(*co);
      ASSERT_FALSE(text.empty());
      ASSERT_FALSE(ins.empty());
      ++compiled;
    } catch (const CompileError& e) {
      ASSERT_GT(e.info.lineno, 0) << "iteration " << iter << ": " << e.info.msg << "\ninput:\n" << input;
      std::string formatted = format_syntax_error(e.info);
      ASSERT_FALSE(formatted.empty());
      ++rejected;
    } catch (const std::exception& e) {
      FAIL() << "iteration " << iter << " threw " << e.what() << "\ninput:\n" << input;
    }
  }
  auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("fuzz: %d compiled, %d rejected in %.2fs\n", compiled, rejected, secs);
  EXPECT_GT(compiled, 100);
  EXPECT_GT(rejected, 100);
}

}  // namespace

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Found by fuzzing (a 10 s timeout): deciding whether a call's argument is a bare generator
// expression trial-parsed the first argument of every call, so nested calls cost 2^depth.
TEST(FrontendFuzz, NestedCallsParseInLinearTime) {
  auto start = std::chrono::steady_clock::now();
  // 60 levels: within the parser's nesting limit (which is lower than CPython's 200 brackets).
  EXPECT_NO_THROW(compile_module("x = " + repeat("f(", 60) + "1" + repeat(")", 60) + "\n", "nested.py"));
  EXPECT_NO_THROW(compile_module("x = " + repeat("f(", 30) + "a" + repeat(" for a in b)", 30) + "\n", "genexps.py"));
  EXPECT_NO_THROW(compile_module("x = " + repeat("f(g(", 25) + "a" + repeat(") for a in b)", 25) + "\n", "mixed.py"));
  EXPECT_THROW(compile_module("x = " + repeat("f(", 150) + "1\n", "unclosed.py"), CompileError);
  EXPECT_THROW(compile_module("x = " + repeat("f(a, ", 150) + "1\n", "unclosed_args.py"), CompileError);
  auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(secs, 5.0);
}

}  // namespace
