// Golden programs through the core's JSON facade: every tests/golden/**/NAME.py, every model of
// the zoo tests/models/NAME.py (its list: tests/models/known_failures.txt), every example
// program of the page (web/examples/NAME.py, the only copy: its expected output NAME.out lives
// beside it), every cell of the docs corpus (tests/docs/NAME.py; its NAME.err, when present, is the
// expected stderr: the logs the page shows) and every public conformance program DP_SHARED_DIR/conformance/NAME.py runs natively through dp::run_json, and the
// result's "stdout" must equal NAME.out byte for byte once both are normalized (object addresses,
// tests/cpp/goldens.h), with exit code 0 (what tests/conformance/run.mjs checks through the CLI).
// With UPDATE_GOLDENS=1 a differing NAME.out of a case not listed as a known failure is rewritten
// from the actual stdout instead (review the diff). Known failures are honoured the way run.mjs
// honours them: a case listed in a known_failures.txt ("NAME  reason" lines, # comments, read by
// tests/cpp/known_failures.h) must fail, every other case must pass, and a listed name must exist. The lists read are the case directory's
// own known_failures.txt (names relative to that directory), tests/golden/known_failures.txt (names
// relative to tests/golden), web/examples/known_failures.txt (optional; absent means every example
// must pass) and tests/conformance/known_failures.txt for the conformance programs.
#include <cstdlib>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "../goldens.h"
#include "../known_failures.h"
#include "api.h"

namespace fs = std::filesystem;

namespace {

struct GoldenCase {
  std::string id;     // test name: [A-Za-z0-9_] only
  fs::path py;        // the program
  fs::path out;       // its expected stdout
  std::string known;  // reason when listed as a known failure, else empty
};

// gtest prints a failing parameter with this: the program's path.
void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.py.string(); }

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string sanitize(const std::string& s) {
  std::string r;
  for (char c : s) r += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return r;
}

std::string without_py(const fs::path& rel) {
  std::string s = rel.generic_string();
  return s.substr(0, s.size() - 3);
}

// A known-failure entry that names no case: reported by the KnownFailuresExist test.
std::vector<std::string>& stale_entries() {
  static std::vector<std::string> v;
  return v;
}

// NAME -> reason from a known-failures list (tests/cpp/known_failures.h); its malformed lines are
// reported with the stale entries.
std::map<std::string, std::string> read_known(const fs::path& file) {
  xfail::List list = xfail::read(file);
  for (auto& e : list.errors) stale_entries().push_back(e);
  return list.reasons;
}

// One directory of NAME.py + NAME.out cases (ids `prefix` + NAME) with its known-failures list;
// list entries naming no case are reported as stale (`list_label`: how the list is named).
void add_flat_dir(const fs::path& dir, const fs::path& list, const std::string& list_label, const std::string& prefix,
                  std::vector<GoldenCase>& cases) {
  if (!fs::exists(dir)) return;
  auto known = read_known(list);
  std::vector<fs::path> pys;
  for (auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".py") pys.push_back(e.path());
  std::sort(pys.begin(), pys.end());
  std::set<std::string> names;
  for (auto& py : pys) {
    GoldenCase c;
    c.py = py;
    c.out = fs::path(py).replace_extension(".out");
    std::string name = py.stem().string();
    names.insert(name);
    c.id = prefix + sanitize(name);
    auto k = known.find(name);
    if (k != known.end()) c.known = k->second;
    cases.push_back(c);
  }
  for (auto& [name, reason] : known)
    if (!names.count(name)) stale_entries().push_back(list_label + ": " + name);
}

