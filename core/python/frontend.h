// Public API of the Python front end: source -> CPython 3.11 code objects, `dis` output and
// decoded instructions. Mirrors the user-visible behaviour of CPython 3.11's builtin
// compile(), `python3 -m dis` and `dis.get_instructions`.
#pragma once
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "python/code.h"
#include "python/opcode.h"

namespace dp::py {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or IndentationError / TabError
  std::string msg;
  std::string filename;
  int lineno = 0;
  int col = 0;  // 1-based offset like CPython's SyntaxError.offset
  int end_lineno = 0;
  int end_col = 0;
  std::string text;     // the source line (without its newline)
  bool located = true;  // false: CPython prints only the message (e.g. "Non-UTF-8 code starting with ...")
  bool no_text = false;  // compile() of a string: an error past the parser has text None
};

struct CompileError : std::exception {
  SyntaxErrorInfo info;
  std::string what_;
  explicit CompileError(SyntaxErrorInfo i) : info(std::move(i)) { what_ = info.type + ": " + info.msg; }
  const char* what() const noexcept override;
};

// What the compiling interpreter's state adds to the source. The strings it had interned before
// compiling (for `python3 -m dis FILE`, core/python/startup_interned.txt) decide the order of some
// frozenset constants (docs/dis-conformance.md); without them only the module's own identifiers
// count as interned earlier.
struct CompileOptions {
  std::vector<std::string> startup_interned;
};

// Compiles a module; throws CompileError.
std::shared_ptr<const CodeObject> compile_module(const std::string& source, const std::string& filename,
                                                 const CompileOptions& options = {});

// The builtin compile() of a str source (already decoded): mode "exec", "eval" or "single".
// Throws CompileError; sets multiple_statements (and returns nullptr) for a 'single' source of
// more than one statement, which CPython reports with its own SyntaxError location.
std::shared_ptr<const CodeObject> compile_source(const std::string& source, const std::string& filename,
                                                 const std::string& mode, bool& multiple_statements);

// The block `python3 FILE` prints for a file-level syntax error.
std::string format_syntax_error(const SyntaxErrorInfo&);

// What dis.dis(code) prints, nested code objects included.
std::string dis_code(const CodeObject&);

// == `python3 -m dis FILE` (given that process's startup_interned); throws CompileError.
std::string dis_module(const std::string& source, const std::string& filename, const CompileOptions& options = {});

// A decoded instruction, like dis.Instruction.
struct Instruction {
  int offset;
  Op op;
  std::string opname;
  int arg;              // EXTENDED_ARG folded in, -1 when the instruction has no argument
  std::string argrepr;  // as dis shows it in parentheses, without the parentheses
  int starts_line;      // -1 if this instruction does not start a line
  bool is_jump_target;
  int jump_target;  // byte offset, -1 if not a jump
  Position pos;
};

// Like dis.get_instructions(code) (CACHE entries skipped).
std::vector<Instruction> get_instructions(const CodeObject&);

// repr() of a constant as Python prints it (used by dis and by the tracer's pane).
std::string const_repr(const Const&);

}  // namespace dp::py
