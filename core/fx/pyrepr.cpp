// Python value reprs (see pyrepr.h). Re-implemented from CPython's documented repr rules.
#include "fx/pyrepr.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace dp::fx {

std::string py_float_repr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  // Shortest round-trip scientific form, e.g. "1.5e-07", "1e+16", "0e+00".
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  bool neg = false;
  size_t pos = 0;
  if (!sci.empty() && sci[0] == '-') {
    neg = true;
    pos = 1;
  }
  size_t epos = sci.find('e');
  std::string mant = sci.substr(pos, epos - pos);
  int exp10 = std::stoi(sci.substr(epos + 1));
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  // strip trailing zeros of the digit string (keep at least one digit)
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (digits == "0") exp10 = 0;
  std::string out = neg ? "-" : "";
  int decpt = exp10 + 1;  // position of the decimal point relative to the digit string
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += 'e';
    int e = exp10;
    out += e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    char eb[16];
    std::snprintf(eb, sizeof(eb), "%02d", e);
    out += eb;
    return out;
  }
  if (decpt <= 0) {
    out += "0.";
    out += std::string(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (static_cast<size_t>(decpt) >= digits.size()) {
    out += digits;
    out += std::string(static_cast<size_t>(decpt) - digits.size(), '0');
    out += ".0";
  } else {
    out += digits.substr(0, static_cast<size_t>(decpt));
    out += '.';
    out += digits.substr(static_cast<size_t>(decpt));
  }
  return out;
}

std::string py_int_repr(int64_t v) { return std::to_string(v); }

std::string py_str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out += quote;
  for (unsigned char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof(b), "\\x%02x", c);
      out += b;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

bool py_isidentifier(std::string_view s) {
  if (s.empty()) return false;
  auto is_start = [](unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  if (!is_start(static_cast<unsigned char>(s[0]))) return false;
  for (unsigned char c : s)
    if (!(is_start(c) || (c >= '0' && c <= '9'))) return false;
  return true;
}

}  // namespace dp::fx
