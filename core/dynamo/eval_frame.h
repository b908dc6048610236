// Dynamo's entry points into the runtime: torch.compile's wrapper, the per-code-object cache,
// and the report of what was compiled. Mirrors torch/_dynamo/eval_frame.py (optimize,
// _TorchDynamoContext, reset, explain) and torch/_dynamo/convert_frame.py (the frame callback,
// recompile limit, rewrapping unexpected errors as InternalTorchDynamoError).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dynamo/output_graph.h"
#include "dynamo/records.h"
#include "runtime/interp.h"

namespace dp::dynamo {

struct DynamoOptions {
  std::string logs;  // TORCH_LOGS syntax
  bool timeline = false;
  int force_fullgraph = -1;   // -1: as the program says; 0/1: override (page toggle)
  std::string force_backend;  // "" : as the program says
  bool force_eager = false;   // {"force_eager": true}: every compiled call runs eagerly, whatever the stance
};

struct LogConfig {
  bool graph_code = false, graph = false, graph_breaks = false, guards = false, recompiles = false,
       trace_bytecode = false, trace_source = false, bytecode = false, dynamo = false, dynamo_debug = false,
       dynamic = false, dynamic_debug = false;
  // PyTorch log names of the compiler stages after Dynamo (AOTAutograd, Inductor) asked for in the
  // spec: the playground has no such stages (backends run as eager), so they log nothing.
  std::vector<std::string> unsupported;
  static LogConfig parse(const std::string& spec);
};

struct CompileConfig {
  rt::Value backend;  // a string ("eager", "aot_eager", "inductor") or a callable
  bool fullgraph = false;
  int dynamic = -1;  // torch.compile(dynamic=None | False | True): -1, 0, 1
};

// Automatic dynamic (torch/_dynamo/pgo.py FrameStateSizeEntry): what each input source looked like
// in the compiles of a code object so far. An atom is unset, a value, or auto_dynamic (it changed).
struct FrameStateAtom {
  enum class State { Unset, Value, AutoDynamic };
  State state = State::Unset;
  int64_t value = 0;
  void merge(const FrameStateAtom& o);
};
struct FrameStateSizeEntry {
  FrameStateAtom scalar;      // ints: the value (tensors: auto_dynamic)
  FrameStateAtom size_tuple;  // Value while `size` holds the sizes; AutoDynamic: rank changed
  std::vector<FrameStateAtom> size;
};

struct FrameCache {
  int frame_id = -1;
  int compile_count = 0;
  bool skip = false;  // Dynamo gave up on this code object (run eagerly)
  std::vector<std::shared_ptr<CompiledEntry>> entries;
  std::map<std::string, FrameStateSizeEntry> frame_state;  // automatic dynamic, per source name
};

struct DynamoState {
  DynamoOptions opts;
  LogConfig logs;
  std::unordered_map<const py::CodeObject*, FrameCache> caches;
  int next_frame_id = 0;
  int compiled_fn_counter = 0;
  int recompile_limit = 8;
  // torch._dynamo.mark_dynamic / maybe_mark_dynamic / mark_static, by TensorImpl.
  std::unordered_map<const void*, std::set<int64_t>> marked_dynamic, marked_maybe_dynamic, marked_static;
  bool force_eager = false;  // torch.compiler.set_stance("force_eager")
  std::string stance =
      "default";  // torch.compiler.set_stance: default | force_eager | eager_on_recompile | fail_on_recompile
  // torch.compiler.error_on_graph_break (eval_frame.c's _get/_set_error_on_graph_break): read by the
  // translator while tracing, toggled at trace time by the context manager it traces.
  bool error_on_graph_break = false;
  // torch.compile'd wrappers (torch._C._dynamo.optimize's builtins) -> the function they compile:
  // the tracer inlines the original, as PyTorch does through `_fn._torchdynamo_inline`.
  std::unordered_map<const rt::Object*, rt::Function*> compiled_originals;
  // torch.compiler.disable(recursive=False): code objects run without Dynamo (skip_code); their
  // callees are still compiled.
  std::set<const py::CodeObject*> skip_codes;
  // torch._dynamo.allow_in_graph: functions put in the graph as one call_function node.
  std::set<const rt::Object*> allowed_in_graph;
  // torch._dynamo.disallow_in_graph: in-graph torch builtins a traced call skips (trace_rules'
  // _disallowed_callable_ids); allow_in_graph takes one back out.
  std::set<const rt::Object*> disallowed_in_graph;
  // torch._dynamo.nonstrict_trace: the wrappers it returned (also in allowed_in_graph); a traced
  // call is one flat_apply node (variables/torch_nonstrict.cpp).
  std::set<const rt::Object*> nonstrict_trace;
  bool record_calls = false;  // keep the repr of each compiled call's result (or exception)
  std::vector<std::string> call_results;
  int callback_depth = 0;       // >0 while running compiled code: nested frames are intercepted
  int tracing = 0;              // >0 while tracing (fake-class code runs without the callback)
  CompileConfig active_config;  // config of the compiled region being run
  // What the run reports (records.h; core/api.cpp turns them into the result JSON).
  std::vector<GraphRecord> graphs;
  std::vector<GraphBreakRecord> graph_breaks;
  std::vector<GuardsRecord> guards;
  std::vector<RecompileRecord> recompiles;
  std::vector<TimelineRecord> timeline;
  std::vector<FrameRecord> frames;  // traced frames (timeline headers)
  // Resume functions by code, offset, stack NULL mask and re-entered blocks (stack index, class
  // and target values, as text).
  std::map<std::tuple<const py::CodeObject*, int, std::vector<bool>, std::string>, rt::Function*> resume_fns;
  // The function each resume function's code resumes, how many bytes its prologue adds in front
  // of the original body, and how many ___stack locals precede the original ones.
  struct ResumeOrigin {
    rt::Function* fn;
    int shift;
    size_t stack_args;
  };
  std::unordered_map<const py::CodeObject*, ResumeOrigin> resume_origins;
  size_t max_timeline = 100000;
  size_t graph_snapshot_bytes = 0;
  std::vector<ErrorRecord> errors;       // hard errors raised while tracing
  std::optional<SourceSite> error_site;  // innermost traced instruction of the last error
  int timeline_frame = -1;               // index of the frame record in timeline being traced
  int64_t traced_instructions = 0;       // instructions symbolically executed (result "stats", ./dev bench)
  double trace_ms = 0;                   // time spent in InstructionTranslator.run (same)

