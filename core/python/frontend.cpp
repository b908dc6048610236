// Front-end entry points; mirrors the pipeline of CPython 3.11's builtin compile()
// (Python/pythonrun.c: tokenize+parse -> AST optimizer -> symtable -> compiler/assembler) and
// the SyntaxError printing of Python/pythonrun.c (print_exception_file_and_line,
// print_error_text).
#include "python/frontend.h"

#include "python/ast_opt.h"
#include "python/compiler.h"
#include "python/parser.h"
#include "python/source_encoding.h"

namespace dp::py {

const char* CompileError::what() const noexcept { return what_.c_str(); }

// Source files are UTF-8 (PEP 3120) once decode_source has decoded a declared encoding. Like
// CPython's tokenizer, reject
// the first byte that does not start a well-formed sequence (overlong forms, surrogates and
// code points above U+10FFFF included) with its file-level SyntaxError.
static void check_utf8(const std::string& source, const std::string& filename) {
  const auto* s = reinterpret_cast<const unsigned char*>(source.data());
  const size_t n = source.size();
  int line = 1;
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c < 0x80) len = 1;
    else if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) {
      len = 3;
      lo = 0xA0;
    } else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) {
      len = 3;
      hi = 0x9F;
    } else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) {
      len = 4;
      lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) {
      len = 4;
      hi = 0x8F;
    }
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      unsigned b = s[i + k];
      ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    }
    if (!ok) {
      static const char* hex = "0123456789abcdef";
      SyntaxErrorInfo info;
      info.msg = std::string("Non-UTF-8 code starting with '\\x") + hex[c >> 4] + hex[c & 15] + "' in file " +
                 filename + " on line " + std::to_string(line) +
                 ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      info.filename = filename;
      info.lineno = line;
      info.located = false;
      throw CompileError(std::move(info));
    }
    if (c == '\n') ++line;
    i += len;
  }
}

std::shared_ptr<const CodeObject> compile_module(const std::string& raw, const std::string& filename,
                                                 const CompileOptions& options) {
  std::string source = decode_source(raw, filename);
  check_utf8(source, filename);
  SourceLines src;
  src.filename = filename;
  Module m = parse_module(source, src);
  m.identifiers.insert(options.startup_interned.begin(), options.startup_interned.end());
  optimize_ast(m);
  return compile_ast(m, src);
}

std::shared_ptr<const CodeObject> compile_source(const std::string& source, const std::string& filename,
                                                 const std::string& mode, bool& multiple_statements) {
  multiple_statements = false;
  check_utf8(source, filename);
  SourceLines src;
  src.filename = filename;
  Module m = parse_module(source, src, mode == "eval");
  if (mode == "single" && m.body.size() > 1) {
    // One interactive statement: several simple statements of one line (`a = 1; b = 2`) are one.
    const int first_end = m.body[0]->loc.end_lineno;
    for (size_t i = 1; i < m.body.size(); ++i)
      if (m.body[i]->loc.lineno != first_end || m.body[0]->kind == StmtKind::FunctionDef ||
          m.body[0]->kind == StmtKind::ClassDef || m.body[0]->loc.lineno != first_end)
        multiple_statements = true;
  }
  if (multiple_statements) return nullptr;
  optimize_ast(m);
  CompileMode cm = mode == "eval" ? CompileMode::Eval : mode == "single" ? CompileMode::Single : CompileMode::Exec;
  try {
    return compile_ast(m, src, cm);
  } catch (CompileError& e) {
    // The symbol table's and the compiler's errors have no source text: CPython reads the line
    // back from the file named `filename`, which a string source is not.
    e.info.no_text = true;
    throw;
  }
}

std::string format_syntax_error(const SyntaxErrorInfo& e) {
  if (!e.located) return e.type + ": " + e.msg + "\n";
  std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
  if (e.lineno < 1) return out + e.type + ": " + e.msg + "\n";  // an artificial location: no source line
  long offset = e.col;
  long end_offset = e.end_col;
  const std::string& text = e.text;
  long line_size = static_cast<long>(text.size()) + 1;  // CPython's text keeps its newline
  if (e.end_lineno > e.lineno) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  offset -= 1;
  size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
    ++start;
    --offset;
  }
  std::string stripped = text.substr(start);
  long len = static_cast<long>(stripped.size());
  if (offset > len) offset = len;
  out += "    " + stripped + "\n";
  if (offset >= 0) {
    out +=
        "    " + std::string(static_cast<size_t>(offset), ' ') + std::string(static_cast<size_t>(carets), '^') + "\n";
  }
  out += e.type + ": " + e.msg + "\n";
  return out;
}

}  // namespace dp::py
