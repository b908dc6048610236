// Differential tests against CPython 3.11 for every program in tests/corpus/frontend:
//  * `python3 -m dis FILE` == dis_module(source, FILE) (object addresses normalized);
//  * every code-object field (co_code bytes, positions, consts, names, localsplus views,
//    flags, stack size, exception table) and get_instructions() == dis.get_instructions(),
//    dumped by tests/cpp/python/dump_code.py in the same format as DumpCode() below;
//  * the program itself runs under python3 (the corpus doubles as the eager-VM corpus).
#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>

#include "../known_failures.h"
#include "oracle_util.h"
#include "python/consts.h"
#include "python/frontend.h"

using namespace dp::py;
using namespace dp_test;

namespace {

const std::string kCorpusDir = std::string(DP_SOURCE_DIR) + "/tests/corpus/frontend";
const std::string kDumpScript = std::string(DP_SOURCE_DIR) + "/tests/cpp/python/dump_code.py";

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string o;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) o += sep;
    o += v[i];
  }
  return o;
}

std::string pos_str(const Position& p) {
  return std::to_string(p.lineno) + "," + std::to_string(p.end_lineno) + "," + std::to_string(p.col_offset) + "," +
         std::to_string(p.end_col_offset);
}

void DumpCode(const CodeObject& co, std::string& out) {
  out += "code " + co.co_name + " " + co.co_qualname + " " + std::to_string(co.co_firstlineno) + " " +
         std::to_string(co.co_argcount) + " " + std::to_string(co.co_posonlyargcount) + " " +
         std::to_string(co.co_kwonlyargcount) + " " + std::to_string(co.co_flags) + " " +
         std::to_string(co.co_stacksize) + "\n";
  out += "varnames: " + join(co.co_varnames, ",") + "\n";
  out += "cellvars: " + join(co.co_cellvars, ",") + "\n";
  out += "freevars: " + join(co.co_freevars, ",") + "\n";
  out += "names: " + join(co.co_names, ",") + "\n";
  std::vector<std::string> cs;
  for (auto& c : co.co_consts)
    cs.push_back(c.kind == Const::Kind::Code ? "<code " + c.code->co_name + ">" : const_repr(c));
  out += "consts: " + join(cs, " | ") + "\n";
  static const char* hex = "0123456789abcdef";
  std::string h;
  for (uint8_t b : co.co_code) {
    h += hex[b >> 4];
    h += hex[b & 15];
  }
  out += "code: " + h + "\n";
  std::vector<std::string> ps;
  for (auto& p : co.positions) ps.push_back(pos_str(p));
  out += "positions: " + join(ps, " ") + "\n";
  for (auto& e : co.exceptiontable)
    out += "exc: " + std::to_string(e.start) + " " + std::to_string(e.end) + " " + std::to_string(e.target) + " " +
           std::to_string(e.depth) + " " + std::to_string(e.lasti ? 1 : 0) + "\n";
  for (auto& i : get_instructions(co))
    out += "ins: " + std::to_string(i.offset) + " " + i.opname + " " + std::to_string(i.arg) + " " +
           std::to_string(i.starts_line) + " " + pos_str(i.pos) + " " + i.argrepr + "\n";
  for (auto& c : co.co_consts)
    if (c.kind == Const::Kind::Code) DumpCode(*c.code, out);
}

// What `python3 -m dis` had interned before compiling (one string per line, '#' comments): the
// file the CLI's dis command passes too. dump_code.py's process imports dis as well, so it has
// interned the strings that decide this corpus's frozensets (80_startup_interned) too.
const CompileOptions& python_m_dis() {
  static const CompileOptions options = [] {
    CompileOptions o;
    std::istringstream in(read_file(std::string(DP_SOURCE_DIR) + "/core/python/startup_interned.txt"));
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') o.startup_interned.push_back(line);
    return o;
  }();
  return options;
}

class CorpusOracle : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!python_unavailable_reason().empty()) GTEST_SKIP() << "oracle unavailable: " << python_unavailable_reason();
  }
};

TEST_P(CorpusOracle, DisMatchesPython) {
  const std::string path = GetParam();
  CmdResult py = run_command("PYTHONHASHSEED=0 python3 -m dis " + shell_quote(path) + " 2>/dev/null");
  ASSERT_EQ(py.status, 0) << "python3 -m dis failed for " << path;
  std::string ours;
  try {
    ours = dis_module(read_file(path), path, python_m_dis());
  } catch (const CompileError& e) {
    FAIL() << "CompileError: " << format_syntax_error(e.info);
  }
  std::string a = normalize_addresses(py.out), b = normalize_addresses(ours);
  EXPECT_EQ(a, b) << "first difference at " << first_difference(a, b);
}

TEST_P(CorpusOracle, CodeObjectsMatchPython) {
  const std::string path = GetParam();
  CmdResult py =
      run_command("PYTHONHASHSEED=0 python3 " + shell_quote(kDumpScript) + " " + shell_quote(path) + " 2>/dev/null");
  ASSERT_EQ(py.status, 0);
  std::string ours;
  DumpCode(*compile_module(read_file(path), path, python_m_dis()), ours);
  std::string a = normalize_addresses(py.out), b = normalize_addresses(ours);
  EXPECT_EQ(a, b) << "first difference at " << first_difference(a, b);
}

