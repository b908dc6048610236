// Dynamo's exceptions and the graph-break message format. Mirrors torch/_dynamo/exc.py
// (Unsupported, UnsafeScriptObjectError, unimplemented, raise_observed_exception,
// format_graph_break_message) and the gb_type -> id lookup of
// torch/_dynamo/graph_break_registry.json (a subset: the graph breaks the playground can produce).
#pragma once
#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace dp::dynamo {

// One frame of the user code a graph break unwound through.
struct UserStackFrame {
  std::string filename;
  int lineno = 0;
  std::string name;
};

// A graph break as `unimplemented(gb_type=, context=, explanation=, hints=)` receives it, kept as
// data: the result JSON and the page read these fields; format_graph_break_message is the one
// place that turns them into text.
struct GraphBreak {
  std::string gb_type;
  std::string context;  // "Developer debug context"
  std::string explanation;
  std::vector<std::string> hints;
  std::string hop_name;  // the higher-order operator being traced when it happened ("" if none)
};

// A graph break: tracing cannot continue at this instruction.
struct Unsupported : std::exception {
  GraphBreak gb;
  bool skip_frame = false;
  std::vector<UserStackFrame> user_stack;  // innermost first, filled while unwinding the translators
  explicit Unsupported(GraphBreak g, bool skip = false) : gb(std::move(g)), skip_frame(skip) {}
  std::string message() const;  // format_graph_break_message(gb)
  const char* what() const noexcept override;

 private:
  mutable std::string what_;
};

// A hard error: never a graph break (script objects; exc.py UnsafeScriptObjectError).
struct UnsafeScriptObjectError : std::exception {
  std::string msg;
  std::optional<GraphBreak> graph_break;  // the graph break it was raised from (`raise ... from e`)
  explicit UnsafeScriptObjectError(std::string m) : msg(std::move(m)) {}
  explicit UnsafeScriptObjectError(const Unsupported& cause) : msg(cause.message()), graph_break(cause.gb) {}
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
// The graph break's page on the graph-break registry site, "" when its gb_type has no id.
std::string graph_break_url(const std::string& gb_type);

// The text of a graph break (PyTorch's layout, byte for byte): the only printer of a GraphBreak.
std::string format_graph_break_message(const GraphBreak& gb);

[[noreturn]] void unimplemented(const std::string& gb_type, const std::string& context, const std::string& explanation,
                                const std::vector<std::string>& hints, bool skip_frame = false);

// A limitation of the playground, not of Dynamo: PyTorch traces `what`, the playground does not yet.
// A graph break whose gb_type says so ("Not supported by the playground yet"), so that a learner is
// never shown PyTorch's graph-break text for something PyTorch supports.
[[noreturn]] void unimplemented_in_playground(const std::string& what, const std::string& context);

// An exception raised by the traced code (exc.py raise_observed_exception). PyTorch raises
// ObservedException and lets a handler in the traced code catch it; the playground traces no
// handler, so this is at once the "Observed exception" graph break PyTorch reports when no handler
// exists. `exception` is the exception as str() shows it, e.g. "IndexError: pop from empty list".
[[noreturn]] void raise_observed_exception(const std::string& exception);

}  // namespace dp::dynamo
