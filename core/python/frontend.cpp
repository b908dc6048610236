// Front-end entry points; mirrors the pipeline of CPython 3.11's builtin compile()
// (Python/pythonrun.c: tokenize+parse -> AST optimizer -> symtable -> compiler/assembler) and
// the SyntaxError printing of Python/pythonrun.c (print_exception_file_and_line,
// print_error_text).
#include "python/frontend.h"

#include "python/ast_opt.h"
#include "python/compiler.h"
#include "python/parser.h"

namespace dp::py {

const char* CompileError::what() const noexcept { return what_.c_str(); }

std::shared_ptr<const CodeObject> compile_module(const std::string& source, const std::string& filename) {
  SourceLines src;
  src.filename = filename;
  Module m = parse_module(source, src);
  optimize_ast(m);
  return compile_ast(m, src);
}

std::string format_syntax_error(const SyntaxErrorInfo& e) {
  std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
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
    out += "    " + std::string(static_cast<size_t>(offset), ' ') + std::string(static_cast<size_t>(carets), '^') + "\n";
  }
  out += e.type + ": " + e.msg + "\n";
  return out;
}

}  // namespace dp::py
