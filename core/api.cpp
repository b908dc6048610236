// The JSON facade (see api.h): compiles the program, runs it on the eager VM with Dynamo
// installed, and reports output, the uncaught exception, compiled graphs, guards, graph breaks
// and the trace timeline as one JSON document: the only place where Dynamo's records
// (dynamo/records.h) become JSON. The schema is documented in README.md.
#include "api.h"

#include <algorithm>
#include <memory>
#if defined(__SANITIZE_ADDRESS__)
#include <sys/resource.h>
#endif

#include <nlohmann/json.hpp>

#include "dynamo/eval_frame.h"
#include "python/frontend.h"
#include "python/source_encoding.h"
#include "python/unicode_names.h"
#include "runtime/interp.h"
#include "torch/autograd/function.h"

namespace dp {

namespace {

using nlohmann::json;

std::vector<std::string> split_lines(const std::string& src) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= src.size()) {
    size_t nl = src.find('\n', start);
    if (nl == std::string::npos) nl = src.size();
    std::string l = src.substr(start, nl - start);
    if (!l.empty() && l.back() == '\r') l.pop_back();
    lines.push_back(l);
    start = nl + 1;
  }
  return lines;
}

// The interpreter a run uses. Runs start from a warm interpreter: made once per process (per
// WebAssembly instance) with `import torch` already done, snapshotted (Interp::take_snapshot) and
// restored when each run ends, so a run pays neither for building the builtins nor for running
// the torch prelude. A run_json call made while another is in progress gets a fresh one.
class InterpLease {
 public:
  InterpLease() {
    static std::unique_ptr<rt::Interp> warm;
    static bool busy = false;
    if (busy) {
      own_ = std::make_unique<rt::Interp>();
      I_ = own_.get();
      return;
    }
    if (!warm) {
      auto w = std::make_unique<rt::Interp>();
      dynamo::install(*w, dynamo::DynamoOptions{});
      w->import_module("torch");
      w->take_snapshot();
      warm = std::move(w);
    }
    busy_ = &busy;
    busy = true;
    I_ = warm.get();
  }
  ~InterpLease() { release(); }
  // Ends the run early: the warm interpreter frees the run's objects and gets its snapshot back
  // (or the private one is destroyed). run_json_impl calls it once the result's data is out of the
  // interpreter, so that building and dumping the JSON does not add to the run's peak memory.
  void release() {
    if (released_) return;
    released_ = true;
    torch::autograd::release_grads_with_history();
    if (busy_) {
      I_->restore_snapshot();
      *busy_ = false;
    }
    own_.reset();
    I_ = nullptr;
  }
  InterpLease(const InterpLease&) = delete;
  InterpLease& operator=(const InterpLease&) = delete;
  rt::Interp& get() { return *I_; }

 private:
  rt::Interp* I_ = nullptr;
  std::unique_ptr<rt::Interp> own_;
  bool* busy_ = nullptr;
  bool released_ = false;
};

json exception_json(const std::string& type, const std::string& message, int lineno, int col, const std::string& tb) {
  return json{{"type", type}, {"message", message}, {"lineno", lineno}, {"col", col}, {"traceback", tb}};
}

json instructions_json(const std::vector<py::Instruction>& instructions) {
  json insts = json::array();
  for (auto& in : instructions)
    insts.push_back({{"offset", in.offset},
                     {"opname", in.opname},
                     {"arg", in.arg},
                     {"argrepr", in.argrepr},
                     {"line", in.pos.lineno},
                     {"starts_line", in.starts_line},
                     {"jump_target", in.is_jump_target}});
  return insts;
}

// Output-only, for the page's stepper (with {"timeline": true}): the bytecode of every function of
// the program, so that instructions of inlined functions can be listed like those of `frames`.
void collect_codes(const py::CodeObject& c, bool top, json& out) {
  if (!top) {
    int last = c.co_firstlineno;
    for (auto& p : c.positions) last = std::max(last, p.end_lineno);
    out.push_back({{"name", c.co_name},
                   {"qualname", c.co_qualname},
                   {"filename", c.co_filename},
                   {"firstlineno", c.co_firstlineno},
                   {"lastlineno", last},
                   {"instructions", instructions_json(py::get_instructions(c))}});
  }
  for (auto& k : c.co_consts)
    if (k.kind == py::Const::Kind::Code && k.code) collect_codes(*k.code, false, out);
}