TEST_P(CorpusOracle, ProgramRunsUnderPython) {
  const std::string path = GetParam();
  CmdResult r1 = run_command("python3 " + shell_quote(path) + " 2>&1");
  EXPECT_EQ(r1.status, 0) << r1.out;
  CmdResult r2 = run_command("python3 " + shell_quote(path) + " 2>&1");
  EXPECT_EQ(r1.out, r2.out) << "output is not deterministic";
  EXPECT_FALSE(r1.out.empty()) << "program prints nothing";
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusOracle, ::testing::ValuesIn(list_py_files(kCorpusDir)),
                         [](const ::testing::TestParamInfo<std::string>& info) { return test_name_for(info.param); });

// Programs that only need to compile (they reference undefined names): denser coverage of
// EXTENDED_ARG, handler unwinding, f-string positions, big displays and unpacking.
class CompileOnlyOracle : public CorpusOracle {};

TEST_P(CompileOnlyOracle, DisAndCodeObjectsMatchPython) {
  const std::string path = GetParam();
  CmdResult dis = run_command("PYTHONHASHSEED=0 python3 -m dis " + shell_quote(path) + " 2>/dev/null");
  ASSERT_EQ(dis.status, 0);
  std::string ours = dis_module(read_file(path), path, python_m_dis());
  std::string a = normalize_addresses(dis.out), b = normalize_addresses(ours);
  EXPECT_EQ(a, b) << "first difference at " << first_difference(a, b);
  CmdResult dump =
      run_command("PYTHONHASHSEED=0 python3 " + shell_quote(kDumpScript) + " " + shell_quote(path) + " 2>/dev/null");
  ASSERT_EQ(dump.status, 0);
  std::string mine;
  DumpCode(*compile_module(read_file(path), path, python_m_dis()), mine);
  a = normalize_addresses(dump.out);
  b = normalize_addresses(mine);
  EXPECT_EQ(a, b) << "first difference at " << first_difference(a, b);
}

INSTANTIATE_TEST_SUITE_P(CompileOnly, CompileOnlyOracle,
                         ::testing::ValuesIn(list_py_files(std::string(DP_SOURCE_DIR) +
                                                           "/tests/cpp/python/compile_only")),
                         [](const ::testing::TestParamInfo<std::string>& info) { return test_name_for(info.param); });

// The machine's own CPython 3.11 standard library, read in place (never copied here): every
// top-level module and the json/, email/ and collections/ packages, disassembled by us and by
// `PYTHONHASHSEED=0 python3 -m dis` (one process per module: the order of some frozenset constants
// depends on the strings that process has interned). tests/corpus/stdlib_dis_known_failures.txt
// lists the modules that still differ (file names relative to the stdlib); each must differ.
TEST(StdlibDis, EveryModuleMatchesPython) {
  if (!python_unavailable_reason().empty()) GTEST_SKIP() << "oracle unavailable: " << python_unavailable_reason();
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("dp_stdlib_dis_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  CmdResult where =
      run_command("python3 " + shell_quote(std::string(DP_SOURCE_DIR) + "/tests/cpp/python/stdlib_dis.py") + " " +
                  shell_quote(dir.string()));
  ASSERT_EQ(where.status, 0) << where.out;
  std::string root = where.out.substr(0, where.out.find('\n'));
  std::vector<std::string> names;
  for (const char* sub : {"", "json/", "email/", "collections/"})
    for (auto& f : list_py_files(root + "/" + sub)) names.push_back(sub + std::filesystem::path(f).filename().string());
  ASSERT_GE(names.size(), 190u) << "stdlib at " << root;
  xfail::List known = xfail::read(std::string(DP_SOURCE_DIR) + "/tests/corpus/stdlib_dis_known_failures.txt");
  ASSERT_TRUE(known.errors.empty()) << known.errors.front();
  std::vector<std::string> unexpected, fixed;
  for (const std::string& name : names) {
    std::string path = root + "/" + name;
    std::string theirs = read_file((dir / (std::regex_replace(name, std::regex("/"), "__") + ".dis")).string());
    std::string ours;
    try {
      ours = dis_module(read_file(path), path, python_m_dis());
    } catch (const CompileError& e) {
      ours = format_syntax_error(e.info);
    }
    std::string a = normalize_addresses(theirs), b = normalize_addresses(ours);
    bool same = !a.empty() && a == b;
    if (!same && !known.has(name)) unexpected.push_back(name + ": " + first_difference(a, b));
    if (same && known.has(name)) fixed.push_back(name);
  }
  std::filesystem::remove_all(dir);
  for (auto& [name, reason] : known.reasons)
    if (std::find(names.begin(), names.end(), name) == names.end()) fixed.push_back(name + " (no such module)");
  EXPECT_TRUE(unexpected.empty()) << unexpected.size() << " modules differ, first: " << unexpected.front();
  EXPECT_TRUE(fixed.empty()) << "listed in stdlib_dis_known_failures.txt but matching: " << fixed.front();
}

TEST(CorpusOracleMeta, CorpusIsLargeEnough) { EXPECT_GE(list_py_files(kCorpusDir).size(), 60u); }

}  // namespace
