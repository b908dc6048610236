// Never a wrong result across side effects: random programs that mutate lists, dicts, sets, globals,
// closure cells, user objects, class attributes and nn.Module attributes and buffers, write into
// input tensors and their views, return aliases, break the graph in the middle (print, graph_break(),
// data-dependent branches, .item(), .tolist(), inside loops, try blocks, generators and inlined calls)
// and are called again with other types and values (recompiles), must print exactly what the same
// program prints with every compiled call run eagerly ({"force_eager": true}). The pieces are
// tests/lib/mutation_diff_programs.json (docs/compiler-api.md, "Differential testers").
//
// Variants: backend "eager" or the default one, dynamic None/True/False, capture_scalar_outputs, and
// fullgraph=True, where a graph break raises Unsupported: the driver prints UNSUPPORTED and stops,
// and what the compiled run printed before must be what eager printed first.
// A program whose compiled run says "not supported by the playground yet" is skipped (counted).
//
// DP_MUT_PROGRAMS sets how many programs (default 3000), DP_MUT_SEED the seed; with DP_MUT_DUMP=DIR
// every failing program is written to DIR/NNNN.py and the run goes on (otherwise it stops after 5).
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

struct Pieces {
  std::string prelude, header, driver;
  std::vector<std::string> statements, returns;
  std::vector<std::pair<std::string, std::vector<std::string>>> args;  // in f's parameter order
};

const Pieces& pieces() {
  static const Pieces p = [] {
    std::ifstream in(std::string(DP_SOURCE_DIR) + "/tests/lib/mutation_diff_programs.json");
    json j = json::parse(in);
    Pieces r;
    auto lines = [](const json& a) {
      std::string s;
      for (auto& l : a) s += l.get<std::string>() + "\n";
      return s;
    };
    r.prelude = lines(j["prelude"]);
    r.header = lines(j["header"]);
    r.driver = lines(j["driver"]);
    r.statements = j["statements"].get<std::vector<std::string>>();
    r.returns = j["returns"].get<std::vector<std::string>>();
    for (const char* name : {"x", "lst", "d", "o", "m", "n", "s"})
      r.args.emplace_back(name, j["args"][name].get<std::vector<std::string>>());
    return r;
  }();
  return p;
}

struct Program {
  std::string src;
  bool fullgraph = false;
};

Program program(std::mt19937& rng) {
  const Pieces& P = pieces();
  Program prog;
  std::ostringstream p;
  p << P.prelude;
  if (rng() % 3 == 0) p << "torch._dynamo.config.capture_scalar_outputs = True\n\n\n";
  p << P.header;
  int nst = 2 + static_cast<int>(rng() % 7);
  for (int i = 0; i < nst; ++i) p << "    " << P.statements[rng() % P.statements.size()] << "\n";
  p << "    return " << P.returns[rng() % P.returns.size()] << "\n\n\n";
  p << P.driver;
  const char* backends[] = {"backend=\"eager\"", "backend=\"inductor\"", ""};
  const char* dynamic[] = {"", "dynamic=True", "dynamic=False"};
  std::vector<std::string> opts;
  for (std::string o : {std::string(backends[rng() % 3]), std::string(dynamic[rng() % 3])})
    if (!o.empty()) opts.push_back(o);
  prog.fullgraph = rng() % 5 == 0;
  if (prog.fullgraph) opts.push_back("fullgraph=True");
  p << "cf = torch.compile(f";
  for (auto& o : opts) p << ", " << o;
  p << ")\n";
  int calls = 3 + static_cast<int>(rng() % 4);
  std::vector<std::string> cur;
  for (auto& a : P.args) cur.push_back(a.second[rng() % a.second.size()]);
  for (int c = 0; c < calls; ++c) {
    for (size_t k = 0; k < P.args.size(); ++k)
      if (rng() % 3 == 0) cur[k] = P.args[k].second[rng() % P.args[k].second.size()];
    p << "run(" << c;
    for (auto& a : cur) p << ", " << a;
    p << ")\n";
  }
  prog.src = p.str();
  return prog;
}

