// Runs share one warm interpreter (Interp::take_snapshot / restore_snapshot, used by dp::run_json):
// whatever a program changes (the torch prelude's modules and classes, builtins, registries, the
// random generator, grad mode, print options, fake addresses) must be gone for the next program,
// including after a run stopped by a budget in the middle of an import.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "api.h"
#include "runtime/interp.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

json run(const std::string& src, const std::string& opts = R"({"filename": "main.py"})") {
  return json::parse(dp::run_json(src, opts));
}

// Prints the state the polluting programs below change.
const char* kProbe = R"PY(
import builtins
import torch
print(hasattr(torch, "foo"), hasattr(torch.nn.Module, "extra"), hasattr(builtins, "extra"))
print(len([1, 2]), torch._dynamo.config.recompile_limit, torch.is_grad_enabled())
print(torch.randn(3))
print(torch.tensor([1.23456789]))
print(torch._library.fake_class_registry.global_fake_class_registry._registered_class)
print(torch.sin, torch.nn.Linear.__init__ is not None)
import collections
print(hasattr(collections.OrderedDict, "extra"))
print(hex(id(object())), hex(id(torch)))
t = torch.ones(2)
print(t, t.requires_grad)
)PY";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A golden script-object program (it registers a fake class and compiles with it), then changes
// to the prelude's modules, classes and builtins and to the process-wide torch state.
const std::string& polluter() {
  static const std::string program =
      read_file(fs::path(DP_SOURCE_DIR) / "tests" / "golden" / "script_object" / "01_push_pop_graph.py") + R"PY(
import builtins
import torch
import torch._dynamo
import torch._dynamo.testing
torch.foo = 1
torch.nn.Module.extra = 2
builtins.extra = 3
torch._dynamo.config.recompile_limit = 1
torch.manual_seed(7)
torch.randn(5)
torch.set_grad_enabled(False)
print(hex(id(torch)))
del torch.sin
torch.nn.Linear.__init__ = None
import collections
collections.OrderedDict.extra = 4
builtins.len = lambda x: 42
print("polluted")
)PY";
  return program;
}

TEST(Snapshot, AProgramsChangesAreGoneForTheNextRun) {
  json before = run(kProbe);
  ASSERT_EQ(before["exit_code"], 0) << before["stderr"];
  json polluted = run(polluter());
  ASSERT_EQ(polluted["exit_code"], 0) << polluted["stderr"];
  EXPECT_NE(polluted["stdout"].get<std::string>().find("polluted"), std::string::npos);
  json after = run(kProbe);
  EXPECT_EQ(after["stdout"], before["stdout"]);
  EXPECT_EQ(after["stderr"], before["stderr"]);
  // The probe itself sees PyTorch's defaults.
  const std::string out = before["stdout"];
  EXPECT_NE(out.find("False False False\n2 8 True\n"), std::string::npos) << out;
  EXPECT_NE(out.find("tensor([1.2346])"), std::string::npos) << out;
  EXPECT_NE(out.find("tensor([1., 1.]) False"), std::string::npos) << out;
}

TEST(Snapshot, ARunStoppedInsideAnImportLeavesNothingBehind) {
  json before = run(kProbe);
  // Budgets that end the run part-way through importing a prelude module, at many points.
  // (Modules that `import torch` does not import itself: the snapshot holds those already.)
  const std::string imports = "import itertools\nimport copy\nimport functools\nimport json\nimport logging\n";
  const struct {
    const char* tail;
    const char* option;
    std::vector<int> values;
    const char* exception;
  } stops[] = {
      // (collections is already imported by the warm `import torch`: torch.nn and torch.optim use it)
      {"print('done')\n", "max_steps", {5, 50, 100, 150}, "StepBudgetExceeded"},
      {"x = [[i] for i in range(100000)]\n", "max_objects", {10, 100, 1000}, "MemoryError"},
  };
  for (const auto& stop : stops) {
    for (int value : stop.values) {
      SCOPED_TRACE(std::string(stop.option) + "=" + std::to_string(value));
      json r = run(imports + stop.tail,
                   std::string(R"({"filename": "main.py", ")") + stop.option + "\": " + std::to_string(value) + "}");
      EXPECT_EQ(r["exit_code"], 1);
      EXPECT_EQ(r["exception"]["type"], stop.exception);
      EXPECT_EQ(run(kProbe)["stdout"], before["stdout"]);
    }
  }
  // A syntax error never reaches the interpreter; an exception in a class body leaves a half-made
  // class behind in the prelude's registries.
  run("def f(:\n");
  run("import torch\nclass M(torch.nn.Module):\n    torch.nn.Module.half = 1\n    raise ValueError\n");
  EXPECT_EQ(run(kProbe)["stdout"], before["stdout"]);
}

// Every example prints the same after any other program ran in the same process, including one
// that changed the prelude.
TEST(Snapshot, ExamplesPrintTheSameAfterAPollutingRun) {
  const fs::path dir = fs::path(DP_SOURCE_DIR) / "web" / "examples";
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".py") continue;
    const std::string source = read_file(entry.path());
    const std::string opts =
        R"({"filename": ")" + entry.path().filename().string() + R"(", "logs": "graph_code,guards"})";
    json first = run(source, opts);
    run(polluter());
    json again = run(source, opts);
    SCOPED_TRACE(entry.path().string());
    EXPECT_EQ(again["stdout"], first["stdout"]);
    EXPECT_EQ(again["stderr"], first["stderr"]);
    EXPECT_EQ(again["graphs"], first["graphs"]);
    EXPECT_EQ(again["guards"], first["guards"]);
    EXPECT_EQ(again["logs"], first["logs"]);
    ++n;
  }
  EXPECT_GE(n, 16);
}

// The snapshot itself: objects made after it are freed, mutable ones get their state back.
TEST(Snapshot, RestoreFreesNewObjectsAndUndoesChanges) {
  dp::rt::Interp I;
  dp::rt::Dict* d = I.new_dict();
  dp::rt::Value l = I.list({dp::rt::Value::integer(1)});
  dp::rt::Dict* zero = I.new_dict();
  I.dict_set_str(zero, "z", dp::rt::Value::flt(0.0));
  I.set_file_lines("lib.py", {"a = 1"});
  I.take_snapshot();
  const size_t base = I.heap_size();
  I.dict_set_str(d, "k", I.str("v"));
  static_cast<dp::rt::List*>(l.o)->items.push_back(I.str("new"));
  I.modules["made_in_run"] = I.new_module("made_in_run");
  I.dict_set_str(zero, "z", dp::rt::Value::flt(-0.0));  // == 0.0, but not the same value
  I.set_file_lines("lib.py", {"b = 2"});
  I.set_file_lines("main.py", {"c = 3"});
  I.out = "printed";
  I.steps = 99;
  EXPECT_GT(I.heap_size(), base);
  I.restore_snapshot();
  EXPECT_EQ(I.heap_size(), base);
  EXPECT_EQ(d->size(), 0u);
  EXPECT_EQ(static_cast<dp::rt::List*>(l.o)->items.size(), 1u);
  EXPECT_EQ(I.modules.count("made_in_run"), 0u);
  EXPECT_FALSE(std::signbit(I.dict_get_str(zero, "z").f));
  EXPECT_EQ(I.file_lines["lib.py"], std::vector<std::string>{"a = 1"});
  EXPECT_EQ(I.file_lines.count("main.py"), 0u);
  EXPECT_EQ(I.out, "");
  EXPECT_EQ(I.steps, 0);
}

}  // namespace
