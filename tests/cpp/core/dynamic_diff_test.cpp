// Never a wrong result: random programs that read sizes, branch on them, reshape with them, take
// int arguments and read values out of tensors (.item(), .tolist(), with and without
// capture_scalar_outputs), called with changing shapes and values under torch.compile (dynamic=None, True
// and False), must print exactly what the same program prints with every compiled call run
// eagerly ({"force_eager": true}). DP_DIFF_PROGRAMS sets how many (default 5000); a failing program
// is printed whole, so it can be kept as a regression case in tests/golden/dynamic/.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.h"

namespace {

using json = nlohmann::json;

// Statements over `a` (always shaped like x: [rows, cols]), x, y ([cols]) and the int n.
const std::vector<std::string> kStatements = {
    "a = a * x.shape[0]",
    "a = a + x.size(1)",
    "a = a + a.sum(0)",
    "a = a - a.mean(1, keepdim=True)",
    "a = a * y",
    "a = torch.cat([a, a], 0)[: x.shape[0]]",
    "a = a + n",
    "a = a * (x.shape[0] + n)",
    "a = a.t().contiguous().t()",
    "a = a + torch.arange(x.shape[1])",
    "a = a + x.new_ones(x.shape[0], 1) * n",
    "a = torch.cat([a[1:], a[:1]], 0)",
    "a = a + a.numel()",
    "a = a @ torch.ones(x.shape[1], x.shape[1])",
    "a = a.flatten().view(-1, x.shape[1])",
    "a = a.reshape(-1).view(x.shape[0], x.shape[1]) * 2",
    "a = a.unsqueeze(0).squeeze(0) + 1",
    "a = a.expand(x.shape[0], x.shape[1]) - 1",
    "a = a[:, : x.shape[1]]",
    "a = a * len(x)",
    "m = x.shape[0] * x.shape[1]\n    a = a + m % 5",
    "a = torch.where(a > x.shape[0], a, a * 0.5)",
    "for i in range(min(x.shape[0], 3)):\n        a = a + i",
    "if x.size(0) > 3:\n        a = a * 2\n    else:\n        a = a - 1",
    "if x.shape[0] == x.shape[1]:\n        a = a + 100",
    "if n > 2:\n        a = a / 3",
    "a = a + (x.shape[0] // 2)",
    "a = a * x.shape[-1] - x.size(0)",
    "a = a + torch.zeros(x.shape[0], x.shape[1])",
    "k = x.shape[0] - 1\n    a = torch.cat([a[:k], a[k:]], 0)",
    "a = a.sum(1, keepdim=True).expand(-1, x.shape[1]) + a",
    "a = (a + 1)[torch.arange(x.shape[0])]",
    "a = a[::2].repeat(2, 1)[: x.shape[0]] if x.shape[0] % 2 == 0 else a",
    "print('break', x.shape[0])",
    "a = a.max(dim=1, keepdim=True).values + a",
    "a = a * float(x.shape[0])",
    "s = x.shape\n    a = a.view(s[0], s[1]) + s[0]",
    "a = a + x.shape[0] * n",
    "a = a * a.sum().item()",
    "a = a + (x.shape[0] * torch.ones(1, dtype=torch.int64)).sum().item()",
    "if a.sum().item() > 3:\n        a = a + 1",
    "m = (y > 1).sum().item()\n    a = a + m * 2 - 1",
    "a = a + len(x.tolist())",
    "print('kw', x.shape[0], end='|\\n', sep=':')",
    "d = {'p': a, 'q': y}\n    d.update(r=a)\n    for k, v in dict(d).items():\n        a = a + v.sum()",
};

std::string program(std::mt19937& rng, int& calls_out) {
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