  std::vector<LogRecord> log_records;
  // >0 while a frame is traced again up to a graph break the first trace reported (compile_frame's
  // replay): its logs and timeline records were made by the first trace.
  int silent = 0;
  rt::Interp* interp = nullptr;
  void log(const std::string& artifact, const std::string& compile_id, const std::string& text);
};

// While alive, Python code runs without Dynamo (callback_depth 0: frames are not intercepted), as
// under PyTorch's `disable(...)`; the previous depth comes back at scope exit.
struct DynamoDisabled {
  DynamoState& D;
  int depth;
  explicit DynamoDisabled(DynamoState& d) : D(d), depth(d.callback_depth) { D.callback_depth = 0; }
  ~DynamoDisabled() { D.callback_depth = depth; }
  DynamoDisabled(const DynamoDisabled&) = delete;
  DynamoDisabled& operator=(const DynamoDisabled&) = delete;
};

void install(rt::Interp& I, const DynamoOptions& opts);
DynamoState& state(rt::Interp& I);

// Calls `fn` under Dynamo (convert_frame): guards, cache lookup, tracing, running the entry.
rt::Value call_compiled(rt::Interp& I, rt::Function* fn, rt::CallArgs& args, const CompileConfig& cfg);

// Python exception of torch._dynamo.exc (or builtins) by name.
[[noreturn]] void raise_dynamo_exc(rt::Interp& I, const std::string& cls, const std::string& msg);

}  // namespace dp::dynamo
