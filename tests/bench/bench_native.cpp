// Native benchmark driver for `./dev bench` (tests/bench/bench.mjs): times the core's whole
// pipeline, dp::run_json (parse, compile, run, trace, print, JSON), in one process over repeated
// runs, and prints one JSON line per program:
//   {"file", "first_ms", "times_ms": [...], "median_ms", "first_wall_ms", "wall_ms": [...],
//    "median_wall_ms", "exit_code", "exception", "graphs", "graph_breaks", "steps",
//    "traced_instructions", "median_trace_ms", "maxrss_kb"}
// "median_trace_ms" is the wall time the runs spent tracing (the result's stats.trace_ms).
// "first_ms" is the first run of the process (it also compiles the prelude); "times_ms" are the
// runs after it. Times are the process's CPU time (robust on a shared, loaded machine: the
// pipeline is single-threaded, so on an idle machine it equals wall time); "wall_*" wall time. "maxrss_kb" is the process's peak resident set so far (getrusage), so a fresh
// process per program gives that program's peak.
//
//   dp_bench [--reps N] [--min-ms MS] [--options JSON] FILE...
#include <sys/resource.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.h"

namespace {

double now_ms() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double, std::milli>(clock::now().time_since_epoch()).count();
}

double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long maxrss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // kilobytes on Linux
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  double min_ms = 0;  // keep repeating (beyond reps) until this much time was spent, up to 200 runs
  std::string options = R"({"filename": "main.py", "timing": true})";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) reps = std::max(0, std::atoi(argv[++i]));
    else if (a == "--min-ms" && i + 1 < argc) min_ms = std::atof(argv[++i]);
    else if (a == "--options" && i + 1 < argc) options = argv[++i];
    else if (a == "-h" || a == "--help") {
      std::cout << "usage: dp_bench [--reps N] [--min-ms MS] [--options JSON] FILE...\n";
      return 0;
    } else files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "dp_bench: no FILE\n";
    return 2;
  }
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "dp_bench: can't open " << path << "\n";
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string source = ss.str();
    double w0 = now_ms(), c0 = cpu_ms();
    std::string out = dp::run_json(source, options);
    double first = cpu_ms() - c0, first_wall = now_ms() - w0;
    std::vector<double> times, walls, trace_times;
    double spent = 0;
    while (static_cast<int>(times.size()) < reps || (spent < min_ms && times.size() < 200)) {
      double w = now_ms(), c = cpu_ms();
      out = dp::run_json(source, options);
      double dt = cpu_ms() - c;
      walls.push_back(now_ms() - w);
      times.push_back(dt);
      spent += dt;
      auto stats = nlohmann::json::parse(out).value("stats", nlohmann::json::object());
      trace_times.push_back(stats.value("trace_ms", 0.0));
    }
    auto r = nlohmann::json::parse(out);
    nlohmann::json line;
    line["file"] = path;
    line["first_ms"] = first;
    line["times_ms"] = times;
    line["median_ms"] = times.empty() ? first : median(times);
    line["first_wall_ms"] = first_wall;
    line["wall_ms"] = walls;
    line["median_wall_ms"] = walls.empty() ? first_wall : median(walls);
    line["exit_code"] = r.value("exit_code", -1);
    line["exception"] = r["exception"].is_null() ? nlohmann::json(nullptr) : r["exception"]["type"];
    line["graphs"] = r.contains("graphs") ? r["graphs"].size() : 0;
    line["graph_breaks"] = r.contains("graph_breaks") ? r["graph_breaks"].size() : 0;
    line["steps"] = r.contains("stats") ? r["stats"].value("steps", 0) : 0;
    line["traced_instructions"] = r.contains("stats") ? r["stats"].value("traced_instructions", 0) : 0;
    line["median_trace_ms"] = trace_times.empty() ? 0.0 : median(trace_times);
    line["maxrss_kb"] = maxrss_kb();
    std::cout << line.dump() << std::endl;
  }
  return 0;
}
