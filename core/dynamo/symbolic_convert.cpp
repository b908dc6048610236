// See symbolic_convert.h. One method per opcode, named as PyTorch names it, reached through the
// dispatch table; grouped by family: stack shuffling, locals/globals/attributes, calls,
// operators, containers, control flow, closures, exceptions.
#include "dynamo/symbolic_convert.h"

#include <algorithm>
#include <array>

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/variables/ctx_manager.h"
#include "dynamo/variables/higher_order_ops.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using py::Op;
using rt::Value;

InstructionTranslatorBase::InstructionTranslatorBase(rt::Interp& interp, DynamoState& state, OutputGraph& out,
                                                     std::shared_ptr<const py::CodeObject> c, rt::Dict* g, int depth)
    : interp(interp), state(state), output(out), code(std::move(c)), globals(g), inline_depth(depth) {
  instructions = py::get_instructions(*code);
  for (size_t i = 0; i < instructions.size(); ++i) offset_to_index[instructions[i].offset] = i;
  symbolic_locals.assign(static_cast<size_t>(code->nlocalsplus()), nullptr);
}

VariableTracker* InstructionTranslatorBase::pop() {
  if (stack.empty())
    unimplemented("Missing bytecode handler", "empty stack", "Dynamo's symbolic stack underflowed.",
                  {graph_break_hints::DYNAMO_BUG});
  VariableTracker* v = stack.back();
  stack.pop_back();
  return v;
}

std::vector<VariableTracker*> InstructionTranslatorBase::popn(size_t n) {
  if (stack.size() < n)
    unimplemented("Missing bytecode handler", "empty stack", "Dynamo's symbolic stack underflowed.",
                  {graph_break_hints::DYNAMO_BUG});
  std::vector<VariableTracker*> out(stack.end() - static_cast<long>(n), stack.end());
  stack.resize(stack.size() - n);
  return out;
}

VariableTracker* InstructionTranslatorBase::constant(Value v) {
  // A set a folded operation made is a SetVariable (ConstantVariable.create of a set), never a
  // constant the traced code could mutate.
  if (v.is_obj() && (v.o->kind == rt::Kind::Set || v.o->kind == rt::Kind::FrozenSet)) return wrap_sourceless(v);
  return make<ConstantVariable>(v);
}
VariableTracker* InstructionTranslatorBase::none() { return make<ConstantVariable>(Value::none()); }

std::string InstructionTranslatorBase::stack_repr() {
  std::string s = "[";
  for (size_t i = 0; i < stack.size(); ++i) {
    if (i) s += ", ";
    s += stack[i]->repr(interp);
  }
  return s + "]";
}

std::vector<PArg> InstructionTranslatorBase::proxies(VTArgs& args) {
  std::vector<PArg> out;
  for (auto*& a : args) a = a->realize(*this);
  // proxy_args_kwargs (utils.py): an instance of a user subclass of int / float / str (a
  // UserDefinedObjectVariable) has no as_proxy(); the graph break names every argument (typestr).
  for (auto* a : args)
    if (is_builtin_value_subclass_var(a)) {
      std::string types;
      for (auto* b : args) types += (types.empty() ? "" : " ") + b->repr(interp);
      unimplemented("Failed to convert args/kwargs to proxy", "call_function args: " + types + " ",
                    "Missing `as_proxy()` implementation for some arg/kwarg.", {});
    }
  for (auto* a : args) out.push_back(a->as_proxy(*this));
  return out;
}

// ---------------------------------------------------------------------------------------------
// argval as TRACE prints it (str(inst.argval))

static std::string trace_argval(rt::Interp& I, const py::CodeObject& c, const py::Instruction& inst) {
  if (inst.arg < 0) return "None";
  if (py::uses_localsplus(inst.op)) return c.localsplusnames[static_cast<size_t>(inst.arg)];
  switch (inst.op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES: {
      Value v = I.from_const(c.co_consts[static_cast<size_t>(inst.arg)]);
      return I.to_str(v);
    }
    case Op::LOAD_GLOBAL: return c.co_names[static_cast<size_t>(inst.arg >> 1)];
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL: return c.co_names[static_cast<size_t>(inst.arg)];
    case Op::COMPARE_OP: {
      static const char* ops[] = {"<", "<=", "==", "!=", ">", ">="};
      return inst.arg < 6 ? ops[inst.arg] : "?";
    }
    default: break;
  }
  if (inst.jump_target >= 0) return std::to_string(inst.jump_target);
  return std::to_string(inst.arg);
}

static std::string enclosing_def(rt::Interp& I, const py::CodeObject& c, int line) {
  // The innermost def whose body (def line .. last line) holds `line`; "" outside any def.
  auto it = I.file_lines.find(c.co_filename);
  if (it == I.file_lines.end()) return "";
  const auto& lines = it->second;
  int def_line = -1;
  for (int l = c.co_firstlineno; l <= static_cast<int>(lines.size()); ++l) {
    std::string t = lines[static_cast<size_t>(l - 1)];
    size_t b = t.find_first_not_of(" \t");
    if (b != std::string::npos && (t.compare(b, 4, "def ") == 0)) {
      def_line = l;
      break;
    }
  }
  if (def_line < 0) return c.co_name == "<module>" ? "" : c.co_name;
  if (line < def_line) return "()";
  return "(" + c.co_name + ")";
}

// ---------------------------------------------------------------------------------------------

VariableTracker* InstructionTranslatorBase::run() {
  while (!returned && !yielded && !stepped_graph_break) {
    if (ip >= instructions.size())
      unimplemented("Missing bytecode handler", "fell off the end of the code",
                    "Dynamo reached the end of the bytecode without a return.", {graph_break_hints::DYNAMO_BUG});
    step();
  }
  return return_value;
}

VariableTracker* InstructionTranslatorBase::generator_next(VariableTracker* sent) {
  if (returned) return nullptr;
  if (yielded) {
    yielded = false;
    push(sent ? sent : none());  // the value sent into the generator (next() sends None)
  }
  // The nodes the caller makes after this resumption carry the caller's line, not the
  // generator's (PyTorch takes a node's stack from the translator running then).
  const fx::StackSummary caller_stack = output.current_stack;
  const auto* caller_code = output.current_stack_code;
  const int caller_line = output.current_stack_line;
  advanced_at = ++output.iter_serial;
  try {
    run();
  } catch (Unsupported&) {
    generator_broken = true;
    throw;
  }
  output.current_stack = caller_stack;
  output.current_stack_code = caller_code;
  output.current_stack_line = caller_line;
  return yielded ? yielded_value : nullptr;
}

// LocalGeneratorObjectVariable.call_method's send / throw / close (variables/functions.py, with
// enable_faithful_generator_behavior), following CPython's gen_send_ex / gen_throw / gen_close:
// send(v) resumes the inlined frame with v (a just-started generator accepts only None);
// throw(exc) and close() on a generator that has not started, has finished, or is suspended at a
// `yield` no handler of its own covers end it: throw raises exc in the caller, close returns None
// (GeneratorExit leaves the frame). A handler around the yield (try/finally, except) would run
// inside the generator: not traced by the playground yet.
VariableTracker* local_generator_method(InstructionTranslatorBase& tx, LocalGeneratorObjectVariable* g,
                                        const std::string& name, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  InstructionTranslatorBase& f = *g->frame;
  const std::string ctx = "call_method " + g->repr(I) + " " + name;
  // After a limitation below, the caller's code would call the method on what the generator was
  // rebuilt as (an iterator): the generator is not rebuilt (generator_broken).
  auto unimplemented_in_playground = [&](const std::string& what, const std::string& c) {
    f.generator_broken = true;
    dp::dynamo::unimplemented_in_playground(what, c);
  };
  const bool started = f.ip > 0;
  const bool suspended = started && f.yielded && !f.returned;
  auto stop_iteration = [&]() {
    throw ObservedException(tx.make<ExceptionVariable>(I.StopIteration, VTArgs{}), "StopIteration");
  };
  if (name == "send") {
    if (args.size() != 1 || !kwargs.empty())
      unimplemented_in_playground("`generator.send()` with other than one argument", ctx);
    if (f.returned) stop_iteration();
    VariableTracker* v = args[0]->realize(tx);
    if (!started && !(v->is_python_constant() && v->as_python_constant(tx).is_none()))
      raise_observed_exception("TypeError: can't send non-None value to a just-started generator");
    if (VariableTracker* item = f.generator_next(v)) return item;
    stop_iteration();
  }
  // throw / close: a handler of the generator around its current yield would run its code.
  if (suspended && f.ip > 0 && f.exn_tab_entry(f.instructions[f.ip - 1]))
    unimplemented_in_playground(
        "`generator." + name + "()` on a generator suspended inside a try block (its handler would run)", ctx);
  if (name == "close") {
    if (!args.empty() || !kwargs.empty()) unimplemented_in_playground("`generator.close()` with arguments", ctx);
    f.returned = true;
    f.yielded = false;
    return tx.none();
  }
  // throw(exc): an exception class or value, raised in the caller.
  if (args.size() != 1 || !kwargs.empty())
    unimplemented_in_playground("`generator.throw()` with other than one argument", ctx);
  VariableTracker* e = args[0]->realize(tx);
  ExceptionVariable* exc = dynamic_cast<ExceptionVariable*>(e);
  if (!exc && e->is_python_constant()) {
    Value t = e->as_python_constant(tx);
    if (t.is_obj() && t.o->kind == rt::Kind::Type && static_cast<rt::Type*>(t.o)->is_subtype(I.BaseException))
      exc = tx.make<ExceptionVariable>(static_cast<rt::Type*>(t.o), VTArgs{});
  }
  if (!exc) unimplemented_in_playground("`generator.throw()` of something other than an exception", ctx);
  f.returned = true;
  f.yielded = false;
  throw ObservedException(exc, exc->exc_type->name);
}

void InstructionTranslatorBase::RETURN_GENERATOR(const py::Instruction& inst) {
  if (inline_depth == 0) missing_bytecode_handler(inst);  // only inlined generators are traced
  push(none());  // the generator's first resumption receives None (popped by the POP_TOP after it)
}

void InstructionTranslatorBase::YIELD_VALUE(const py::Instruction& inst) {
  if (inline_depth == 0) missing_bytecode_handler(inst);
  yielded_value = pop();
  yielded = true;
}

// `yield from` in an inlined generator (InliningGeneratorInstructionTranslator's
// GET_YIELD_FROM_ITER and SEND, CPython 3.11's ceval): the subiterator is a local generator (its
// own iterator) or iter(v); SEND resumes it with the value sent to this generator (next() on it for
// None), pushes what it yields for the YIELD_VALUE after it, and when it is exhausted replaces it
// with its return value and jumps past the loop.
void InstructionTranslatorBase::GET_YIELD_FROM_ITER(const py::Instruction& inst) {
  if (inline_depth == 0) missing_bytecode_handler(inst);  // only inlined generators are traced
  VariableTracker* v = pop()->realize(*this);
  VariableTracker* it = get_iter(v);
  if (!it)
    unimplemented_in_playground("`yield from` over a `" + v->python_type_name(interp) + "`",
                                "GET_YIELD_FROM_ITER " + v->repr(interp));
  push(it);
}

void InstructionTranslatorBase::SEND(const py::Instruction& inst) {
  if (inline_depth == 0) missing_bytecode_handler(inst);
  VariableTracker* val = pop()->realize(*this);
  VariableTracker* recv = stack.back();
  const bool none_sent = val->is_python_constant() && val->as_python_constant(*this).is_none();
  VariableTracker* item = nullptr;
  VariableTracker* ret = none();
  if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(recv)) {
    if (!none_sent && g->frame->ip == 0)
      raise_observed_exception("TypeError: can't send non-None value to a just-started generator");
    item = g->frame->generator_next(none_sent ? nullptr : val);
    if (!item && g->frame->return_value) ret = g->frame->return_value;
  } else if (auto* l = dynamic_cast<ListIteratorVariable*>(recv); l && none_sent) {
    if (l->index < l->items.size()) item = l->items[l->index++];
    l->advanced_at = ++output.iter_serial;
  } else if (auto* r = dynamic_cast<RangeIteratorVariable*>(recv); r && none_sent) {
    item = r->next_variable(*this);
  } else {
    unimplemented_in_playground("`yield from` sending a value into a `" + recv->python_type_name(interp) + "`",
                                "SEND " + recv->repr(interp));
  }
  if (item) {
    push(item);
    return;
  }
  stack.back() = ret;
  jump(inst);
}

// The qualified name of a value's class, as `<class '...'>` shows it ("torch.Tensor", "int").
static std::string qualified_type_name(rt::Interp& I, Value v) {
  rt::Type* t = I.type_of(v);
  std::string mod = t->module;
  Value m = I.dict_get_str(t->dict, "__module__");
  if (!m.is_null()) mod = I.to_str(m);
  return mod == "builtins" ? t->qualname : mod + "." + t->qualname;
}

