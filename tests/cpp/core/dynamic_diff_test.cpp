// Never a wrong result: random programs that read sizes, branch on them, reshape with them, take
// int arguments and read values out of tensors (.item(), .tolist(), with and without
// capture_scalar_outputs), called with changing shapes and values under torch.compile (dynamic=None, True
// and False), must print exactly what the same program prints with every compiled call run
// eagerly ({"force_eager": true}). DP_DIFF_PROGRAMS sets how many (default 5000); a failing program
// is printed whole, so it can be kept as a regression case in tests/golden/dynamic/.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.h"

namespace {

using json = nlohmann::json;

// The statement templates (tests/lib/dynamic_diff_statements.json, shared with the Node test).
std::vector<std::string> statements() {
  std::ifstream in(std::string(DP_SOURCE_DIR) + "/tests/lib/dynamic_diff_statements.json");
  json j = json::parse(in);
  return j["statements"].get<std::vector<std::string>>();
}

std::string program(std::mt19937& rng, int& calls_out) {
  static const std::vector<std::string> kStatements = statements();
  std::ostringstream p;
  p << "import torch\n\n";
  if (rng() % 2) p << "torch._dynamo.config.capture_scalar_outputs = True\n";
  p << "\ndef f(x, y, n):\n    a = x\n";
  int nst = 1 + static_cast<int>(rng() % 5);
  for (int i = 0; i < nst; ++i) p << "    " << kStatements[rng() % kStatements.size()] << "\n";
  bool int_out = rng() % 3 == 0;
  p << "    return " << (int_out ? "(a, x.shape[0] * 2 + n)" : "a") << "\n\n\n";
  const char* modes[] = {"", ", dynamic=True", ", dynamic=False"};
  p << "cf = torch.compile(f, backend=\"eager\"" << modes[rng() % 3] << ")\n";
  int calls = 3 + static_cast<int>(rng() % 4);
  calls_out = calls;
  int rows = 1 + static_cast<int>(rng() % 6), cols = 1 + static_cast<int>(rng() % 5);
  for (int c = 0; c < calls; ++c) {
    if (rng() % 2) rows = 1 + static_cast<int>(rng() % 6);
    if (rng() % 4 == 0) cols = 1 + static_cast<int>(rng() % 5);
    int n = static_cast<int>(rng() % 5);
    p << "x = torch.arange(" << rows * cols << ", dtype=torch.float32).reshape(" << rows << ", " << cols << ") / 7\n";
    p << "print(cf(x, torch.ones(" << cols << ") * 2, " << n << "))\n";
  }
  return p.str();
}

json run(const std::string& src, bool eager) {
  json opts = {{"filename", "main.py"}};
  if (eager) opts["force_eager"] = true;
  return json::parse(dp::run_json(src, opts.dump()));
}

TEST(DynamicShapes, RandomProgramsCompiledEqualEager) {
  int count = 5000;
  if (const char* env = std::getenv("DP_DIFF_PROGRAMS")) count = std::atoi(env);
  unsigned seed = 20261203;
  if (const char* env = std::getenv("DP_DIFF_SEED")) seed = static_cast<unsigned>(std::atoi(env));
  std::mt19937 rng(seed);
  int failures = 0;
  for (int i = 0; i < count && failures < 5; ++i) {
    int calls = 0;
    std::string src = program(rng, calls);
    json compiled = run(src, false), eager = run(src, true);
    std::string why;
    std::string cerr = compiled["stderr"].get<std::string>();
    if (cerr.find("internal error") != std::string::npos) why = "internal error: " + cerr;
    else if (compiled["exit_code"] != eager["exit_code"])
      why = "exit codes differ: " + cerr + "\n--- eager stderr:\n" + eager["stderr"].get<std::string>();
    else if (compiled["stdout"] != eager["stdout"]) {
      why = "stdout differs\n--- compiled:\n" + compiled["stdout"].get<std::string>() + "\n--- eager:\n" +
            eager["stdout"].get<std::string>();
    } else if (compiled["exit_code"] != 0 && compiled["exception"]["message"] != eager["exception"]["message"]) {
      why = "exceptions differ: " + compiled["exception"].dump() + " vs " + eager["exception"].dump();
    }
    if (!why.empty()) {
      ++failures;
      ADD_FAILURE() << "program " << i << ": " << why << "\n--- program:\n" << src;
    }
  }
}

}  // namespace
