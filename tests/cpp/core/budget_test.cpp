// Runaway programs end with a Python-visible error, never a crash or a hang: the step budget,
// RecursionError (catchable, and raised before the C++ stack can overflow) and MemoryError-style
// errors for huge allocations.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "api.h"

namespace {

using nlohmann::json;

json run(const std::string& src, json opts = json::object()) {
  opts["filename"] = "main.py";
  return json::parse(dp::run_json(src, opts.dump()));
}

TEST(Budget, InfiniteLoopStopsAtTheStepBudget) {
  json r = run("while True:\n    pass\n", {{"max_steps", 100000}});
  EXPECT_EQ(r["exit_code"], 1);
  std::string err = r["stderr"];
  EXPECT_NE(err.find("stopped after"), std::string::npos) << err;
  EXPECT_NE(err.find("steps"), std::string::npos) << err;
  EXPECT_EQ(r["exception"]["type"], "StepBudgetExceeded");
}

TEST(Budget, StepBudgetCannotBeCaught) {
  json r =
      run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n", {{"max_steps", 50000}});
  EXPECT_EQ(r["exit_code"], 1);
  EXPECT_EQ(r["stdout"], "");
}

TEST(Budget, UncaughtRecursionError) {
  json r = run("def f(n):\n    return f(n + 1)\n\nf(0)\n");
  EXPECT_EQ(r["exit_code"], 1);
  std::string err = r["stderr"];
  EXPECT_NE(err.find("RecursionError: maximum recursion depth exceeded"), std::string::npos) << err.substr(0, 2000);
  EXPECT_NE(err.find("[Previous line repeated"), std::string::npos);
}

TEST(Budget, RecursionErrorIsCatchable) {
  json r = run(
      "def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught:', e)\nprint('after')\n");
  EXPECT_EQ(r["exit_code"], 0) << r["stderr"];
  EXPECT_EQ(r["stdout"], "caught: maximum recursion depth exceeded\nafter\n");
}

TEST(Budget, NineHundredFramesWork) {
  // CPython's default limit (1000) allows this; the playground must too, natively and in wasm.
  json r = run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\nprint(depth(900))\n");
  EXPECT_EQ(r["exit_code"], 0) << r["stderr"];
  EXPECT_EQ(r["stdout"], "900\n");
}

TEST(Budget, DeepRecursionThroughDunderMethods) {
  // Python frames reached through C++ helpers (__repr__, __eq__, __getattr__) also stop cleanly.
  json r = run(
      "class A:\n    def __repr__(self):\n        return repr(self)\n\ntry:\n    repr(A())\nexcept RecursionError:\n    print('repr ok')\n"
      "class B:\n    def __getattr__(self, name):\n        return self.other\n\ntry:\n    B().x\nexcept RecursionError:\n    print('getattr ok')\n");
  EXPECT_EQ(r["exit_code"], 0) << r["stderr"];
  EXPECT_EQ(r["stdout"], "repr ok\ngetattr ok\n");
}

TEST(Budget, DeeplyNestedContainers) {
  json r = run(
      "a = []\nb = []\nfor _ in range(100000):\n    a = [a]\n    b = [b]\ntry:\n    print(a == b)\nexcept RecursionError:\n    print('eq ok')\n"
      "try:\n    print(repr(a)[:5])\nexcept RecursionError:\n    print('repr ok')\n");
  EXPECT_EQ(r["exit_code"], 0) << r["stderr"];
  EXPECT_EQ(r["stdout"], "eq ok\nrepr ok\n");
}

TEST(Budget, HugeListIsAMemoryError) {
  json r = run("try:\n    x = [0] * 10**10\nexcept MemoryError:\n    print('MemoryError')\n");
  EXPECT_EQ(r["exit_code"], 0) << r["stderr"];
  EXPECT_EQ(r["stdout"], "MemoryError\n");
}

TEST(Budget, HugeStringIsAMemoryError) {
  json r = run("x = 'x' * 10**10\n");
  EXPECT_EQ(r["exit_code"], 1);
  std::string err = r["stderr"];
  EXPECT_NE(err.find("MemoryError"), std::string::npos) << err;
}

TEST(Budget, HugeTensorIsAnError) {
  json r = run("import torch\ntorch.zeros(100000, 100000)\n");
  EXPECT_EQ(r["exit_code"], 1);
  std::string err = r["stderr"];
  EXPECT_TRUE(err.find("MemoryError") != std::string::npos || err.find("RuntimeError") != std::string::npos) << err;
}

TEST(Budget, ManySmallObjectsHitTheObjectBudget) {
  json r = run("x = []\nwhile True:\n    x.append([1])\n", {{"max_objects", 100000}});
  EXPECT_EQ(r["exit_code"], 1);
  std::string err = r["stderr"];
  EXPECT_TRUE(err.find("MemoryError") != std::string::npos || err.find("stopped after") != std::string::npos) << err;
}

}  // namespace