// ---------------------------------------------------------------------------------------------
// Dynamo's records (dynamo/records.h) as the result document's JSON (the schema in README.md)

json opt_string(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

void site_json(json& j, const dynamo::SourceSite& site) {
  j["filename"] = site.filename;
  j["lineno"] = site.lineno;
  j["col"] = site.col;
  j["end_col"] = site.end_col;
  j["frame"] = site.frame;
}

// The fields of a graph break in a graph_breaks[] or errors[] entry.
void graph_break_json(json& j, const dynamo::GraphBreak& gb) {
  j["gb_type"] = gb.gb_type;
  j["context"] = gb.context;
  j["explanation"] = gb.explanation;
  j["hints"] = gb.hints;
  j["hop"] = opt_string(gb.hop_name);
  j["url"] = opt_string(dynamo::graph_break_url(gb.gb_type));
}

json graph_json(const dynamo::GraphRecord& g) {
  json nodes = json::array();
  for (auto& n : g.nodes) {
    json nj = {{"name", n.name}, {"op", n.op}};
    if (n.lineno) nj["lineno"] = *n.lineno;
    nodes.push_back(nj);
  }
  return json{{"compile_id", g.compile_id},
              {"frame", g.frame},
              {"name", g.name},
              {"code", g.code},
              {"readable", g.readable},
              {"nodes", nodes},
              {"call_function_ops", g.call_function_ops},
              {"break_reason", g.break_reason ? json(*g.break_reason) : json(nullptr)},
              {"break_index", g.break_index}};
}

json graph_break_record_json(const dynamo::GraphBreakRecord& b) {
  json j = {{"compile_id", b.compile_id},
            {"message", b.message},
            {"reason", b.reason},
            {"user_stack", b.user_stack},
            {"skipped_frame", b.skipped_frame},
            {"cannot_resume", b.cannot_resume},
            {"partial_graph_line", b.partial_graph_site ? json(b.partial_graph_site->lineno) : json(nullptr)}};
  site_json(j, b.site);
  graph_break_json(j, b.graph_break);
  return j;
}

json error_json(const dynamo::ErrorRecord& e) {
  json j = json::object();
  if (e.site) site_json(j, *e.site);
  j["compile_id"] = e.compile_id;
  j["type"] = e.type;
  j["message"] = e.message;
  if (e.graph_break) graph_break_json(j, *e.graph_break);
  return j;
}

json tracker_json(const dynamo::TrackerState& t) {
  json j = {{"kind", t.kind}};
  if (t.lazy) j["lazy"] = true;
  if (!t.source.empty()) j["source"] = t.source;
  if (!t.value.empty()) j["value"] = t.value;
  return j;
}

json timeline_record_json(const dynamo::TimelineRecord& r) {
  json j = {{"frame", r.frame},       {"depth", r.depth},     {"code", r.code}, {"offset", r.offset},
            {"opname", r.opname},     {"argrepr", r.argrepr}, {"line", r.line}, {"col", r.col},
            {"end_line", r.end_line}, {"end_col", r.end_col}};
  json stack = json::array(), stack_info = json::array();
  for (auto& t : r.stack) {
    stack.push_back(t.repr);
    stack_info.push_back(tracker_json(t));
  }
  json locals = json::object(), locals_info = json::object();
  for (auto& [name, t] : r.locals) {
    locals[name] = t.repr;
    locals_info[name] = tracker_json(t);
  }
  j["stack"] = stack;
  j["stack_info"] = stack_info;
  j["locals"] = locals;
  j["locals_info"] = locals_info;
  if (!r.nodes.empty()) j["nodes"] = r.nodes;
  if (r.graph) j["graph"] = *r.graph;
  if (!r.guards.empty()) {
    j["guards"] = r.guards;
    json info = json::array();
    for (auto& g : r.guards_state) info.push_back({{"type", g.type}, {"source", g.source}});
    j["guards_info"] = info;
  }
  if (!r.symbols.empty()) {
    json syms = json::array();
    for (auto& s : r.symbols)
      syms.push_back({{"symbol", s.symbol}, {"source", s.source}, {"hint", s.hint}, {"reason", s.reason}});
    j["symbols"] = syms;
  }
  if (!r.shape_guards.empty()) j["shape_guards"] = r.shape_guards;
  if (r.event) {
    using K = dynamo::TimelineEvent::Kind;
    const auto& ev = *r.event;
    json e = {{"kind", ev.kind == K::GraphBreak     ? "graph_break"
                       : ev.kind == K::Error        ? "error"
                       : ev.kind == K::PartialGraph ? "partial_graph"
                                                    : "return"}};
    if (ev.kind == K::Error) e["type"] = ev.type;
    if (ev.kind == K::GraphBreak) e["cannot_resume"] = ev.cannot_resume;
    if (ev.kind == K::GraphBreak || !ev.gb_type.empty()) e["gb_type"] = ev.gb_type;
    if (ev.kind != K::Return) e["message"] = ev.message;
    j["event"] = e;
  }
  return j;
}

// What Dynamo recorded during the run.
void report(const dynamo::DynamoState& D, json& out) {
  auto each = [](const auto& records, auto fn) {
    json a = json::array();
    for (const auto& r : records) a.push_back(fn(r));
    return a;
  };
  out["graphs"] = each(D.graphs, graph_json);
  out["graph_breaks"] = each(D.graph_breaks, graph_break_record_json);
  out["guards"] = each(D.guards, [](const dynamo::GuardsRecord& g) {
    return json{{"compile_id", g.compile_id}, {"frame", g.frame}, {"guards", g.guards}};
  });
  out["recompiles"] = each(D.recompiles, [](const dynamo::RecompileRecord& r) {
    return json{{"compile_id", r.compile_id}, {"frame", r.frame}, {"reasons", r.reasons}};
  });
  out["logs"] = each(D.log_records, [](const dynamo::LogRecord& l) {
    return json{{"artifact", l.artifact}, {"compile_id", l.compile_id}, {"text", l.text}};
  });
  out["errors"] = each(D.errors, error_json);
  if (D.opts.timeline) {
    out["frames"] = each(D.frames, [](const dynamo::FrameRecord& f) {
      return json{{"kind", "frame"},
                  {"compile_id", f.compile_id},
                  {"name", f.name},
                  {"filename", f.filename},
                  {"firstlineno", f.firstlineno},
                  {"instructions", instructions_json(f.instructions)}};
    });
    out["timeline"] = each(D.timeline, timeline_record_json);
    out["timeline_truncated"] = D.timeline.size() >= D.max_timeline;
  }
}

}  // namespace

