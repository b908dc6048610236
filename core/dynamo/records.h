// What Dynamo records while a program runs, as typed data: the compiled graphs, graph breaks,
// hard errors, guards, recompiles, log records and the stepper's timeline. The counterpart of
// the structured trace PyTorch emits for tlparse (torch._logging.trace_structured), kept in
// DynamoState; core/api.cpp alone turns these records into the result JSON (README documents it).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dynamo/exc.h"
#include "python/frontend.h"

namespace dp::dynamo {

// Where in the user's code something happened (the instruction's source span).
struct SourceSite {
  std::string filename;
  int lineno = 0;
  int col = 0;
  int end_col = 0;
  std::string frame;  // the code object's name
};

struct GraphNodeRecord {
  std::string name;
  std::string op;
  std::optional<int> lineno;  // the user line the node came from, when known
};

// One graph handed to the backend (output_graph.py compile_and_call_fx_graph).
struct GraphRecord {
  std::string compile_id;
  std::string frame;
  std::string name;      // __compiled_fn_N
  std::string code;      // gm.code
  std::string readable;  // gm.print_readable(print_output=False)
  std::vector<GraphNodeRecord> nodes;
  std::vector<std::string> call_function_ops;
  std::optional<std::string> break_reason;  // the graph break message that ended the graph
  int break_index = -1;                     // index into graph_breaks of that break (explain())
  // A partial graph compiled at the checkpoint a graph break that cannot resume failed back to
  // (step_graph_break): explain()'s GraphCompileReason is ("step_unsupported", [that checkpoint's
  // frame summary]) instead of the graph break's message and site.
  std::optional<SourceSite> step_unsupported_site;
};

// One graph break: the GraphBreak `unimplemented` was given, where, and how it was reported.
struct GraphBreakRecord {
  std::string compile_id;
  SourceSite site;  // the top-level instruction that broke
  GraphBreak graph_break;
  std::string message;     // format_graph_break_message(graph_break)
  std::string reason;      // as the graph_breaks log prints it
  std::string user_stack;  // the user code traceback
  bool skipped_frame = false;
  // A graph break at an instruction without break_graph_if_unsupported, with a checkpoint to fall
  // back to: the graph is compiled up to the checkpoint (the instruction at `partial_graph_site`,
  // where the stack was empty) and the rest of the frame runs eagerly, without a resume function.
  bool cannot_resume = false;
  std::optional<SourceSite> partial_graph_site;
};

// A hard error raised while tracing (UnsafeScriptObjectError, Unsupported under fullgraph, ...).
struct ErrorRecord {
  std::optional<SourceSite> site;  // the innermost traced instruction, when known
  std::string compile_id;
  std::string type;
  std::string message;
  std::optional<GraphBreak> graph_break;  // when the error was raised from a graph break
};

struct GuardsRecord {
  std::string compile_id;
  std::string frame;
  std::vector<std::string> guards;  // Guard::describe
};

struct RecompileRecord {
  std::string compile_id;
  std::string frame;
  std::vector<std::string> reasons;  // "0/0: <guard failure>"
};

struct LogRecord {
  std::string artifact;  // graph_code, guards, graph_breaks, ...
  std::string compile_id;
  std::string text;
};

// A traced frame: the header of its timeline records.
struct FrameRecord {
  std::string compile_id;
  std::string name;
  std::string filename;
  int firstlineno = 0;
  std::vector<py::Instruction> instructions;
};

// A VariableTracker as the stepper shows it: its repr (as TRACE prints it) and the same facts
// as fields, so that the page never parses the repr.
struct TrackerState {
  std::string repr;
  std::string kind;    // the tracker's class; for a realized lazy, the realized tracker's
  bool lazy = false;   // a LazyVariableTracker (realized or not)
  std::string source;  // Source::name(), "" without a source
  std::string value;   // a short summary of the value: a constant's repr, a callable's
                       // qualified name, an attribute's name, an unrealized value's type, ...
};

struct GuardState {
  std::string type;  // TENSOR_MATCH, ...
  std::string source;
};

// A symbol the step created for a dynamic size or int (for the stepper's narration).
struct SymbolState {
  std::string symbol;  // "s77"
  std::string source;  // "L['x'].size()[0]"
  int64_t hint = 0;    // the value seen while tracing
  std::string reason;  // why it is dynamic: "automatic", "dynamic=True", "mark_dynamic"
};

// The end of tracing at a timeline step. PartialGraph: the restarted trace stopped at the
// checkpoint before this instruction (step_graph_break; `message` is the GraphCompileReason,
// "step_unsupported"), after a GraphBreak event whose `cannot_resume` is set.
struct TimelineEvent {
  enum class Kind { GraphBreak, Error, Return, PartialGraph };
  Kind kind = Kind::Return;
  std::string type;     // Error: the exception type
  std::string gb_type;  // GraphBreak; Error raised from a graph break
  std::string message;  // GraphBreak, Error, PartialGraph
  bool cannot_resume = false;  // GraphBreak: at an instruction Dynamo cannot resume after
};

// One traced instruction: the state before it runs, and what it added.
struct TimelineRecord {
  int frame = -1;  // index into DynamoState::frames
  int depth = 0;   // inline depth
  std::string code;
  int offset = 0;
  std::string opname, argrepr;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  std::vector<TrackerState> stack;
  std::vector<std::pair<std::string, TrackerState>> locals;
  std::vector<std::string> nodes;    // node names added
  std::optional<std::string> graph;  // the graph code after the step (when nodes were added)
  std::vector<std::string> guards;   // guards added (Guard::describe)
  std::vector<GuardState> guards_state;
  std::vector<SymbolState> symbols;       // symbols created by the step
  std::vector<std::string> shape_guards;  // ShapeEnv guards the step recorded ("Ne(s77, 10)")
  std::optional<TimelineEvent> event;
};

}  // namespace dp::dynamo
