// Helpers shared by the front-end tests: running python3 (the CPython 3.11 oracle), listing
// corpus files, reading files and normalizing object addresses.
#pragma once
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace dp_test {

struct CmdResult {
  std::string out;
  int status = -1;
};

inline CmdResult run_command(const std::string& cmd) {
  CmdResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  r.status = pclose(p);
  return r;
}

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// Empty string if python3 is CPython 3.11, otherwise the reason it cannot be used.
inline const std::string& python_unavailable_reason() {
  static const std::string reason = [] {
    CmdResult r = run_command("python3 -c \"import sys; print('%d.%d' % sys.version_info[:2])\" 2>/dev/null");
    if (r.status != 0) return std::string("python3 not found");
    std::string v = r.out.substr(0, r.out.find('\n'));
    if (v != "3.11") return "python3 is " + v + ", the oracle needs 3.11";
    return std::string();
  }();
  return reason;
}

inline std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline std::vector<std::string> list_py_files(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".py") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

inline std::string normalize_addresses(const std::string& s) {
  static const std::regex re("0x[0-9a-f]+");
  return std::regex_replace(s, re, "0xADDR");
}

inline std::string test_name_for(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  std::string out;
  for (char c : stem) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

// First differing line of two multi-line strings, for readable failures.
inline std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  int line = 1;
  while (true) {
    bool ga = static_cast<bool>(std::getline(sa, la));
    bool gb = static_cast<bool>(std::getline(sb, lb));
    if (!ga && !gb) return "";
    if (!ga) la = "<EOF>";
    if (!gb) lb = "<EOF>";
    if (la != lb || !ga || !gb) return "line " + std::to_string(line) + ":\n  python: " + la + "\n  ours:   " + lb;
    ++line;
  }
}

}  // namespace dp_test