// A tracker as the stepper shows it: its repr, and the same facts as fields.
static TrackerState tracker_state(rt::Interp& I, VariableTracker* v) {
  TrackerState s;
  s.repr = v->repr(I);
  if (v->source) s.source = v->source->name();
  if (auto* lz = dynamic_cast<LazyVariableTracker*>(v)) {
    s.lazy = true;
    if (!lz->realized) {
      s.kind = lz->class_name();
      s.value = qualified_type_name(I, lz->value);
      return s;
    }
    v = lz->realized;
    if (s.source.empty() && v->source) s.source = v->source->name();
  }
  s.kind = v->class_name();
  if (auto* c = dynamic_cast<ConstantVariable*>(v)) s.value = I.repr(c->value);
  else if (auto* t = dynamic_cast<TensorVariable*>(v)) s.value = t->node ? t->node->name() : "";
  else if (auto* f = dynamic_cast<TorchInGraphFunctionVariable*>(v)) s.value = f->qualname;
  else if (auto* b = dynamic_cast<BuiltinVariable*>(v)) s.value = b->fn_name;
  else if (auto* u = dynamic_cast<UserFunctionVariable*>(v)) s.value = u->fn->qualname;
  else if (auto* n = dynamic_cast<NestedUserFunctionVariable*>(v)) s.value = n->code->co_qualname;
  else if (auto* m = dynamic_cast<UserMethodVariable*>(v)) s.value = m->fn->qualname;
  else if (auto* g = dynamic_cast<GetAttrVariable*>(v)) s.value = g->name;
  else if (auto* h = dynamic_cast<CallTorchbindHigherOrderVariable*>(v)) s.value = h->method_name;
  else if (auto* o = dynamic_cast<UserDefinedObjectVariable*>(v)) s.value = qualified_type_name(I, o->value);
  else if (auto* k = dynamic_cast<UserDefinedClassVariable*>(v)) s.value = k->cls->qualname;
  else if (auto* pm = dynamic_cast<PythonModuleVariable*>(v)) s.value = static_cast<rt::Module*>(pm->module.o)->name;
  return s;
}

// The timeline record of the instruction about to run (the stack and locals before it).
TimelineRecord InstructionTranslatorBase::timeline_record(const py::Instruction& inst) {
  TimelineRecord r;
  r.frame = state.timeline_frame;
  r.depth = inline_depth;
  r.code = code->co_name;
  r.offset = inst.offset;
  r.opname = inst.opname;
  r.argrepr = inst.argrepr;
  r.line = inst.pos.lineno;
  r.col = inst.pos.col_offset;
  r.end_line = inst.pos.end_lineno;
  r.end_col = inst.pos.end_col_offset;
  for (auto* v : stack) r.stack.push_back(tracker_state(interp, v));
  for (size_t i = 0; i < symbolic_locals.size(); ++i)
    if (symbolic_locals[i]) r.locals.emplace_back(code->localsplusnames[i], tracker_state(interp, symbolic_locals[i]));
  return r;
}

// A budget ended while tracing: the stop is reported at the innermost traced instruction of the
// main file (the first translator the exception leaves, inlined frames first).
static void mark_budget_position(rt::BudgetExceeded& e, const py::CodeObject& code, const std::string& main_file,
                                 int line, int col_offset) {
  if (e.traced || code.co_filename != main_file) return;
  e.traced = true;
  e.lineno = line;
  e.col = col_offset + 1;
}

void InstructionTranslatorBase::step() {
  current = ip++;
  const py::Instruction& inst = instructions[current];
  int line = inst.pos.lineno;
  if (line < 0) line = last_line;  // an instruction with no line (exception cleanup) is on the last one
  try {
    if (++interp.steps > interp.budgets.max_steps) interp.step_budget_exceeded();
    if (++state.traced_instructions > interp.budgets.max_traced_instructions)
      interp.budget_exceeded("max_traced_instructions");
    interp.check_memory();  // trackers, FX nodes and fake values are not made by Interp::make
  } catch (rt::BudgetExceeded& e) {
    mark_budget_position(e, *code, interp.main_filename, line, inst.pos.col_offset);
    throw;
  }
  if (inst.starts_line >= 0 && inst.starts_line != last_line) {
    last_line = inst.starts_line;
    if (state.logs.trace_source) {
      std::string src;
      auto it = interp.file_lines.find(code->co_filename);
      if (it != interp.file_lines.end() && inst.starts_line >= 1 &&
          inst.starts_line <= static_cast<int>(it->second.size()))
        src = it->second[static_cast<size_t>(inst.starts_line - 1)];
      std::string def = enclosing_def(interp, *code, inst.starts_line);
      std::string hdr = "TRACE starts_line " + code->co_filename + ":" + std::to_string(inst.starts_line) + " in " +
                        code->co_name + (def.empty() ? "" : " " + def) +
                        (inline_depth > 0 ? " (inline depth: " + std::to_string(inline_depth) + ")" : "");
      state.log("trace_source", "", hdr + "\n    " + src);
    }
  }
  // speculate(): a checkpoint where the stack is empty. The trace restarted at a graph break it
  // could not resume from stops at the checkpoint it failed back to, before this instruction's
  // TRACE line (step_graph_break).
  if (inline_depth == 0 && stack.empty() && should_compile_partial_graph() && is_non_empty_graph()) {
    current_speculation = speculation_count++;
    speculation_index = current;
    if (current_speculation == failed_speculation) {
      step_graph_break(inst);
      return;
    }
  }
  if (state.logs.trace_bytecode)
    state.log("trace_bytecode", "",
              "TRACE " + inst.opname + " " + trace_argval(interp, *code, inst) + " " + stack_repr());
  // Timeline record (for the page's stepper).
  uint64_t rec_node_id_before = output.graph().next_node_id();
  size_t guards_before = output.guards.guards.size();
  size_t symbols_before = output.symbol_log.size(), shape_guards_before = output.shape_env.num_recorded_guards();
  // An index, not a pointer: an inlined call inside dispatch() appends records and may move them.
  constexpr size_t no_rec = static_cast<size_t>(-1);
  size_t rec_index = no_rec;
  if (state.opts.timeline && state.timeline.size() < state.max_timeline) {
    state.timeline.push_back(timeline_record(inst));
    rec_index = state.timeline.size() - 1;
  }
  // The stack summary new nodes carry, rebuilt when the line or the code changes.
  if (output.current_stack_code != code.get() || output.current_stack_line != line) {
    output.current_stack = fx::StackSummary{code->co_filename, std::to_string(line), code->co_name, ""};
    output.current_stack_code = code.get();
    output.current_stack_line = line;
    auto it = interp.file_lines.find(code->co_filename);
    if (it != interp.file_lines.end() && line >= 1 && line <= static_cast<int>(it->second.size())) {
      const std::string& l = it->second[static_cast<size_t>(line - 1)];
      size_t b = l.find_first_not_of(" \t");
      output.current_stack.code = b == std::string::npos ? "" : l.substr(b);
    }
  }
  update_block_stack(inst);
  if (inline_depth == 0) {
    iter_serial_before = output.iter_serial;
    save_state_before();
    for (VariableTracker* v : symbolic_locals)
      if (auto* cell = dynamic_cast<CellVariable*>(v)) cells_before.emplace_back(cell, cell->contents);
    // The replayed trace reached the instruction whose inlined call broke the graph: the same
    // graph break, raised before the call changes anything (its user stack is complete already).
    // error_on_graph_break was off where the first trace broke (transform read it there), whatever
    // the top-level code set it to.
    if (++root_step == replay_break_at && replay_break) {
      state.error_on_graph_break = false;
      throw Unsupported(*replay_break);
    }
  }
  try {
    try {
      dispatch(inst);
    } catch (const ObservedException& e) {
      exception_handler(e);
    } catch (Unsupported& u) {
      // An exception raised by a folded operation (raise_observed_exception): raised in the
      // traced code, as PyTorch's raise_observed_exception does (caught by a handler, or the
      // Observed exception that skips the frame).
      VariableTracker* exc = u.folded_exception ? folded_exception_variable(u) : nullptr;
      if (!exc) throw;
      auto* ev = static_cast<ExceptionVariable*>(exc);
      std::string a = "[";
      for (size_t i = 0; i < ev->args.size(); ++i) a += (i ? ", " : "") + ev->args[i]->repr(interp);
      exception_handler(ObservedException(ev, "raised exception " + ev->exc_type->name + "(" + a + "])"));
    }
  } catch (const ObservedException&) {
    throw;  // to the caller's translator, which may handle it
  } catch (Unsupported& u) {
    u.user_stack.push_back({code->co_filename, line, code->co_name});
    if (!state.error_site)
      state.error_site =
          SourceSite{code->co_filename, line, inst.pos.col_offset, inst.pos.end_col_offset, code->co_name};
    throw;
  } catch (UnsafeScriptObjectError& e) {
    e.user_stack.push_back({code->co_filename, line, code->co_name});
    if (!state.error_site)
      state.error_site =
          SourceSite{code->co_filename, line, inst.pos.col_offset, inst.pos.end_col_offset, code->co_name};
    throw;
  } catch (rt::BudgetExceeded& e) {
    mark_budget_position(e, *code, interp.main_filename, line, inst.pos.col_offset);
    throw;
  } catch (...) {
    if (!state.error_site)
      state.error_site =
          SourceSite{code->co_filename, line, inst.pos.col_offset, inst.pos.end_col_offset, code->co_name};
    throw;
  }
  if (rec_index != no_rec) {
    TimelineRecord& rec = state.timeline[rec_index];
    auto nodes = output.graph().nodes();
    for (fx::Node* n : nodes)
      if (n->id() >= rec_node_id_before) rec.nodes.push_back(n->name());
    // The graph as it stands after this step (bounded in total size).
    if (!rec.nodes.empty() && state.graph_snapshot_bytes < (8u << 20)) {
      std::string code = output.graph().python_code("self").src;
      state.graph_snapshot_bytes += code.size();
      rec.graph = code;
    }
    for (size_t i = guards_before; i < output.guards.guards.size(); ++i) {
      const Guard& g = output.guards.guards[i];
      rec.guards.push_back(g.describe(interp));
      rec.guards_state.push_back(GuardState{Guard::type_name(g.type), g.source ? g.source->name() : ""});
    }
    for (size_t i = symbols_before; i < output.symbol_log.size(); ++i) {
      const auto& s = output.symbol_log[i];
      rec.symbols.push_back(SymbolState{s.symbol, s.source, s.hint, s.reason});
    }
    for (size_t i = shape_guards_before; i < output.shape_env.num_recorded_guards(); ++i)
      rec.shape_guards.push_back(output.shape_env.recorded_guard(i));
  }
}

static bool is_null_var(VariableTracker* v) { return dynamic_cast<NullVariable*>(v) != nullptr; }

// ---------------------------------------------------------------------------------------------
// The dispatch table: opcode number -> the method that traces it (PyTorch's
// InstructionTranslatorBase.dispatch_table, built from the methods named after the opcodes).
// X(opcode, method): most opcodes have a method of their own name; a family shares one, as
// PyTorch's `JUMP_BACKWARD = jump` or `POP_JUMP_IF_TRUE = generic_jump(operator.truth, False)`.
// clang-format off
#define DP_TRACED_OPCODES(X)                                                                          \
  X(CACHE, NOP) X(EXTENDED_ARG, NOP) X(NOP, NOP) X(RESUME, RESUME) X(PRECALL, PRECALL)              \
  X(COPY_FREE_VARS, COPY_FREE_VARS) X(POP_TOP, POP_TOP) X(PUSH_NULL, PUSH_NULL) X(COPY, COPY)        \
  X(SWAP, SWAP) X(LOAD_CONST, LOAD_CONST) X(LOAD_FAST, LOAD_FAST) X(STORE_FAST, STORE_FAST)          \
  X(DELETE_FAST, DELETE_FAST) X(LOAD_GLOBAL, LOAD_GLOBAL) X(LOAD_ATTR, LOAD_ATTR)                   \
  X(LOAD_METHOD, LOAD_METHOD) X(STORE_ATTR, STORE_ATTR) X(KW_NAMES, KW_NAMES) X(CALL, CALL)          \
  X(CALL_FUNCTION_EX, CALL_FUNCTION_EX) X(BINARY_OP, BINARY_OP) X(COMPARE_OP, COMPARE_OP)            \
  X(IS_OP, IS_OP) X(CONTAINS_OP, CONTAINS_OP) X(UNARY_NEGATIVE, stack_op)                           \
  X(UNARY_POSITIVE, stack_op) X(UNARY_INVERT, stack_op) X(UNARY_NOT, stack_op)                      \
  X(BINARY_SUBSCR, BINARY_SUBSCR) X(STORE_SUBSCR, STORE_SUBSCR) X(BUILD_TUPLE, BUILD_TUPLE)          \
  X(BUILD_LIST, BUILD_LIST) X(LIST_TO_TUPLE, LIST_TO_TUPLE) X(LIST_APPEND, LIST_APPEND)              \
  X(LIST_EXTEND, LIST_EXTEND) X(BUILD_MAP, BUILD_MAP) X(BUILD_CONST_KEY_MAP, BUILD_CONST_KEY_MAP)    \
  X(DICT_MERGE, DICT_MERGE) X(DICT_UPDATE, DICT_MERGE) X(BUILD_SLICE, BUILD_SLICE)                  \
  X(FORMAT_VALUE, FORMAT_VALUE) X(BUILD_STRING, BUILD_STRING) X(UNPACK_SEQUENCE, UNPACK_SEQUENCE)    \
  X(RETURN_VALUE, RETURN_VALUE) X(JUMP_FORWARD, jump) X(JUMP_BACKWARD, jump)                        \
  X(JUMP_BACKWARD_NO_INTERRUPT, jump) X(POP_JUMP_FORWARD_IF_FALSE, generic_jump)                    \
  X(POP_JUMP_FORWARD_IF_TRUE, generic_jump) X(POP_JUMP_BACKWARD_IF_FALSE, generic_jump)             \
  X(POP_JUMP_BACKWARD_IF_TRUE, generic_jump) X(POP_JUMP_FORWARD_IF_NONE, generic_jump)              \
  X(POP_JUMP_FORWARD_IF_NOT_NONE, generic_jump) X(POP_JUMP_BACKWARD_IF_NONE, generic_jump)          \
  X(POP_JUMP_BACKWARD_IF_NOT_NONE, generic_jump) X(JUMP_IF_FALSE_OR_POP, generic_jump)              \
  X(JUMP_IF_TRUE_OR_POP, generic_jump) X(GET_ITER, GET_ITER) X(FOR_ITER, FOR_ITER)                  \
  X(MAKE_FUNCTION, MAKE_FUNCTION) X(MAKE_CELL, MAKE_CELL) X(LOAD_CLOSURE, LOAD_CLOSURE)              \
  X(LOAD_DEREF, LOAD_DEREF) X(STORE_DEREF, STORE_DEREF) X(RAISE_VARARGS, RAISE_VARARGS)              \
  X(BEFORE_WITH, BEFORE_WITH) X(RETURN_GENERATOR, RETURN_GENERATOR) X(YIELD_VALUE, YIELD_VALUE)     \
  X(MAP_ADD, MAP_ADD) X(UNPACK_EX, UNPACK_EX) X(DELETE_SUBSCR, DELETE_SUBSCR)                       \
  X(IMPORT_NAME, IMPORT_NAME) X(IMPORT_FROM, IMPORT_FROM) X(PUSH_EXC_INFO, PUSH_EXC_INFO)                \
  X(POP_EXCEPT, POP_EXCEPT) X(CHECK_EXC_MATCH, CHECK_EXC_MATCH) X(RERAISE, RERAISE)                 \
  X(LOAD_ASSERTION_ERROR, LOAD_ASSERTION_ERROR) X(WITH_EXCEPT_START, WITH_EXCEPT_START)              \
  X(GET_YIELD_FROM_ITER, GET_YIELD_FROM_ITER) X(SEND, SEND) X(BUILD_SET, BUILD_SET)                  \
  X(SET_ADD, SET_ADD) X(SET_UPDATE, SET_UPDATE)

