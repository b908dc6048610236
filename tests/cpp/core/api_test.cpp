// dp::run_json never throws and always returns one valid JSON document: malformed or mistyped
// options are reported as errors, and bytes that are not UTF-8 (in the program or its output)
// never break the document.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "api.h"
#include "dynamo/exc.h"

namespace {

using nlohmann::json;

json run(const std::string& src, const std::string& opts) { return json::parse(dp::run_json(src, opts)); }

TEST(Api, MistypedOptionsAreErrorsNotCrashes) {
  for (const char* opts : {R"({"max_steps": "many"})", R"({"timeline": 1})", R"({"filename": 3})",
                           R"({"max_recursion": -1})", R"([1, 2])", R"({"backend": null})", "{",
                           R"({"mode": "dis", "startup_interned": "link"})",
                           R"({"mode": "dis", "startup_interned": ["link", 1]})"}) {
    SCOPED_TRACE(opts);
    json r = run("print(1)\n", opts);
    EXPECT_EQ(r["exit_code"], 1);
    EXPECT_EQ(r["stdout"], "");
    EXPECT_EQ(r["exception"]["type"], "ValueError");
    EXPECT_NE(r["stderr"].get<std::string>().find("invalid options JSON"), std::string::npos);
  }
}

// A frozenset constant's order depends on the strings interned before the module was compiled:
// `python3 -m dis` has interned 'link' and 'element' (core/python/startup_interned.txt), and
// then lists {"attlist", "linktype", "link", "element"} in another order.
TEST(Api, DisTakesTheStringsInternedAtStartup) {
  const std::string src = "def f(d):\n    return d in {'attlist', 'linktype', 'link', 'element'}\n";
  std::string plain = run(src, R"({"mode": "dis"})")["stdout"];
  std::string interned = run(src, R"({"mode": "dis", "startup_interned": ["link", "element"]})")["stdout"];
  EXPECT_NE(plain.find("frozenset({'linktype', 'attlist', 'link', 'element'})"), std::string::npos) << plain;
  EXPECT_NE(interned.find("frozenset({'linktype', 'element', 'link', 'attlist'})"), std::string::npos) << interned;
}

TEST(Api, NonUtf8ProgramIsASyntaxErrorInValidJson) {
  json r = run("x = 1\n# caf\xe9\n", R"({"filename": "main.py", "timeline": true})");
  EXPECT_EQ(r["exit_code"], 1);
  EXPECT_EQ(r["exception"]["type"], "SyntaxError");
  EXPECT_EQ(r["stderr"],
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file main.py on line 2, but no "
            "encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

TEST(Api, NonUtf8OutputIsReplacedNotThrown) {
  // chr(0xDC80) is a lone surrogate: printable in Python, not encodable as UTF-8.
  json r = run("print('a' + chr(0xDC80) + 'b')\n", R"({"filename": "main.py"})");
  EXPECT_TRUE(r["stdout"].is_string());
  EXPECT_EQ(r["stdout"].get<std::string>().front(), 'a');
}

// Native functions index their arguments directly: a call with too few (or odd) arguments must be a
// TypeError (or another Python exception), never a read past the argument list. Found by fuzzing
// (`sorted()`).
TEST(Api, EveryNativeCallableSurvivesWrongArgumentCounts) {
  const char* program = R"PY(import builtins
import torch
import torch.nn.functional as F
count = 0
for mod in (builtins, torch, F, torch.Tensor):
    for name in sorted(mod.__dict__.keys()):
        if name.startswith("_") or name in ("exit", "quit", "input", "help", "breakpoint", "compile", "manual_seed"):
            continue
        f = getattr(mod, name)
        if not callable(f):
            continue
        for args in ((), (None,), (1, 2, 3, 4, 5)):
            try:
                f(*args)
            except BaseException as e:
                count += 1
print("ok", count > 0)
)PY";
  json r = run(program, R"({"filename": "main.py", "max_steps": 5000000})");
  EXPECT_EQ(r["exit_code"], 0) << r["stderr"];
  EXPECT_NE(r["stdout"].get<std::string>().find("ok True"), std::string::npos);
  json s = run("try:\n    sorted()\nexcept TypeError as e:\n    print(e)\n", R"({"filename": "main.py"})");
  EXPECT_EQ(s["stdout"], "sorted() takes at least 1 argument (0 given)\n");
}

// Graph breaks travel as data: every graph_breaks[] entry, and every errors[] entry raised from a
// graph break, carries the fields `unimplemented` was given, and its message is exactly what the
// one printer (format_graph_break_message) makes of them; the page reads the fields alone.
TEST(Api, GraphBreaksAreDataAndTheirMessageIsTheirPrinting) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const char* dir : {"web/examples", "tests/golden/dynamo", "tests/golden/script_object"})
    for (const auto& e : fs::directory_iterator(fs::path(DP_SOURCE_DIR) / dir))
      if (e.path().extension() == ".py") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  size_t breaks = 0, errors_from_breaks = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    std::ifstream in(file, std::ios::binary);
    std::stringstream src;
    src << in.rdbuf();
    json r = run(src.str(), json{{"filename", file.filename().string()}}.dump());
    auto check = [](const json& e) {
      dp::dynamo::GraphBreak gb{e.at("gb_type"), e.at("context"), e.at("explanation"), e.at("hints"),
                                e.at("hop").is_null() ? "" : e.at("hop").get<std::string>()};
      EXPECT_EQ(dp::dynamo::format_graph_break_message(gb), e.at("message").get<std::string>());
      std::string url = dp::dynamo::graph_break_url(gb.gb_type);
      EXPECT_EQ(e.at("url"), url.empty() ? json(nullptr) : json(url));
    };
    for (const auto& b : r["graph_breaks"]) {
      check(b);
      ++breaks;
    }
    for (const auto& e : r["errors"]) {
      if (e.contains("gb_type")) {
        check(e);
        ++errors_from_breaks;
      }
    }
  }
  EXPECT_GT(breaks, 20u);
  EXPECT_GT(errors_from_breaks, 3u);
}