std::vector<GoldenCase> collect_cases() {
  std::vector<GoldenCase> cases;
  stale_entries().clear();
  const fs::path source(DP_SOURCE_DIR);
  const fs::path golden = source / "tests" / "golden";
  const fs::path conformance = fs::path(DP_SHARED_DIR) / "conformance";

  // Golden programs, in every subdirectory.
  if (fs::exists(golden)) {
    std::vector<fs::path> pys;
    std::set<fs::path> dirs;
    for (auto& e : fs::recursive_directory_iterator(golden)) {
      if (e.is_regular_file() && e.path().extension() == ".py") pys.push_back(e.path());
      if (e.is_directory()) dirs.insert(e.path());
    }
    dirs.insert(golden);
    std::sort(pys.begin(), pys.end());
    // Every known_failures.txt below tests/golden, its names relative to its own directory.
    std::map<fs::path, std::map<std::string, std::string>> lists;
    for (auto& d : dirs) lists[d] = read_known(d / "known_failures.txt");
    std::map<fs::path, std::set<std::string>> used;
    for (auto& py : pys) {
      GoldenCase c;
      c.py = py;
      c.out = fs::path(py).replace_extension(".out");
      c.id = "golden_" + sanitize(without_py(fs::relative(py, golden)));
      for (fs::path d = py.parent_path();; d = d.parent_path()) {
        auto it = lists.find(d);
        if (it != lists.end()) {
          std::string name = without_py(fs::relative(py, d));
          auto k = it->second.find(name);
          if (k != it->second.end()) {
            // "logs:" / "eager:" entries are failures of the log and eager checks
            // (dynamo_logs_test.cpp): the case's stdout must still match.
            if (k->second.rfind("logs:", 0) != 0 && k->second.rfind("eager:", 0) != 0) c.known = k->second;
            used[d].insert(name);
          }
        }
        if (d == golden || d == d.parent_path()) break;
      }
      cases.push_back(c);
    }
    for (auto& [d, list] : lists)
      for (auto& [name, reason] : list)
        if (!used[d].count(name)) stale_entries().push_back((d / "known_failures.txt").string() + ": " + name);
  }

  // The model zoo (tests/models/NAME.py: small models as popular code writes them, each checked
  // for PyTorch's graph count and eager's results).
  add_flat_dir(source / "tests" / "models", source / "tests" / "models" / "known_failures.txt",
               "tests/models/known_failures.txt", "models_", cases);
  // The docs corpus (tests/docs: the cells of PyTorch's torch.compile documentation), with its list.
  add_flat_dir(source / "tests" / "docs", source / "tests" / "docs" / "known_failures.txt",
               "tests/docs/known_failures.txt", "docs_", cases);
  // The eager oracle corpus (tests/oracle/eager: expected outputs printed by real PyTorch through
  // tests/oracle/regen.py; never rewritten here).
  add_flat_dir(source / "tests" / "oracle" / "eager", source / "tests" / "oracle" / "eager" / "known_failures.txt",
               "tests/oracle/eager/known_failures.txt", "oracle_", cases);
  // The page's example programs and the shared conformance programs, each with its list.
  add_flat_dir(source / "web" / "examples", source / "web" / "examples" / "known_failures.txt",
               "web/examples/known_failures.txt", "examples_", cases);
  add_flat_dir(conformance, source / "tests" / "conformance" / "known_failures.txt",
               "tests/conformance/known_failures.txt", "conformance_", cases);
  return cases;
}

// dp::run_json in a child process, so that a program that crashes the core fails its own case
// only and no state of one run (e.g. per-interpreter caches) can leak into the next.
std::string run_json_isolated(const std::string& source, const std::string& options, std::string& crash) {
  int fds[2];
  if (pipe(fds) != 0) return dp::run_json(source, options);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return dp::run_json(source, options);
  }
  if (pid == 0) {
    close(fds[0]);
    std::string r = dp::run_json(source, options);
    size_t off = 0;
    while (off < r.size()) {
      ssize_t n = write(fds[1], r.data() + off, r.size() - off);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    close(fds[1]);
    _exit(0);
  }
  close(fds[1]);
  std::string r;
  char buf[65536];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) r.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) crash = "the core crashed (signal " + std::to_string(WTERMSIG(status)) + ")";
  return r;
}