// Opcodes the compiler emits that the tracer does not trace. Those PyTorch's translator has no
// method for either are its "Missing bytecode handler" graph break; those PyTorch traces (
// imports, exception handling, match, global writes, ...) are a playground limitation, worded so.
#define DP_UNSUPPORTED_OPCODES(X)                                                                     \
  X(CHECK_EG_MATCH) X(GET_AITER) X(GET_ANEXT) X(BEFORE_ASYNC_WITH) X(END_ASYNC_FOR) X(PRINT_EXPR)    \
  X(LOAD_BUILD_CLASS) X(IMPORT_STAR) X(SETUP_ANNOTATIONS) X(ASYNC_GEN_WRAP) X(PREP_RERAISE_STAR)    \
  X(STORE_NAME) X(DELETE_NAME) X(DELETE_GLOBAL) X(LOAD_NAME) X(GET_AWAITABLE) X(DELETE_DEREF)        \
  X(LOAD_CLASSDEREF) X(MATCH_CLASS)
#define DP_PLAYGROUND_UNSUPPORTED_OPCODES(X)                                                          \
  X(GET_LEN) X(MATCH_MAPPING) X(MATCH_SEQUENCE) X(MATCH_KEYS)                                       \
  X(DELETE_ATTR) X(STORE_GLOBAL)
// clang-format on

namespace {

using Handler = void (InstructionTranslatorBase::*)(const py::Instruction&);

struct DispatchTable {
  std::array<Handler, 256> handler{};
  std::array<OpcodeSupport, 256> support{};
  DispatchTable() {
#define DP_TRACED(op, method)                                                 \
  handler[static_cast<uint8_t>(Op::op)] = &InstructionTranslatorBase::method; \
  support[static_cast<uint8_t>(Op::op)] = OpcodeSupport::Handler;
    DP_TRACED_OPCODES(DP_TRACED)
#undef DP_TRACED
#define DP_UNSUPPORTED(op)                                                                      \
  handler[static_cast<uint8_t>(Op::op)] = &InstructionTranslatorBase::missing_bytecode_handler; \
  support[static_cast<uint8_t>(Op::op)] = OpcodeSupport::Unsupported;
    DP_UNSUPPORTED_OPCODES(DP_UNSUPPORTED)
#undef DP_UNSUPPORTED
#define DP_PLAYGROUND_UNSUPPORTED(op)                                                                \
  handler[static_cast<uint8_t>(Op::op)] = &InstructionTranslatorBase::playground_unsupported_opcode; \
  support[static_cast<uint8_t>(Op::op)] = OpcodeSupport::Unsupported;
    DP_PLAYGROUND_UNSUPPORTED_OPCODES(DP_PLAYGROUND_UNSUPPORTED)
#undef DP_PLAYGROUND_UNSUPPORTED
  }
};

const DispatchTable& dispatch_table() {
  static const DispatchTable table;
  return table;
}

}  // namespace

OpcodeSupport opcode_support(Op op) { return dispatch_table().support[static_cast<uint8_t>(op)]; }

bool has_break_graph_if_unsupported(Op op) {
  return op == Op::CALL || op == Op::CALL_FUNCTION_EX || op == Op::STORE_ATTR || op == Op::STORE_SUBSCR ||
         op == Op::BINARY_SUBSCR;
}

// should_compile_partial_graph (Python 3.11): the current instruction's block, if any, is the
// innermost with block; no with block the playground cannot enter again; not fullgraph, not under
// error_on_graph_break, no active generic context manager.
bool InstructionTranslatorBase::should_compile_partial_graph() const {
  const py::ExceptionTableEntry* entry = exn_tab_entry(instructions[current]);
  if (entry && (block_stack.empty() || entry->target != block_stack.back().target)) return false;
  for (const BlockStackEntry& b : block_stack)
    if (!b.with_context || b.with_context->module_name().empty()) return false;
  return !output.one_graph && !state.error_on_graph_break && output.active_generic_context_managers.empty();
}

// is_non_empty_graph: more than one call in the graph so far (PyTorch's `count_calls() > 1`).
bool InstructionTranslatorBase::is_non_empty_graph() const { return output.count_calls() > 1; }

void InstructionTranslatorBase::save_state_before() {
  block_stack_before = block_stack;
  grad_before = torch::grad_enabled();
  stack_before = stack;
  locals_before = symbolic_locals;
  node_id_before = output.graph().next_node_id();
  cells_before.clear();
  attr_undo_before = output.attr_undo_log.size();
}

// step_graph_break: the restarted trace reached the checkpoint it failed back to. Tracing stops
// before `continue_inst` with the stack empty; convert_frame.cpp compiles the graph so far
// (compile_subgraph(partial_convert=True), GraphCompileReason "step_unsupported") and runs the
// frame's own bytecode from `continue_inst` on, eagerly.
void InstructionTranslatorBase::step_graph_break(const py::Instruction& continue_inst) {
  stepped_graph_break = true;
  ip = current;
  save_state_before();
  if (state.opts.timeline && state.timeline.size() < state.max_timeline) {
    state.timeline.push_back(timeline_record(continue_inst));
    state.timeline.back().event = TimelineEvent{TimelineEvent::Kind::PartialGraph, "", "", "step_unsupported"};
  }
}

void InstructionTranslatorBase::dispatch(const py::Instruction& inst) {
  Handler h = dispatch_table().handler[static_cast<uint8_t>(inst.op)];
  if (!h) missing_bytecode_handler(inst);
  (this->*h)(inst);
}

void InstructionTranslatorBase::missing_bytecode_handler(const py::Instruction& inst) {
  unimplemented("Missing bytecode handler", inst.opname + " with args " + stack_repr(),
                "Dynamo does not know how to handle the bytecode instruction `" + inst.opname + "`.",
                {"Do not trace code that produces the `" + inst.opname +
                     "` bytecode instruction (see https://docs.python.org/3/library/dis.html for bytecode semantics).",
                 graph_break_hints::SUPPORTABLE});
}

void InstructionTranslatorBase::playground_unsupported_opcode(const py::Instruction& inst) {
  const char* what = "";
  switch (inst.op) {
    case Op::WITH_EXCEPT_START: what = " (an exception leaving a with block)"; break;
    case Op::GET_LEN:
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS: what = " (a match statement)"; break;
    case Op::STORE_GLOBAL: what = " (assigning a global variable)"; break;
    case Op::DELETE_ATTR: what = " (deleting an attribute)"; break;
    default: break;
  }
  unimplemented_in_playground("the `" + inst.opname + "` bytecode instruction" + what,
                              inst.opname + " with args " + stack_repr());
}

void InstructionTranslatorBase::jump(const py::Instruction& inst) { ip = offset_to_index.at(inst.jump_target); }

// ---------------------------------------------------------------------------------------------
// Stack shuffling and no-ops

void InstructionTranslatorBase::NOP(const py::Instruction&) {}
void InstructionTranslatorBase::RESUME(const py::Instruction&) {}
void InstructionTranslatorBase::PRECALL(const py::Instruction&) {}
void InstructionTranslatorBase::COPY_FREE_VARS(const py::Instruction&) {}
void InstructionTranslatorBase::POP_TOP(const py::Instruction&) { pop(); }
void InstructionTranslatorBase::PUSH_NULL(const py::Instruction&) { push(make<NullVariable>()); }
void InstructionTranslatorBase::COPY(const py::Instruction& inst) {
  push(stack[stack.size() - static_cast<size_t>(inst.arg)]);
}
void InstructionTranslatorBase::SWAP(const py::Instruction& inst) {
  std::swap(stack.back(), stack[stack.size() - static_cast<size_t>(inst.arg)]);
}

// ---------------------------------------------------------------------------------------------
// Locals, globals, attributes

void InstructionTranslatorBase::LOAD_CONST(const py::Instruction& inst) {
  push(constant(interp.consts_of(code.get())[static_cast<size_t>(inst.arg)]));
}

void InstructionTranslatorBase::LOAD_FAST(const py::Instruction& inst) {
  VariableTracker* v = symbolic_locals[static_cast<size_t>(inst.arg)];
  if (!v) raise_observed_exception("UnboundLocalError: " + code->localsplusnames[static_cast<size_t>(inst.arg)]);
  if (auto* lz = dynamic_cast<LazyVariableTracker*>(v); lz && lz->realized) v = lz->realized;
  push(v);
}

void InstructionTranslatorBase::STORE_FAST(const py::Instruction& inst) {
  VariableTracker* v = pop();
  if (auto* t = dynamic_cast<TensorVariable*>(v)) {
    // TensorVariable.set_name_hint: rename a fresh node after the local, the first time only.
    if (t->node && t->node->op() != fx::Op::Placeholder && !output.renamed_nodes.count(t->node)) {
      output.renamed_nodes.insert(t->node);
      t->node->rename(code->localsplusnames[static_cast<size_t>(inst.arg)]);
    }
  }
  symbolic_locals[static_cast<size_t>(inst.arg)] = v;
}

void InstructionTranslatorBase::DELETE_FAST(const py::Instruction& inst) {
  symbolic_locals[static_cast<size_t>(inst.arg)] = nullptr;
}

// get_globals_source_and_value: a global of an inlined function from another module is read
// through that module, `G['__import_dataclasses'].MISSING` (import_source's alias; Source::resolve
// finds the module by that alias), so it is guarded and keeps its identity like the frame's own
// globals. nullptr when the globals belong to no imported module.
SourcePtr InstructionTranslatorBase::other_module_global_source(const std::string& name) {
  Value modname = interp.dict_get_str(globals, "__name__");
  if (!(modname.is_obj() && modname.o->kind == rt::Kind::Str)) return nullptr;
  const std::string& m = static_cast<rt::Str*>(modname.o)->s;
  auto it = interp.modules.find(m);
  if (it == interp.modules.end() || it->second->dict != globals) return nullptr;
  std::string alias = "__import_";
  for (char ch : m) alias += ch == '.' ? std::string("_dot_") : std::string(1, ch);
  return AttrSource(GlobalSource(alias), name);
}

void InstructionTranslatorBase::LOAD_GLOBAL(const py::Instruction& inst) {
  const std::string& name = code->co_names[static_cast<size_t>(inst.arg >> 1)];
  if (inst.arg & 1) push(make<NullVariable>());
  Value v = interp.dict_get_str(globals, name);
  if (!v.is_null()) {
    auto it = output.source_vars.find(GlobalSource(name)->name());
    if (it != output.source_vars.end() && globals == output.frame.globals) {
      push(it->second);
    } else {
      push(wrap_lazy(v, globals == output.frame.globals ? GlobalSource(name) : other_module_global_source(name)));
    }
    return;
  }
  v = interp.dict_get_str(interp.builtins, name);
  if (v.is_null()) raise_observed_exception("NameError: name '" + name + "' is not defined");
  push(wrap_sourceless(v));
}

void InstructionTranslatorBase::LOAD_ATTR(const py::Instruction& inst) {
  VariableTracker* obj = pop()->realize(*this);
  push(obj->var_getattr(*this, code->co_names[static_cast<size_t>(inst.arg)]));
}

