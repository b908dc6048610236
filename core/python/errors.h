// Internal helpers for raising SyntaxError-like CompileErrors with CPython's conventions
// (mirrors Parser/pegen_errors.c: 1-based column offsets, the offending source line as text).
#pragma once
#include <string>
#include <vector>

#include "python/frontend.h"

namespace dp::py {

// Source lines (without newlines) of the file being compiled, for SyntaxError.text.
struct SourceLines {
  std::string filename;
  std::vector<std::string> lines;
  std::string line(int lineno) const {
    return lineno >= 1 && lineno <= static_cast<int>(lines.size()) ? lines[lineno - 1] : std::string();
  }
};

// col/end_col are 0-based byte offsets here; they are converted to CPython's 1-based offsets.
[[noreturn]] inline void raise_error(const SourceLines& src, const std::string& type, const std::string& msg,
                                     int lineno, int col, int end_lineno, int end_col) {
  SyntaxErrorInfo info;
  info.type = type;
  info.msg = msg;
  info.filename = src.filename;
  info.lineno = lineno;
  info.text = src.line(lineno);
  // CPython reports character (not byte) offsets.
  auto chars = [&](int ln, int byte_col) {
    const std::string l = src.line(ln);
    int n = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(l.size()); ++i)
      if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) ++n;
    if (byte_col > static_cast<int>(l.size())) n += byte_col - static_cast<int>(l.size());
    return n;
  };
  info.col = col < 0 ? col : chars(lineno, col) + 1;
  info.end_lineno = end_lineno;
  info.end_col = end_col < 0 ? end_col : chars(end_lineno, end_col) + 1;
  throw CompileError(std::move(info));
}

// Like raise_error, but takes CPython's 1-based offsets verbatim (end_col may be -1).
[[noreturn]] inline void raise_error_raw(const SourceLines& src, const std::string& type, const std::string& msg,
                                         int lineno, int offset, int end_lineno, int end_offset) {
  SyntaxErrorInfo info;
  info.type = type;
  info.msg = msg;
  info.filename = src.filename;
  info.lineno = lineno;
  info.col = offset;
  info.end_lineno = end_lineno;
  info.end_col = end_offset;
  info.text = src.line(lineno);
  throw CompileError(std::move(info));
}

}  // namespace dp::py