json run(const std::string& src, bool eager) {
  json opts = {{"filename", "main.py"}, {"max_steps", 2000000}};
  if (eager) opts["force_eager"] = true;
  return json::parse(dp::run_json(src, opts.dump()));
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// Empty when the compiled run may stand for the eager one; else why not.
std::string compare(const Program& prog, const json& compiled, const json& eager) {
  std::string cout_ = compiled["stdout"], eout = eager["stdout"];
  std::string cerr_ = compiled["stderr"], eerr = eager["stderr"];
  if (cerr_.find("internal error") != std::string::npos || cout_.find("internal error") != std::string::npos)
    return "internal error: " + cerr_;
  // fullgraph=True: a graph break is the error. Any program: a data-dependent value made a Python
  // int (UserError, "Consider annotating your code using torch._check*()"), which PyTorch raises
  // from torch.compile too.
  if ((prog.fullgraph && cout_.find("UNSUPPORTED") != std::string::npos) ||
      cout_.find("UNSUPPORTED UserError") != std::string::npos) {
    // The graph break became the error: everything printed before it is what eager printed first.
    std::vector<std::string> c = split_lines(cout_), e = split_lines(eout);
    if (c.empty() || c.back().rfind("UNSUPPORTED", 0) != 0) return "output after UNSUPPORTED\n" + cout_;
    c.pop_back();
    bool prefix = c.size() <= e.size();
    for (size_t i = 0; prefix && i < c.size(); ++i) prefix = c[i] == e[i];
    if (!prefix) return "fullgraph: output before the error differs\n--- compiled:\n" + cout_ + "\n--- eager:\n" + eout;
    return "";
  }
  if (compiled["exit_code"] != eager["exit_code"])
    return "exit codes differ: " + cerr_ + "\n--- eager stderr:\n" + eerr;
  if (cout_ != eout) return "stdout differs\n--- compiled:\n" + cout_ + "\n--- eager:\n" + eout;
  if (compiled["exit_code"] != 0 && compiled["exception"]["message"] != eager["exception"]["message"])
    return "exceptions differ: " + compiled["exception"].dump() + " vs " + eager["exception"].dump();
  return "";
}

TEST(MutationDiff, RandomSideEffectProgramsCompiledEqualEager) {
  int count = 3000;
  if (const char* env = std::getenv("DP_MUT_PROGRAMS")) count = std::atoi(env);
  unsigned seed = 20261205;
  if (const char* env = std::getenv("DP_MUT_SEED")) seed = static_cast<unsigned>(std::atoi(env));
  const char* dump = std::getenv("DP_MUT_DUMP");
  std::mt19937 rng(seed);
  int failures = 0, skipped = 0, unsupported = 0;
  for (int i = 0; i < count && (dump || failures < 5); ++i) {
    Program prog = program(rng);
    json compiled = run(prog.src, false);
    std::string all = compiled["stdout"].get<std::string>() + compiled["stderr"].get<std::string>();
    if (all.find("not supported by the playground yet") != std::string::npos) {
      ++skipped;
      continue;
    }
    if (all.find("UNSUPPORTED") != std::string::npos) {
      ++unsupported;
      // The error is deterministic: a second compiled run prints the same, error included.
      if (run(prog.src, false)["stdout"] != compiled["stdout"]) {
        ++failures;
        ADD_FAILURE() << "program " << i << ": the compiled run's error is not deterministic\n" << prog.src;
        continue;
      }
    }
    json eager = run(prog.src, true);
    // The driver catches what the calls raise: a program that does not run to its end eagerly is
    // a broken generator (a statement template with a syntax error, a driver bug), not a pass.
    std::string why = eager["exit_code"] != 0 ? "the eager run failed: " + eager["stderr"].get<std::string>()
                                              : compare(prog, compiled, eager);
    if (why.empty()) continue;
    ++failures;
    if (dump) {
      char name[32];
      std::snprintf(name, sizeof name, "/%04d.py", i);
      std::ofstream(std::string(dump) + name) << prog.src << "\n# " << why.substr(0, why.find('\n')) << "\n";
    } else {
      ADD_FAILURE() << "program " << i << ": " << why << "\n--- program:\n" << prog.src;
    }
  }
  std::printf("mutation_diff: %d programs, %d skipped (playground limits), %d fullgraph errors, %d failed\n", count,
              skipped, unsupported, failures);
  if (dump) EXPECT_EQ(failures, 0) << "failing programs written to " << dump;
}

}  // namespace