void InstructionTranslatorBase::LOAD_METHOD(const py::Instruction& inst) {
  VariableTracker* obj = pop()->realize(*this);
  VariableTracker* attr = obj->var_getattr(*this, code->co_names[static_cast<size_t>(inst.arg)]);
  push(make<NullVariable>());
  push(attr);
}

void InstructionTranslatorBase::STORE_ATTR(const py::Instruction& inst) {
  VariableTracker* obj = pop()->realize(*this);
  VariableTracker* val = pop();
  VTArgs a{constant(interp.str(code->co_names[static_cast<size_t>(inst.arg)])), val};
  VTKwargs kw;
  obj->call_method(*this, "__setattr__", a, kw);
}

// ---------------------------------------------------------------------------------------------
// Calls

void InstructionTranslatorBase::KW_NAMES(const py::Instruction& inst) {
  kw_names = constant(interp.consts_of(code.get())[static_cast<size_t>(inst.arg)]);
}

static void check_forbidden(InstructionTranslatorBase& tx, VariableTracker* fn);

void InstructionTranslatorBase::CALL(const py::Instruction& inst) {
  auto items = popn(static_cast<size_t>(inst.arg) + 2);
  VariableTracker* fn;
  VTArgs args;
  if (is_null_var(items[0])) {
    fn = items[1];
    args.assign(items.begin() + 2, items.end());
  } else {
    fn = items[0];
    args.assign(items.begin() + 1, items.end());
  }
  VTKwargs kwargs;
  if (kw_names) {
    Value names = static_cast<ConstantVariable*>(kw_names)->value;
    auto& n = static_cast<rt::Tuple*>(names.o)->items;
    size_t nk = n.size();
    for (size_t k = 0; k < nk; ++k) kwargs.emplace_back(interp.to_str(n[k]), args[args.size() - nk + k]);
    args.resize(args.size() - nk);
    kw_names = nullptr;
  }
  fn = fn->realize(*this);
  check_forbidden(*this, fn);
  push(fn->call_function(*this, args, kwargs));
}

// symbolic_convert.py InstructionTranslatorBase.call_function: a callable marked
// `_dynamo_forbidden` (decorators.py forbid_in_graph: mark_dynamic, maybe_mark_dynamic,
// torch.compiler.set_stance and the wrappers its decorator form returns) must not be traced: an
// AssertionError that reaches the caller of the compiled function.
static void check_forbidden(InstructionTranslatorBase& tx, VariableTracker* fn) {
  rt::Interp& I = tx.interp;
  Value callable;
  if (auto* u = dynamic_cast<UserFunctionVariable*>(fn)) callable = Value::obj(u->fn);
  else if (auto* m = dynamic_cast<UserMethodVariable*>(fn)) callable = Value::obj(m->fn);
  else if (auto* c = dynamic_cast<UserDefinedClassVariable*>(fn)) callable = Value::obj(c->cls);
  else return;
  Value flag = I.getattr_opt(callable, "_dynamo_forbidden");
  if (!flag.is_null() && I.truthy(flag))
    throw UserFacingError("AssertionError", "Attempt to trace forbidden callable " + I.repr(callable));
}

void InstructionTranslatorBase::CALL_FUNCTION_EX(const py::Instruction& inst) {
  VariableTracker* kw = (inst.arg & 1) ? pop()->realize(*this) : nullptr;
  VariableTracker* a = pop()->realize(*this);
  VariableTracker* fn = pop()->realize(*this);
  pop();  // NULL
  auto* seq = dynamic_cast<BaseListVariable*>(a);
  VTArgs args;
  if (seq) {
    args = seq->items;
  } else if (a->is_python_constant() && a->as_python_constant(*this).is_obj() &&
             a->as_python_constant(*this).o->kind == rt::Kind::Tuple) {
    for (auto& e : static_cast<rt::Tuple*>(a->as_python_constant(*this).o)->items) args.push_back(wrap_sourceless(e));
  } else if (!unpack_var_sequence(a, args)) {
    // `f(*iterable)`: symbolic_convert.py CALL_FUNCTION_EX turns an argument it can unpack
    // (force_unpack_var_sequence: a generator, an iterator, ...) into a tuple first.
    missing_bytecode_handler(inst);
  }
  VTKwargs kwargs;
  if (kw) {
    auto* d = dynamic_cast<ConstDictVariable*>(kw);
    if (!d) missing_bytecode_handler(inst);
    d->install_dict_keys_match_guard(*this);
    for (auto& [k, v] : d->items) kwargs.emplace_back(interp.to_str(k), v);
  }
  check_forbidden(*this, fn);
  push(fn->call_function(*this, args, kwargs));
}

// ---------------------------------------------------------------------------------------------
// Operators

void InstructionTranslatorBase::BINARY_OP(const py::Instruction& inst) {
  VariableTracker* b = pop();
  VariableTracker* a = pop();
  push(binary_op(inst.arg, a, b));
}

void InstructionTranslatorBase::COMPARE_OP(const py::Instruction& inst) {
  VariableTracker* b = pop();
  VariableTracker* a = pop();
  push(compare_op(inst.arg, a, b));
}

void InstructionTranslatorBase::IS_OP(const py::Instruction& inst) {
  VariableTracker* b = pop()->realize(*this);
  VariableTracker* a = pop()->realize(*this);
  bool r;
  if (a->is_python_constant() && b->is_python_constant()) {
    r = a->as_python_constant(*this).same(b->as_python_constant(*this));
  } else {
    r = a == b;
    if (!r && (a->is_python_constant() || b->is_python_constant())) {
      VariableTracker* k = a->is_python_constant() ? a : b;
      Value kv = k->as_python_constant(*this);
      if (kv.is_none()) r = false;                   // a non-constant tracker is never None
      else if (typeid(*a) != typeid(*b)) r = false;  // builtin.py handle_is: trackers of different types
      else missing_bytecode_handler(inst);
    } else if (!r) {
      // builtin.py's handle_is / _comparison_with_tensor for two different trackers: trackers of
      // different kinds are different objects; two tensors are one object only if they are one
      // tracker (the builder gives an aliased input one tracker), which a NO_TENSOR_ALIASING guard
      // keeps true for later calls; two different exceptions of different types differ. Anything
      // else (two objects of user classes, two lists) is PyTorch's "Failed to trace builtin
      // operator" graph break: whether they are one object is not known while tracing.
      auto* ta = dynamic_cast<TensorVariable*>(a);
      auto* tb = dynamic_cast<TensorVariable*>(b);
      auto* ea = dynamic_cast<ExceptionVariable*>(a);
      auto* eb = dynamic_cast<ExceptionVariable*>(b);
      if (ta && tb) {
        if (ta->source && tb->source) {
          Guard g;
          g.type = Guard::Type::NO_TENSOR_ALIASING;
          g.source = tb->source;
          g.other = ta->source;
          output.guards.add(g);
        }
      } else if (ea && eb && ea->exc_type != eb->exc_type) {
      } else if (typeid(*a) == typeid(*b)) {
        VTArgs args{a, b};
        VTKwargs kwargs;
        builtin_unsupported(*this, inst.arg ? "is_not" : "is_", args, kwargs);
      }
    }
  }
  push(constant(Value::boolean(inst.arg ? !r : r)));
}

void InstructionTranslatorBase::CONTAINS_OP(const py::Instruction& inst) {
  VariableTracker* container = pop()->realize(*this);
  VariableTracker* item = pop()->realize(*this);
  if (auto* s = dynamic_cast<SetVariable*>(container)) {  // SetVariable.__contains__
    bool found = s->find(*this, item) >= 0;
    push(constant(Value::boolean(inst.arg ? !found : found)));
    return;
  }
  if (!(container->is_python_constant() && item->is_python_constant())) {
    if (VariableTracker* r = user_subclass_part(container) ? call_user_dunder(container, "__contains__", {item}) : nullptr) {
      r = r->realize(*this);
      if (r->is_python_constant()) {
        bool found = interp.truthy(r->as_python_constant(*this));
        push(constant(Value::boolean(inst.arg ? !found : found)));
        return;
      }
    }
    if (auto* l = dynamic_cast<BaseListVariable*>(container); l && item->is_python_constant()) {
      bool found = false;
      for (auto* e : l->items) {
        VariableTracker* r = e->realize(*this);
        if (r->is_python_constant() && interp.eq(r->as_python_constant(*this), item->as_python_constant(*this)))
          found = true;
      }
      push(constant(Value::boolean(inst.arg ? !found : found)));
      return;
    }
    if (auto* d = dynamic_cast<ConstDictVariable*>(container); d && item->is_python_constant()) {
      d->install_dict_keys_match_guard(*this);
      bool found = d->get(*this, item->as_python_constant(*this)) != nullptr;
      push(constant(Value::boolean(inst.arg ? !found : found)));
      return;
    }
    // `key in obj.__dict__` (GetAttrVariable.call_method __contains__).
    if (auto* g = dynamic_cast<GetAttrVariable*>(container); g && g->name == "__dict__" && item->is_python_constant()) {
      VTArgs a{item};
      VTKwargs kw;
      bool found = interp.truthy(g->call_method(*this, "__contains__", a, kw)->as_python_constant(*this));
      push(constant(Value::boolean(inst.arg ? !found : found)));
      return;
    }
    // `key in self.heads` (nn.ModuleDict.__contains__ and other Python __contains__ methods).
    if (VariableTracker* r = call_user_dunder(container, "__contains__", {item})) {
      r = r->realize(*this);
      if (r->is_python_constant()) {
        bool found = interp.truthy(r->as_python_constant(*this));
        push(constant(Value::boolean(inst.arg ? !found : found)));
        return;
      }
    }
    missing_bytecode_handler(inst);
  }
  bool r = interp.contains(container->as_python_constant(*this), item->as_python_constant(*this));
  push(constant(Value::boolean(inst.arg ? !r : r)));
}

// UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT (PyTorch: stack_op(operator.neg), ...).
void InstructionTranslatorBase::stack_op(const py::Instruction& inst) {
  VariableTracker* a = pop()->realize(*this);
  if (a->is_python_constant()) {
    Value v = a->as_python_constant(*this);
    Value r = inst.op == Op::UNARY_NEGATIVE   ? interp.unary_neg(v)
              : inst.op == Op::UNARY_POSITIVE ? interp.unary_pos(v)
              : inst.op == Op::UNARY_INVERT   ? interp.unary_invert(v)
                                              : Value::boolean(!interp.truthy(v));
    push(constant(r));
    return;
  }
  if (auto* t = dynamic_cast<TensorVariable*>(a)) {
    if (inst.op == Op::UNARY_NOT)
      unimplemented(
          "Data-dependent branching", "attempted to jump with " + t->repr(interp),
          "Detected data-dependent branching (e.g. `if my_tensor.sum() > 0:`). Dynamo does not support tracing dynamic control flow.",
          {graph_break_hints::FUNDAMENTAL, "Use `torch.cond` to express dynamic control flow."});
    NodeExec e;
    e.kind = NodeExec::Kind::Operator;
    e.nb_op = inst.op == Op::UNARY_NEGATIVE ? 200 : inst.op == Op::UNARY_POSITIVE ? 201 : 202;
    VTArgs args{a};
    auto p = proxies(args);
    e.args = p;
    Value ex;
    const char* opn = inst.op == Op::UNARY_NEGATIVE ? "neg" : inst.op == Op::UNARY_POSITIVE ? "pos" : "invert";
    fx::Node* n = output.create_proxy(fx::Op::CallFunction, fx::Target::op(opn), e, p, {}, ex);
    push(wrap_fx_proxy(n, ex));
    return;
  }
  // A user subclass of list/tuple/dict: the class's __neg__ / __pos__ / __invert__ (Counter's
  // unary + and -), or for `not` its __bool__ / __len__, inlined.
  if (user_subclass_part(a)) {
    const char* dunder = inst.op == Op::UNARY_NEGATIVE   ? "__neg__"
                         : inst.op == Op::UNARY_POSITIVE ? "__pos__"
                         : inst.op == Op::UNARY_INVERT   ? "__invert__"
                                                         : nullptr;
    if (dunder) {
      if (VariableTracker* r = call_user_dunder(a, dunder, {})) {
        push(r);
        return;
      }
    } else {
      for (const char* d : {"__bool__", "__len__"})
        if (VariableTracker* r = call_user_dunder(a, d, {})) {
          r = r->realize(*this);
          if (!r->is_python_constant())
            unimplemented_in_playground(std::string("a ") + d + " that does not return a constant", d);
          push(constant(Value::boolean(!interp.truthy(r->as_python_constant(*this)))));
          return;
        }
    }
  }
  if (auto* l = dynamic_cast<BaseListVariable*>(a); l && inst.op == Op::UNARY_NOT) {
    push(constant(Value::boolean(l->items.empty())));
    return;
  }
  if (auto* d = dynamic_cast<ConstDictVariable*>(a); d && inst.op == Op::UNARY_NOT) {
    d->install_dict_keys_match_guard(*this);
    push(constant(Value::boolean(d->items.empty())));
    return;
  }
  missing_bytecode_handler(inst);
}