// Why the run does not match, or "" when it does.
// In update mode a case not listed as a known failure gets its NAME.out rewritten (or created) from
// the actual stdout; only a crash or a non-zero exit code is then reported.
std::string mismatch(const GoldenCase& c) {
  // Only the repository's own goldens are rewritten (the shared conformance programs are not ours).
  const bool update =
      goldens::update_mode() && c.known.empty() && c.id.rfind("conformance_", 0) != 0 && c.id.rfind("oracle_", 0) != 0;
  if (!update && !fs::exists(c.out)) return "no " + c.out.filename().string() + " next to it";
  nlohmann::json options;
  options["filename"] = c.py.filename().string();
  // DP_GC_STRESS=N runs every golden with the tensor collector every N steps (docs/memory.md).
  if (const char* stress = std::getenv("DP_GC_STRESS")) options["gc_stress_steps"] = std::atoll(stress);
  std::string crash;
  std::string text = run_json_isolated(read_file(c.py), options.dump(), crash);
  if (!crash.empty()) return crash;
  nlohmann::json result = nlohmann::json::parse(text, nullptr, false);
  if (result.is_discarded() || !result.is_object()) return "run_json did not return a JSON object";
  std::string got = goldens::normalize(result.value("stdout", std::string()));
  std::string want = fs::exists(c.out) ? goldens::normalize(read_file(c.out)) : std::string();
  std::string why;
  int exit_code = result.value("exit_code", 0);
  if (exit_code != 0) why += "exit code " + std::to_string(exit_code) + "; ";
  if (got != want && update) {
    if (!goldens::rewrite(c.out, got)) why += "could not rewrite " + c.out.string() + "; ";
    else std::printf("UPDATE_GOLDENS: rewrote %s\n", c.out.string().c_str());
  } else if (got != want) {
    std::istringstream g(got), w(want);
    std::string gl, wl;
    int line = 1;
    while (true) {
      bool hg = static_cast<bool>(std::getline(g, gl));
      bool hw = static_cast<bool>(std::getline(w, wl));
      if (!hg && !hw) break;
      if (!hg || !hw || gl != wl) {
        why += "stdout differs at line " + std::to_string(line) + ": expected " + (hw ? "\"" + wl + "\"" : "<end>") +
               ", got " + (hg ? "\"" + gl + "\"" : "<end>") + "; ";
        break;
      }
      ++line;
    }
    if (why.find("stdout differs") == std::string::npos) why += "stdout differs in its line endings; ";
  }
  // NAME.err, when present (the docs corpus: the logs a page shows), is the expected stderr.
  fs::path err_file = fs::path(c.py).replace_extension(".err");
  if (fs::exists(err_file) && !update) {
    std::string got_err = goldens::normalize(result.value("stderr", std::string()));
    std::string want_err = goldens::normalize(read_file(err_file));
    if (got_err != want_err) {
      size_t i = 0;
      while (i < got_err.size() && i < want_err.size() && got_err[i] == want_err[i]) ++i;
      size_t from = i < 80 ? 0 : i - 80;
      why += "stderr differs from " + err_file.filename().string() + " at byte " + std::to_string(i) + ": expected \"" +
             want_err.substr(from, 160) + "\", got \"" + got_err.substr(from, 160) + "\"; ";
    }
  } else if (fs::exists(err_file) && update) {
    goldens::rewrite(err_file, result.value("stderr", std::string()));
  }
  if (!why.empty() && result.contains("stderr") && result["stderr"].is_string()) {
    std::string err = result["stderr"].get<std::string>();
    if (err.size() > 2000) err = "..." + err.substr(err.size() - 2000);
    why += "\nstderr:\n" + err;
  }
  return why;
}

class GoldenTest : public testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, StdoutMatches) {
  const GoldenCase& c = GetParam();
  std::string why = mismatch(c);
  if (c.known.empty()) {
    EXPECT_EQ(why, "") << c.py.string();
  } else {
    EXPECT_NE(why, "") << c.py.string() << " passes now but is listed as a known failure (" << c.known
                       << "): remove its line from the known_failures.txt";
  }
}

INSTANTIATE_TEST_SUITE_P(Programs, GoldenTest, testing::ValuesIn(collect_cases()),
                         [](const testing::TestParamInfo<GoldenCase>& info) { return info.param.id; });

TEST(GoldenLists, KnownFailuresNameExistingCases) {
  collect_cases();
  EXPECT_TRUE(stale_entries().empty()) << [] {
    std::string s = "known failures that name no case, or malformed lines:";
    for (auto& e : stale_entries()) s += "\n  " + e;
    return s;
  }();
}

// tests/oracle/differences.txt lists the oracle programs whose PyTorch 1.13 output differs from the
// PyTorch version the playground follows: each needs its 1.13 output (NAME.out-1.13, written by
// tests/oracle/regen.py) beside a hand-reviewed NAME.out that really differs from it, so the list
// cannot go stale.
TEST(GoldenLists, OracleDifferencesAreReal) {
  const fs::path oracle = fs::path(DP_SOURCE_DIR) / "tests" / "oracle";
  std::istringstream lines(read_file(oracle / "differences.txt"));
  std::string line;
  int listed = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::string name = line.substr(0, line.find_first_of(" \t"));
    const fs::path out = oracle / "eager" / (name + ".out"), old = oracle / "eager" / (name + ".out-1.13");
    ASSERT_TRUE(fs::exists(out)) << name << ": no " << out;
    ASSERT_TRUE(fs::exists(old)) << name << ": no " << old << " (run tests/oracle/regen.py)";
    EXPECT_NE(read_file(out), read_file(old)) << name << ": 1.13 prints the same: remove it from differences.txt";
    EXPECT_NE(line.find('|'), std::string::npos) << name << ": the line needs `what | evidence`";
    listed++;
  }
  EXPECT_GE(listed, 1);
}

