// The stepper's timeline (run option "timeline": true) over every program of the repository:
// recording it never changes what the program prints (object addresses aside: both outputs go
// through the golden runners' normalizer, tests/cpp/goldens.h), and every record is well formed (its frame
// exists, its source span lies inside the program, graph snapshots only grow within one frame).
// Runs under ASan in ./dev test's sanitizer step too: inlined calls append records while the
// caller's record is still being filled in, which once left a dangling reference.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../goldens.h"
#include "api.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<fs::path> programs() {
  std::vector<fs::path> out;
  const fs::path root(DP_SOURCE_DIR);
  for (const char* dir : {"web/examples", "tests/golden/dynamo", "tests/golden/script_object"}) {
    for (const auto& e : fs::directory_iterator(root / dir))
      if (e.path().extension() == ".py") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

int count_lines(const std::string& s) {
  int n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

TEST(Timeline, RecordingChangesNothingAndRecordsAreWellFormed) {
  const auto files = programs();
  ASSERT_GT(files.size(), 100u);
  size_t with_records = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    const std::string src = read(file);
    json opts = {{"filename", file.filename().string()}};
    const json plain = json::parse(dp::run_json(src, opts.dump()));
    opts["timeline"] = true;
    const json traced = json::parse(dp::run_json(src, opts.dump()));
    EXPECT_EQ(goldens::normalize(plain["stdout"]), goldens::normalize(traced["stdout"]));
    EXPECT_EQ(goldens::normalize(plain["stderr"]), goldens::normalize(traced["stderr"]));
    EXPECT_EQ(plain["exit_code"], traced["exit_code"]);
    ASSERT_TRUE(traced.contains("timeline"));
    const json& tl = traced["timeline"];
    const json& frames = traced["frames"];
    if (!tl.empty()) ++with_records;
    const int lines = count_lines(src);
    for (size_t i = 0; i < tl.size(); ++i) {
      const json& r = tl[i];
      ASSERT_TRUE(r.is_object()) << "record " << i;
      ASSERT_TRUE(r.contains("frame") && r["frame"].is_number_integer()) << r.dump();
      const int frame = r["frame"];
      EXPECT_TRUE(frame >= 0 && static_cast<size_t>(frame) < frames.size()) << r.dump();
      EXPECT_TRUE(r["opname"].is_string()) << r.dump();
      EXPECT_TRUE(r["stack"].is_array()) << r.dump();
      EXPECT_TRUE(r["locals"].is_object()) << r.dump();
      // The trackers as fields, beside their reprs: one per stack slot and per local.
      ASSERT_TRUE(r["stack_info"].is_array() && r["stack_info"].size() == r["stack"].size()) << r.dump();
      for (const auto& t : r["stack_info"]) EXPECT_TRUE(t["kind"].is_string()) << r.dump();
      ASSERT_TRUE(r["locals_info"].is_object() && r["locals_info"].size() == r["locals"].size()) << r.dump();
      for (const auto& [name, t] : r["locals_info"].items())
        EXPECT_TRUE(r["locals"].contains(name) && t["kind"].is_string()) << r.dump();
      if (r.contains("guards")) EXPECT_EQ(r["guards_info"].size(), r["guards"].size()) << r.dump();
      if (r["line"].is_number_integer() && r["code"] != "<module>") {
        const int line = r["line"];
        // Prelude functions inlined into the trace have their own files; the user's stay in range.
        if (r["depth"] == 0 && line != -1)
          EXPECT_TRUE(line >= 1 && line <= lines) << r.dump();  // -1: no position (COPY_FREE_VARS)
      }
      if (r.contains("nodes")) {
        EXPECT_TRUE(r["nodes"].is_array() && !r["nodes"].empty()) << r.dump();
      }
      if (r.contains("graph")) {
        for (const auto& n : r["nodes"]) {
          EXPECT_NE(r["graph"].get<std::string>().find(n.get<std::string>()), std::string::npos) << r.dump();
        }
      }
    }
  }
  EXPECT_GT(with_records, 50u);
}

// A graph break Dynamo cannot resume from (docs/compiler-api.md): the first trace's record at the
// breaking instruction carries a graph_break event with cannot_resume; the restarted trace ends with a
// partial_graph event at the checkpoint (an earlier instruction of the same frame, stack empty),
// where the graph ends; the graph-break record names that line. A break at a CALL resumes as before.
TEST(Timeline, GraphBreakThatCannotResume) {
  const std::string src =
      "import torch\n"
      "def f(x):\n"
      "    y = x.sin()\n"
      "    z = y + 1\n"
      "    s = f'{z!r}'\n"
      "    return z * 2, s\n"
      "def g(x):\n"
      "    y = x.sin()\n"
      "    print(y)\n"
      "    return y + 1\n"
      "torch.compile(f, backend='eager')(torch.ones(2))\n"
      "torch.compile(g, backend='eager')(torch.ones(2))\n";
  json opts = {{"filename", "main.py"}, {"timeline", true}};
  const json r = json::parse(dp::run_json(src, opts.dump()));
  ASSERT_EQ(r["exit_code"], 0) << r["stderr"];
  const json& tl = r["timeline"];
  int broke = -1, partial = -1;
  for (size_t i = 0; i < tl.size(); ++i) {
    if (!tl[i].contains("event")) continue;
    const json& ev = tl[i]["event"];
    if (ev["kind"] == "graph_break" && broke < 0) broke = static_cast<int>(i);
    if (ev["kind"] == "partial_graph") partial = static_cast<int>(i);
  }
  ASSERT_GE(broke, 0);
  ASSERT_GT(partial, broke);
  EXPECT_EQ(tl[broke]["opname"], "FORMAT_VALUE");
  EXPECT_EQ(tl[broke]["event"]["cannot_resume"], true);
  EXPECT_EQ(tl[partial]["event"]["message"], "step_unsupported");
  EXPECT_EQ(tl[partial]["frame"], tl[broke]["frame"]);
  EXPECT_LT(tl[partial]["offset"].get<int>(), tl[broke]["offset"].get<int>());
  EXPECT_TRUE(tl[partial]["stack"].empty());
  EXPECT_EQ(tl[partial]["line"], 5);
  const json& breaks = r["graph_breaks"];
  ASSERT_EQ(breaks.size(), 2u);
  EXPECT_EQ(breaks[0]["cannot_resume"], true);
  EXPECT_EQ(breaks[0]["partial_graph_line"], 5);
  EXPECT_EQ(breaks[0]["skipped_frame"], false);
  EXPECT_EQ(breaks[1]["cannot_resume"], false);
  EXPECT_TRUE(breaks[1]["partial_graph_line"].is_null());
  ASSERT_GE(r["graphs"].size(), 2u);
  EXPECT_EQ(r["graphs"][0]["break_reason"], "step_unsupported");
  bool resumed_event = false;
  for (const auto& rec : tl)
    if (rec.contains("event") && rec["event"]["kind"] == "graph_break" && rec["opname"] == "CALL")
      resumed_event = rec["event"]["cannot_resume"] == false;
  EXPECT_TRUE(resumed_event);
}

}  // namespace
