// SyntaxError reporting vs. CPython 3.11: for each program in tests/corpus/syntax_errors,
// the block `python3 FILE` prints to stderr (from the last "  File" line on) must equal
// format_syntax_error() of the CompileError thrown by compile_module. Also checks errors for
// constructs outside the playground subset and pathological nesting.
#include <gtest/gtest.h>

#include "oracle_util.h"
#include "python/frontend.h"

using namespace dp::py;
using namespace dp_test;

namespace {

const std::string kErrDir = std::string(DP_SOURCE_DIR) + "/tests/corpus/syntax_errors";

std::string last_file_block(const std::string& stderr_text) {
  size_t pos = stderr_text.rfind("  File \"");
  return pos == std::string::npos ? stderr_text : stderr_text.substr(pos);
}

class SyntaxErrorOracle : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!python_unavailable_reason().empty()) GTEST_SKIP() << "oracle unavailable: " << python_unavailable_reason();
  }
};

TEST_P(SyntaxErrorOracle, MatchesPythonOutput) {
  const std::string path = std::filesystem::absolute(GetParam()).string();
  CmdResult py = run_command("python3 " + shell_quote(path) + " 2>&1 >/dev/null");
  ASSERT_NE(py.status, 0) << "python3 accepted " << path;
  std::string expected = last_file_block(py.out);
  try {
    compile_module(read_file(path), path);
    FAIL() << "compile_module accepted " << path << "; python3 says:\n" << expected;
  } catch (const CompileError& e) {
    EXPECT_GT(e.info.lineno, 0);
    EXPECT_EQ(expected, format_syntax_error(e.info));
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, SyntaxErrorOracle, ::testing::ValuesIn(list_py_files(kErrDir)),
                         [](const ::testing::TestParamInfo<std::string>& info) { return test_name_for(info.param); });

SyntaxErrorInfo error_of(const std::string& src) {
  try {
    compile_module(src, "x.py");
  } catch (const CompileError& e) {
    return e.info;
  }
  ADD_FAILURE() << "no error for: " << src;
  return {};
}

// CPython 3.11 reports this error at the artificial location the `with` unwinding leaves: line -1,
// printed without a source line.
TEST(SyntaxErrors, ReturnThroughWithInExceptStarHasNoLine) {
  SyntaxErrorInfo e = error_of("def f():\n  try: pass\n  except* ValueError:\n    with a:\n      return\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line -1\n"
            "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block\n");
}

TEST(SyntaxErrors, DeepNestingIsACleanError) {
  SyntaxErrorInfo e = error_of(std::string(10000, '(') + "1" + std::string(10000, ')') + "\n");
  EXPECT_EQ(e.msg, "too many nested parentheses");
  std::string deep = "x = ";
  for (int i = 0; i < 20000; ++i) deep += "-";
  deep += "1\n";
  e = error_of(deep);
  EXPECT_NE(e.msg.find("too many nested"), std::string::npos) << e.msg;
  std::string chain = "x = 1";
  for (int i = 0; i < 100000; ++i) chain += " + 1";
  e = error_of(chain + "\n");
  EXPECT_NE(e.msg.find("too many nested"), std::string::npos) << e.msg;
  std::string nots = "x = ";
  for (int i = 0; i < 50000; ++i) nots += "not ";
  e = error_of(nots + "y\n");
  EXPECT_NE(e.msg.find("too many nested"), std::string::npos) << e.msg;
  std::string attrs = "x = a";
  for (int i = 0; i < 100000; ++i) attrs += ".b";
  e = error_of(attrs + "\n");
  EXPECT_NE(e.msg.find("too many nested"), std::string::npos) << e.msg;
}

TEST(SyntaxErrors, FormatMatchesCPythonLayout) {
  SyntaxErrorInfo e;
  e.filename = "x.py";
  e.lineno = 3;
  e.col = 5;
  e.end_lineno = 3;
  e.end_col = 8;
  e.text = "    foo() = 1";
  e.msg = "boom";
  EXPECT_EQ(format_syntax_error(e), "  File \"x.py\", line 3\n    foo() = 1\n    ^^^\nSyntaxError: boom\n");
}

}  // namespace

// 3.11 refuses decimal int literals beyond int_max_str_digits (4300) at compile time; hexadecimal
// ones of any size compile (docs/python-ints.md).
TEST(SyntaxErrors, HugeDecimalLiteralExceedsTheDigitLimit) {
  SyntaxErrorInfo e = error_of("y = 1\nx = " + std::string(5000, '1') + "\n");
  EXPECT_EQ(e.lineno, 2);
  EXPECT_EQ(e.msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use "
            "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to "
            "avoid decimal conversion limits.");
  EXPECT_NO_THROW(compile_module("x = " + std::string(4300, '9') + "\ny = 0x" + std::string(5000, 'f') + "\n", "x.py"));
}