// A graph break while tracing a higher-order operator names it, as a field and in the message.
TEST(Api, GraphBreakInsideCallTorchbindNamesTheHigherOrderOperator) {
  const char* src = R"(import torch


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def push(self, x):
        raise ValueError("no")


def f(tq, x):
    tq.push(x)
    return x + 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
torch.compile(f, backend="eager")(tq, torch.zeros(3))
)";
  json r = run(src, R"({"filename": "main.py"})");
  ASSERT_EQ(r["graph_breaks"].size(), 1u) << r.dump(2);
  const json& b = r["graph_breaks"][0];
  EXPECT_EQ(b["gb_type"], "RuntimeError when making fake tensor call");
  EXPECT_EQ(b["hop"], "torch.ops.higher_order.call_torchbind");
  EXPECT_EQ(b["message"].get<std::string>().rfind("RuntimeError when making fake tensor call\n"
                                                  "  Higher Order Operator: torch.ops.higher_order.call_torchbind\n"
                                                  "  Explanation: Dynamo failed to run FX node with fake tensors: ",
                                                  0),
            0u)
      << b["message"];
}

// A script object's attribute that is a class is callable (the runtime's callable(), as Python's):
// reading it is no "non-callable attribute" hard error.
TEST(Api, AClassAttributeOfAScriptObjectIsCallable) {
  const char* src = R"(import torch


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))


def f(tq, x):
    c = tq.__class__
    return x + 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(torch.compile(f, backend="eager")(tq, torch.zeros(2)))
)";
  json r = run(src, R"({"filename": "main.py"})");
  EXPECT_EQ(r["errors"].size(), 0u) << r.dump(2);
  EXPECT_EQ(r["stdout"], "tensor([1., 1.])\n") << r.dump(2);
}

}  // namespace
