// dp::run_json never throws and always returns one valid JSON document: malformed or mistyped
// options are reported as errors, and bytes that are not UTF-8 (in the program or its output)
// never break the document.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "api.h"

namespace {

using nlohmann::json;

json run(const std::string& src, const std::string& opts) { return json::parse(dp::run_json(src, opts)); }

TEST(Api, MistypedOptionsAreErrorsNotCrashes) {
  for (const char* opts : {R"({"max_steps": "many"})", R"({"timeline": 1})", R"({"filename": 3})",
                           R"({"max_recursion": -1})", R"([1, 2])", R"({"backend": null})", "{"}) {
    SCOPED_TRACE(opts);
    json r = run("print(1)\n", opts);
    EXPECT_EQ(r["exit_code"], 1);
    EXPECT_EQ(r["stdout"], "");
    EXPECT_EQ(r["exception"]["type"], "ValueError");
    EXPECT_NE(r["stderr"].get<std::string>().find("invalid options JSON"), std::string::npos);
  }
}

TEST(Api, NonUtf8ProgramIsASyntaxErrorInValidJson) {
  json r = run("x = 1\n# caf\xe9\n", R"({"filename": "main.py", "timeline": true})");
  EXPECT_EQ(r["exit_code"], 1);
  EXPECT_EQ(r["exception"]["type"], "SyntaxError");
  EXPECT_EQ(r["stderr"], "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file main.py on line 2, but no "
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

}  // namespace