void InstructionTranslatorBase::BINARY_SUBSCR(const py::Instruction&) {
  VariableTracker* key = pop();
  VariableTracker* obj = pop()->realize(*this);
  VTArgs a{key};
  VTKwargs kw;
  push(obj->call_method(*this, "__getitem__", a, kw));
}

void InstructionTranslatorBase::STORE_SUBSCR(const py::Instruction&) {
  VariableTracker* key = pop();
  VariableTracker* obj = pop()->realize(*this);
  VariableTracker* val = pop();
  VTArgs a{key, val};
  VTKwargs kw;
  obj->call_method(*this, "__setitem__", a, kw);
}

// ---------------------------------------------------------------------------------------------
// Containers and strings

void InstructionTranslatorBase::BUILD_TUPLE(const py::Instruction& inst) {
  auto* t = make<TupleVariable>();
  t->items = popn(static_cast<size_t>(inst.arg));
  push(t);
}

void InstructionTranslatorBase::BUILD_LIST(const py::Instruction& inst) {
  auto* l = make<ListVariable>();
  l->items = popn(static_cast<size_t>(inst.arg));
  push(l);
}

void InstructionTranslatorBase::LIST_TO_TUPLE(const py::Instruction& inst) {
  auto* l = dynamic_cast<BaseListVariable*>(pop()->realize(*this));
  if (!l) missing_bytecode_handler(inst);
  auto* t = make<TupleVariable>();
  t->items = l->items;
  push(t);
}

void InstructionTranslatorBase::LIST_APPEND(const py::Instruction& inst) {
  VariableTracker* v = pop();
  auto* l = dynamic_cast<ListVariable*>(stack[stack.size() - static_cast<size_t>(inst.arg)]->realize(*this));
  if (!l) missing_bytecode_handler(inst);
  output.check_allowed_side_effect(l);  // side_effects.mutation(obj)
  l->items.push_back(v);
}

void InstructionTranslatorBase::LIST_EXTEND(const py::Instruction& inst) {
  VariableTracker* v = pop()->realize(*this);
  auto* l = dynamic_cast<ListVariable*>(stack[stack.size() - static_cast<size_t>(inst.arg)]->realize(*this));
  auto* src = dynamic_cast<BaseListVariable*>(v);
  if (!l) missing_bytecode_handler(inst);
  if (src) {
    l->items.insert(l->items.end(), src->items.begin(), src->items.end());
  } else if (v->is_python_constant()) {
    for (auto& e : interp.to_vector(v->as_python_constant(*this))) l->items.push_back(constant(e));
  } else {
    missing_bytecode_handler(inst);
  }
}

// BUILD_SET / SET_ADD / SET_UPDATE (PyTorch: SetVariable(items), `set.add`, `set.update`).
void InstructionTranslatorBase::BUILD_SET(const py::Instruction& inst) {
  push(make_set(*this, popn(static_cast<size_t>(inst.arg)), false));
}

void InstructionTranslatorBase::SET_ADD(const py::Instruction& inst) {
  VariableTracker* v = pop();
  auto* s = dynamic_cast<SetVariable*>(stack[stack.size() - static_cast<size_t>(inst.arg)]->realize(*this));
  if (!s) missing_bytecode_handler(inst);
  VTArgs a{v};
  VTKwargs k;
  s->call_method(*this, "add", a, k);
}

void InstructionTranslatorBase::SET_UPDATE(const py::Instruction& inst) {
  VariableTracker* v = pop();
  auto* s = dynamic_cast<SetVariable*>(stack[stack.size() - static_cast<size_t>(inst.arg)]->realize(*this));
  if (!s) missing_bytecode_handler(inst);
  VTArgs a{v};
  VTKwargs k;
  s->call_method(*this, "update", a, k);
}

void InstructionTranslatorBase::BUILD_MAP(const py::Instruction& inst) {
  auto items = popn(2 * static_cast<size_t>(inst.arg));
  auto* d = make<ConstDictVariable>();
  for (size_t k = 0; k < items.size(); k += 2) {
    VariableTracker* key = items[k]->realize(*this);
    if (!key->is_python_constant()) missing_bytecode_handler(inst);
    d->items.emplace_back(key->as_python_constant(*this), items[k + 1]);
  }
  push(d);
}

void InstructionTranslatorBase::BUILD_CONST_KEY_MAP(const py::Instruction& inst) {
  VariableTracker* keys = pop()->realize(*this);
  auto vals = popn(static_cast<size_t>(inst.arg));
  auto* d = make<ConstDictVariable>();
  auto kv = interp.to_vector(keys->as_python_constant(*this));
  for (size_t k = 0; k < kv.size(); ++k) d->items.emplace_back(kv[k], vals[k]);
  push(d);
}

// DICT_MERGE and DICT_UPDATE (PyTorch: DICT_UPDATE = DICT_MERGE).
void InstructionTranslatorBase::DICT_MERGE(const py::Instruction& inst) {
  auto* src = dynamic_cast<ConstDictVariable*>(pop()->realize(*this));
  auto* d = dynamic_cast<ConstDictVariable*>(stack[stack.size() - static_cast<size_t>(inst.arg)]);
  if (!src || !d) missing_bytecode_handler(inst);
  src->install_dict_keys_match_guard(*this);
  for (auto& e : src->items) d->items.push_back(e);
}

