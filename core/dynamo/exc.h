// Dynamo's exceptions and the graph-break message format. Mirrors torch/_dynamo/exc.py
// (Unsupported, UnsafeScriptObjectError, unimplemented, format_graph_break_message) and the
// gb_type -> id lookup of torch/_dynamo/graph_break_registry.json (a subset: the graph breaks
// the playground can produce).
#pragma once
#include <exception>
#include <string>
#include <vector>

namespace dp::dynamo {

// A graph break: tracing cannot continue at this instruction.
struct UserStackFrame {
  std::string filename;
  int lineno = 0;
  std::string name;
};

struct Unsupported : std::exception {
  std::string msg;       // the fully formatted message
  std::string gb_type;
  bool skip_frame = false;
  std::vector<UserStackFrame> user_stack;  // innermost first, filled while unwinding the translators
  Unsupported(std::string m, std::string g, bool skip = false) : msg(std::move(m)), gb_type(std::move(g)), skip_frame(skip) {}
  const char* what() const noexcept override { return msg.c_str(); }
};

// A hard error: never a graph break (script objects; exc.py UnsafeScriptObjectError).
struct UnsafeScriptObjectError : std::exception {
  std::string msg;
  explicit UnsafeScriptObjectError(std::string m) : msg(std::move(m)) {}
  const char* what() const noexcept override { return msg.c_str(); }
};

// An error that Dynamo re-raises to the user as the Python exception `type_name` (a class of
// torch._dynamo.exc, or a builtin such as TypeError) with `message`.
struct UserFacingError : std::exception {
  std::string type_name;
  std::string message;
  UserFacingError(std::string t, std::string m) : type_name(std::move(t)), message(std::move(m)) {}
  const char* what() const noexcept override { return message.c_str(); }
};

// "GB0025" for "Call to `torch._dynamo.graph_break()`", "" when unknown.
std::string graph_break_id(const std::string& gb_type);

std::string format_graph_break_message(const std::string& gb_type, const std::string& context,
                                       const std::string& explanation, const std::vector<std::string>& hints,
                                       const std::string& hop_name = "");

[[noreturn]] void unimplemented(const std::string& gb_type, const std::string& context,
                                const std::string& explanation, const std::vector<std::string>& hints,
                                bool skip_frame = false);

}  // namespace dp::dynamo
