// Differential test of the eager VM against CPython 3.11: every torch-free program of
// tests/corpus/frontend and tests/corpus/eager runs through dp::run_json and through
// `PYTHONHASHSEED=0 python3 PATH`
// (same path string, from the repository root, so tracebacks name the same file). stdout and the
// exit status must be identical, and so must stderr (tracebacks, warnings, logging output).
//
// The second half runs tests/golden/eager (programs using torch, with hand-derived .out files)
// through dp::run_json; cases listed in tests/golden/eager/known_failures.txt must fail. Both sides
// are normalized (tests/cpp/goldens.h), and UPDATE_GOLDENS=1 rewrites a differing .out of a case
// not listed as a known failure.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../goldens.h"
#include "../known_failures.h"
#include "api.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kRoot = DP_SOURCE_DIR;

std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Outcome {
  std::string out, err;
  int status = -1;
};

// Runs a shell command from the repository root; stdout captured, stderr through a temp file.
Outcome shell(const std::string& cmd) {
  Outcome r;
  std::string err_path =
      (fs::temp_directory_path() / ("dp_eager_diff_" + std::to_string(::getpid()) + ".err")).string();
  std::string full = "cd " + quote(kRoot) + " && " + cmd + " 2>" + quote(err_path);
  FILE* p = popen(full.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.err = read_text(err_path);
  fs::remove(err_path);
  return r;
}

// "" when python3 is CPython 3.11; otherwise why the oracle cannot run.
const std::string& oracle_missing() {
  static const std::string reason = [] {
    Outcome r = shell("python3 -c \"import sys; print('%d.%d' % sys.version_info[:2])\"");
    if (r.status != 0) return std::string("python3 not found");
    std::string v = r.out.substr(0, r.out.find('\n'));
    return v == "3.11" ? std::string() : "python3 is " + v + ", the oracle must be CPython 3.11";
  }();
  return reason;
}

// Repository-relative paths of the *.py files of `dir` (sorted).
std::vector<std::string> py_files(const std::string& dir) {
  std::vector<std::string> out;
  fs::path abs = fs::path(kRoot) / dir;
  if (!fs::exists(abs)) return out;
  for (auto& e : fs::directory_iterator(abs))
    if (e.path().extension() == ".py") out.push_back(dir + "/" + e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string test_name(const std::string& path) {
  std::string n;
  for (char c : path.substr(path.find("corpus/") == std::string::npos ? 0 : path.find("corpus/") + 7))
    n += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return n;
}

// dp::run_json in a forked child, so that a crash of one program fails only its own test.
std::string run_json_isolated(const std::string& source, const std::string& options) {
  int fds[2];
  if (pipe(fds) != 0) return dp::run_json(source, options);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::string out = dp::run_json(source, options);
    size_t off = 0;
    while (off < out.size()) {
      ssize_t n = write(fds[1], out.data() + off, out.size() - off);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    close(fds[1]);
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  std::array<char, 4096> buf;
  ssize_t n;
  while ((n = read(fds[0], buf.data(), buf.size())) > 0) out.append(buf.data(), static_cast<size_t>(n));
  close(fds[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
    return json{{"stdout", ""},
                {"stderr", "the playground crashed (wait status " + std::to_string(st) + ")"},
                {"exit_code", -2}}
        .dump();
  return out;
}

Outcome run_playground(const std::string& rel_path, const std::string& extra_options = "") {
  json opts = {{"filename", rel_path}};
  if (!extra_options.empty()) opts.update(json::parse(extra_options));
  json res = json::parse(run_json_isolated(read_text(kRoot + "/" + rel_path), opts.dump()));
  Outcome r;
  r.out = res.value("stdout", std::string());
  r.err = res.value("stderr", std::string());
  r.status = res.value("exit_code", -1);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Torch-free programs: the playground against CPython.

std::vector<std::string> corpus() {
  auto a = py_files("tests/corpus/frontend");
  auto b = py_files("tests/corpus/eager");
  a.insert(a.end(), b.begin(), b.end());
  // Checked natively only: results that go through the C library's pow / log / exp to the last
  // bit, which the WebAssembly build's libc does not give as glibc does (tests/node/corpus.test.mjs
  // runs frontend and eager only).
  auto c = py_files("tests/corpus/native_libm");
  a.insert(a.end(), c.begin(), c.end());
  return a;
}

class EagerDiff : public ::testing::TestWithParam<std::string> {};

std::map<std::string, std::string> known_failures(const std::string& file);

TEST_P(EagerDiff, MatchesCPython) {
  if (!oracle_missing().empty()) GTEST_SKIP() << "CPython oracle unavailable: " << oracle_missing();
  const std::string& path = GetParam();
  // CPython shows the main script's path made absolute; both sides get the absolute path.
  const std::string abs = kRoot + "/" + path;
  // The playground's str/bytes hashes are CPython's under PYTHONHASHSEED=0 (docs/python-ints.md),
  // so set iteration order agrees only with a CPython run with that seed.
  Outcome want = shell("PYTHONHASHSEED=0 python3 " + quote(abs));
  Outcome got = run_playground(path, json{{"filename", abs}}.dump());
  // Known gaps (tests/corpus/known_failures.txt, paths relative to tests/corpus) must still differ.
  auto known = known_failures(kRoot + "/tests/corpus/known_failures.txt");
  std::string rel = path.substr(std::string("tests/corpus/").size());
  if (known.count(rel)) {
    bool same = got.out == want.out && got.status == want.status && got.err == want.err;
    EXPECT_FALSE(same) << rel << " matches CPython now: remove it from tests/corpus/known_failures.txt";
    return;
  }
  EXPECT_EQ(got.out, want.out) << path << ": stdout differs";
  EXPECT_EQ(got.status, want.status) << path << ": exit status differs\nstderr:\n" << got.err;
  // stderr counts whatever the exit status: warnings and logging write there.
  EXPECT_EQ(got.err, want.err) << path << ": stderr differs";
}

INSTANTIATE_TEST_SUITE_P(Corpus, EagerDiff, ::testing::ValuesIn(corpus()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return test_name(i.param); });

TEST(EagerCorpus, HasEnoughPrograms) {
  EXPECT_GE(py_files("tests/corpus/frontend").size(), 65u);
  EXPECT_GE(py_files("tests/corpus/eager").size(), 40u);
}

// ---------------------------------------------------------------------------------------------
// Programs using torch: the playground against hand-derived expected output.

// NAME -> reason (tests/cpp/known_failures.h); a malformed line fails the test that reads it.
std::map<std::string, std::string> known_failures(const std::string& file) {
  xfail::List list = xfail::read(file);
  for (auto& e : list.errors) ADD_FAILURE() << e;
  return list.reasons;
}

class EagerGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(EagerGolden, MatchesExpectedOutput) {
  const std::string& path = GetParam();
  std::string name = fs::path(path).stem().string();
  std::string out_path = kRoot + "/" + path.substr(0, path.size() - 3) + ".out";
  auto known = known_failures(kRoot + "/tests/golden/eager/known_failures.txt");
  const bool update = goldens::update_mode() && !known.count(name);
  ASSERT_TRUE(update || fs::exists(out_path)) << "missing " << out_path;
  std::string want = fs::exists(out_path) ? goldens::normalize(read_text(out_path)) : std::string();
  Outcome got = run_playground(path);
  got.out = goldens::normalize(got.out);
  bool pass = got.status == 0 && got.out == want;
  if (known.count(name)) {
    EXPECT_FALSE(pass) << name << " passes now: remove it from tests/golden/eager/known_failures.txt";
    return;
  }
  if (update && got.out != want) {
    EXPECT_TRUE(goldens::rewrite(out_path, got.out)) << "could not rewrite " << out_path;
    want = got.out;
  }
  EXPECT_EQ(got.out, want) << path << "\nstderr:\n" << got.err;
  EXPECT_EQ(got.status, 0) << path << "\nstderr:\n" << got.err;
}

INSTANTIATE_TEST_SUITE_P(Golden, EagerGolden, ::testing::ValuesIn(py_files("tests/golden/eager")),
                         [](const ::testing::TestParamInfo<std::string>& i) {
                           return test_name(fs::path(i.param).stem().string());
                         });

TEST(EagerGoldenList, KnownFailuresExist) {
  auto known = known_failures(kRoot + "/tests/golden/eager/known_failures.txt");
  for (auto& [name, reason] : known)
    EXPECT_TRUE(fs::exists(kRoot + "/tests/golden/eager/" + name + ".py")) << name << " is listed but does not exist";
  EXPECT_GE(py_files("tests/golden/eager").size(), 40u);
}

}  // namespace