// web/examples holds the page's example programs (the only copy; the examples menu is built from
// them): each starts with its "# Title: ..." and "# Group: ..." lines and has its expected output
// NAME.out beside it.
TEST(GoldenLists, ExamplesHaveTitleGroupAndOutput) {
  const fs::path dir = fs::path(DP_SOURCE_DIR) / "web" / "examples";
  ASSERT_TRUE(fs::exists(dir)) << dir.string();
  for (auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".py") continue;
    const std::string name = e.path().filename().string();
    std::string text = read_file(e.path());
    EXPECT_EQ(text.rfind("# Title: ", 0), 0u) << name;
    size_t nl = text.find('\n');
    EXPECT_EQ(nl == std::string::npos ? std::string::npos : text.find("# Group: ", nl + 1), nl + 1) << name;
    EXPECT_TRUE(fs::exists(fs::path(e.path()).replace_extension(".out"))) << name << " has no .out beside it";
  }
  EXPECT_FALSE(fs::exists(fs::path(DP_SOURCE_DIR) / "tests" / "golden" / "examples"))
      << "tests/golden/examples is gone: web/examples is the only copy of the examples";
}

TEST(GoldenLists, SuiteIsNotEmpty) {
  auto cases = collect_cases();
  size_t script_object = 0, examples = 0;
  for (auto& c : cases) {
    if (c.id.rfind("golden_script_object_", 0) == 0) ++script_object;
    if (c.id.rfind("examples_", 0) == 0) ++examples;
  }
  EXPECT_GE(script_object, 40u);
  EXPECT_GE(examples, 8u);
}

// The one normalizer of run-dependent text: addresses in default reprs only.
TEST(GoldenNormalize, MasksObjectAddressesOnly) {
  EXPECT_EQ(goldens::normalize(
                "value=<torch._library.fake_class_registry.FakeScriptObject object at 0x7f3a2c001a40>, method=top"),
            "value=<torch._library.fake_class_registry.FakeScriptObject object at 0xADDR>, method=top");
  EXPECT_EQ(goldens::normalize("<function f at 0x1f> and <function g at 0xa0>\n"),
            "<function f at 0xADDR> and <function g at 0xADDR>\n");
  // Already normalized text is unchanged; hex numbers that are not addresses are kept.
  EXPECT_EQ(goldens::normalize("<X object at 0xADDR>"), "<X object at 0xADDR>");
  EXPECT_EQ(goldens::normalize("0xff 0x10 look at 0x"), "0xff 0x10 look at 0x");
  EXPECT_EQ(goldens::normalize("at 0x1f"), "at 0x1f");
  EXPECT_NE(goldens::normalize("<X object at 0x1f>"), goldens::normalize("<Y object at 0x1f>"));
}

// The one reader of known-failures lists (tests/cpp/known_failures.h), on the inputs of
// tests/node/goldens.test.mjs.
TEST(KnownFailuresList, FormatAndErrors) {
  const fs::path dir = fs::temp_directory_path() / ("dp_known_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "known_failures.txt";
  auto write = [&](const std::string& text) { std::ofstream(file, std::ios::binary) << text; };
  EXPECT_TRUE(xfail::read(dir / "absent.txt").reasons.empty());
  write("# header\n\n  sub/a_case   why it fails  # note\r\nb\tother reason\n");
  xfail::List list = xfail::read(file);
  EXPECT_EQ(list.reasons, (std::map<std::string, std::string>{{"sub/a_case", "why it fails"}, {"b", "other reason"}}));
  EXPECT_TRUE(list.errors.empty());
  write("a reason\nlonely   # a comment is not a reason\n");
  list = xfail::read(file);
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_NE(list.errors[0].find("known_failures.txt:2: expected \"NAME  reason\""), std::string::npos)
      << list.errors[0];
  write("a reason\na again\n");
  list = xfail::read(file);
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_NE(list.errors[0].find(":2: a is listed twice"), std::string::npos) << list.errors[0];
  fs::remove_all(dir);
}

}  // namespace
