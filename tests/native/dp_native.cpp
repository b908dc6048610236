// Native twin of wasm/cli.mjs: the same flags, output and exit statuses, calling dp::run_json
// directly. Benchmarks, fuzzing and sanitizer runs (build/asan) use it; tests/node/native.test.mjs
// checks that it agrees with the WebAssembly build.
//
//   dp_native [dis] FILE [--json] [--logs=SPEC] [--max-steps=N] [--max-memory-mb=N] [--timeline]
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api.h"

namespace {

const char* const kUsage =
    "usage: dp_native [dis] FILE [options]\n"
    "\n"
    "Runs FILE in the Dynamo Playground core (native build), like `python FILE`.\n"
    "FILE may be - to read the program from standard input.\n"
    "\n"
    "  dis               print the bytecode disassembly of FILE instead of running it\n"
    "  --logs=SPEC       TORCH_LOGS-style logging (default: the TORCH_LOGS environment variable)\n"
    "  --max-steps=N     stop the program after N interpreter steps\n"
    "  --max-memory-mb=N stop the program when it holds N MiB more memory than at its start\n"
    "  --timeline        record the tracing timeline (visible with --json)\n"
    "  --json            print the whole result as one line of JSON; exit 0 unless the driver failed\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: the program's (0 or 1); 2 for bad arguments or an unreadable FILE;\n"
    "3 when the core returned something that is not a result.\n";

int usage_error(const std::string& message) {
  std::cerr << "dp_native: " << message << "\n" << kUsage;
  return 2;
}

// Value of `--name=VALUE` or `--name VALUE`; advances i in the second form. False if missing.
bool option_value(const std::vector<std::string>& args, size_t& i, const std::string& name, std::string& value) {
  const std::string& arg = args[i];
  if (arg.size() > name.size() && arg.compare(0, name.size() + 1, name + "=") == 0) {
    value = arg.substr(name.size() + 1);
    return true;
  }
  if (arg != name || i + 1 >= args.size()) return false;
  value = args[++i];
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::vector<std::string> positional;
  bool json = false;
  bool timeline = false;
  const char* env_logs = std::getenv("TORCH_LOGS");
  std::string logs = env_logs ? env_logs : "";
  long long max_steps = -1;
  long long max_memory_mb = -1;

  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string value;
    if (arg == "--") {
      positional.insert(positional.end(), args.begin() + i + 1, args.end());
      break;
    } else if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--json") {
      json = true;
    } else if (arg == "--timeline") {
      timeline = true;
    } else if (arg.rfind("--logs", 0) == 0 && (arg.size() == 6 || arg[6] == '=')) {
      if (!option_value(args, i, "--logs", logs)) return usage_error("--logs needs a value");
    } else if (arg.rfind("--max-steps", 0) == 0 && (arg.size() == 11 || arg[11] == '=')) {
      if (!option_value(args, i, "--max-steps", value)) return usage_error("--max-steps needs a value");
      if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 15)
        return usage_error("--max-steps wants a non-negative integer, not '" + value + "'");
      max_steps = std::stoll(value);
    } else if (arg.rfind("--max-memory-mb", 0) == 0 && (arg.size() == 15 || arg[15] == '=')) {
      if (!option_value(args, i, "--max-memory-mb", value)) return usage_error("--max-memory-mb needs a value");
      if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 9 ||
          std::stoll(value) == 0)
        return usage_error("--max-memory-mb wants a positive integer, not '" + value + "'");
      max_memory_mb = std::stoll(value);
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error("unknown option " + arg);
    } else {
      positional.push_back(arg);
    }
  }

  std::string mode = "run";
  std::string file;
  if (positional.size() == 2 && positional[0] == "dis") {
    mode = "dis";
    file = positional[1];
  } else if (positional.size() == 1 && positional[0] != "dis") {
    file = positional[0];
  } else if (positional.empty() || (positional.size() == 1 && positional[0] == "dis")) {
    return usage_error("missing FILE");
  } else {
    return usage_error("unexpected argument " + positional.back());
  }

  std::string source;
  if (file == "-") {
    source.assign(std::istreambuf_iterator<char>(std::cin), {});
  } else {
    // An ifstream opens a directory without complaint on Linux, so directories are refused first.
    std::error_code ec;
    int err = std::filesystem::is_directory(file, ec) ? EISDIR : 0;
    std::ifstream in;
    if (!err) {
      errno = 0;
      in.open(file, std::ios::binary);
      if (!in) err = errno ? errno : ENOENT;
    }
    if (err) {
      std::cerr << "dp_native: can't open file '" << file << "': [Errno " << err << "] " << std::strerror(err) << "\n";
      return 2;
    }
    source.assign(std::istreambuf_iterator<char>(in), {});
  }

  nlohmann::json options = {{"filename", file == "-" ? "<stdin>" : file}, {"mode", mode}, {"logs", logs}};
  if (timeline) options["timeline"] = true;
  if (max_steps >= 0) options["max_steps"] = max_steps;
  if (max_memory_mb > 0) options["max_memory_bytes"] = max_memory_mb << 20;
  // Tests of the tensor collector: DP_GC_STRESS=N collects every N steps (docs/memory.md).
  if (const char* stress = std::getenv("DP_GC_STRESS")) options["gc_stress_steps"] = std::atoll(stress);
  if (mode == "dis") {
    // What `python3 -m dis` had interned before compiling FILE (wasm/cli.mjs passes the same file).
    nlohmann::json interned = nlohmann::json::array();
    std::ifstream in(DP_STARTUP_INTERNED);
    if (!in) {
      std::cerr << "dp_native: can't open " << DP_STARTUP_INTERNED << "\n";
      return 2;
    }
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') interned.push_back(line);
    options["startup_interned"] = std::move(interned);
  }

  const std::string text = dp::run_json(source, options.dump());
  if (json) {
    std::cout << text << "\n";
    return 0;
  }
  nlohmann::json result = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!result.is_object()) {
    std::cerr << "dp_native: the core returned invalid JSON: " << text.substr(0, 200) << "\n";
    return 3;
  }
  const auto text_field = [&](const char* key) {
    auto it = result.find(key);
    return it != result.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  std::cout << text_field("stdout") << std::flush;
  std::cerr << text_field("stderr") << std::flush;
  auto code = result.find("exit_code");
  return code != result.end() && code->is_number_integer() ? code->get<int>() : 1;
}