// IMPORT_NAME / IMPORT_FROM (`import math`, `from torch.nn import functional as F` inside the
// compiled function): the module is imported while tracing, as PyTorch does.
void InstructionTranslatorBase::IMPORT_NAME(const py::Instruction& inst) {
  VariableTracker* fromlist = pop()->realize(*this);
  VariableTracker* level = pop()->realize(*this);
  const std::string& name = code->co_names[static_cast<size_t>(inst.arg)];
  if (!level->is_python_constant() || !fromlist->is_python_constant() ||
      interp.index_value(level->as_python_constant(*this)) != 0)
    unimplemented_in_playground("a relative import inside the compiled function", "IMPORT_NAME " + name);
  Value m;
  try {
    m = interp.import_module(name);
    Value from = fromlist->as_python_constant(*this);
    bool has_from = !from.is_none() && interp.truthy(from);
    if (!has_from && name.find('.') != std::string::npos) m = interp.import_module(name.substr(0, name.find('.')));
  } catch (rt::PyException& e) {
    raise_observed_exception(interp.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
  }
  push(wrap_sourceless(m));
}

void InstructionTranslatorBase::IMPORT_FROM(const py::Instruction& inst) {
  VariableTracker* m = stack.back()->realize(*this);
  push(m->var_getattr(*this, code->co_names[static_cast<size_t>(inst.arg)]));
}

// MAP_ADD (a dict comprehension): dict[key] = value into the dict `arg` deep on the stack.
void InstructionTranslatorBase::MAP_ADD(const py::Instruction& inst) {
  VariableTracker* value = pop();
  VariableTracker* key = pop()->realize(*this);
  auto* d = dynamic_cast<ConstDictVariable*>(stack[stack.size() - static_cast<size_t>(inst.arg)]);
  if (!d || !key->is_python_constant())
    unimplemented_in_playground("a dict comprehension with a key that is not a constant",
                                "MAP_ADD " + key->repr(interp));
  Value k = key->as_python_constant(*this);
  for (auto& e : d->items)
    if (interp.eq(e.first, k)) {
      e.second = value;
      return;
    }
  d->items.emplace_back(k, value);
}

// UNPACK_EX (`a, *rest = seq`): the first `arg & 0xFF` items, a list of the middle, the last `arg >> 8`.
void InstructionTranslatorBase::UNPACK_EX(const py::Instruction& inst) {
  VariableTracker* seq = pop()->realize(*this);
  size_t before = static_cast<size_t>(inst.arg & 0xFF), after = static_cast<size_t>(inst.arg >> 8);
  std::vector<VariableTracker*> items;
  if (!unpack_var_sequence(seq, items))
    unimplemented("Failed to unpack object for UNPACK_EX", seq->repr(interp),
                  "Dynamo does not know how to unpack the object " + seq->repr(interp) + " for the UNPACK_EX bytecode.",
                  {graph_break_hints::SUPPORTABLE});
  if (items.size() < before + after)
    raise_observed_exception("ValueError: not enough values to unpack (expected at least " +
                             std::to_string(before + after) + ", got " + std::to_string(items.size()) + ")");
  for (size_t i = 0; i < after; ++i) push(items[items.size() - 1 - i]);
  auto* middle = make<ListVariable>();
  middle->items.assign(items.begin() + static_cast<long>(before), items.end() - static_cast<long>(after));
  push(middle);
  for (size_t i = before; i-- > 0;) push(items[i]);
}

// DELETE_SUBSCR (`del d[k]`, `del l[i]`) on a dict or list built or read in the frame.
void InstructionTranslatorBase::DELETE_SUBSCR(const py::Instruction& inst) {
  VariableTracker* key = pop()->realize(*this);
  VariableTracker* obj = pop()->realize(*this);
  // A user subclass's __delitem__ (Counter's ignores a missing key), inlined.
  if (user_subclass_part(obj))
    if (call_user_dunder(obj, "__delitem__", {key})) return;
  if (!key->is_python_constant()) missing_bytecode_handler(inst);
  Value k = key->as_python_constant(*this);
  if (auto* d = dynamic_cast<ConstDictVariable*>(obj)) {
    for (auto it = d->items.begin(); it != d->items.end(); ++it)
      if (interp.eq(it->first, k)) {
        d->items.erase(it);
        d->mutated = true;
        output.note_dict_mutation(d);
        return;
      }
    raise_observed_exception("KeyError: " + interp.repr(k),
                             interp.call(rt::Value::obj(interp.KeyError), std::vector<rt::Value>{k}).o);
  }
  if (auto* l = dynamic_cast<ListVariable*>(obj); l && k.is_int()) {
    int64_t i = k.i < 0 ? k.i + static_cast<int64_t>(l->items.size()) : k.i;
    if (i < 0 || i >= static_cast<int64_t>(l->items.size()))
      raise_observed_exception("IndexError: list assignment index out of range");
    l->items.erase(l->items.begin() + i);
    l->mutated = true;
    output.note_list_mutation(l);
    return;
  }
  if (auto* l = dynamic_cast<ListVariable*>(obj); l && k.is_obj() && k.o->kind == rt::Kind::Slice) {
    VTArgs a{key};  // `del l[i:j]`: ListVariable.call_method's __delitem__ with a slice
    VTKwargs kw;
    l->call_method(*this, "__delitem__", a, kw);
    return;
  }
  unimplemented_in_playground("`del obj[key]` on a " + obj->python_type_name(interp),
                              "DELETE_SUBSCR " + obj->repr(interp));
}

void InstructionTranslatorBase::BUILD_SLICE(const py::Instruction& inst) {
  auto items = popn(static_cast<size_t>(inst.arg));
  if (SliceVariable* s = SliceVariable::create(*this, items)) {
    push(s);
    return;
  }
  std::vector<Value> vals;
  for (auto* r : items) {
    if (!r->is_python_constant()) missing_bytecode_handler(inst);
    vals.push_back(r->as_python_constant(*this));
  }
  Value step = vals.size() == 3 ? vals[2] : Value::none();
  push(constant(Value::obj(interp.make<rt::Slice>(interp.slice_type, vals[0], vals[1], step))));
}

// FORMAT_VALUE: `str.format("{:" + spec + "}", value)` after the conversion (!s, !r, !a) through the
// builtin; with a value that is not a constant (a tensor) that is a StringFormatVariable, formatted
// after the graph (BuiltinVariable.call_format), so an f-string of a tensor does not break the graph.
void InstructionTranslatorBase::FORMAT_VALUE(const py::Instruction& inst) {
  int arg = inst.arg;
  VariableTracker* spec = (arg & 0x04) ? pop()->realize(*this) : nullptr;
  VariableTracker* v = pop()->realize(*this);
  if (spec && !spec->is_python_constant())
    unimplemented_in_playground("a format spec computed from a value that is not a constant in an f-string",
                                "FORMAT_VALUE spec " + spec->repr(interp));
  std::string fmt_spec = spec ? interp.to_str(spec->as_python_constant(*this)) : "";
  int conversion = arg & 3;
  if (v->is_python_constant()) {
    Value val = v->as_python_constant(*this);
    if (conversion == 1) val = interp.str(interp.to_str(val));
    else if (conversion == 2) val = interp.str(interp.repr(val));
    else if (conversion == 3) val = interp.call(interp.dict_get_str(interp.builtins, "ascii"), {val});
    push(constant(rt::format_value(interp, val, fmt_spec)));
    return;
  }
  if (conversion) {
    const char* name = conversion == 1 ? "str" : conversion == 2 ? "repr" : "ascii";
    BuiltinVariable conv(name, interp.dict_get_str(interp.builtins, name));
    VTArgs cargs{v};
    VTKwargs nokw;
    v = conv.call_function(*this, cargs, nokw)->realize(*this);
  }
  push(StringFormatVariable::create(*this, "{:" + fmt_spec + "}", {v}));
}

// BUILD_STRING: the parts joined as one StringFormatVariable (constants as "{}" arguments), which
// create() folds to a constant when every argument is one.
void InstructionTranslatorBase::BUILD_STRING(const py::Instruction& inst) {
  auto items = popn(static_cast<size_t>(inst.arg));
  std::string format_string;
  std::vector<VariableTracker*> args;
  std::vector<std::pair<std::string, VariableTracker*>> kwargs;
  for (auto* v : items) {
    VariableTracker* part = v->realize(*this);
    if (auto* f = dynamic_cast<StringFormatVariable*>(part)) {
      format_string += f->format_string;
      args.insert(args.end(), f->sym_args.begin(), f->sym_args.end());
      kwargs.insert(kwargs.end(), f->sym_kwargs.begin(), f->sym_kwargs.end());
    } else if (part->is_python_constant()) {
      format_string += "{}";
      args.push_back(part);
    } else {
      unimplemented_in_playground("a part of an f-string that is neither a constant nor a formatted value",
                                  "BUILD_STRING part " + part->repr(interp));
    }
  }
  push(StringFormatVariable::create(*this, format_string, std::move(args), std::move(kwargs)));
}

void InstructionTranslatorBase::UNPACK_SEQUENCE(const py::Instruction& inst) {
  int arg = inst.arg;
  VariableTracker* seq = pop()->realize(*this);
  std::vector<VariableTracker*> items;
  if (auto* l = dynamic_cast<BaseListVariable*>(seq)) items = l->items;
  else if (seq->is_python_constant()) {
    for (auto& e : interp.to_vector(seq->as_python_constant(*this))) items.push_back(constant(e));
  } else if (auto* t = dynamic_cast<TensorVariable*>(seq)) {
    if (t->fake().dim() > 0) output.specialize({output.size_expr(t->fake(), 0)});  // unpacking fixes the length
    if (t->fake().dim() == 0 || t->fake().sizes()[0] != arg)
      unimplemented("Failed to unpack object for UNPACK_SEQUENCE", seq->repr(interp),
                    "Dynamo could not unpack the tensor.", {});
    for (int k = 0; k < arg; ++k) {
      VTArgs a{constant(Value::integer(k))};
      VTKwargs kw;
      items.push_back(t->call_method(*this, "__getitem__", a, kw));
    }
  } else {
    unimplemented(
        "Failed to unpack object for UNPACK_SEQUENCE", seq->repr(interp),
        "Dynamo does not know how to unpack the object " + seq->repr(interp) + " for the UNPACK_SEQUENCE bytecode.",
        {graph_break_hints::SUPPORTABLE});
  }
  if (static_cast<int>(items.size()) != arg)
    unimplemented("Failed to unpack object for UNPACK_SEQUENCE", seq->repr(interp), "Length mismatch when unpacking.",
                  {graph_break_hints::USER_ERROR});
  for (auto it = items.rbegin(); it != items.rend(); ++it) push(*it);
}

// ---------------------------------------------------------------------------------------------
// Control flow

void InstructionTranslatorBase::RETURN_VALUE(const py::Instruction&) {
  return_value = pop();
  returned = true;
  grad_at_return = torch::grad_enabled();
}

// The conditional jumps (PyTorch: POP_JUMP_IF_FALSE = generic_jump(operator.not_, False), ...):
// the condition must be known while tracing.
void InstructionTranslatorBase::generic_jump(const py::Instruction& inst) {
  VariableTracker* cond = stack.back()->realize(*this);
  bool none_test = inst.op == Op::POP_JUMP_FORWARD_IF_NONE || inst.op == Op::POP_JUMP_FORWARD_IF_NOT_NONE ||
                   inst.op == Op::POP_JUMP_BACKWARD_IF_NONE || inst.op == Op::POP_JUMP_BACKWARD_IF_NOT_NONE;
  bool truth;
  if (auto* sn = dynamic_cast<SymNodeVariable*>(cond); sn && !none_test && output.shape_env.has_unbacked(sn->expr)) {
    // A branch on a data-dependent value (PyTorch: SymNodeVariable.evaluate_expr raises UserError;
    // generic_jump turns it into a graph break when it may compile a partial graph).
    sym::Expr e = sn->example.is_bool() ? sn->expr : sym::Ne(sn->expr, sym::Integer(0));
    std::string why;
    try {
      output.shape_env.evaluate_expr(output.shape_env.simplify(e), output.user_loc());
    } catch (const fx::GuardOnDataDependentSymNode& err) {
      why = std::string("Consider annotating your code using torch._check*(). ") + err.what();
    }
    if (!why.empty()) {
      if (output.one_graph) throw UserFacingError("UserError", why);
      unimplemented(
          "Data-dependent branching", "attempted to jump with SymNodeVariable()",
          "Detected data-dependent branching (e.g. `if my_tensor.sum() > 0:`). Dynamo does not support tracing dynamic control flow.",
          {graph_break_hints::FUNDAMENTAL, "Use `torch.cond` to express dynamic control flow."});
    }
  }
  if (cond->is_python_constant()) {
    Value v = cond->as_python_constant(*this);
    truth = none_test ? v.is_none() : interp.truthy(v);
  } else if (none_test) {
    truth = false;  // a tensor / object tracker is not None
  } else if (VariableTracker* r = user_subclass_part(cond) ? call_user_dunder(cond, "__bool__", {}) : nullptr) {
    r = r->realize(*this);
    if (!r->is_python_constant()) unimplemented_in_playground("a __bool__ that does not return a constant", "__bool__");
    truth = interp.truthy(r->as_python_constant(*this));
  } else if (VariableTracker* r = user_subclass_part(cond) ? call_user_dunder(cond, "__len__", {}) : nullptr) {
    r = r->realize(*this);
    if (!r->is_python_constant()) unimplemented_in_playground("a __len__ that does not return a constant", "__len__");
    truth = interp.truthy(r->as_python_constant(*this));
  } else if (auto* l = dynamic_cast<BaseListVariable*>(cond)) {
    truth = !l->items.empty();
  } else if (auto* d = dynamic_cast<ConstDictVariable*>(cond)) {
    d->install_dict_keys_match_guard(*this);
    truth = !d->items.empty();
  } else if (dynamic_cast<TensorVariable*>(cond)) {
    unimplemented(
        "Data-dependent branching", "attempted to jump with " + cond->repr(interp),
        "Detected data-dependent branching (e.g. `if my_tensor.sum() > 0:`). Dynamo does not support tracing dynamic control flow.",
        {graph_break_hints::FUNDAMENTAL, "Use `torch.cond` to express dynamic control flow."});
  } else if (dynamic_cast<UserDefinedObjectVariable*>(cond) || dynamic_cast<UserFunctionVariable*>(cond) ||
             dynamic_cast<TorchScriptObjectVariable*>(cond) || dynamic_cast<PythonModuleVariable*>(cond)) {
    truth = true;
  } else {
    unimplemented(
        "Data-dependent branching", "attempted to jump with " + cond->repr(interp),
        "Detected data-dependent branching (e.g. `if my_tensor.sum() > 0:`). Dynamo does not support tracing dynamic control flow.",
        {graph_break_hints::FUNDAMENTAL, "Use `torch.cond` to express dynamic control flow."});
  }
  bool jump_if = inst.op == Op::POP_JUMP_FORWARD_IF_TRUE || inst.op == Op::POP_JUMP_BACKWARD_IF_TRUE ||
                 inst.op == Op::POP_JUMP_FORWARD_IF_NONE || inst.op == Op::POP_JUMP_BACKWARD_IF_NONE ||
                 inst.op == Op::JUMP_IF_TRUE_OR_POP;
  bool take = truth == jump_if;
  if (inst.op == Op::JUMP_IF_FALSE_OR_POP || inst.op == Op::JUMP_IF_TRUE_OR_POP) {
    if (take) jump(inst);
    else pop();
  } else {
    pop();
    if (take) jump(inst);
  }
}

VariableTracker* InstructionTranslatorBase::call_user_dunder(VariableTracker* obj, const std::string& name,
                                                             VTArgs args) {
  if (UserSubclassPart* part = user_subclass_part(obj)) {
    // A user subclass of list/tuple/dict: only a method the class itself defines (the built-in
    // part's protocol is the caller's).
    if (!user_subclass_override(interp, *part, name)) return nullptr;
    VTKwargs kw;
    return obj->call_method(*this, name, args, kw);
  }
  auto* u = dynamic_cast<UserDefinedObjectVariable*>(obj);
  if (!u || !u->value.is_obj()) return nullptr;
  Value m = interp.lookup_type(interp.type_of(u->value), name);
  if (!(m.is_obj() && m.o->kind == rt::Kind::Function)) return nullptr;
  VTKwargs kw;
  return u->call_method(*this, name, args, kw);
}

bool InstructionTranslatorBase::unpack_var_sequence(VariableTracker* v, std::vector<VariableTracker*>& out) {
  v = v->realize(*this);
  // UserDefined{List,Tuple,Dict}Variable.unpack_var_sequence: the built-in part's items unless the
  // class defines its own __iter__, which is inlined.
  if (UserSubclassPart* part = user_subclass_part(v); part && user_subclass_override(interp, *part, "__iter__")) {
    if (++unpack_depth > 8) {
      --unpack_depth;
      return false;
    }
    VariableTracker* r = call_user_dunder(v, "__iter__", {});
    bool ok = r && r != v && unpack_var_sequence(r, out);
    --unpack_depth;
    return ok;
  }
  if (auto* it = dynamic_cast<ListIteratorVariable*>(v)) {  // consumes the iterator
    out.assign(it->items.begin() + static_cast<long>(it->index), it->items.end());
    it->index = it->items.size();
    it->advanced_at = ++output.iter_serial;
    return true;
  }
  if (auto* r = dynamic_cast<RangeIteratorVariable*>(v)) {  // consumes the iterator
    out.clear();
    while (VariableTracker* item = r->next_variable(*this)) out.push_back(item);
    return true;
  }
  if (auto* l = dynamic_cast<BaseListVariable*>(v)) {
    out = l->items;
    return true;
  }
  if (auto* s = dynamic_cast<SetVariable*>(v)) {  // eager's order (SetVariable::iteration_items)
    out = s->iteration_items(*this);
    return true;
  }
  if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(v)) {  // runs the generator to its end
    out.clear();
    while (VariableTracker* item = g->frame->generator_next()) out.push_back(item);
    return true;
  }
  if (auto* m = dynamic_cast<MapVariable*>(v)) {  // consumes the map
    out.clear();
    while (VariableTracker* item = m->next_variable(*this)) out.push_back(item);
    return true;
  }
  if (auto* d = dynamic_cast<ConstDictVariable*>(v)) {
    d->install_dict_keys_match_guard(*this);
    out.clear();
    for (auto& e : d->items) out.push_back(wrap_sourceless(e.first));
    return true;
  }
  if (auto* r = dynamic_cast<RangeVariable*>(v)) {
    out.clear();
    for (int64_t x = r->start; r->step > 0 ? x < r->stop : x > r->stop; x += r->step)
      out.push_back(constant(Value::integer(x)));
    return true;
  }
  if (auto* t = dynamic_cast<TensorVariable*>(v)) {
    if (t->fake().dim() == 0) return false;
    output.specialize({output.size_expr(t->fake(), 0)});  // iterating fixes the length
    out.clear();
    for (int64_t k = 0; k < t->fake().sizes()[0]; ++k) {
      VTArgs a{constant(Value::integer(k))};
      VTKwargs kw;
      out.push_back(t->call_method(*this, "__getitem__", a, kw));
    }
    return true;
  }
  if (dynamic_cast<UserDefinedObjectVariable*>(v)) {
    // UnspecializedNNModuleVariable.unpack_var_sequence: ModuleList/Sequential/ModuleDict.__iter__
    // is inlined, so the items keep their sources (L['self']._modules['layers']._modules['0']).
    if (++unpack_depth > 8) {
      --unpack_depth;
      return false;
    }
    VariableTracker* r = call_user_dunder(v, "__iter__", {});
    bool ok = r && r != v && unpack_var_sequence(r, out);
    --unpack_depth;
    return ok;
  }
  if (v->is_python_constant() && !dynamic_cast<SymNodeVariable*>(v)) {
    Value c = v->as_python_constant(*this);
    std::vector<Value> vals;
    try {
      vals = interp.to_vector(c);  // str, tuple, list, set, frozenset, dict, range, ...
    } catch (rt::PyException&) {
      return false;  // not iterable
    }
    out.clear();
    for (auto& e : vals) out.push_back(constant(e));
    return true;
  }
  return false;
}

// iter(v) (GET_ITER, the builtin iter()): an iterator over v's items (unpack_var_sequence), v itself
// when it is an iterator, or nullptr when the tracer cannot iterate v.
VariableTracker* InstructionTranslatorBase::get_iter(VariableTracker* v) {
  v = v->realize(*this);
  if (dynamic_cast<ListIteratorVariable*>(v) || dynamic_cast<LocalGeneratorObjectVariable*>(v) ||
      dynamic_cast<RangeIteratorVariable*>(v) || dynamic_cast<MapVariable*>(v))
    return v;
  if (auto* t = dynamic_cast<TensorVariable*>(v); t && t->fake().dim() == 0) return nullptr;
  if (auto* r = dynamic_cast<RangeVariable*>(v)) {
    // RangeVariable's iterator is lazy (len as range.__len__ computes it).
    int64_t n = 0;
    if (r->step > 0 && r->start < r->stop) n = (r->stop - r->start - 1) / r->step + 1;
    else if (r->step < 0 && r->start > r->stop) n = (r->start - r->stop - 1) / (-r->step) + 1;
    return make<RangeIteratorVariable>(r->start, r->stop, r->step, n);
  }
  auto* it = make<ListIteratorVariable>();
  if (!unpack_var_sequence(v, it->items)) {
    if (dynamic_cast<UserDefinedObjectVariable*>(v))
      unimplemented_in_playground("iterating over an object of type `" + v->python_type_name(interp) + "`",
                                  "GET_ITER " + v->repr(interp));
    return nullptr;
  }
  return it;
}