namespace {

// Every document leaves through here: program output and messages may hold bytes that are not
// UTF-8 (JSON strings must be): they are replaced rather than thrown on.
std::string dump(const json& out) { return out.dump(-1, ' ', false, json::error_handler_t::replace); }

// The options' types, checked before anything runs (a wrong type is a caller's error, reported
// like a malformed options document).
void check_option_types(const json& opts) {
  if (!opts.is_object()) throw std::invalid_argument("the options must be a JSON object");
  auto expect = [&](const char* key, bool (json::*is)() const noexcept, const char* what) {
    if (opts.contains(key) && !(opts[key].*is)())
      throw std::invalid_argument(std::string("option \"") + key + "\" must be " + what);
  };
  for (const char* k : {"filename", "mode", "logs", "backend"}) expect(k, &json::is_string, "a string");
  for (const char* k : {"timeline", "fullgraph", "force_eager", "timing", "record_calls"})
    expect(k, &json::is_boolean, "true or false");
  for (const char* k : {"max_steps", "max_traced_instructions", "max_recursion", "max_objects", "max_output_bytes",
                        "max_memory_bytes"}) {
    expect(k, &json::is_number_integer, "an integer");
    if (opts.contains(k) && opts[k].get<int64_t>() <= 0)
      throw std::invalid_argument(std::string("option \"") + k + "\" must be positive");
  }
  // Tests only: a collection of unreachable tensors is requested every N interpreter steps
  // (docs/memory.md "The tensor collector"), so that every test program exercises it.
  expect("gc_stress_steps", &json::is_number_integer, "an integer");
  if (opts.contains("gc_stress_steps") && opts["gc_stress_steps"].get<int64_t>() < 0)
    throw std::invalid_argument("option \"gc_stress_steps\" must not be negative");
  if (opts.contains("startup_interned")) {
    const json& v = opts["startup_interned"];
    bool strings = v.is_array();
    for (size_t i = 0; strings && i < v.size(); ++i) strings = v[i].is_string();
    if (!strings) throw std::invalid_argument("option \"startup_interned\" must be an array of strings");
  }
  if (opts.contains("max_recursion") && opts["max_recursion"].get<int64_t>() > 1000000)
    throw std::invalid_argument("option \"max_recursion\" must be at most 1000000");
}

// An uncaught SystemExit ends the program without a traceback, as Py_Exit does: status None is 0,
// an int is the exit status, anything else is printed to stderr and the status is 1.
void report_system_exit(rt::Interp& I, const rt::Value& exc, json& out) {
  rt::Value code_v = rt::Value::none();
  if (rt::Value args = I.getattr_opt(exc, "args"); args.is_obj() && args.o->kind == rt::Kind::Tuple) {
    auto& items = static_cast<rt::Tuple*>(args.o)->items;
    if (items.size() == 1) code_v = items[0];
    else if (items.size() > 1) code_v = args;
  }
  rt::Value n = rt::Interp::number_payload(code_v);
  if (code_v.is_none()) {
    out["exit_code"] = 0;
  } else if ((n.is_int() || n.is_bool()) && !code_v.is_obj()) {
    out["exit_code"] = static_cast<int>(I.index_value(n) & 0xFF);
  } else {
    I.write_stderr(I.to_str(code_v) + "\n");
    out["exit_code"] = 1;
  }
}

// Any other uncaught exception: CPython's traceback on stderr, and the exception as structured data
// (type, message, the innermost line and column in the program's own file).
void report_uncaught_exception(rt::Interp& I, const rt::Value& exc, const std::string& filename, json& out) {
  std::string tb;
  std::string msg;
  int lineno = 0, col = 0;
  try {
    tb = I.format_traceback(exc);
    msg = I.to_str(exc);
  } catch (...) {
    tb = "<exception while formatting the exception>\n";
  }
  rt::Type* t = I.type_of(exc);
  rt::Value m = I.dict_get_str(t->dict, "__module__");
  std::string mod = m.is_null() ? t->module : I.to_str(m);
  std::string type_name = (mod == "builtins" || mod == "__main__") ? t->qualname : mod + "." + t->qualname;
  if (exc.is_obj() && exc.o->kind == rt::Kind::Instance) {
    for (auto& entry : static_cast<rt::Instance*>(exc.o)->traceback) {
      if (entry.filename == filename) {
        lineno = entry.lineno;
        col = entry.col + 1;
      }
    }
  }
  I.write_stderr(tb);
  out["exception"] = exception_json(type_name, msg, lineno, col, tb);
  out["exit_code"] = 1;
}

std::string run_json_impl(const std::string& source, const std::string& options_json) {
  json opts = json::object();
  json out;
  out["stdout"] = "";
  out["stderr"] = "";
  out["exception"] = nullptr;
  out["graphs"] = json::array();
  out["exit_code"] = 0;
  try {
    if (!options_json.empty()) opts = json::parse(options_json);
    check_option_types(opts);
  } catch (const std::exception& e) {
    out["stderr"] = std::string("invalid options JSON: ") + e.what() + "\n";
    out["exception"] = exception_json("ValueError", std::string("invalid options JSON: ") + e.what(), 0, 0, "");
    out["exit_code"] = 1;
    return dump(out);
  }
  std::string filename = opts.value("filename", std::string("main.py"));
  std::string mode = opts.value("mode", std::string("run"));

  // Front end.
  std::shared_ptr<const py::CodeObject> code;
  try {
    if (mode == "dis") {
      py::CompileOptions compile_options;
      if (opts.contains("startup_interned"))
        compile_options.startup_interned = opts["startup_interned"].get<std::vector<std::string>>();
      out["stdout"] = py::dis_module(source, filename, compile_options);
      return dump(out);
    }
    code = py::compile_module(source, filename);
  } catch (const py::CompileError& e) {
    std::string text = py::format_syntax_error(e.info);
    out["stderr"] = text;
    out["exception"] = exception_json(e.info.type, e.info.msg, e.info.lineno, e.info.col, text);
    out["exit_code"] = 1;
    return dump(out);
  }

  InterpLease lease;
  rt::Interp& I = lease.get();
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer's redzones make every C++ frame several times larger: the C++ stack guard gets
  // a proportionally larger budget so that 900 Python frames still work (./dev's sanitizer step
  // runs with a larger `ulimit -s`).
  {
    size_t want = I.max_stack_bytes * 10;
    rlimit rl{};
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
      want = std::min<size_t>(want, rl.rlim_cur / 4 * 3);
    I.max_stack_bytes = std::max(I.max_stack_bytes, want);
  }
#endif
  if (opts.contains("max_steps")) I.budgets.max_steps = opts["max_steps"].get<int64_t>();
  if (opts.contains("max_traced_instructions"))
    I.budgets.max_traced_instructions = opts["max_traced_instructions"].get<int64_t>();
  if (opts.contains("max_recursion")) I.budgets.max_recursion = opts["max_recursion"].get<int>();
  if (opts.contains("max_objects")) I.budgets.max_objects = opts["max_objects"].get<int64_t>();
  if (opts.contains("max_output_bytes")) I.budgets.max_output_bytes = opts["max_output_bytes"].get<size_t>();
  if (opts.contains("max_memory_bytes")) I.budgets.max_memory_bytes = opts["max_memory_bytes"].get<size_t>();
  if (opts.contains("gc_stress_steps")) I.gc_stress_steps = opts["gc_stress_steps"].get<int64_t>();
  I.arm_memory_budget();
  I.main_filename = filename;
  I.set_file_lines(filename, split_lines(py::decode_source(source, filename)));  // compiled above
  dynamo::DynamoOptions dopts;
  dopts.logs = opts.value("logs", std::string());
  dopts.timeline = opts.value("timeline", false);
  if (opts.contains("fullgraph")) dopts.force_fullgraph = opts["fullgraph"].get<bool>() ? 1 : 0;
  if (opts.contains("backend")) dopts.force_backend = opts["backend"].get<std::string>();
  dynamo::install(I, dopts);
  // {"force_eager": true}: as if torch.compiler.set_stance("force_eager") ran first.
  if (opts.contains("force_eager")) {
    dynamo::state(I).force_eager = opts["force_eager"].get<bool>();
    dynamo::state(I).opts.force_eager = dynamo::state(I).force_eager;  // set_stance cannot undo it
  }
  // {"record_calls": true}: the result of every call of a compiled function, for comparing a
  // compiled run with a force_eager run whatever the program prints.
  dynamo::state(I).record_calls = opts.value("record_calls", false);

  rt::Module* main = I.new_module("__main__");
  I.main_module = main;
  I.dict_set_str(main->dict, "__file__", I.str(filename));
  I.dict_set_str(main->dict, "__builtins__", I.import_module("builtins"));
  // sys.argv of `python FILE` (restored with the warm interpreter's snapshot after the run).
  if (rt::Value sys = I.import_module("sys"); sys.is_obj() && sys.o->kind == rt::Kind::Module)
    I.dict_set_str(static_cast<rt::Module*>(sys.o)->dict, "argv", I.list({I.str(filename)}));
  try {
    I.run_module_code(code, main);
  } catch (rt::PyException& e) {
    if (I.isinstance(e.exc, I.SystemExit)) report_system_exit(I, e.exc, out);
    else report_uncaught_exception(I, e.exc, filename, out);
  } catch (rt::BudgetExceeded& e) {
    // A playground budget ended (README "Budgets"): the run stops where it was, with what it printed.
    std::string budget = e.budget;
    bool steps = budget == "max_steps";
    std::string where =
        e.lineno > 0 ? " at line " + std::to_string(e.lineno) + (e.col > 0 ? ", column " + std::to_string(e.col) : "")
                     : "";
    std::string what =
        steps ? "the step budget (max_steps=" + std::to_string(I.budgets.max_steps) + ")"
        : budget == "max_traced_instructions"
            ? "the tracing budget (max_traced_instructions=" + std::to_string(I.budgets.max_traced_instructions) + ")"
            : "the memory budget (max_memory_bytes=" + std::to_string(I.budgets.max_memory_bytes) + ", " +
                  std::to_string(I.budgets.max_memory_bytes >> 20) + " MiB)";
    // The step that ran past the step budget is not counted: N steps ran.
    std::string msg = "stopped after " + std::to_string(steps ? e.steps - 1 : e.steps) + " steps" + where +
                      ": the program exceeded " + what;
    I.write_stderr(msg + "\n");
    out["exception"] = exception_json(budget == "max_memory_bytes" ? "MemoryError" : "StepBudgetExceeded", msg,
                                      e.lineno, e.col, msg + "\n");
    out["exception"]["budget"] = e.budget;
    out["exit_code"] = 1;
  } catch (const std::bad_alloc&) {
    // The process itself ran out of memory before the memory budget noticed (one huge request).
    std::string msg = "the program ran out of memory (a single allocation larger than the process can make)";
    I.write_stderr("MemoryError: " + msg + "\n");
    out["exception"] = exception_json("MemoryError", msg, 0, 0, "MemoryError: " + msg + "\n");
    out["exit_code"] = 1;
  } catch (const std::exception& e) {
    std::string msg = std::string("internal error in the playground: ") + e.what();
    I.write_stderr(msg + "\n");
    out["exception"] = exception_json("InternalError", msg, 0, 0, msg + "\n");
    out["exit_code"] = 1;
  }
  I.disarm_memory_budget();  // the program is over: reporting it is not charged to it
  out["stdout"] = std::move(I.out);
  out["stderr"] = std::move(I.err);
  // The records leave the interpreter (plain C++ data, docs/memory.md) before its run objects are
  // freed; the JSON is built from them afterwards.
  std::unique_ptr<dynamo::DynamoState> records;
  if (I.dynamo) {
    dynamo::DynamoState& D = dynamo::state(I);
    records = std::make_unique<dynamo::DynamoState>();
    records->opts = D.opts;
    records->max_timeline = D.max_timeline;
    records->graphs = std::move(D.graphs);
    records->graph_breaks = std::move(D.graph_breaks);
    records->guards = std::move(D.guards);
    records->recompiles = std::move(D.recompiles);
    records->log_records = std::move(D.log_records);
    records->errors = std::move(D.errors);
    records->frames = std::move(D.frames);
    records->timeline = std::move(D.timeline);
  }
  // Output-only counters (./dev bench): interpreter steps (eager + traced), traced instructions and
  // the time spent tracing them.
  out["stats"] = json{{"steps", I.steps}, {"traced_instructions", dynamo::state(I).traced_instructions}};
  // The tensor collector's work, when it ran (docs/memory.md).
  if (I.gc_stats.collections > 0) {
    out["stats"]["gc_collections"] = I.gc_stats.collections;
    out["stats"]["gc_tensors_released"] = I.gc_stats.tensors_released;
  }
  // Wall time is not reproducible: only on request ({"timing": true}), so that a result is
  // otherwise a pure function of the program and the options.
  if (opts.value("timing", false)) out["stats"]["trace_ms"] = dynamo::state(I).trace_ms;
  json calls;
  bool record_calls = dynamo::state(I).record_calls;
  if (record_calls) calls = std::move(dynamo::state(I).call_results);
  lease.release();
  if (records) report(*records, out);
  records.reset();
  if (dopts.timeline) {
    json codes = json::array();
    collect_codes(*code, true, codes);
    out["codes"] = codes;
  }
  if (record_calls) out["calls"] = std::move(calls);
  return dump(out);
}

}  // namespace

std::string run_json(const std::string& source, const std::string& options_json) {
  try {
    return run_json_impl(source, options_json);
  } catch (const std::exception& e) {
    // A bug in the core, never the program's fault: reported as a result, not a crash.
    json out;
    std::string text = std::string("internal error in the playground's core: ") + e.what() + "\n";
    out["stdout"] = "";
    out["stderr"] = text;
    out["exception"] = exception_json("InternalError", text, 0, 0, "");
    out["graphs"] = json::array();
    out["exit_code"] = 1;
    return dump(out);
  }
}

void set_data_file_reader(DataFileReader reader) { py::unicode_names::set_reader(reader); }

}  // namespace dp
