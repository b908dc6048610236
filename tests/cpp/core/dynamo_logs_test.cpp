// Dynamo golden programs (tests/golden/dynamo) that check more than stdout:
//  * log goldens: NAME.py whose first line is `# logs: <TORCH_LOGS spec>` and NAME.logs, the exact
//    standard error of the run with those logs on (the program runs under the file name NAME.py);
//  * eager equality: every program marked `# eager-equal` in its first lines prints the same standard
//    output compiled and with {"force_eager": true} (torch.compiler.set_stance("force_eager")).
// Cases listed in tests/golden/dynamo/known_failures.txt or tests/golden/dynamic/known_failures.txt
// (`NAME  reason`) must fail; a listed case
// that passes fails the test, so the list only shrinks. Both sides of a log golden are normalized
// (tests/cpp/goldens.h); with UPDATE_GOLDENS=1 a differing NAME.logs of a case not listed is
// rewritten from the actual standard error (its NAME.out is golden_test.cpp's to rewrite).
#include <gtest/gtest.h>

#include <algorithm>
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

const fs::path kDir = fs::path(DP_SOURCE_DIR) / "tests" / "golden" / "dynamo";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> first_lines(const std::string& src, size_t n) {
  std::vector<std::string> out;
  std::istringstream in(src);
  std::string line;
  while (out.size() < n && std::getline(in, line)) out.push_back(line);
  return out;
}

// tests/golden/dynamo/known_failures.txt and tests/golden/dynamic/known_failures.txt
// (tests/cpp/known_failures.h); a malformed line fails the test that reads it.
std::map<std::string, std::string> known_failures() {
  std::map<std::string, std::string> out;
  for (const fs::path& dir : {kDir, kDir.parent_path() / "dynamic"}) {
    xfail::List list = xfail::read(dir / "known_failures.txt");
    for (auto& e : list.errors) ADD_FAILURE() << e;
    out.insert(list.reasons.begin(), list.reasons.end());
  }
  return out;
}

struct Case {
  std::string name;  // file stem
  fs::path py;
  std::string source;
};

// The Dynamo goldens and the dynamic-shapes goldens (tests/golden/dynamic).
std::vector<Case> cases() {
  std::vector<Case> out;
  for (const fs::path& dir : {kDir, kDir.parent_path() / "dynamic"}) {
    if (!fs::exists(dir)) continue;
    for (auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".py") continue;
      out.push_back({e.path().stem().string(), e.path(), read_file(e.path())});
    }
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return out;
}

json run(const Case& c, json options) {
  options["filename"] = c.py.filename().string();
  return json::parse(dp::run_json(c.source, options.dump()));
}

// First differing line of two texts, for failure messages.
std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "texts differ only in the final newline";
    if (!ha || !hb || la != lb)
      return "line " + std::to_string(line) + ":\n  expected: " + (ha ? la : "<end>") +
             "\n  actual:   " + (hb ? lb : "<end>");
  }
}

// Checks one check of a case against the known-failures list; `why` is empty when it passes.
// A listed case whose reason starts with `<kind>:` ("logs:" / "eager:") is an expected failure of
// this check; a case listed for another reason (its stdout golden) is not checked here.
void expect_outcome(const std::string& name, const std::string& kind, const std::string& why,
                    const std::map<std::string, std::string>& known) {
  auto it = known.find(name);
  if (it == known.end()) {
    EXPECT_TRUE(why.empty()) << name << " (" << kind << "): " << why;
  } else if (it->second.rfind(kind + ":", 0) == 0) {
    EXPECT_FALSE(why.empty()) << name << " (" << kind
                              << ") passes now but is listed in known_failures.txt: remove its line";
  }
}

TEST(DynamoGolden, LogGoldens) {
  auto known = known_failures();
  int n = 0;
  for (const Case& c : cases()) {
    auto lines = first_lines(c.source, 1);
    if (lines.empty() || lines[0].rfind("# logs:", 0) != 0) continue;
    ++n;
    std::string spec = lines[0].substr(7);
    spec.erase(0, spec.find_first_not_of(" \t"));
    fs::path logs = c.py;
    logs.replace_extension(".logs");
    std::string why;
    const bool update = goldens::update_mode() && !known.count(c.name);
    if (!update && !fs::exists(logs)) {
      why = "no " + logs.filename().string();
    } else {
      json r = run(c, {{"logs", spec}});
      std::string want = fs::exists(logs) ? goldens::normalize(read_file(logs)) : std::string();
      std::string got = goldens::normalize(r["stderr"].get<std::string>());
      if (want != got && update) {
        if (!goldens::rewrite(logs, got)) why = "could not rewrite " + logs.string();
      } else if (want != got) {
        why = "stderr differs from " + logs.filename().string() + ", " + first_difference(want, got);
      }
      fs::path out = c.py;
      out.replace_extension(".out");
      if (why.empty() && !update && fs::exists(out) &&
          goldens::normalize(read_file(out)) != goldens::normalize(r["stdout"].get<std::string>()))
        why = "stdout differs from " + out.filename().string();
    }
    expect_outcome(c.name, "logs", why, known);
  }
  EXPECT_GT(n, 0) << "no log goldens found in " << kDir;
}

TEST(DynamoGolden, EagerEqualsCompiled) {
  auto known = known_failures();
  int n = 0;
  for (const Case& c : cases()) {
    bool marked = false;
    for (auto& l : first_lines(c.source, 5)) marked |= l == "# eager-equal";
    if (!marked) continue;
    ++n;
    json compiled = run(c, json::object());
    json eager = run(c, {{"force_eager", true}});
    std::string why;
    if (compiled["exit_code"] != 0) why = "compiled run failed: " + compiled["stderr"].get<std::string>();
    else if (eager["exit_code"] != 0) why = "force_eager run failed: " + eager["stderr"].get<std::string>();
    else if (eager["graphs"].size() != 0) why = "force_eager run compiled a graph";
    else if (goldens::normalize(compiled["stdout"]) != goldens::normalize(eager["stdout"]))
      why = "compiled stdout differs from eager stdout, " + first_difference(eager["stdout"], compiled["stdout"]);
    expect_outcome(c.name, "eager", why, known);
  }
  EXPECT_GT(n, 0) << "no programs marked # eager-equal in " << kDir;
}

// The force_eager option itself: nothing is traced, the program's results are unchanged.
TEST(DynamoGolden, ForceEagerOption) {
  std::string src =
      "import torch\n"
      "from torch._dynamo.testing import CompileCounter\n"
      "cnt = CompileCounter()\n"
      "f = torch.compile(lambda x: x + 1, backend=cnt)\n"
      "print(f(torch.zeros(2)), cnt.frame_count)\n";
  json eager = json::parse(dp::run_json(src, R"({"force_eager": true})"));
  EXPECT_EQ(eager["stdout"], "tensor([1., 1.]) 0\n");
  json compiled = json::parse(dp::run_json(src, "{}"));
  EXPECT_EQ(compiled["stdout"], "tensor([1., 1.]) 1\n");
}

}  // namespace