void InstructionTranslatorBase::GET_ITER(const py::Instruction& inst) {
  VariableTracker* it = get_iter(pop());
  if (!it) missing_bytecode_handler(inst);
  push(it);
}

void InstructionTranslatorBase::FOR_ITER(const py::Instruction& inst) {
  if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(stack.back())) {
    if (VariableTracker* item = g->frame->generator_next()) {
      push(item);
    } else {
      pop();
      jump(inst);
    }
    return;
  }
  if (auto* m = dynamic_cast<MapVariable*>(stack.back())) {
    if (VariableTracker* item = m->next_variable(*this)) {
      push(item);
    } else {
      pop();
      jump(inst);
    }
    return;
  }
  if (auto* r = dynamic_cast<RangeIteratorVariable*>(stack.back())) {
    if (VariableTracker* item = r->next_variable(*this)) {
      push(item);
    } else {
      pop();
      jump(inst);
    }
    return;
  }
  auto* it = dynamic_cast<ListIteratorVariable*>(stack.back());
  if (!it) {
    // An iterator the frame received (a resume function's input) over a set, a dict or a str
    // (CPython's set_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator,
    // str_ascii_iterator, str_iterator; a set's is what follows SetVariable::iteration_items's
    // stop): a playground limitation; other objects are PyTorch's missing handler.
    VariableTracker* v = stack.back()->realize(*this);
    if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v); u && u->value.is_obj()) {
      using IC = rt::Interp::IterClass;
      rt::Type* t = u->value.o->type;
      for (IC c : {IC::set_iterator, IC::dict_keyiterator, IC::dict_valueiterator, IC::dict_itemiterator,
                   IC::str_ascii_iterator, IC::str_iterator})
        if (t == interp.iter_class(c))
          unimplemented_in_playground("iterating a set, dict or str iterator made before a graph break",
                                      "FOR_ITER " + v->repr(interp));
    }
    missing_bytecode_handler(inst);
  }
  if (it->index < it->items.size()) {
    push(it->items[it->index++]);
    it->advanced_at = ++output.iter_serial;
  } else {
    pop();
    jump(inst);
  }
}

// ---------------------------------------------------------------------------------------------
// Functions and closures

void InstructionTranslatorBase::MAKE_FUNCTION(const py::Instruction& inst) {
  int arg = inst.arg;
  VariableTracker* codev = pop();
  auto* f = make<NestedUserFunctionVariable>();
  Value cv = static_cast<ConstantVariable*>(codev)->value;
  f->code = static_cast<rt::CodeRef*>(cv.o)->code;
  f->code_value = cv;
  f->globals = globals;
  if (arg & 0x08) {
    auto* t = dynamic_cast<TupleVariable*>(pop());
    if (t) f->closure_cells = t->items;
  }
  if (arg & 0x04) f->annotations = pop();  // kept for the rebuilt function (NestedUserFunctionVariable.annotations)
  if (arg & 0x02) missing_bytecode_handler(inst);
  if (arg & 0x01) {
    VariableTracker* d = pop()->realize(*this);
    if (auto* t = dynamic_cast<BaseListVariable*>(d)) {
      f->defaults = t->items;
    } else if (d->is_python_constant()) {  // a tuple of constants folded into one constant
      Value tv = d->as_python_constant(*this);
      if (tv.is_obj() && tv.o->kind == rt::Kind::Tuple)
        for (const Value& item : static_cast<rt::Tuple*>(tv.o)->items) f->defaults.push_back(wrap_sourceless(item));
    }
  }
  push(f);
}

void InstructionTranslatorBase::MAKE_CELL(const py::Instruction& inst) {
  auto* cell = make<CellVariable>();
  cell->contents = symbolic_locals[static_cast<size_t>(inst.arg)];
  symbolic_locals[static_cast<size_t>(inst.arg)] = cell;
}

void InstructionTranslatorBase::LOAD_CLOSURE(const py::Instruction& inst) {
  push(symbolic_locals[static_cast<size_t>(inst.arg)]);
}

void InstructionTranslatorBase::LOAD_DEREF(const py::Instruction& inst) {
  auto* cell = dynamic_cast<CellVariable*>(symbolic_locals[static_cast<size_t>(inst.arg)]);
  if (!cell || !cell->contents) missing_bytecode_handler(inst);
  VariableTracker* v = cell->contents;
  if (auto* lz = dynamic_cast<LazyVariableTracker*>(v); lz && lz->realized) v = lz->realized;
  push(v);
}

void InstructionTranslatorBase::STORE_DEREF(const py::Instruction& inst) {
  auto* cell = dynamic_cast<CellVariable*>(symbolic_locals[static_cast<size_t>(inst.arg)]);
  if (cell) output.check_allowed_side_effect(cell);  // side_effects.py store_cell
  // A cell that outlives the trace (the frame's, or a closure's with a source): the write is a
  // side effect made after the graph (side_effects.py store_cell).
  if (cell && !cell->real_cell.is_null() && (cell->frame_slot >= 0 || cell->cell_source)) {
    cell->contents = pop();
    auto& cells = output.mutated_cells;
    if (std::find(cells.begin(), cells.end(), cell) == cells.end()) cells.push_back(cell);
    return;
  }
  if (!cell || !cell->real_cell.is_null()) {
    unimplemented("Unsupported method call", "STORE_DEREF " + code->localsplusnames[static_cast<size_t>(inst.arg)],
                  "Dynamo does not support writing to a closure cell that lives outside the traced frame.",
                  {graph_break_hints::SUPPORTABLE});
  }
  cell->contents = pop();
}

// ---------------------------------------------------------------------------------------------
// Exceptions and context managers

// The exception class a tracker stands for (a builtin exception class, a user-defined one), or
// nullptr.
static rt::Type* exception_class(InstructionTranslatorBase& tx, VariableTracker* v) {
  v = v->realize(tx);
  if (!v->is_python_constant()) return nullptr;
  Value c = v->as_python_constant(tx);
  if (!(c.is_obj() && c.o->kind == rt::Kind::Type)) return nullptr;
  auto* t = static_cast<rt::Type*>(c.o);
  return t->is_subtype(tx.interp.BaseException) ? t : nullptr;
}

// `raise exc`: exc is an exception value, or a class raised as its instance without arguments.
[[noreturn]] static void raise_tracked(InstructionTranslatorBase& tx, VariableTracker* e) {
  e = e->realize(tx);
  auto* ev = dynamic_cast<ExceptionVariable*>(e);
  if (!ev) {
    if (rt::Type* t = exception_class(tx, e)) ev = tx.make<ExceptionVariable>(t, std::vector<VariableTracker*>{});
  }
  if (!ev) raise_observed_exception("TypeError: exceptions must derive from BaseException");
  // `raised exception {python_type_name}({args})`, args as the list of trackers.
  std::string a = "[";
  for (size_t i = 0; i < ev->args.size(); ++i) a += (i ? ", " : "") + ev->args[i]->repr(tx.interp);
  throw ObservedException(ev, "raised exception " + ev->exc_type->name + "(" + a + "])");
}

void InstructionTranslatorBase::RAISE_VARARGS(const py::Instruction& inst) {
  if (inst.arg == 0) {  // bare `raise`: the exception being handled
    if (exn_vt_stack.empty()) raise_observed_exception("RuntimeError: No active exception to reraise");
    raise_tracked(*this, exn_vt_stack.back());
  }
  if (inst.arg == 2) pop();  // `raise exc from cause`: the cause is not tracked
  raise_tracked(*this, pop());
}

// The exception a folded operation raised (Unsupported::folded_exception) as an ExceptionVariable
// (PyTorch's raise_observed_exception), raised in the traced code: a handler of this frame or of a
// caller catches it, else it is the "Observed exception" the frame cannot resume from. Its args
// are the exception's own when it exists as an object, else the message; null when its class is
// not known (the graph break stands).
VariableTracker* InstructionTranslatorBase::folded_exception_variable(const Unsupported& u) {
  rt::Interp& I = interp;
  std::vector<VariableTracker*> args;
  rt::Type* type = nullptr;
  if (u.folded_exception_object) {
    Value ex = Value::obj(static_cast<rt::Object*>(const_cast<void*>(u.folded_exception_object)));
    type = I.type_of(ex);
    for (Value v : I.to_vector(I.getattr(ex, "args"))) args.push_back(wrap_sourceless(v));
  } else {
    const std::string& text = *u.folded_exception;
    size_t colon = text.find(": ");
    Value t = I.dict_get_str(I.builtins, text.substr(0, colon));
    if (!t.is_obj() || t.o->kind != rt::Kind::Type) return nullptr;
    type = static_cast<rt::Type*>(t.o);
    if (colon != std::string::npos) {
      std::string msg = text.substr(colon + 2);
      while (!msg.empty() && msg.back() == '\n') msg.pop_back();
      args.push_back(constant(I.str(msg)));
    }
  }
  return make<ExceptionVariable>(type, args);
}

// exception_handler (symbolic_convert.py, Python >= 3.11): the exception table entry covering the
// instruction that raised gives the handler: the stack is cut to its depth, the offset of the
// instruction pushed when the entry says lasti, then the exception; tracing continues there. With
// no entry the exception leaves this frame: to the caller's translator, or, from the compiled
// frame itself, as the "Observed exception" graph break the frame cannot resume from
// (docs/compiler-api.md "Exceptions").
void InstructionTranslatorBase::exception_handler(const ObservedException& e) {
  const int offset = instructions[current].offset;
  const py::ExceptionTableEntry* entry = nullptr;
  for (const auto& x : code->exceptiontable)
    if (offset >= x.start && offset < x.end) {
      entry = &x;
      break;
    }
  if (!entry) {
    if (parent) throw e;
    observed_exception_graph_break(e.context, /*cannot_resume=*/true);
  }
  if (stack.size() > static_cast<size_t>(entry->depth)) stack.resize(static_cast<size_t>(entry->depth));
  if (entry->lasti) push(constant(Value::integer(offset)));
  push(e.exc);
  ip = offset_to_index.at(entry->target);
}

void InstructionTranslatorBase::PUSH_EXC_INFO(const py::Instruction&) {
  VariableTracker* val = pop();
  push(exn_vt_stack.empty() ? none() : exn_vt_stack.back());
  push(val);
  exn_vt_stack.push_back(val);
}

void InstructionTranslatorBase::POP_EXCEPT(const py::Instruction&) {
  pop();
  if (!exn_vt_stack.empty()) exn_vt_stack.pop_back();
}

// `except E:` tests the exception on the stack against E (a class or a tuple of classes).
void InstructionTranslatorBase::CHECK_EXC_MATCH(const py::Instruction& inst) {
  VariableTracker* expected = pop()->realize(*this);
  auto* ev = dynamic_cast<ExceptionVariable*>(stack.back()->realize(*this));
  std::vector<VariableTracker*> classes{expected};
  if (auto* t = dynamic_cast<TupleVariable*>(expected)) classes = t->items;
  bool match = false;
  for (auto* c : classes) {
    rt::Type* t = exception_class(*this, c);
    if (!t || !ev) missing_bytecode_handler(inst);
    match |= ev->exc_type->is_subtype(t);
  }
  push(constant(Value::boolean(match)));
}

// RERAISE: the exception on top of the stack raised again (a handler that did not match, the
// cleanup of `except E as e:`); with oparg set the stack also holds the lasti, dropped here.
void InstructionTranslatorBase::RERAISE(const py::Instruction& inst) {
  VariableTracker* val = pop();
  if (inst.arg) pop();
  raise_tracked(*this, val);
}

void InstructionTranslatorBase::LOAD_ASSERTION_ERROR(const py::Instruction&) {
  push(wrap_sourceless(Value::obj(interp.AssertionError)));
}

// WITH_EXCEPT_START (Python 3.11): an exception leaves a `with` block. The stack holds the
// `__exit__` callable, lasti, the previous exception and the exception; the exit is called with
// (type(exc), exc, None) and its result pushed (symbolic_convert.py WITH_EXCEPT_START), so the
// context manager exits in the trace (a grad mode is restored) before RERAISE or the suppression.
void InstructionTranslatorBase::WITH_EXCEPT_START(const py::Instruction&) {
  if (stack.size() < 4) unimplemented_in_playground("WITH_EXCEPT_START on a short stack", "WITH_EXCEPT_START");
  VariableTracker* fn = stack[stack.size() - 4]->realize(*this);
  auto* val = dynamic_cast<ExceptionVariable*>(stack.back()->realize(*this));
  if (!val) unimplemented_in_playground("WITH_EXCEPT_START without a tracked exception", "WITH_EXCEPT_START");
  VTArgs args{wrap_sourceless(Value::obj(val->exc_type)), val, none()};
  VTKwargs kw;
  push(fn->call_function(*this, args, kw));
}

const py::ExceptionTableEntry* InstructionTranslatorBase::exn_tab_entry(const py::Instruction& inst) const {
  for (const auto& x : code->exceptiontable)
    if (inst.offset >= x.start && inst.offset < x.end) return &x;
  return nullptr;
}

