// A compiled call returns exactly what eager returns: every program of every corpus (the golden
// suites, the docs corpus tests/docs, the page's examples, the public conformance programs) runs twice through dp::run_json
// with {"record_calls": true}: compiled, and with {"force_eager": true}. The results of the calls
// of compiled functions (their reprs, or the exceptions they raised) must be the same list,
// whatever else the program prints (graphs, frame counts). A mismatch is never a known failure.
// The one exception: a program whose point is that compiled and eager differ (a function branching
// on torch.compiler.is_compiling(), as PyTorch's set_stance recipe does) says so in a line
// `# compiled-equals-eager: differs by design (REASON)`; it still must not hit an internal error.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.h"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> programs() {
  std::vector<fs::path> out;
  fs::path root(DP_SOURCE_DIR);
  for (const fs::path& dir : {root / "tests" / "golden", root / "tests" / "docs", root / "web" / "examples",
                              fs::path(DP_SHARED_DIR) / "conformance"}) {
    if (!fs::exists(dir)) continue;
    for (auto& e : fs::recursive_directory_iterator(dir))
      if (e.path().extension() == ".py") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Object addresses differ between runs.
std::string normalize(std::string s) {
  static const std::regex addr(" at 0x[0-9a-f]+");
  return std::regex_replace(s, addr, " at 0xADDR");
}

TEST(CompiledEqualsEager, EveryCorpusProgram) {
  int compared = 0;
  for (const fs::path& py : programs()) {
    std::string src = read_text(py);
    json opts = {{"filename", py.filename().string()}, {"record_calls", true}};
    json compiled = json::parse(dp::run_json(src, opts.dump()));
    opts["force_eager"] = true;
    json eager = json::parse(dp::run_json(src, opts.dump()));
    std::string cerr = compiled["stderr"].get<std::string>();
    EXPECT_EQ(cerr.find("internal error"), std::string::npos) << py << ": " << cerr;
    if (src.find("\n# compiled-equals-eager: differs by design (") != std::string::npos) continue;
    ASSERT_TRUE(compiled.contains("calls") && eager.contains("calls")) << py;
    auto& a = compiled["calls"];
    auto& b = eager["calls"];
    // A program that stops on a hard error (fullgraph, UnsafeScriptObjectError) makes fewer calls
    // compiled; one that reads its graphs (backend.graphs[0]) stops early under force_eager:
    // compare the calls both runs made.
    size_t n = std::min(a.size(), b.size());
    if (compiled["exit_code"] == 0 && eager["exit_code"] == 0) EXPECT_EQ(a.size(), b.size()) << py;
    for (size_t i = 0; i < n; ++i) {
      std::string x = normalize(a[i].get<std::string>()), y = normalize(b[i].get<std::string>());
      // A call that hit a tracing hard error raises it instead of running: not a result to compare
      // (nor is the RuntimeError of set_stance("fail_on_recompile"), which the program asked for).
      if (x.find("torch._dynamo.exc.") != std::string::npos ||
          x.find("raised RuntimeError: Detected recompile when torch.compile stance is") != std::string::npos ||
          x.find(" raised Unsupported") != std::string::npos ||
          x.find("raised AssertionError: Attempt to trace forbidden callable") != std::string::npos ||
          x.find("raised InternalTorchDynamoError") != std::string::npos ||
          x.find("raised UserError") != std::string::npos ||
          x.find("raised torch.fx.experimental.symbolic_shapes.ConstraintViolationError") != std::string::npos)
        continue;
      EXPECT_EQ(x, y) << py << ": call " << i << " differs from eager";
    }
    ++compared;
  }
  EXPECT_GT(compared, 150);
}

}  // namespace
