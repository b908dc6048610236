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
  // The root translator cannot resume after it (an exception no handler of the traced code
  // catches): the frame is skipped, logged as "Failed to handle graph break gracefully".
  bool cannot_resume = false;
  // Set by raise_observed_exception (an operation the tracer folds raised): the exception as
  // format_exception_only prints it, and the exception object itself when there is one. A handler
  // of the traced code covering the instruction turns it back into an ObservedException.
  std::optional<std::string> folded_exception;
  const void* folded_exception_object = nullptr;  // an rt::Object* (the exception), or null
  std::vector<UserStackFrame> user_stack;         // innermost first, filled while unwinding the translators
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
  // TracingContext.current_frame's real_stack (innermost first, filled while unwinding the
  // translators): augment_exc_message's "from user code:" trailer.
  std::vector<UserStackFrame> user_stack;
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

// PyTorch's gb_types the playground raises, with their graph_break_registry.json ids
// (graph_break_registry.cpp, the only list of them).
struct GraphBreakRegistryEntry {
  std::string id;  // "GB0025"; "" when the registry entry is not known
  std::string gb_type;
};
const std::vector<GraphBreakRegistryEntry>& graph_break_registry();

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

// An exception the traced code raised (`raise`, re-raise) as a tracked exception value
// (ExceptionVariable; exc.py ObservedException): the translators' step() look for a handler in
// their exception tables (symbolic_convert.cpp exception_handler), innermost frame first.
struct VariableTracker;
struct ObservedException : std::exception {
  VariableTracker* exc;
  std::string context;  // "raised exception ValueError([ConstantVariable(str: 'bad')])"
  ObservedException(VariableTracker* e, std::string c) : exc(e), context(std::move(c)) {}
  const char* what() const noexcept override { return context.c_str(); }
};

// The "Observed exception" graph break (GB0088) with `context`: an exception no handler of the
// traced code catches.
[[noreturn]] void observed_exception_graph_break(const std::string& context, bool cannot_resume = false);

// An exception raised by an operation the tracer folds (a failing constant call, a missing key,
// next() on an exhausted iterator...; exc.py raise_observed_exception). With no handler it is at
// once the "Observed exception" graph break PyTorch reports when no handler exists. `exception` is the exception as str() shows it, e.g. "IndexError: pop
// from empty list".
// When a handler of the traced code (this frame's or a caller's) covers the instruction, the
// exception is raised there instead (InstructionTranslatorBase::step): `try: 1 / 0 except
// ZeroDivisionError:` traces through.
[[noreturn]] void raise_observed_exception(const std::string& exception, const void* exception_object = nullptr);

}  // namespace dp::dynamo