// update_block_stack (symbolic_convert.py, Python 3.11): a block ends when the instruction's
// handler is the enclosing block's (the inner with's normal exit runs in the outer block) or when
// no handler covers it (NOPs and backward jumps excepted).
void InstructionTranslatorBase::update_block_stack(const py::Instruction& inst) {
  if (const py::ExceptionTableEntry* entry = exn_tab_entry(inst)) {
    size_t n = block_stack.size();
    if (n >= 2 && entry->target != block_stack[n - 1].target && entry->target == block_stack[n - 2].target)
      block_stack.pop_back();
  } else if (!block_stack.empty() && inst.op != Op::NOP && inst.op != Op::JUMP_BACKWARD) {
    block_stack.clear();  // out of every block (PyTorch asserts there was one)
  }
}

void InstructionTranslatorBase::BEFORE_WITH(const py::Instruction& inst) {
  VariableTracker* ctx = stack.back();
  if (ContextWrappingVariable* cm = as_context_manager(*this, ctx->realize(*this))) {
    pop();
    // setup_or_before_with: a block is pushed only for a with statement not inside a try block
    // (its handler's entry is the top block's, or there is none); its target is the handler of
    // the instruction after BEFORE_WITH.
    const py::ExceptionTableEntry* entry = exn_tab_entry(inst);
    if (!entry || (!block_stack.empty() && entry->target == block_stack.back().target)) {
      const py::ExceptionTableEntry* next = ip < instructions.size() ? exn_tab_entry(instructions[ip]) : nullptr;
      if (next) block_stack.push_back(BlockStackEntry{next->target, stack.size(), cm});
    }
    push(make<WithExitFunctionVariable>(cm));
    push(cm->enter(*this));
    return;
  }
  // Realize first (the context names the realized tracker); never inside the argument list,
  // whose evaluation order C++ leaves unspecified.
  std::string type_name = ctx->realize(*this)->python_type_name(interp);
  unimplemented(
      "Unsupported context manager", "Attempted SETUP_WITH/BEFORE_WITH/LOAD_SPECIAL on " + ctx->repr(interp),
      "Dynamo does not know how to enter a `" + type_name + "` context manager.",
      {"Avoid using the unsupported context manager.",
       "If the context manager seems like it should be supported (e.g. torch.set_grad_enabled), then it may be the case that it was created outside the compiled region, which Dynamo does not support. Supported context managers can cross graph break boundaries only if they are local non-closure variables, or are intermediate values.",
       "File an issue to PyTorch. Simple context managers can potentially be supported, but note that context managers can't be supported in general"});
}

// ---------------------------------------------------------------------------------------------
// InstructionTranslator: the frame's locals start lazy, realized (and guarded) on first use.

InstructionTranslator::InstructionTranslator(rt::Interp& interp, DynamoState& state, OutputGraph& out, rt::Function* fn,
                                             rt::Frame& frame)
    : InstructionTranslatorBase(interp, state, out, fn->code, fn->globals, 0) {
  const py::CodeObject& c = *fn->code;
  size_t nfree = c.co_freevars.size();
  // A local's value, wrapped lazily (guarded and turned into an input only when used).
  auto lazy_local = [&](Value v, const std::string& name) {
    auto* lz = make<LazyVariableTracker>();
    lz->value = v;
    lz->source = LocalSource(name);
    return lz;
  };
  // A cell (free variable or cell variable) whose contents, if set, are the local's value.
  auto cell_local = [&](rt::Cell* real_cell, const std::string& name, size_t slot) {
    auto* cell = make<CellVariable>();
    cell->frame_slot = static_cast<int>(slot);
    cell->real_cell = Value::obj(real_cell);
    if (!real_cell->value.is_null()) cell->contents = lazy_local(real_cell->value, name);
    out.cells_by_object.emplace(real_cell, cell);
    return cell;
  };
  for (size_t i = 0; i < symbolic_locals.size(); ++i) {
    uint8_t kind = c.localspluskinds[i];
    Value v = frame.fast[i];
    const std::string& name = c.localsplusnames[i];
    if (kind & py::kFastFree) {
      symbolic_locals[i] = cell_local(fn->closure[i - (symbolic_locals.size() - nfree)], name, i);
    } else if (v.is_null()) {
      continue;
    } else if (v.is_obj() && v.o->kind == rt::Kind::Cell && (kind & py::kFastCell)) {
      symbolic_locals[i] = cell_local(static_cast<rt::Cell*>(v.o), name, i);
    } else {
      symbolic_locals[i] = lazy_local(v, name);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Inlining (InliningInstructionTranslator.inline_call_)

// ConstantVariable.is_literal: a value of one of the exact constant types (no subclass), or a plain
// tuple of such values. PyTorch also counts a list of literals, which it then builds sourceless, so
// a mutable default (`def f(v, store=[])`) appended to in compiled code loses the append; the
// playground gives a list its DefaultsSource so the mutation is written back, as eager makes it.
static bool is_literal_constant(rt::Interp& I, const Value& v) {
  if (v.is_none() || v.is_bool() || v.is_int() || v.is_float()) return true;
  if (!v.is_obj()) return false;
  if (I.payload_subclass(v) || rt::Interp::is_number_subclass(v)) return false;
  switch (v.o->kind) {
    case rt::Kind::Str:
    case rt::Kind::Bytes:
    case rt::Kind::Long: return true;
    case rt::Kind::Tuple: {
      if (static_cast<rt::Tuple*>(v.o)->view_of) return false;
      for (const Value& x : static_cast<rt::Tuple*>(v.o)->items)
        if (!is_literal_constant(I, x)) return false;
      return true;
    }
    default: return v.same(I.ellipsis);
  }
}

VariableTracker* InstructionTranslatorBase::inline_call_(rt::Function* fn, std::shared_ptr<const py::CodeObject> fcode,
                                                         rt::Dict* fglobals, VTArgs& args, VTKwargs& kwargs,
                                                         std::vector<VariableTracker*> closure, Value fn_value,
                                                         SourcePtr fn_source) {
  if (inline_depth > 60)
    unimplemented("Unsupported function call", "inline depth", "Dynamo's inlining depth limit was reached.",
                  {graph_break_hints::SUPPORTABLE});
  // Calling an `async def` function makes a coroutine (an async generator for one that yields):
  // the playground does not trace those objects, so the call runs eagerly (docs/runtime-subclasses.md
  // §Coroutines). Inlining the body as a plain function would return its result instead.
  if (fcode->co_flags & (py::CO_COROUTINE | py::CO_ASYNC_GENERATOR))
    unimplemented_in_playground(std::string("calling the `async def` function `") + fcode->co_name + "` (it makes a " +
                                    ((fcode->co_flags & py::CO_COROUTINE) ? "coroutine" : "async generator") +
                                    ") inside compiled code",
                                "inline_call " + fcode->co_name);
  const bool generator = fcode->co_flags & py::CO_GENERATOR;
  // A generator's frame outlives this call (it runs on each next()), so it lives on the heap.
  auto sub_ptr =
      std::make_shared<InliningInstructionTranslator>(interp, state, output, fcode, fglobals, inline_depth + 1);
  InliningInstructionTranslator& sub = *sub_ptr;
  sub.parent = this;
  // Bind arguments (a symbolic version of the VM's argument binding).
  const py::CodeObject& c = *fcode;
  int argcount = c.co_argcount, kwonly = c.co_kwonlyargcount;
  bool varargs = c.co_flags & py::CO_VARARGS, varkw = c.co_flags & py::CO_VARKEYWORDS;
  std::vector<VariableTracker*> defaults;
  if (fn) {
    // bind_args_cached: with the function's source, a default is a lazy tracker with a
    // DefaultsSource (`G['f'].__defaults__[0]`), so an object default is the same tracker as the
    // same object reached through another source (`opt is _MISSING` is decided by identity) and is
    // guarded when used; a literal constant stays sourceless (config.skip_guards_on_constant_func_defaults,
    // True in PyTorch 2.9).
    for (size_t i = 0; i < fn->defaults.size(); ++i) {
      const Value& d = fn->defaults[i];
      defaults.push_back(fn_source && !is_literal_constant(interp, d) ? wrap_lazy(d, DefaultsSource(fn_source, i))
                                                                      : wrap_sourceless(d));
    }
  } else {
    defaults = closure.empty() ? std::vector<VariableTracker*>{} : std::vector<VariableTracker*>{};
  }
  if (!fn_value.is_null() && fn_value.is_obj() && fn_value.o->kind == rt::Kind::Other) defaults.clear();
  size_t npos = std::min(args.size(), static_cast<size_t>(argcount));
  for (size_t i = 0; i < npos; ++i) sub.symbolic_locals[i] = args[i];
  if (args.size() > static_cast<size_t>(argcount)) {
    if (!varargs)
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() takes " + std::to_string(argcount) + " positional arguments but " +
                        std::to_string(args.size()) + " were given",
                    {graph_break_hints::USER_ERROR});
  }
  if (varargs) {
    auto* t = make<TupleVariable>();
    for (size_t i = npos; i < args.size(); ++i) t->items.push_back(args[i]);
    sub.symbolic_locals[static_cast<size_t>(argcount + kwonly)] = t;
  }
  ConstDictVariable* kwd = nullptr;
  if (varkw) {
    kwd = make<ConstDictVariable>();
    sub.symbolic_locals[static_cast<size_t>(argcount + kwonly + (varargs ? 1 : 0))] = kwd;
  }
  for (auto& [k, v] : kwargs) {
    int idx = -1;
    for (int i = c.co_posonlyargcount; i < argcount + kwonly; ++i)
      if (c.co_varnames[static_cast<size_t>(i)] == k) idx = i;
    if (idx < 0) {
      if (kwd) {
        kwd->items.emplace_back(interp.str(k), v);
        continue;
      }
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() got an unexpected keyword argument '" + k + "'",
                    {graph_break_hints::USER_ERROR});
    }
    sub.symbolic_locals[static_cast<size_t>(idx)] = v;
  }
  int ndef = static_cast<int>(defaults.size());
  for (int i = 0; i < argcount; ++i) {
    if (sub.symbolic_locals[static_cast<size_t>(i)]) continue;
    int d = i - (argcount - ndef);
    if (d >= 0) sub.symbolic_locals[static_cast<size_t>(i)] = defaults[static_cast<size_t>(d)];
    else
      unimplemented(
          "TypeError from user code", "call_function " + c.co_qualname,
          c.co_qualname + "() missing 1 required positional argument: '" + c.co_varnames[static_cast<size_t>(i)] + "'",
          {graph_break_hints::USER_ERROR});
  }
  for (int i = argcount; i < argcount + kwonly; ++i) {
    if (sub.symbolic_locals[static_cast<size_t>(i)]) continue;
    Value d =
        fn && fn->kwdefaults ? interp.dict_get_str(fn->kwdefaults, c.co_varnames[static_cast<size_t>(i)]) : Value();
    if (d.is_null())
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() missing 1 required keyword-only argument: '" +
                        c.co_varnames[static_cast<size_t>(i)] + "'",
                    {graph_break_hints::USER_ERROR});
    // Keyword-only defaults always get their source (bind_args_cached's step 3).
    const std::string& kname = c.co_varnames[static_cast<size_t>(i)];
    sub.symbolic_locals[static_cast<size_t>(i)] =
        fn_source ? wrap_lazy(d, KwDefaultsSource(interp, fn_source, kname)) : wrap_sourceless(d);
  }
  // Free variables.
  size_t nfree = c.co_freevars.size();
  size_t base = sub.symbolic_locals.size() - nfree;
  for (size_t k = 0; k < nfree; ++k) {
    if (k < closure.size()) {
      sub.symbolic_locals[base + k] = closure[k];
    } else if (fn && k < fn->closure.size()) {
      auto known = output.cells_by_object.find(fn->closure[k]);
      if (known != output.cells_by_object.end()) {
        sub.symbolic_locals[base + k] = known->second;
        continue;
      }
      auto* cell = make<CellVariable>();
      output.cells_by_object.emplace(fn->closure[k], cell);
      cell->real_cell = Value::obj(fn->closure[k]);
      // With the function's source, its cells have one (guarded, and writable after the graph).
      if (fn_source) cell->cell_source = ClosureCellSource(fn_source, k);
      Value contents = fn->closure[k]->value;
      if (!contents.is_null())
        cell->contents = cell->cell_source ? wrap_lazy(contents, cell->cell_source) : wrap_sourceless(contents);
      sub.symbolic_locals[base + k] = cell;
    }
  }
  if (state.logs.trace_source || state.logs.dynamo_debug) {
    // (TRACE inlined call lines are part of +dynamo logs; omitted.)
  }
  if (generator) {
    auto* g = make<LocalGeneratorObjectVariable>();
    g->frame = sub_ptr;
    g->name = fcode->co_name;
    return g;
  }
  // The nodes the caller makes after the call returns, in the same instruction (a builtin
  // reducing what the inlined function returned), carry the caller's line (PyTorch takes a node's
  // stack from the translator running then).
  const fx::StackSummary caller_stack = output.current_stack;
  const auto* caller_code = output.current_stack_code;
  const int caller_line = output.current_stack_line;
  VariableTracker* result = sub.run();
  output.current_stack = caller_stack;
  output.current_stack_code = caller_code;
  output.current_stack_line = caller_line;
  return result;
}

}  // namespace dp::dynamo
