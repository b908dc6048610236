// The frame callback: look up the code object's cache entries, check guards, trace and compile
// on a miss, run the compiled entry (graph, side effects, the eager instruction at a graph
// break, the resume function). Mirrors torch/_dynamo/convert_frame.py (ConvertFrame, the
// recompile limit, rewrapping unexpected exceptions as InternalTorchDynamoError, _compile,
// transform), the compile half of torch/_dynamo/output_graph.py (compile_subgraph,
// compile_and_call_fx_graph, call_user_compiler), torch/_dynamo/codegen.py (PyCodegen) and, from
// torch/_dynamo/symbolic_convert.py, break_graph_if_unsupported and create_call_resume_at.
#include <algorithm>
#include <set>
#include <functional>
#include <chrono>

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/resume_execution.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/ctx_manager.h"
#include "dynamo/variables/script_object.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

Value make_graph_module_object(rt::Interp& I, std::shared_ptr<GraphProgram> prog);  // eval_frame.cpp
std::string graph_module_tabular(rt::Interp& I, Value gm);                            // eval_frame.cpp

namespace {

std::string compile_id_str(int frame_id, int compile_id) {
  return std::to_string(frame_id) + "/" + std::to_string(compile_id);
}

std::string source_line(rt::Interp& I, const std::string& file, int line) {
  auto it = I.file_lines.find(file);
  if (it == I.file_lines.end() || line < 1 || line > static_cast<int>(it->second.size())) return "";
  std::string l = it->second[static_cast<size_t>(line - 1)];
  size_t b = l.find_first_not_of(" \t");
  size_t e = l.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : l.substr(b, e - b + 1);
}

// The hint exc.py's augment_exc_message appends to an escaping Dynamo error's message.
const char* const kVerboseHint =
    "\n\nSet TORCHDYNAMO_VERBOSE=1 for the internal stack trace (please do this especially if you're reporting a bug "
    "to PyTorch). For even more developer context, set TORCH_LOGS=\"+dynamo\"\n";

// exc.py augment_exc_message (called by convert_frame.py's exception_handler on every exception
// escaping _compile): its message gets "\n", plus the user-code trailer and kVerboseHint when the
// exception carries a real_stack. Unsupported takes one when it is made; any other exception
// escaping the translator's run() gets one from TracingContext.current_frame (the
// UnsafeScriptObjectError of a script object, whose stack the translators record while unwinding;
// the other exceptions rewrapped below are not given their stack yet). _compile then rewraps
// them as InternalTorchDynamoError(f"{type(e).__qualname__}: {str(e)}").
std::string user_code_trailer(rt::Interp& I, const std::vector<UserStackFrame>& stack);
std::string augment_exc_message(rt::Interp& I, const std::string& msg,
                                const std::vector<UserStackFrame>& stack = {}) {
  if (stack.empty()) return msg + "\n";
  return msg + user_code_trailer(I, stack);
}

// "from user code:" trailer of an escaping Unsupported (exc.py format_error_msg_verbose).
std::string user_code_trailer(rt::Interp& I, const std::vector<UserStackFrame>& stack) {
  std::string s = "\n\nfrom user code:\n ";
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    s += "  File \"" + it->filename + "\", line " + std::to_string(it->lineno) + ", in " + it->name + "\n";
    std::string src = source_line(I, it->filename, it->lineno);
    if (!src.empty()) s += "    " + src + "\n";
  }
  s += kVerboseHint + 1;  // the stack's last line ends the first of the hint's two newlines
  return s;
}

// The frames of the program outside Dynamo (for graph-break tracebacks).
std::string outer_traceback(rt::Interp& I) {
  std::string s;
  for (rt::Frame* f : I.frame_stack) {
    if (f->code->co_filename.rfind("/playground/lib/", 0) == 0) continue;
    size_t unit = static_cast<size_t>(f->last_pc / 2);
    int line = unit < f->code->positions.size() ? f->code->positions[unit].lineno : 0;
    s += "  File \"" + f->code->co_filename + "\", line " + std::to_string(line) + ", in " + f->code->co_name + "\n";
    std::string src = source_line(I, f->code->co_filename, line);
    if (!src.empty()) s += "    " + src + "\n";
  }
  return s;
}

// codegen.py PyCodegen: how each value the frame needs after the graph is rebuilt (here a
// Recipe, run by build() below, instead of bytecode): a graph output, a source, a constant, ...
// New objects and nested functions: docs/compiler-api.md "Objects of user classes", "Nested
// functions at a graph break".
struct PyCodegen {
  InstructionTranslatorBase& tx;
  std::vector<fx::Node*> outputs;
  std::unordered_map<const fx::Node*, SourcePtr> input_source;

  explicit PyCodegen(InstructionTranslatorBase& t) : tx(t) {
    for (auto& ga : tx.output.graphargs) input_source[ga.node] = ga.source;
  }

  // At a graph break: an iterator the breaking instruction advanced would be rebuilt past the
  // items that instruction took, and the instruction runs again after the graph. A graph break in
  // a call the instruction inlined (a list comprehension's loop) is traced again up to the
  // instruction (compile_frame's replay, as PyTorch re-traces), so nothing is advanced then; any
  // other case stops here instead.
  bool at_break = false;
  void check_not_interrupted(VariableTracker* v, uint64_t advanced_at) {
    if (at_break && advanced_at > tx.iter_serial_before)
      unimplemented_in_playground("rebuilding a " + v->python_type_name(tx.interp) +
                                      " object that the instruction interrupted by the graph break had advanced "
                                      "(reconstruction)",
                                  "reconstruct " + v->repr(tx.interp));
  }

  Recipe reconstruct(VariableTracker* v) {
    Recipe r;
    if (!v) {
      r.kind = Recipe::Kind::Null;
      return r;
    }
    if (auto* lz = dynamic_cast<LazyVariableTracker*>(v)) {
      if (!lz->realized) {
        r.kind = Recipe::Kind::Source;
        r.source = lz->source;
        return r;
      }
      v = lz->realized;
    }
    if (dynamic_cast<NullVariable*>(v)) {
      r.kind = Recipe::Kind::Null;
      return r;
    }
    if (auto* t = dynamic_cast<TensorVariable*>(v)) {
      auto it = input_source.find(t->node);
      if (t->node->op() == fx::Op::Placeholder && it != input_source.end()) {
        r.kind = Recipe::Kind::Source;
        r.source = it->second;
        return r;
      }
      auto pos = std::find(outputs.begin(), outputs.end(), t->node);
      r.kind = Recipe::Kind::GraphOut;
      r.index = static_cast<int>(pos - outputs.begin());
      if (pos == outputs.end()) outputs.push_back(t->node);
      // side_effects.py codegen_update_mutated: the attributes stored on a tensor made in the
      // trace are set on the graph's output.
      if (!t->new_attrs.empty()) {
        Recipe with;
        with.kind = Recipe::Kind::TensorAttrs;
        with.items.push_back(r);
        for (const std::string& name : t->new_attrs) {
          auto it = tx.output.attr_overrides.find({t->example.o, name});
          if (it == tx.output.attr_overrides.end()) continue;  // written by the instruction that broke
          with.keys.push_back(tx.interp.str(name));
          with.items.push_back(reconstruct(it->second));
        }
        return with;
      }
      return r;
    }
    if (auto* c = dynamic_cast<ConstantVariable*>(v)) {
      r.value = c->value;
      return r;
    }
    if (auto* sn = dynamic_cast<SymNodeVariable*>(v)) {
      auto it = input_source.find(sn->node);
      if (sn->node->op() == fx::Op::Placeholder && it != input_source.end() &&
          !(it->second->kind == Source::Kind::TensorProperty && it->second->base &&
            tx.output.metadata_mutated_inputs.count(it->second->base->name())))
        return source_recipe(it->second);
      auto pos = std::find(outputs.begin(), outputs.end(), sn->node);
      r.kind = Recipe::Kind::GraphOut;
      r.index = static_cast<int>(pos - outputs.begin());
      if (pos == outputs.end()) outputs.push_back(sn->node);
      return r;
    }
    if (auto* cell = dynamic_cast<CellVariable*>(v)) {
      if (!cell->real_cell.is_null()) {
        // The cell of this call, not the traced call's (a constant would hand the resume function
        // the first call's cell, and the closures rebuilt over it would write there).
        r.value = cell->real_cell;
        if (cell->frame_slot >= 0 || cell->cell_source) {
          r.kind = Recipe::Kind::FrameCell;
          r.index = cell->frame_slot;
          r.source = cell->cell_source;
        }
        return r;
      }
      if (Recipe* ref = begin_object(v, r)) return *ref;
      r.kind = Recipe::Kind::Cell;
      if (cell->contents) r.items.push_back(reconstruct(cell->contents));
      end_object(v);
      return r;
    }
    if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v); u && u->is_new) {
      // codegen_save_tempvars: `object.__new__(cls)`, then its attribute writes.
      if (Recipe* ref = begin_object(v, r)) return *ref;
      r.kind = Recipe::Kind::NewObject;
      r.value = Value::obj(tx.interp.type_of(u->value));
      for (const std::string& name : u->new_attrs) {
        auto it = tx.output.attr_overrides.find({u->value.o, name});
        if (it == tx.output.attr_overrides.end()) continue;  // written by the instruction that broke
        r.keys.push_back(tx.interp.str(name));
        r.items.push_back(reconstruct(it->second));
      }
      end_object(v);
      return r;
    }
    if (auto* sf = dynamic_cast<StringFormatVariable*>(v)) {
      // StringFormatVariable.reconstruct: format_string.format(*sym_args, **sym_kwargs).
      r.kind = Recipe::Kind::Call;
      Recipe method;
      method.kind = Recipe::Kind::Attr;
      Recipe fmt;
      fmt.value = tx.interp.str(sf->format_string);
      method.items.push_back(fmt);
      method.value = tx.interp.str("format");
      r.items.push_back(method);
      for (auto* a : sf->sym_args) r.items.push_back(reconstruct(a));
      for (auto& [k, e] : sf->sym_kwargs) {
        r.keys.push_back(tx.interp.str(k));
        r.items.push_back(reconstruct(e));
      }
      return r;
    }
    if (auto* dv = dynamic_cast<DictViewVariable*>(v)) {
      // DictViewVariable.reconstruct: the dict, then its keys / values / items method called.
      r.kind = Recipe::Kind::Call;
      Recipe method;
      method.kind = Recipe::Kind::Attr;
      method.items.push_back(reconstruct(dv->dict));
      method.value = tx.interp.str(dv->kv);
      r.items.push_back(method);
      return r;
    }
    if (auto* s = dynamic_cast<SetVariable*>(v)) {
      // A set from outside the frame is that set (its mutations are a SetReplace side effect);
      // one made in the trace is rebuilt as SetVariable.reconstruct / FrozensetVariable's do
      // (BUILD_SET of the elements; frozenset(...) of them): here `set([...])` / `frozenset([...])`.
      if (s->source) return source_recipe(s->source);
      r.kind = Recipe::Kind::Call;
      Recipe fn;
      fn.value = tx.interp.dict_get_str(tx.interp.builtins, s->frozen ? "frozenset" : "set");
      r.items.push_back(fn);
      Recipe list;
      list.kind = Recipe::Kind::List;
      for (auto* e : s->items) list.items.push_back(reconstruct(e));
      r.items.push_back(list);
      return r;
    }
    if (UserSubclassPart* part = user_subclass_part(v); part && !v->source && part->user_new) {
      // An instance of a user subclass of dict/list/tuple made in the trace (side_effects.py
      // codegen_save_tempvars + codegen_update_mutated: `base.__new__(cls)`, the built-in part,
      // then the attributes).
      if (Recipe* ref = begin_object(v, r)) return *ref;
      r.kind = Recipe::Kind::NewSubclass;
      r.value = Value::obj(part->user_cls);
      Recipe payload;
      if (auto* d = dynamic_cast<ConstDictVariable*>(v)) {
        payload.kind = Recipe::Kind::Dict;
        for (auto& [k, e] : d->items) {
          payload.keys.push_back(k);
          payload.items.push_back(reconstruct(e));
        }
      } else {
        payload.kind = dynamic_cast<ListVariable*>(v) ? Recipe::Kind::List : Recipe::Kind::Tuple;
        for (auto* e : static_cast<BaseListVariable*>(v)->items) payload.items.push_back(reconstruct(e));
      }
      r.items.push_back(payload);
      for (const std::string& name : part->new_attrs) {
        auto it = tx.output.attr_overrides.find({part->user_obj.o, name});
        if (it == tx.output.attr_overrides.end()) continue;
        r.keys.push_back(tx.interp.str(name));
        r.items.push_back(reconstruct(it->second));
      }
      end_object(v);
      return r;
    }
    if (auto* d = dynamic_cast<ConstDictVariable*>(v); d && !d->source && d->user_cls && d->builtin_like()) {
      // ConstDictVariable.reconstruct with user_cls (OrderedDict(dict)), DefaultDictVariable's
      // (defaultdict(default_factory, dict)): the class called with the items.
      r.kind = Recipe::Kind::Call;
      Recipe cls;
      cls.value = Value::obj(d->user_cls);
      r.items.push_back(cls);
      if (d->is_defaultdict) r.items.push_back(reconstruct(d->default_factory));
      Recipe items;
      items.kind = Recipe::Kind::Dict;
      for (auto& [k, e] : d->items) {
        items.keys.push_back(k);
        items.items.push_back(reconstruct(e));
      }
      r.items.push_back(items);
      return r;
    }
    if (UserSubclassPart* part = user_subclass_part(v); part && !v->source) {
      r.value = part->user_obj;  // a constant made outside the trace (SourcelessBuilder)
      return r;
    }
    if (auto* l = dynamic_cast<ListVariable*>(v)) {
      // A list from outside the frame is that list, mutated or not: its mutations are a
      // ListReplace side effect on the same object (PyTorch's side_effects codegen), so
      // `f(l) is l` holds as in eager.
      if (l->source) return source_recipe(l->source);
      // A list made in the trace is one object however often it is reached (the attribute it was
      // stored in, the stack, a local): codegen_save_tempvars makes it once.
      if (Recipe* ref = begin_object(v, r)) return *ref;
      r.kind = Recipe::Kind::List;
      for (auto* e : l->items) r.items.push_back(reconstruct(e));
      end_object(v);
      return r;
    }
    if (auto* s = dynamic_cast<SizeVariable*>(v)) {
      // A size with symbolic entries (a SymInt the graph computes, `y.shape` of a dynamic y) is
      // SizeVariable.reconstruct's `torch.Size([...])` of the items, the SymInts coming out of the
      // graph: reading it as a constant would specialize the sizes (a recompile per size, or a
      // ConstraintViolationError under mark_dynamic, where PyTorch returns the symbolic size).
      bool symbolic = false;
      for (auto* e : s->items) {
        auto* sn = dynamic_cast<SymNodeVariable*>(e);
        symbolic |= sn && sn->node;
      }
      if (!symbolic && s->is_python_constant()) {
        r.value = s->as_python_constant(tx);
        return r;
      }
      if (symbolic) {
        r.kind = Recipe::Kind::Call;
        Recipe cls;
        cls.value = Value::obj(tx.interp.size_type);
        r.items.push_back(cls);
        Recipe list;
        list.kind = Recipe::Kind::List;
        for (auto* e : s->items) list.items.push_back(reconstruct(e));
        r.items.push_back(list);
        return r;
      }
    }
    if (auto* t = dynamic_cast<BaseListVariable*>(v)) {
      r.kind = Recipe::Kind::Tuple;
      if (auto* tv = dynamic_cast<TupleVariable*>(v); tv && tv->named_type) r.value = Value::obj(tv->named_type);
      for (auto* e : t->items) r.items.push_back(reconstruct(e));
      return r;
    }
    if (auto* d = dynamic_cast<ConstDictVariable*>(v)) {
      if (d->source) return source_recipe(d->source);  // as for a list (DictReplace)
      if (Recipe* ref = begin_object(v, r)) return *ref;  // one object, as a list
      r.kind = Recipe::Kind::Dict;
      for (auto& [k, e] : d->items) {
        r.keys.push_back(k);
        r.items.push_back(reconstruct(e));
      }
      end_object(v);
      return r;
    }
    if (auto* m = dynamic_cast<MapVariable*>(v)) {
      check_not_interrupted(v, m->advanced_at);
      // MapVariable.reconstruct: map(fn, *iterators), the iterators as they are now. PyTorch
      // re-traces up to a graph break, so its iterators are as before the breaking instruction;
      // the playground cannot undo what that instruction took from them.
      if (m->broken)
        unimplemented_in_playground("rebuilding a map object after a graph break while it was taking an item "
                                    "(reconstruction)",
                                    "reconstruct MapVariable()");
      r.kind = Recipe::Kind::Call;
      Recipe fn;
      fn.value = tx.interp.dict_get_str(tx.interp.builtins, "map");
      r.items.push_back(fn);
      r.items.push_back(reconstruct(m->fn));
      for (auto* it : m->iterators) r.items.push_back(reconstruct(it));
      return r;
    }
    if (auto* it = dynamic_cast<ListIteratorVariable*>(v)) check_not_interrupted(v, it->advanced_at);
    if (auto* it = dynamic_cast<RangeIteratorVariable*>(v)) check_not_interrupted(v, it->advanced_at);
    if (auto* it = dynamic_cast<ListIteratorVariable*>(v); it && !it->builtin.empty()) {
      // zip(*columns) / enumerate(items, start) over the tuples not yet taken.
      r.kind = Recipe::Kind::Call;
      Recipe fn;
      fn.value = tx.interp.dict_get_str(tx.interp.builtins, it->builtin);
      r.items.push_back(fn);
      const size_t width = it->builtin == "zip" ? it->arity : 2;
      std::vector<Recipe> columns(width);
      for (auto& c : columns) c.kind = Recipe::Kind::List;
      Recipe start;
      start.value = Value::integer(0);
      for (size_t i = it->index; i < it->items.size(); ++i) {
        auto* t = dynamic_cast<TupleVariable*>(it->items[i]);
        if (!t || t->items.size() != width) reconstruction_failure(v);
        if (it->builtin == "enumerate") {
          if (i == it->index) start = reconstruct(t->items[0]);
          columns[1].items.push_back(reconstruct(t->items[1]));
        } else {
          for (size_t k = 0; k < width; ++k) columns[k].items.push_back(reconstruct(t->items[k]));
        }
      }
      if (it->builtin == "enumerate") {
        if (it->index >= it->items.size()) start.value = Value::integer(0);
        r.items.push_back(columns[1]);
        r.items.push_back(start);
      } else {
        for (auto& c : columns) r.items.push_back(c);
      }
      return r;
    }
    if (auto* it = dynamic_cast<ListIteratorVariable*>(v)) {
      r.kind = Recipe::Kind::Iter;
      for (size_t i = it->index; i < it->items.size(); ++i) r.items.push_back(reconstruct(it->items[i]));
      return r;
    }
    if (auto* it = dynamic_cast<RangeIteratorVariable*>(v)) {
      // RangeIteratorVariable.reconstruct: iter(range(start, stop, step)) from the current start.
      r.kind = Recipe::Kind::Iter;
      r.value = Value::obj(tx.interp.make<rt::Range>(tx.interp.range_type, it->start, it->stop, it->step));
      return r;
    }
    if (auto* g = dynamic_cast<GetAttrVariable*>(v)) {
      r.kind = Recipe::Kind::Attr;
      r.items.push_back(reconstruct(g->obj));
      r.value = tx.interp.str(g->name);
      return r;
    }
    if (auto* p = dynamic_cast<FunctoolsPartialVariable*>(v)) {
      if (p->source) return source_recipe(p->source);
      // functools.partial(func, *args, **keywords), rebuilt after the graph.
      r.kind = Recipe::Kind::Call;
      Recipe cls;
      cls.value = Value::obj(p->partial_type);
      r.items.push_back(cls);
      r.items.push_back(reconstruct(p->func));
      for (auto* a : p->args) r.items.push_back(reconstruct(a));
      for (auto& [k, a] : p->keywords) {
        r.keys.push_back(tx.interp.str(k));
        r.items.push_back(reconstruct(a));
      }
      return r;
    }
    if (auto* e = dynamic_cast<ExceptionVariable*>(v)) {
      // ExceptionVariable.reconstruct: the class called with the arguments.
      r.kind = Recipe::Kind::Call;
      Recipe cls;
      cls.value = Value::obj(e->exc_type);
      r.items.push_back(cls);
      for (auto* a : e->args) r.items.push_back(reconstruct(a));
      return r;
    }
    if (auto* w = dynamic_cast<WithExitFunctionVariable*>(v)) {
      // WithExitFunctionVariable.reconstruct: the context manager's class (reconstruct_type); the
      // with block is entered again from it (ReenterWith).
      r.value = w->ctx->reconstruct_type(tx.interp);
      return r;
    }
    if (auto* m = dynamic_cast<UserMethodVariable*>(v)) {
      auto* self = dynamic_cast<UserDefinedObjectVariable*>(m->obj);
      if (self && self->is_new) reconstruction_failure(v);  // PyTorch's method of a new object has no source
      r.kind = Recipe::Kind::Method;
      r.items.push_back(reconstruct(m->obj));
      r.value = Value::obj(m->fn);
      return r;
    }
    if (v->source) return source_recipe(v->source);
    if (auto* so = dynamic_cast<TorchScriptObjectVariable*>(v)) {
      r.value = so->real.is_null() ? so->value : so->real;
      return r;
    }
    if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v)) {
      r.value = u->value;
      return r;
    }
    if (v->is_python_constant()) {
      r.value = v->as_python_constant(tx);
      return r;
    }
    if (auto* nf = dynamic_cast<NestedUserFunctionVariable*>(v)) {
      // NestedUserFunctionVariable.reconstruct: MAKE_FUNCTION again from the code object, its
      // defaults and its closure cells (the frame's own cells, shared by id).
      if (Recipe* ref = begin_object(v, r)) return *ref;
      r.kind = Recipe::Kind::Function;
      r.value = nf->code_value;
      r.keys.push_back(Value::obj(nf->globals));
      r.index = static_cast<int>(nf->defaults.size());
      for (auto* d : nf->defaults) r.items.push_back(reconstruct(d));
      for (auto* c : nf->closure_cells) r.items.push_back(reconstruct(c));
      if (nf->annotations) {  // the last item; keys[1] says it is there
        r.items.push_back(reconstruct(nf->annotations));
        r.keys.push_back(Value::boolean(true));
      }
      end_object(v);
      return r;
    }
    if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(v); g && !g->frame->generator_broken) {
      // LocalGeneratorObjectVariable.reconstruct: the generator is run to its end now, inside
      // this graph (force_unpack_var_sequence, with side effects disallowed). PyTorch hands back
      // iter([the remaining items]), a list_iterator; the playground hands back a generator
      // named like the original that yields those items and then returns what the generator
      // returned (torch/_dynamo/_playground_generators.py), so that the compiled call returns
      // what eager returns. Once forced, the same items serve every later reconstruction; one
      // object per run (the same generator wherever it is reachable).
      if (!g->remaining) {
        check_not_interrupted(v, g->frame->advanced_at);
        g->remaining = force_unpack_for_reconstruction(g);
      }
      if (Recipe* ref = begin_object(v, r)) return *ref;
      r.kind = Recipe::Kind::Generator;
      r.value = tx.interp.str(g->frame->code->co_qualname);
      r.keys.push_back(tx.interp.str(g->frame->code->co_name));
      for (auto* e : g->remaining->items) r.items.push_back(reconstruct(e));
      r.items.push_back(reconstruct(g->remaining_value ? g->remaining_value : tx.none()));
      end_object(v);
      return r;
    }
    // PyTorch rebuilds these (super(); a generator whose body hit a graph break, or whose method the
    // playground refused: PyTorch skips the frame or traces the method); the playground does not yet.
    if (dynamic_cast<LocalGeneratorObjectVariable*>(v) || dynamic_cast<SuperVariable*>(v) ||
        dynamic_cast<UserFunctionVariable*>(v))
      unimplemented_in_playground("rebuilding a " + v->python_type_name(tx.interp) +
                                      " object created in the traced code after the graph (reconstruction)",
                                  "reconstruct " + v->repr(tx.interp));
    reconstruction_failure(v);
  }

  // force_unpack_var_sequence under disallow_side_effects_in_generator: next() until the generator
  // returns. A mutation the generator makes meanwhile (OutputGraph::check_allowed_side_effect)
  // stops the reconstruction: running the generator ahead of the caller would move it.
  ListIteratorVariable* force_unpack_for_reconstruction(LocalGeneratorObjectVariable* g) {
    auto* it = tx.make<ListIteratorVariable>();
    struct Disallow {
      OutputGraph& out;
      bool saved;
      ~Disallow() { out.is_reconstructing_generator = saved; }
    } disallow{tx.output, tx.output.is_reconstructing_generator};
    tx.output.is_reconstructing_generator = true;
    const bool finished = g->frame->returned;  // exhausted already: a later next() has no value
    try {
      while (VariableTracker* item = g->frame->generator_next()) it->items.push_back(item);
    } catch (ObservedException&) {
      g->frame->generator_broken = true;
      unimplemented_in_playground("rebuilding a generator object created in the traced code whose remaining items end "
                                  "in an exception",
                                  "reconstruct " + g->repr(tx.interp));
    } catch (Unsupported& u) {
      // A graph break in the generator's body (PyTorch skips the frame: "Skipping frame due to
      // graph break in a generator's next() call"); a mutation is PyTorch's own graph break.
      if (u.gb.gb_type == "Generator reconstruction with mutations") throw;
      unimplemented_in_playground("rebuilding a generator object created in the traced code after the graph "
                                  "(reconstruction)",
                                  "reconstruct " + g->repr(tx.interp));
    }
    if (!finished) g->remaining_value = g->frame->return_value;
    return it;
  }

  [[noreturn]] void reconstruction_failure(VariableTracker* v) {
    unimplemented(
        "Reconstruction failure", v->repr(tx.interp),
        "Dynamo has no bytecode reconstruction implemented for sourceless variable " + v->repr(tx.interp) + ".",
        {"If Dynamo is attempting to trace a return statement and your code is attempting to return a variable that Dynamo cannot reconstruct, then remove it from the return statement.",
         graph_break_hints::CAUSED_BY_EARLIER_GRAPH_BREAK,
         "Report an issue to PyTorch if you need reconstrtuction support. Note that objects that don't have reconstruction rules may be fundamentally unreconstructable."});
  }

  // Objects whose identity matters (made in the traced code: new objects, cells): one id each;
  // while one is being rebuilt, reaching it again gives a Ref (a cycle).
  std::unordered_map<const VariableTracker*, int> object_ids;
  std::unordered_set<const VariableTracker*> in_progress;
  Recipe ref_;
  // The elements of a set tracker as a list recipe (SetReplace's new contents).
  Recipe reconstruct_set_items(VariableTracker* v) {
    Recipe list;
    list.kind = Recipe::Kind::List;
    for (auto* e : static_cast<SetVariable*>(v)->items) list.items.push_back(reconstruct(e));
    return list;
  }
  Recipe* begin_object(const VariableTracker* v, Recipe& r) {
    auto it = object_ids.find(v);
    if (it == object_ids.end()) it = object_ids.emplace(v, static_cast<int>(object_ids.size())).first;
    r.id = it->second;
    if (!in_progress.count(v)) {
      in_progress.insert(v);
      return nullptr;
    }
    ref_ = Recipe{};
    ref_.kind = Recipe::Kind::Ref;
    ref_.id = it->second;
    return &ref_;
  }
  void end_object(const VariableTracker* v) { in_progress.erase(v); }

  Recipe source_recipe(SourcePtr s) {
    Recipe r;
    r.kind = Recipe::Kind::Source;
    r.source = std::move(s);
    return r;
  }
};

// The objects one run of a compiled entry made (Recipe::id -> object).
using BuildMemo = std::unordered_map<int, Value>;

Value build(rt::Interp& I, const Recipe& r, const FrameView& f, const std::vector<Value>& outs, BuildMemo& memo) {
  if (r.id >= 0) {
    auto it = memo.find(r.id);
    if (it != memo.end()) return it->second;
  }
  switch (r.kind) {
    case Recipe::Kind::GraphOut: return outs.at(static_cast<size_t>(r.index));
    case Recipe::Kind::Source: return r.source->resolve(I, f);
    case Recipe::Kind::Const: return r.value;
    case Recipe::Kind::Null: return Value();
    case Recipe::Kind::List:
      if (r.id >= 0) {  // one object per run: made first, so a Ref among its items finds it
        Value l = I.list({});
        memo[r.id] = l;
        std::vector<Value> items;
        for (auto& e : r.items) items.push_back(build(I, e, f, outs, memo));
        static_cast<rt::List*>(l.o)->items = std::move(items);
        return l;
      }
      [[fallthrough]];
    case Recipe::Kind::Tuple:
    case Recipe::Kind::Iter: {
      std::vector<Value> items;
      for (auto& e : r.items) items.push_back(build(I, e, f, outs, memo));
      if (r.kind == Recipe::Kind::Tuple && r.value.is_obj() && r.value.o->kind == Kind::Type)
        return Value::obj(I.make<rt::Tuple>(static_cast<rt::Type*>(r.value.o), std::move(items)));  // a structseq
      if (r.kind == Recipe::Kind::Tuple) return I.tuple(items);
      if (r.kind == Recipe::Kind::List) return I.list(items);
      if (r.value.is_obj()) return I.iter(r.value);  // an iterator over a range
      return I.iter(I.list(items));
    }
    case Recipe::Kind::Dict: {
      rt::Dict* d = I.new_dict();
      if (r.id >= 0) memo[r.id] = Value::obj(d);
      for (size_t i = 0; i < r.items.size(); ++i) I.dict_set(d, r.keys[i], build(I, r.items[i], f, outs, memo));
      return Value::obj(d);
    }
    case Recipe::Kind::Cell: {
      rt::Cell* c = I.make<rt::Cell>(I.cell_type);
      if (r.id >= 0) memo[r.id] = Value::obj(c);
      if (!r.items.empty()) c->value = build(I, r.items[0], f, outs, memo);
      return Value::obj(c);
    }
    case Recipe::Kind::NewObject: {
      Value obj = Value::obj(I.make<rt::Instance>(static_cast<rt::Type*>(r.value.o)));
      memo[r.id] = obj;
      // The writes the trace recorded were object.__setattr__'s (a frozen dataclass's __init__
      // makes them so past its own refusing __setattr__): replayed the same way.
      Value object_setattr = I.dict_get_str(I.object_type->dict, "__setattr__");
      for (size_t i = 0; i < r.keys.size(); ++i) {
        Value item = build(I, r.items[i], f, outs, memo);
        if (object_setattr.is_null()) I.setattr(obj, I.to_str(r.keys[i]), item);
        else I.call(object_setattr, {obj, r.keys[i], item});
      }
      return obj;
    }
    case Recipe::Kind::NewSubclass: {
      auto* cls = static_cast<rt::Type*>(r.value.o);
      Value payload = build(I, r.items[0], f, outs, memo);
      rt::Type* base = cls->is_subtype(I.dict_type) ? I.dict_type : cls->is_subtype(I.list_type) ? I.list_type : I.tuple_type;
      Value base_new = I.lookup_type(base, "__new__");
      if (base_new.is_obj() && base_new.o->kind == Kind::StaticMethod)
        base_new = static_cast<rt::StaticMethod*>(base_new.o)->func;
      Value obj = base == I.tuple_type ? I.call(base_new, {Value::obj(cls), payload}) : I.call(base_new, {Value::obj(cls)});
      if (base == I.dict_type) {
        for (auto& e : static_cast<rt::Dict*>(payload.o)->entries)
          if (e.live) I.dict_set(static_cast<rt::Dict*>(obj.o), e.key, e.value);
      } else if (base == I.list_type) {
        static_cast<rt::List*>(obj.o)->items = static_cast<rt::List*>(payload.o)->items;
      }
      memo[r.id] = obj;
      for (size_t i = 0; i < r.keys.size(); ++i) I.setattr(obj, I.to_str(r.keys[i]), build(I, r.items[i + 1], f, outs, memo));
      return obj;
    }
    case Recipe::Kind::Ref: return memo.at(r.id);
    case Recipe::Kind::FrameCell: {
      Value slot = r.index >= 0 && f.fast && static_cast<size_t>(r.index) < f.fast->size()
                       ? (*f.fast)[static_cast<size_t>(r.index)]
                       : Value();
      if (slot.is_obj() && slot.o->kind == Kind::Cell) return slot;
      if (r.source)
        if (rt::Cell* c = resolve_closure_cell(I, *r.source, f)) return Value::obj(c);
      return r.value;
    }
    case Recipe::Kind::TensorAttrs: {
      Value t = build(I, r.items[0], f, outs, memo);
      for (size_t i = 0; i < r.keys.size(); ++i) I.setattr(t, I.to_str(r.keys[i]), build(I, r.items[i + 1], f, outs, memo));
      return t;
    }
    case Recipe::Kind::Generator: {
      std::vector<Value> items;
      for (size_t i = 0; i + 1 < r.items.size(); ++i) items.push_back(build(I, r.items[i], f, outs, memo));
      Value value = build(I, r.items.back(), f, outs, memo);
      Value helper = I.getattr(I.import_module("torch._dynamo._playground_generators"), "rebuilt_generator");
      Value gen = I.call(helper, {I.list(items), value});
      auto* g = static_cast<rt::Generator*>(gen.o);
      g->name = I.to_str(r.keys.at(0));
      g->qualname = I.to_str(r.value);
      if (r.id >= 0) memo[r.id] = gen;
      return gen;
    }
    case Recipe::Kind::Function: {
      auto* fn = I.make<rt::Function>(I.function_type);
      fn->code = static_cast<rt::CodeRef*>(r.value.o)->code;
      fn->globals = static_cast<rt::Dict*>(r.keys.at(0).o);
      fn->name = fn->code->co_name;
      fn->qualname = fn->code->co_qualname;
      fn->module_name = I.dict_get_str(fn->globals, "__name__");
      memo[r.id] = Value::obj(fn);
      const size_t n = r.items.size() - (r.keys.size() > 1 ? 1 : 0);
      for (size_t i = 0; i < n; ++i) {
        Value v = build(I, r.items[i], f, outs, memo);
        if (static_cast<int>(i) < r.index) fn->defaults.push_back(v);
        else fn->closure.push_back(static_cast<rt::Cell*>(v.o));
      }
      if (n < r.items.size()) fn->annotations = build(I, r.items[n], f, outs, memo);
      return Value::obj(fn);
    }
    case Recipe::Kind::Attr: return I.getattr(build(I, r.items[0], f, outs, memo), I.to_str(r.value));
    case Recipe::Kind::Method:
      return Value::obj(I.make<rt::BoundMethod>(I.method_type, build(I, r.items[0], f, outs, memo), r.value));
    case Recipe::Kind::Call: {
      rt::CallArgs a;
      size_t npos = r.items.size() - 1 - r.keys.size();
      for (size_t i = 1; i <= npos; ++i) a.pos.push_back(build(I, r.items[i], f, outs, memo));
      for (size_t k = 0; k < r.keys.size(); ++k)
        a.kw.emplace_back(I.to_str(r.keys[k]), build(I, r.items[1 + npos + k], f, outs, memo));
      return I.call(build(I, r.items[0], f, outs, memo), a);
    }
  }
  return Value::none();
}

bool has_backedge(InstructionTranslatorBase& tx, size_t index) {
  int off = tx.instructions[index].offset;
  for (size_t i = index + 1; i < tx.instructions.size(); ++i) {
    const auto& in = tx.instructions[i];
    if (in.jump_target >= 0 && in.jump_target <= off) return true;
  }
  return false;
}

// break_graph_if_unsupported's msg_prefix for the instructions PyTorch 2.9 decorates with it
// (has_break_graph_if_unsupported), after "Encountered graph break when attempting to trace OPNAME: ".
const char* opname_description(py::Op op) {
  switch (op) {
    case py::Op::CALL: return "a function call, e.g. f(x, y)";
    case py::Op::CALL_FUNCTION_EX: return "a variadic function call, e.g. f(*args)";
    case py::Op::STORE_ATTR: return "storing an object's attribute, e.g. x.attr = y";
    case py::Op::STORE_SUBSCR: return "trying to store subscript, e.g. x[key] = y";
    case py::Op::BINARY_SUBSCR: return "a binary subscript, e.g. x[attr]";
    default: return "";
  }
}

// The conditional jumps of generic_jump (POP_JUMP_*, JUMP_IF_*_OR_POP): a data-dependent one is
// jump_graph_break, which resumes at both targets.
bool is_generic_jump(py::Op op) {
  switch (op) {
    case py::Op::POP_JUMP_FORWARD_IF_FALSE:
    case py::Op::POP_JUMP_FORWARD_IF_TRUE:
    case py::Op::POP_JUMP_BACKWARD_IF_FALSE:
    case py::Op::POP_JUMP_BACKWARD_IF_TRUE:
    case py::Op::POP_JUMP_FORWARD_IF_NONE:
    case py::Op::POP_JUMP_FORWARD_IF_NOT_NONE:
    case py::Op::POP_JUMP_BACKWARD_IF_NONE:
    case py::Op::POP_JUMP_BACKWARD_IF_NOT_NONE:
    case py::Op::JUMP_IF_FALSE_OR_POP:
    case py::Op::JUMP_IF_TRUE_OR_POP: return true;
    default: return false;
  }
}

}  // namespace

void raise_dynamo_exc(rt::Interp& I, const std::string& cls, const std::string& msg) {
  Value t;
  try {
    Value mod = I.import_module("torch._dynamo.exc");
    t = I.getattr_opt(mod, cls);
  } catch (rt::PyException&) {
  }
  if (t.is_null()) t = I.dict_get_str(I.builtins, cls);
  if (t.is_null()) t = Value::obj(I.RuntimeError);
  Value e = I.call(t, {I.str(msg)});
  throw rt::PyException(e);
}

// The dynamic-shape settings of one compile: torch.compile(dynamic=...) over torch._dynamo.config
// (eval_frame.py make_set_enable_dynamic), and the ShapeEnv's log records.
static void configure_dynamic_shapes(rt::Interp& I, DynamoState& D, OutputGraph& out, const CompileConfig& cfg,
                                     const std::string& cid) {
  Value config;
  try {
    config = I.import_module("torch._dynamo.config");
  } catch (rt::PyException&) {
  }
  auto flag = [&](const char* name, bool dflt) {
    if (config.is_null()) return dflt;
    Value v = I.getattr_opt(config, name);
    return v.is_null() ? dflt : I.truthy(v);
  };
  out.assume_static_by_default = flag("assume_static_by_default", true);
  out.automatic_dynamic_shapes = flag("automatic_dynamic_shapes", true);
  out.capture_scalar_outputs = flag("capture_scalar_outputs", false);
  out.one_graph = cfg.fullgraph;
  if (cfg.dynamic == 1) out.assume_static_by_default = false;
  if (cfg.dynamic == 0) {
    out.assume_static_by_default = true;
    out.automatic_dynamic_shapes = false;
  }
  if (D.logs.dynamic || D.logs.dynamic_debug)
    out.shape_env.log = [&D, cid](bool debug, const std::string& msg) {
      D.log(debug ? "dynamic_debug" : "dynamic", cid, msg);
    };
}

// OutputGraph.remove_unused_graphargs: unused inputs go, except a size symbol's placeholder whose
// symbol (after replacements) still appears in a remaining input's shape; only the first
// placeholder binding a symbol stays.
static void remove_unused_graphargs(OutputGraph& out) {
  std::set<const fx::Node*> symbol_placeholders;
  for (auto& [name, n] : out.symbol_nodes)
    if (n->op() == fx::Op::Placeholder && n->target().name == name) symbol_placeholders.insert(n);
  for (fx::Node* n : out.graph().nodes())
    if (n->op() == fx::Op::Placeholder && n->users().empty() && !symbol_placeholders.count(n))
      out.graph().erase_node(n);
  std::set<std::string> needed;
  for (fx::Node* n : out.graph().nodes()) {
    if (n->op() != fx::Op::Placeholder) continue;
    auto ex = out.examples.find(n);
    if (ex == out.examples.end() || !(ex->second.is_obj() && ex->second.o->kind == Kind::Tensor)) continue;
    if (const SymShape* s = out.sym_shape_of(static_cast<rt::TensorObj*>(ex->second.o)->t()))
      for (auto& e : s->sizes) sym::free_symbols(out.shape_env.simplify(e), needed);
  }
  std::set<std::string> bound;
  for (fx::Node* n : out.graph().nodes()) {
    if (!symbol_placeholders.count(n)) continue;
    auto se = out.symbol_exprs.find(n->target().name);
    if (se == out.symbol_exprs.end()) continue;
    sym::Expr r = out.shape_env.simplify(se->second);
    std::string rs;
    bool is_sym = sym::is_symbol(r, &rs);
    if (!n->users().empty()) {
      if (is_sym) bound.insert(rs);
      continue;
    }
    if (is_sym && needed.count(rs) && !bound.count(rs)) {
      bound.insert(rs);
      continue;
    }
    out.graph().erase_node(n);
  }
}

// GuardBuilder.SHAPE_ENV: ShapeEnv.produce_guards' lines, checked after every other guard.
// produce_guards' constraint check: a dim the program marked with mark_dynamic must not have been
// specialized to a constant by the traced code (ConstraintViolationError, re-raised by Dynamo).
static void check_marked_dynamic(OutputGraph& out) {
  std::vector<std::string> names, lines;
  for (const auto& c : out.symbol_log) {
    if (c.reason != "mark_dynamic") continue;
    int64_t v;
    if (!sym::is_integer(out.shape_env.simplify(out.shape_env.symbol_expr(c.symbol)), &v)) continue;
    names.push_back(c.source);
    lines.push_back("  - You marked " + c.source + " as dynamic but your code specialized it to be a constant (" +
                    std::to_string(v) +
                    "). If you're using mark_dynamic, either remove it or use maybe_mark_dynamic. If you're using "
                    "Dim.DYNAMIC, replace it with either Dim.STATIC or Dim.AUTO.");
  }
  if (names.empty()) return;
  std::string msg = "Constraints violated (";
  for (size_t i = 0; i < names.size(); ++i) msg += (i ? ", " : "") + names[i];
  msg += ")! For more information, run with TORCH_LOGS=\"+dynamic\".";
  for (auto& l : lines) msg += "\n" + l;
  throw UserFacingError("ConstraintViolationError", msg);
}

static void add_shape_env_guards(OutputGraph& out) {
  if (out.tracked_sources.empty()) return;
  // TENSOR_MATCH is decided with the final shapes: a dim specialized while tracing (Eq(s77, 10))
  // is checked statically again, as PyTorch builds the guard after tracing.
  for (auto& g : out.guards.guards) {
    if (g.type != Guard::Type::TENSOR_MATCH || g.sym_sizes.empty()) continue;
    for (size_t i = 0; i < g.sym_sizes.size() && i < g.dynamic_dims.size(); ++i)
      g.dynamic_dims[i] = !sym::is_integer(out.shape_env.simplify(g.sym_sizes[i]));
    for (size_t i = 0; i < g.sym_strides.size() && i < g.dynamic_strides.size(); ++i)
      g.dynamic_strides[i] = !sym::is_integer(out.shape_env.simplify(g.sym_strides[i]));
  }
  for (auto& pg : out.shape_env.produce_guards()) {
    Guard g;
    g.type = Guard::Type::SHAPE_ENV;
    g.shape_expr = pg.expr;
    g.shape_verbose = pg.verbose;
    std::set<std::string> names;
    sym::free_symbols(pg.expr, names);
    for (auto& nm : names) {
      auto it = out.tracked_sources.find(nm);
      if (it != out.tracked_sources.end()) g.shape_sources[nm] = it->second;
    }
    g.source = g.shape_sources.empty() ? out.tracked_sources.begin()->second : g.shape_sources.begin()->second;
    out.guards.add(g);
  }
}

// transform (convert_frame.py): runs the translator over the frame. Returns the graph break that
// ended tracing, if any; under fullgraph a graph break is raised as the Unsupported error instead.
static std::optional<Unsupported> transform(rt::Interp& I, DynamoState& D, InstructionTranslator& tx,
                                            const CompileConfig& cfg, const std::string& cid) {
  D.tracing++;
  // What tracing toggles for real (error_on_graph_break by the context manager it traces, grad
  // mode by GradModeVariable) is restored when it ends, as PyTorch's cleanup hooks do.
  struct RestoreTraceState {
    DynamoState& D;
    bool error_on_graph_break;
    bool grad = torch::grad_enabled();
    ~RestoreTraceState() {
      D.error_on_graph_break = error_on_graph_break;
      torch::set_grad_enabled(grad);
    }
  } restore_trace_state{D, D.error_on_graph_break};
  try {
    // Times symbolic execution alone (stats.trace_ms; ./dev bench's traced instructions per second).
    struct TraceTimer {
      double& total;
      std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
      ~TraceTimer() {
        total += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      }
    } timer{D.trace_ms};
    tx.run();
  } catch (Unsupported& u) {
    D.tracing--;
    // fullgraph=True, or error_on_graph_break as it was set where the graph break happened (the
    // innermost translator's step() reads it), turns the graph break into the error.
    if (cfg.fullgraph || D.error_on_graph_break) {
      std::string text = u.message();
      D.errors.push_back(ErrorRecord{D.error_site, cid, "Unsupported", text, u.gb});
      if (D.opts.timeline && !D.timeline.empty())
        D.timeline.back().event = TimelineEvent{TimelineEvent::Kind::Error, "Unsupported", u.gb.gb_type, text};
      raise_dynamo_exc(I, "Unsupported", text + user_code_trailer(I, u.user_stack));
    }
    return u;
  } catch (...) {
    D.tracing--;
    throw;
  }
  D.tracing--;
  return std::nullopt;
}

// break_graph_if_unsupported (symbolic_convert.py): the top-level instruction tx.current could not
// be traced. Drops what it added to the graph and reports the graph break (graph_breaks log, the
// record, the timeline event); a break in a loop or a try block skips the whole frame instead.
// Returns false when the frame is skipped; else the graph is compiled up to the instruction, which
// then runs eagerly before the resume function (create_call_resume_at).
// torch._dynamo.utils.counters[category][key] += n, on the Python object itself (programs read and
// clear it): "frames" total/ok (ConvertFrame.__call__), "stats" unique_graphs/calls_captured
// (OutputGraph.compile_and_call_fx_graph), "graph_break" by message (break_graph_if_unsupported).
static void bump_counter(rt::Interp& I, const std::string& category, const std::string& key, int64_t n) {
  Value counters = I.getattr(I.import_module("torch._dynamo.utils"), "counters");
  Value c = I.getitem(counters, I.str(category));
  Value k = I.str(key);
  I.setitem(c, k, I.binary_op(0, I.getitem(c, k), Value::integer(n)));
}

// log_graph_break (symbolic_convert.py): the graph_breaks log ("Graph break in user code at ...",
// the reason, the user code traceback), the graph-break record and the timeline event, for the
// graph break `u` raised at the root instruction tx.current. `partial_site`: a graph break that
// cannot resume, whose graph ends at that checkpoint.
static void log_graph_break(rt::Interp& I, DynamoState& D, InstructionTranslator& tx, const Unsupported& u,
                            const std::string& cid, const std::string& reason, bool skipped_frame,
                            std::optional<SourceSite> partial_site = std::nullopt) {
  const py::CodeObject& c = *tx.code;
  const py::Instruction* brk = &tx.instructions[tx.current];
  std::string break_msg = u.message();
  int line = brk->pos.lineno;
  if (line < 0 && !u.user_stack.empty()) line = u.user_stack.back().lineno;  // the frame's current line
  std::string tb = outer_traceback(I);
  for (auto it = u.user_stack.rbegin(); it != u.user_stack.rend(); ++it) {
    tb += "  File \"" + it->filename + "\", line " + std::to_string(it->lineno) + ", in " + it->name + "\n";
    std::string src = source_line(I, it->filename, it->lineno);
    if (!src.empty()) tb += "    " + src + "\n";
  }
  std::string logmsg = "Graph break in user code at " + c.co_filename + ":" + std::to_string(line) +
                       "\nGraph Break Reason: " + reason + "\n\nUser code traceback:\n" + tb;
  D.log("graph_breaks", cid, logmsg);
  GraphBreakRecord rec{cid, SourceSite{c.co_filename, line, brk->pos.col_offset, brk->pos.end_col_offset, c.co_name},
                       u.gb, break_msg, reason, tb, skipped_frame, partial_site.has_value(), partial_site};
  D.graph_breaks.push_back(std::move(rec));
  if (D.opts.timeline && !D.timeline.empty()) {
    D.timeline.back().event = TimelineEvent{TimelineEvent::Kind::GraphBreak, "", u.gb.gb_type, break_msg};
    D.timeline.back().event->cannot_resume = partial_site.has_value();
  }
}

// Whether Dynamo resumes after the root instruction that raised `u`: it has
// break_graph_if_unsupported, or it is a data-dependent conditional jump (jump_graph_break).
static bool resumes_after(const InstructionTranslator& tx, const Unsupported& u) {
  py::Op op = tx.instructions[tx.current].op;
  return has_break_graph_if_unsupported(op) || (is_generic_jump(op) && u.gb.gb_type == "Data-dependent branching");
}

// step()'s `except Unsupported` for an instruction Dynamo cannot resume after (symbolic_convert.py),
// when the trace passed a checkpoint: the graph break is logged, then the analysis restarts
// (current_speculation.fail_and_restart_analysis) and the new trace stops at that checkpoint.
static void log_cannot_resume(rt::Interp& I, DynamoState& D, InstructionTranslator& tx, const Unsupported& u,
                              const std::string& cid) {
  const py::CodeObject& c = *tx.code;
  const py::Instruction& chk = tx.instructions[tx.speculation_index];
  int chk_line = chk.pos.lineno;
  for (size_t k = tx.speculation_index + 1; chk_line < 0 && k-- > 0;) chk_line = tx.instructions[k].pos.lineno;
  std::string reason =
      "Encountered graph break that we cannot resume from. Compiling up to the previous resumable state, then "
      "skipping the rest of the function. Graph break encountered:\n\n" +
      u.message();
  log_graph_break(I, D, tx, u, cid, reason, false,
                  SourceSite{c.co_filename, chk_line, chk.pos.col_offset, chk.pos.end_col_offset, c.co_name});
}

static bool break_graph_if_unsupported(rt::Interp& I, DynamoState& D, InstructionTranslator& tx, const Unsupported& u,
                                       const std::string& cid, CompiledEntry& entry) {
  const py::CodeObject& c = *tx.code;
  OutputGraph& out = tx.output;
  if (u.skip_frame) {  // torch._dynamo.skip_frame(): the whole frame runs eagerly, no graph
    entry.skip_frame = true;
    return false;
  }
  const py::Instruction* brk = &tx.instructions[tx.current];
  std::string break_msg = u.message();
  // The instruction runs eagerly after the graph: the state it changed in place is put back.
  for (auto& [cell, contents] : tx.cells_before) cell->contents = contents;
  out.undo_attr_overrides(tx.attr_undo_before);
  // Undo the nodes the failing instruction added.
  auto nodes = out.graph().nodes();
  // Those are the nodes made since it started (by id: the placeholders of parameters first used
  // inside it were inserted before older nodes). Placeholders stay for remove_unused_graphargs.
  for (size_t i = nodes.size(); i > 0; --i) {
    fx::Node* n = nodes[i - 1];
    if (n->id() >= tx.node_id_before && n->op() != fx::Op::Placeholder && n->users().empty()) out.graph().erase_node(n);
  }
  bool loop = has_backedge(tx, tx.current);
  // should_compile_partial_graph (Python 3.11): the instruction's handler must be the innermost
  // with block's (or there is none); a try block, or a with statement inside one, is not resumable.
  const py::ExceptionTableEntry* exn = tx.exn_tab_entry(*brk);
  const std::vector<BlockStackEntry>& blocks = tx.block_stack_before;
  bool try_block = exn && (blocks.empty() || exn->target != blocks.back().target);
  std::string not_reenterable;  // a block whose context manager the playground cannot enter again
  for (const BlockStackEntry& b : blocks)
    if (b.with_context->module_name().empty()) not_reenterable = b.with_context->repr(I);
  // The reason: jump_graph_break logs the bare message; break_graph_if_unsupported its msg_prefix.
  std::string reason;
  if (is_generic_jump(brk->op))
    reason = break_msg;
  else
    reason = "Encountered graph break when attempting to trace " + brk->opname + ": " +
             opname_description(brk->op) + ":\n\n" + break_msg;
  // A graph break under a user-defined context manager cannot resume (break_graph_if_unsupported
  // raises "Graph break under GenericContextWrappingVariable" from the graph break, which skips the
  // frame); checked before loops and try blocks, as PyTorch does.
  const auto& active = out.active_generic_context_managers;
  // BEFORE_WITH is not an instruction PyTorch resumes at: a graph break while entering a context
  // manager (in an inlined __enter__) under an active generic one escapes the translator.
  if (u.cannot_resume || (brk->op == py::Op::BEFORE_WITH && !active.empty())) {
    reason =
        "Failed to handle graph break gracefully. Skipping the function and falling back to eager. Graph break encountered:\n\n" +
        break_msg;
    entry.skip_frame = true;
  } else if (!active.empty() || loop || try_block || !not_reenterable.empty()) {
    GraphBreak chained;
    if (active.empty() && !loop && !try_block) {
      try {
        unimplemented_in_playground("resuming after a graph break inside the with block of this context manager",
                                    not_reenterable);
      } catch (Unsupported& limit) {
        chained = limit.gb;
      }
    } else if (!active.empty()) {
      std::string ctxs = "[";
      for (size_t i = 0; i < active.size(); ++i) ctxs += (i ? ", " : "") + active[i]->repr(I);
      chained =
          GraphBreak{"Graph break under GenericContextWrappingVariable",
                     "Active generic context managers: " + ctxs + "]",
                     "Attempted to graph break in an active context manager(s) that doesn't support graph breaking.",
                     {"Move the offending context manager(s) to outside the compiled region.",
                      graph_break_hints::CAUSED_BY_EARLIER_GRAPH_BREAK},
                     ""};
    } else {
      chained = GraphBreak{
          loop ? "graph break in loop" : "Unsupported graph break in try block",
          "frame skipped: " + c.co_name + " (" + c.co_filename + " line " + std::to_string(c.co_firstlineno) + ")",
          loop
              ? "torch.compile detected a graph break in a for/while loop. Skipping the frame and falling back to eager, as graph breaks in loops are not supported."
              : "torch.compile detected a graph break inside a try block. Skipping the frame and falling back to eager.",
          {graph_break_hints::CAUSED_BY_EARLIER_GRAPH_BREAK},
          ""};
    }
    reason =
        "Failed to handle graph break gracefully. Skipping the function and falling back to eager. Graph break encountered:\n\n" +
        break_msg + "\n\n*** While handling this graph break, another graph break occurred: ***\n\n" +
        format_graph_break_message(chained);
    entry.skip_frame = true;
  }
  log_graph_break(I, D, tx, u, cid, reason, entry.skip_frame);
  if (entry.skip_frame) return false;
  bump_counter(I, "graph_break", break_msg, 1);
  entry.has_break = true;
  entry.break_offset = brk->offset;
  // BlockStackEntry.resume_fn: each with block is entered again around the instruction and in the
  // resume function, whose body the with statement's handler still covers.
  for (const BlockStackEntry& b : blocks) {
    ReenterWith w;
    w.stack_index = b.stack_index;
    w.ctx_class = b.with_context->reconstruct_type(I);
    w.target_values = b.with_context->target_values();
    w.target = b.target;
    for (const auto& e : c.exceptiontable)
      if (e.target == b.target) {
        w.depth = e.depth;
        w.lasti = e.lasti;
        break;
      }
    entry.blocks.push_back(std::move(w));
  }
  if (!blocks.empty()) {
    auto code = std::make_shared<py::CodeObject>(c);
    code->exceptiontable.clear();
    entry.break_code = code;
  }
  // A CALL with keyword arguments runs with the names its KW_NAMES set (PyTorch's resume code
  // re-emits KW_NAMES before the call).
  if (brk->op == py::Op::CALL)
    for (size_t k = tx.current; k-- > 0;) {
      py::Op op = tx.instructions[k].op;
      if (op == py::Op::PRECALL || op == py::Op::CACHE || op == py::Op::EXTENDED_ARG) continue;
      if (op == py::Op::KW_NAMES)
        entry.break_kw_names = I.consts_of(tx.code.get())[static_cast<size_t>(tx.instructions[k].arg)];
      break;
    }
  return true;
}

// call_user_compiler (output_graph.py): hands the GraphModule to the backend; returns the callable
// the compiled entry runs.
static Value call_user_compiler(rt::Interp& I, DynamoState& D, const CompileConfig& cfg, const std::string& cid,
                                Value gm, const std::vector<Value>& example_inputs) {
  Value backend = cfg.backend;
  if (!D.opts.force_backend.empty()) backend = I.str(D.opts.force_backend);
  if (backend.is_obj() && backend.o->kind == Kind::Str) {
    // The registry's names (torch._dynamo.list_backends(exclude_tags=()), backend_registry in
    // the prelude): the debug backends and inductor run the graph as it is (its forward); the
    // ones needing an accelerator or another package fail in the backend, as BackendCompilerFailed.
    std::string bname = I.to_str(backend);
    static const std::set<std::string> runs_graph = {
        "eager",   "eager_noexcept", "aot_eager", "aot_eager_default_partitioner", "aot_eager_decomp_partition",
        "inductor"};
    static const std::set<std::string> needs_more = {"cudagraphs", "onnxrt", "openxla", "tvm"};
    if (needs_more.count(bname))
      raise_dynamo_exc(
          I, "BackendCompilerFailed",
          "backend='" + bname + "' raised:\nRuntimeError: not supported by the playground yet: the '" + bname +
              "' backend (the playground runs graphs with the eager, aot_eager and inductor backends)" + kVerboseHint);
    if (!runs_graph.count(bname))
      raise_dynamo_exc(I, "InvalidBackend",
                       "Invalid backend: '" + bname + "', see `torch._dynamo.list_backends()` for available backends.");
    if (bname != "eager") D.log("dynamo", cid, "backend '" + bname + "' runs as 'eager' in the playground");
    return I.getattr(gm, "forward");
  }
  D.tracing++;
  Value compiled;
  try {
    compiled = I.call(backend, {gm, I.list(example_inputs)});
  } catch (rt::PyException& e) {
    D.tracing--;
    // A backend that raises: BackendCompilerFailed (output_graph.py _call_user_compiler) naming
    // the backend's __name__ and the exception, which convert_frame lets through.
    if (I.isinstance(e.exc, I.RecursionError) || I.isinstance(e.exc, I.MemoryError)) throw;
    std::string name = "?";
    if (I.hasattr(backend, "__name__")) name = I.to_str(I.getattr(backend, "__name__"));
    raise_dynamo_exc(
        I, "BackendCompilerFailed",
        "backend='" + name + "' raised:\n" + I.type_of(e.exc)->qualname + ": " + I.to_str(e.exc) + kVerboseHint);
  } catch (...) {
    D.tracing--;
    throw;
  }
  D.tracing--;
  return compiled;
}

// compile_and_call_fx_graph (output_graph.py): the output node (the graph outputs the frame's
// values are rebuilt from), dead code elimination, the guards of the entry, then, when the graph
// has operations, its record and logs and the backend. `break_msg` is the graph break that ended
// the graph ("" when the frame returned).
static void compile_and_call_fx_graph(rt::Interp& I, DynamoState& D, OutputGraph& out,
                                      const std::vector<fx::Node*>& outputs, CompiledEntry& entry,
                                      const CompileConfig& cfg, const std::string& cid,
                                      const std::optional<std::string>& break_msg) {
  const py::CodeObject& c = *out.frame.code;
  std::vector<fx::Argument> outs;
  std::vector<PArg> out_p;
  for (fx::Node* n : outputs) {
    outs.push_back(fx::Argument(n));
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = n;
    out_p.push_back(p);
  }
  fx::Node* output_node = out.graph().output(fx::Argument::tuple(outs));
  NodeExec oe;
  oe.kind = NodeExec::Kind::Output;
  oe.args = out_p;
  out.exec[output_node] = oe;
  out.graph().eliminate_dead_code();
  remove_unused_graphargs(out);
  check_marked_dynamic(out);
  add_shape_env_guards(out);
  out.refresh_symbolic_meta();
  entry.guards = out.guards;
  std::vector<Value> example_inputs;
  for (fx::Node* n : out.graph().nodes()) {
    if (n->op() != fx::Op::Placeholder) continue;
    for (auto& ga : out.graphargs)
      if (ga.node == n) {
        entry.input_sources.push_back(ga.source);
        example_inputs.push_back(ga.example);
      }
  }
  GuardsRecord guards_record{cid, c.co_name, {}};
  for (auto& g : entry.guards.guards) guards_record.guards.push_back(g.describe(I));
  D.guards.push_back(std::move(guards_record));
  // PyTorch logs the guards once the graph is compiled (after TRACED GRAPH).
  auto log_guards = [&]() {
    if (D.logs.guards) D.log("guards", cid, "GUARDS:\n" + entry.guards.format_tree(I));
  };
  if (out.count_calls() == 0) {
    log_guards();
    return;
  }

  bump_counter(I, "stats", "calls_captured", out.count_calls());
  bump_counter(I, "stats", "unique_graphs", 1);
  auto prog = std::make_shared<GraphProgram>();
  prog->gm = out.gm;
  for (fx::Node* n : out.graph().nodes()) prog->order.push_back(n);
  prog->exec = std::move(out.exec);  // the OutputGraph ends with this compile
  std::string fn_name = "__compiled_fn_" + std::to_string(++D.compiled_fn_counter);
  Value gm = make_graph_module_object(I, prog);
  GraphRecord g;
  g.compile_id = cid;
  g.frame = c.co_name;
  g.name = fn_name;
  g.code = out.gm->code();
  g.readable = out.gm->print_readable(false, false, false);
  for (fx::Node* n : out.graph().nodes()) {
    GraphNodeRecord nr{n->name(), n->op_str(), std::nullopt};
    if (n->meta.stack) nr.lineno = std::atoi(n->meta.stack->lineno.c_str());
    g.nodes.push_back(std::move(nr));
  }
  for (fx::Node* n : out.graph().nodes())
    if (n->op() == fx::Op::CallFunction) g.call_function_ops.push_back(n->target().qualified_name());
  g.break_reason = break_msg;
  g.break_index =
      break_msg ? static_cast<int>(D.graph_breaks.size()) - 1 : -1;  // explain(): reasons of compiled graphs
  D.graphs.push_back(std::move(g));
  if (D.logs.graph_code)
    D.log("graph_code", cid,
          fx::graph_code_log_body(*out.gm, fn_name, "/playground/lib/torch/fx/_lazy_graph_module.py"));
  // The `graph` artifact (output_graph.py graph_tabular_log, utils.py lazy_format_graph_tabular):
  // the nodes as tabulate's table, in _format_graph_code's "TRACED GRAPH\n {name} {filename} {table}\n".
  if (D.logs.graph)
    D.log("graph", cid,
          "TRACED GRAPH\n " + fn_name + " /playground/lib/torch/fx/_lazy_graph_module.py " +
              graph_module_tabular(I, gm) + "\n");
  entry.program = prog;
  entry.compiled_fn = call_user_compiler(I, D, cfg, cid, gm, example_inputs);
  log_guards();
}

// livevars_analysis (bytecode_analysis.py): the localsplus slots read at or after instruction
// `start` before being written (on every path for the writes, on some path for the reads); jumps
// and exception handlers are followed as PyTorch follows them.
static std::vector<bool> livevars_analysis(const InstructionTranslatorBase& tx, size_t start) {
  const auto& insts = tx.instructions;
  size_t n = tx.code->localsplusnames.size();
  struct State {
    std::vector<bool> reads, writes;
    std::set<size_t> visited;
  };
  State must{std::vector<bool>(n), std::vector<bool>(n), {}};
  State may{std::vector<bool>(n), std::vector<bool>(n), {}};
  auto index_of = [&](int offset) -> size_t {
    auto it = tx.offset_to_index.find(offset);
    return it == tx.offset_to_index.end() ? insts.size() : it->second;
  };
  std::function<void(State*, size_t)> walk = [&](State* state, size_t from) {
    if (from >= insts.size() || state->visited.count(from)) return;
    state->visited.insert(from);
    for (size_t i = from; i < insts.size(); ++i) {
      const py::Instruction& inst = insts[i];
      if (py::uses_localsplus(inst.op) && inst.arg >= 0 && static_cast<size_t>(inst.arg) < n) {
        size_t slot = static_cast<size_t>(inst.arg);
        bool load = inst.op == py::Op::LOAD_FAST || inst.op == py::Op::LOAD_DEREF || inst.op == py::Op::LOAD_CLOSURE ||
                    inst.op == py::Op::LOAD_CLASSDEREF || inst.op == py::Op::DELETE_FAST ||
                    inst.op == py::Op::DELETE_DEREF;
        if (load) {
          if (!must.writes[slot]) state->reads[slot] = true;
        } else if (inst.op == py::Op::STORE_FAST || inst.op == py::Op::STORE_DEREF) {
          state->writes[slot] = true;
        }
      }
      for (const auto& e : tx.code->exceptiontable)
        if (inst.offset >= e.start && inst.offset < e.end) walk(&may, index_of(e.target));
      if (inst.jump_target >= 0) {
        walk(&may, index_of(inst.jump_target));
        state = &may;
      }
      switch (inst.op) {
        case py::Op::RETURN_VALUE:
        case py::Op::RAISE_VARARGS:
        case py::Op::RERAISE:
        case py::Op::JUMP_FORWARD:
        case py::Op::JUMP_BACKWARD:
        case py::Op::JUMP_BACKWARD_NO_INTERRUPT: return;
        default: break;
      }
    }
  };
  walk(&must, start);
  std::vector<bool> live(n);
  for (size_t i = 0; i < n; ++i) live[i] = must.reads[i] || may.reads[i];
  return live;
}

// compile_subgraph (output_graph.py): how the frame's values are rebuilt after the graph (the
// stack and locals before the breaking instruction, or the return value), the side effects
// replayed after it, then the graph itself.
static void compile_subgraph(rt::Interp& I, DynamoState& D, InstructionTranslator& tx, CompiledEntry& entry,
                             const CompileConfig& cfg, const std::string& cid,
                             const std::optional<std::string>& break_msg) {
  const py::CodeObject& c = *tx.code;
  OutputGraph& out = tx.output;
  PyCodegen cg(tx);
  cg.at_break = entry.has_break;
  if (entry.has_break) {
    for (auto* v : tx.stack_before) entry.stack.push_back(cg.reconstruct(v));
    // prune_dead_locals: a local no later instruction reads is not rebuilt (it stays unbound in
    // the resume function), so it is neither a graph output nor something to reconstruct.
    std::vector<bool> live = livevars_analysis(tx, tx.current);
    for (size_t i = 0; i < tx.locals_before.size(); ++i) {
      if (c.localspluskinds[i] & py::kFastFree) continue;
      entry.locals.push_back(live[i] || (c.localspluskinds[i] & py::kFastCell) ? cg.reconstruct(tx.locals_before[i])
                                                                               : cg.reconstruct(nullptr));
      entry.locals_dead.push_back(!(live[i] || (c.localspluskinds[i] & py::kFastCell)));
    }
  } else {
    entry.return_value = cg.reconstruct(tx.return_value);
  }
  // Side effects: attribute stores and mutated containers from outside the frame.
  for (auto& st : out.pending_stores) {
    SideEffect se;
    se.kind = SideEffect::Kind::StoreAttr;
    se.target = st.target;
    se.attr = st.attr;
    se.directly_update_dict = st.directly_update_dict;
    se.value = cg.reconstruct(st.value);
    entry.side_effects.push_back(se);
  }
  for (VariableTracker* v : out.mutated_containers) {
    SideEffect se;
    se.target = v->source;
    Recipe r;
    if (auto* l = dynamic_cast<ListVariable*>(v)) {
      se.kind = SideEffect::Kind::ListReplace;
      r.kind = Recipe::Kind::List;
      for (auto* e : l->items) r.items.push_back(cg.reconstruct(e));
    } else if (dynamic_cast<SetVariable*>(v)) {
      // side_effects.py codegen_update_mutated for a set: cleared, then updated with the
      // elements the trace left in it.
      se.kind = SideEffect::Kind::SetReplace;
      r = cg.reconstruct_set_items(v);
    } else if (auto* d = dynamic_cast<ConstDictVariable*>(v)) {
      se.kind = SideEffect::Kind::DictReplace;
      r.kind = Recipe::Kind::Dict;
      for (auto& [k, e] : d->items) {
        r.keys.push_back(k);
        r.items.push_back(cg.reconstruct(e));
      }
    }
    se.value = r;
    entry.side_effects.push_back(se);
  }
  for (CellVariable* cell : out.mutated_cells) {
    SideEffect se;
    se.kind = SideEffect::Kind::StoreCell;
    se.slot = cell->frame_slot;
    se.target = cell->cell_source;
    se.value = cg.reconstruct(cell->contents);
    entry.side_effects.push_back(se);
  }
  for (auto& call : out.reordered_calls) {
    SideEffect se;
    se.kind = SideEffect::Kind::Call;
    se.callable = call.fn;
    se.value.kind = Recipe::Kind::Tuple;
    for (auto* a : call.args) se.value.items.push_back(cg.reconstruct(a));
    entry.side_effects.push_back(se);
  }
  compile_and_call_fx_graph(I, D, out, cg.outputs, entry, cfg, cid, break_msg);
}

// _compile (convert_frame.py): traces one frame and compiles what was traced; returns the entry.
static std::shared_ptr<CompiledEntry> compile_frame(rt::Interp& I, DynamoState& D, rt::Function* fn, rt::Frame& frame,
                                                    const CompileConfig& cfg, int frame_id, int compile_id) {
  const py::CodeObject& c = *fn->code;
  FrameView view{fn->code.get(), &frame.fast, fn->globals};
  std::string cid = compile_id_str(frame_id, compile_id);
  auto entry = std::make_shared<CompiledEntry>();
  entry->frame_id = frame_id;
  entry->compile_id = compile_id;
  auto out_p = std::make_unique<OutputGraph>(I, view, c.co_name);
  configure_dynamic_shapes(I, D, *out_p, cfg, cid);
  auto tx_p = std::make_unique<InstructionTranslator>(I, D, *out_p, fn, frame);
  if (D.opts.timeline) {
    D.timeline_frame = static_cast<int>(D.frames.size());
    D.frames.push_back(FrameRecord{cid, c.co_name, c.co_filename, c.co_firstlineno, tx_p->instructions});
  }
  if (D.logs.dynamo)
    D.log("dynamo", cid,
          "torchdynamo start tracing " + c.co_name + " " + c.co_filename + ":" + std::to_string(c.co_firstlineno));

  const bool entry_grad_mode = torch::grad_enabled();
  // _compile's RestartAnalysis loop: a graph break at an instruction Dynamo cannot resume after
  // (no break_graph_if_unsupported) is logged and the frame traced again, with a new OutputGraph,
  // up to the checkpoint the first trace failed back to (step_graph_break). Without a checkpoint
  // the Unsupported escapes the translator: the frame is skipped ("Failed to handle graph break
  // gracefully"). PyTorch gives up after 100 restarts.
  //
  // A graph break Dynamo resumes after, raised inside an inlined call, restarts the analysis too
  // (break_graph_if_unsupported's speculation.fail_and_restart_analysis): the inlined code may
  // have mutated lists, dicts, sets, objects, modules and cells before it broke, and the call runs
  // again eagerly after the graph. The new trace stops at the same top-level instruction with the
  // same graph break before running it; it logs nothing (its logs and timeline are the first
  // trace's, so the graph break is reported once).
  std::optional<Unsupported> graph_break;
  bool replayed = false;
  for (int attempt = 0;; ++attempt) {
    {
      struct Silence {
        DynamoState& D;
        bool on, timeline = D.opts.timeline;
        Silence(DynamoState& d, bool o) : D(d), on(o) {
          if (on) ++D.silent, D.opts.timeline = false;
        }
        ~Silence() {
          if (on) --D.silent, D.opts.timeline = timeline;
        }
      } silence{D, tx_p->replay_break.has_value()};
      graph_break = transform(I, D, *tx_p, cfg, cid);
    }
    if (graph_break && !graph_break->skip_frame && !graph_break->cannot_resume && resumes_after(*tx_p, *graph_break) &&
        !replayed && graph_break->user_stack.size() > 1) {
      replayed = true;
      int64_t at = tx_p->root_step;
      Unsupported again = *graph_break;
      tx_p.reset();
      out_p = std::make_unique<OutputGraph>(I, view, c.co_name);
      configure_dynamic_shapes(I, D, *out_p, cfg, cid);
      tx_p = std::make_unique<InstructionTranslator>(I, D, *out_p, fn, frame);
      tx_p->replay_break_at = at;
      tx_p->replay_break = std::move(again);
      continue;
    }
    if (!graph_break || graph_break->skip_frame || graph_break->cannot_resume || resumes_after(*tx_p, *graph_break))
      break;
    if (tx_p->current_speculation < 0 || attempt >= 100) {
      graph_break->cannot_resume = true;
      break;
    }
    log_cannot_resume(I, D, *tx_p, *graph_break, cid);
    int failed = tx_p->current_speculation;
    D.error_site.reset();  // the new trace's errors name their own instruction
    tx_p.reset();
    out_p = std::make_unique<OutputGraph>(I, view, c.co_name);
    configure_dynamic_shapes(I, D, *out_p, cfg, cid);
    tx_p = std::make_unique<InstructionTranslator>(I, D, *out_p, fn, frame);
    tx_p->failed_speculation = failed;
    if (D.logs.dynamo)  // InstructionTranslator.__init__ logs it for every attempt
      D.log("dynamo", cid,
            "torchdynamo start tracing " + c.co_name + " " + c.co_filename + ":" + std::to_string(c.co_firstlineno));
  }
  InstructionTranslator& tx = *tx_p;
  const bool partial = tx.stepped_graph_break;
  if (graph_break) {
    if (!break_graph_if_unsupported(I, D, tx, *graph_break, cid, *entry)) return entry;
  } else if (partial) {
    entry->has_break = true;
    entry->partial_convert = true;
    entry->break_offset = tx.instructions[tx.current].offset;
  } else if (D.opts.timeline && !D.timeline.empty()) {
    D.timeline.back().event = TimelineEvent{TimelineEvent::Kind::Return, "", "", ""};
  }
  // compile_subgraph runs in the state tracing left (transform restored the frame's): the grad
  // mode before the instruction that broke, or when the frame returned. At a graph break every
  // with block is exited in the graph ("Exit from all context manager variables"), innermost
  // first, before the redundant grad mode changes are cleaned up.
  struct RestoreGrad {
    bool mode;
    ~RestoreGrad() { torch::set_grad_enabled(mode); }
  } restore_grad{entry_grad_mode};
  torch::set_grad_enabled(graph_break || partial ? tx.grad_before : tx.grad_at_return);
  if (graph_break || partial)
    for (auto it = tx.block_stack_before.rbegin(); it != tx.block_stack_before.rend(); ++it) it->with_context->exit(tx);
  tx.output.cleanup_graph(torch::grad_enabled());
  const size_t graphs_before = D.graphs.size();
  try {
    // A partial graph's GraphCompileReason is "step_unsupported", at the checkpoint's frame summary.
    compile_subgraph(I, D, tx, *entry, cfg, cid,
                     graph_break ? std::optional<std::string>(graph_break->message())
                     : partial   ? std::optional<std::string>("step_unsupported")
                                 : std::nullopt);
    if (partial && D.graphs.size() > graphs_before) {
      const py::Instruction& at = tx.instructions[tx.current];
      D.graphs.back().step_unsupported_site =
          SourceSite{c.co_filename, at.pos.lineno, at.pos.col_offset, at.pos.end_col_offset, c.co_name};
    }
  } catch (Unsupported& u) {
    // The state after the graph cannot be rebuilt (PyCodegen.reconstruct: a generator or a nested
    // function closing over a cell of the frame): as convert_frame does with an Unsupported that
    // escapes the translator, the frame is skipped and runs eagerly (its callees are still
    // compiled), reported like a graph break that skips the frame; fullgraph raises it.
    const py::Instruction& at = tx.instructions[tx.current];
    if (cfg.fullgraph)
      raise_dynamo_exc(I, "Unsupported",
                       u.message() + user_code_trailer(I, {UserStackFrame{c.co_filename, at.pos.lineno, c.co_name}}));
    std::string reason =
        "Failed to handle graph break gracefully. Skipping the function and falling back to eager. "
        "Graph break encountered:\n\n" +
        (graph_break ? graph_break->message() +
                           "\n\n*** While handling this graph break, another graph break occurred: "
                           "***\n\n" +
                           u.message()
                     : u.message());
    std::string tb = outer_traceback(I);
    D.log("graph_breaks", cid,
          "Graph break in user code at " + c.co_filename + ":" + std::to_string(at.pos.lineno) +
              "\nGraph Break Reason: " + reason + "\n\nUser code traceback:\n" + tb);
    D.graph_breaks.push_back(GraphBreakRecord{
        cid, SourceSite{c.co_filename, at.pos.lineno, at.pos.col_offset, at.pos.end_col_offset, c.co_name}, u.gb,
        u.message(), reason, tb, true, false, std::nullopt});
    entry = std::make_shared<CompiledEntry>();
    entry->frame_id = frame_id;
    entry->compile_id = compile_id;
    entry->skip_frame = true;
    return entry;
  }
  // The resume function is created when the break instruction has run (its offset is known then).
  if (graph_break) entry->resume_offset = -1;
  return entry;
}

static Value run_frame_eagerly(rt::Interp& I, rt::Function* fn, std::shared_ptr<rt::Frame> frame) {
  if (int kind = fn->code->co_flags & (py::CO_GENERATOR | py::CO_COROUTINE | py::CO_ASYNC_GENERATOR)) {
    // The object the call makes, as Interp::call_function makes it.
    rt::Type* t = kind & py::CO_COROUTINE         ? I.named_types["builtins.coroutine"]
                  : kind & py::CO_ASYNC_GENERATOR ? I.named_types["builtins.async_generator"]
                                                  : I.generator_type;
    rt::Generator* g = I.make<rt::Generator>(t);
    g->frame = frame;
    g->name = fn->name;
    g->qualname = fn->qualname;
    frame->gen = g;
    return Value::obj(g);
  }
  return I.run_frame(frame.get());
}

Value run_with_dynamo(rt::Interp& I, rt::Function* fn, std::shared_ptr<rt::Frame> frame, const CompileConfig& cfg);

// create_call_resume_at (symbolic_convert.py): after the breaking instruction ran eagerly in
// `mini`, calls the resume function (resume_execution.py) that continues the frame at the next
// instruction, with the stack and the locals as its arguments, itself under Dynamo.
static Value create_call_resume_at(rt::Interp& I, DynamoState& D, const std::shared_ptr<CompiledEntry>& entry,
                                   rt::Function* fn, rt::Frame& mini, const CompileConfig& cfg) {
  int lineno = fn->code->positions[static_cast<size_t>(entry->break_offset / 2)].lineno;
  int resume_offset = mini.pc;
  // generate_based_on_original_code_object: a break in a resume function resumes the original
  // function (its body sits `shift` bytes further in the resume function, whose first
  // `stack_args` locals are the ___stack ones), so names never nest.
  size_t first_local = 0;
  std::vector<ReenterWith> blocks = entry->blocks;
  if (auto o = D.resume_origins.find(fn->code.get()); o != D.resume_origins.end() && resume_offset >= o->second.shift) {
    resume_offset -= o->second.shift;
    for (ReenterWith& w : blocks) w.target -= o->second.shift;
    first_local = o->second.stack_args;
    fn = o->second.fn;
  }
  const auto& c = *fn->code;
  std::vector<bool> stack_is_null;
  for (auto& v : mini.stack) stack_is_null.push_back(v.is_null());
  std::string blocks_key;
  for (const ReenterWith& w : blocks) {
    blocks_key += std::to_string(w.stack_index) + ":" + I.repr(w.ctx_class);
    for (const Value& v : w.target_values) blocks_key += "," + I.repr(v);
    blocks_key += ";";
  }
  auto key = std::make_tuple(fn->code.get(), resume_offset, stack_is_null, blocks_key);
  rt::Function* resume = nullptr;
  auto it = D.resume_fns.find(key);
  if (it != D.resume_fns.end()) {
    resume = it->second;
  } else {
    resume = make_resume_function(I, fn, resume_offset, stack_is_null, lineno, blocks);
    D.resume_fns[key] = resume;
    if (resume)
      D.resume_origins[resume->code.get()] =
          DynamoState::ResumeOrigin{fn, static_cast<int>(resume->code->co_code.size() - c.co_code.size()),
                                    resume->code->localsplusnames.size() - c.localsplusnames.size()};
  }
  if (!resume) {
    // Could not build a resume function: finish the frame eagerly, in its with blocks again
    // (each block's `__exit__` back in its stack slot, the handlers back).
    mini.code = mini.func->code;
    for (const ReenterWith& w : entry->blocks) {
      Value ctx = reenter(I, w);
      if (w.stack_index < mini.stack.size()) mini.stack[w.stack_index] = I.getattr(ctx, "__exit__");
    }
    mini.steps_left = -1;
    mini.stopped = false;
    return I.run_frame(&mini);
  }
  rt::CallArgs args;
  std::vector<size_t> unbound;  // locals not yet assigned at the break stay unbound in the resume frame
  for (auto& v : mini.stack)
    if (!v.is_null()) args.pos.push_back(v);  // NULLs are pushed by the resume function's prologue
  for (size_t i = 0; i < c.localspluskinds.size() && first_local + i < mini.fast.size(); ++i) {
    if (c.localspluskinds[i] & py::kFastFree) continue;
    Value v = mini.fast[first_local + i];
    if (v.is_null()) {
      unbound.push_back(args.pos.size());
      args.pos.push_back(Value::none());
    } else {
      args.pos.push_back(v);
    }
  }
  auto rframe = I.make_frame(resume, args);
  for (size_t k : unbound) rframe->fast[k] = Value();
  return run_with_dynamo(I, resume, rframe, cfg);
}

static Value run_entry(rt::Interp& I, DynamoState& D, const std::shared_ptr<CompiledEntry>& entry, rt::Function* fn,
                       std::shared_ptr<rt::Frame> frame, const CompileConfig& cfg) {
  FrameView view{fn->code.get(), &frame->fast, fn->globals};
  std::vector<Value> outs;
  BuildMemo memo;
  if (entry->program) {
    std::vector<Value> inputs;
    for (auto& s : entry->input_sources) inputs.push_back(s->resolve(I, view));
    // The compiled graph runs with Dynamo disabled (output_graph.py: `disable(compiled_fn, reason="do
    // not trace Dynamo-compiled graph")`): Python it calls (allow_in_graph functions, a backend's
    // code) is not compiled.
    DynamoDisabled disabled(D);
    Value r = I.call(entry->compiled_fn, inputs);
    outs = I.to_vector(r);
  }
  // side_effects.py codegen_update_mutated: every target and value is loaded first, the mutations
  // are made at the very end ("to handle dependencies"): `o.items.append(1); o.items = o.items +
  // [k]` replaces the old list's items, not the new list's that the attribute store put there.
  struct Pending {
    Value target, value;
    rt::Cell* cell = nullptr;
  };
  std::vector<Pending> pending(entry->side_effects.size());
  for (size_t i = 0; i < entry->side_effects.size(); ++i) {
    const SideEffect& se = entry->side_effects[i];
    if (se.kind == SideEffect::Kind::StoreCell) {
      Value slot = se.slot >= 0 ? (*view.fast)[static_cast<size_t>(se.slot)] : Value();
      pending[i].cell = slot.is_obj() && slot.o->kind == Kind::Cell ? static_cast<rt::Cell*>(slot.o)
                        : se.target                                 ? resolve_closure_cell(I, *se.target, view)
                                                                    : nullptr;
    } else if (se.kind != SideEffect::Kind::Call) {
      pending[i].target = se.target->resolve(I, view);
    }
    pending[i].value = build(I, se.value, view, outs, memo);
  }
  // codegen_suffix: the stack values (the return value, or the stack and live locals at a graph
  // break) are loaded before the mutations too, so `old = o.items; o.items = [...]` returns the
  // list the attribute held, not the one the store puts there.
  auto apply_side_effects = [&]() {
  for (size_t i = 0; i < entry->side_effects.size(); ++i) {
    const SideEffect& se = entry->side_effects[i];
    const Value& target = pending[i].target;
    const Value& v = pending[i].value;
    switch (se.kind) {
      case SideEffect::Kind::Call: I.call(se.callable, I.to_vector(v)); break;
      case SideEffect::Kind::StoreCell:
        if (pending[i].cell) pending[i].cell->value = v;
        break;
      case SideEffect::Kind::StoreAttr:
        if (se.directly_update_dict) I.setitem(I.getattr(target, "__dict__"), I.str(se.attr), v);
        else I.setattr(target, se.attr, v);
        break;
      case SideEffect::Kind::ListReplace:
        if (target.is_obj() && target.o->kind == Kind::List)
          static_cast<rt::List*>(target.o)->items = static_cast<rt::List*>(v.o)->items;
        break;
      case SideEffect::Kind::SetReplace:
        if (target.is_obj() && target.o->kind == Kind::Set) {
          I.call_method(target, "clear", {});
          I.call_method(target, "update", {v});
        }
        break;
      case SideEffect::Kind::DictReplace:
        if (target.is_obj() && target.o->kind == Kind::Dict) {
          auto* d = static_cast<rt::Dict*>(target.o);
          d->entries.clear();
          d->index.clear();
          d->live_count = 0;
          for (auto& e : static_cast<rt::Dict*>(v.o)->entries)
            if (e.live) I.dict_set(d, e.key, e.value);
        }
        break;
    }
  }
  };
  if (!entry->has_break) {
    Value result = build(I, entry->return_value, view, outs, memo);
    apply_side_effects();
    return result;
  }
  // Graph break: rebuild the stack and locals, run the instruction eagerly, then resume.
  rt::Frame mini;
  mini.code = fn->code;
  mini.func = fn;
  mini.globals = fn->globals;
  mini.consts = &I.consts_of(fn->code.get());
  mini.fast.assign(static_cast<size_t>(fn->code->nlocalsplus()), Value());
  const auto& c = *fn->code;
  size_t li = 0;
  for (size_t i = 0; i < mini.fast.size(); ++i) {
    if (c.localspluskinds[i] & py::kFastFree) {
      size_t k = i - (mini.fast.size() - c.co_freevars.size());
      mini.fast[i] = Value::obj(fn->closure[k]);
      continue;
    }
    bool dead = li < entry->locals_dead.size() && entry->locals_dead[li];
    mini.fast[i] = build(I, entry->locals[li++], view, outs, memo);
    if (dead && mini.fast[i].is_null() && i < view.fast->size()) mini.fast[i] = (*view.fast)[i];
  }
  for (auto& r : entry->stack) mini.stack.push_back(build(I, r, view, outs, memo));
  apply_side_effects();
  mini.pc = entry->break_offset;
  if (entry->partial_convert) {
    // step_graph_break's `[create_jump_absolute(continue_inst)] + self.instructions`: the rest of
    // the frame is its own bytecode, run eagerly from the checkpoint (its callees still compiled).
    mini.steps_left = -1;
    return I.run_frame(&mini);
  }
  mini.kw_names = entry->break_kw_names;
  mini.steps_left = 1;
  Value r;
  if (entry->blocks.empty()) {
    r = I.run_frame(&mini);
  } else {
    // ReenterWith.try_finally: `ctx.__enter__()`, then the instruction in `try:`, and
    // `ctx.__exit__(None, None, None)` in `finally:`, for each block (outermost entered first).
    mini.code = entry->break_code;
    std::vector<Value> ctxs;
    auto exit_all = [&]() {
      for (auto c = ctxs.rbegin(); c != ctxs.rend(); ++c)
        I.call(I.getattr(*c, "__exit__"), {Value::none(), Value::none(), Value::none()});
      ctxs.clear();
    };
    try {
      for (const ReenterWith& w : entry->blocks) ctxs.push_back(reenter(I, w));
      r = I.run_frame(&mini);
    } catch (rt::PyException&) {
      exit_all();
      throw;
    }
    exit_all();
  }
  if (!mini.stopped) return r;  // the instruction returned from the frame
  return create_call_resume_at(I, D, entry, fn, mini, cfg);
}

// config.recompile_limit (alias cache_size_limit: either one set by the program counts).
static int recompile_limit(rt::Interp& I, DynamoState& D) {
  int limit = D.recompile_limit;
  try {
    Value config = I.import_module("torch._dynamo.config");
    Value r = I.getattr_opt(config, "recompile_limit"), c = I.getattr_opt(config, "cache_size_limit");
    if (r.is_int() && r.i != 8) limit = static_cast<int>(r.i);
    else if (c.is_int() && c.i != 8) limit = static_cast<int>(c.i);
    else if (r.is_int()) limit = static_cast<int>(r.i);
  } catch (rt::PyException&) {
  }
  return limit;
}

Value run_with_dynamo(rt::Interp& I, rt::Function* fn, std::shared_ptr<rt::Frame> frame, const CompileConfig& cfg) {
  DynamoState& D = state(I);
  // ConvertFrameAssert.__call__: a generator function's frame is refused before any tracing (no
  // compile id): "Attempt to trace generator". fullgraph=True raises it (convert_frame_assert);
  // otherwise ConvertFrame swallows the Unsupported (a log.info) and the frame runs eagerly.
  if ((fn->code->co_flags & py::CO_GENERATOR) && cfg.fullgraph && !D.force_eager) {
    try {
      unimplemented("Attempt to trace generator", "", "Generators cannot be compiled directly with `torch.compile`.",
                    {"Call a generator from inside of a non-generator Python function and compile that function "
                     "instead.",
                     graph_break_hints::FUNDAMENTAL});
    } catch (Unsupported& u) {
      D.errors.push_back(
          ErrorRecord{SourceSite{fn->code->co_filename, fn->code->co_firstlineno, 0, 0, fn->code->co_name}, "",
                      "Unsupported", u.message(), u.gb});
      raise_dynamo_exc(I, "Unsupported", u.message());
    }
  }
  if (D.force_eager || (fn->code->co_flags & (py::CO_GENERATOR | py::CO_COROUTINE | py::CO_ASYNC_GENERATOR)) ||
      D.skip_codes.count(fn->code.get()))
    return run_frame_eagerly(I, fn, frame);
  FrameCache& cache = D.caches[fn->code.get()];
  if (cache.skip) return run_frame_eagerly(I, fn, frame);
  // The frame has not run COPY_FREE_VARS yet: put the closure cells in their slots so that guards
  // and graph inputs with a source on a free variable (L['tq'] of a closure) can resolve it.
  size_t nfree = fn->code->co_freevars.size();
  if (nfree <= frame->fast.size() && nfree <= fn->closure.size())
    for (size_t k = 0; k < nfree; ++k) {
      Value& slot = frame->fast[frame->fast.size() - nfree + k];
      if (slot.is_null()) slot = Value::obj(fn->closure[k]);
    }
  FrameView view{fn->code.get(), &frame->fast, fn->globals};
  std::vector<std::string> failures;
  // Cache entries are most-recent-first; a hit moves to the front (extra_state's move_to_front).
  for (size_t ei = 0; ei < cache.entries.size(); ++ei) {
    std::shared_ptr<CompiledEntry> entry = cache.entries[ei];
    if (!entry->backend.same(cfg.backend)) continue;  // compiled for another backend
    std::string reason = entry->guards.check(I, view);
    if (reason.empty()) {
      cache.entries.erase(cache.entries.begin() + static_cast<long>(ei));
      cache.entries.insert(cache.entries.begin(), entry);
      if (entry->skip_frame) return run_frame_eagerly(I, fn, frame);
      return run_entry(I, D, entry, fn, frame, cfg);
    }
    failures.push_back(compile_id_str(entry->frame_id, entry->compile_id) + ": " + reason);
  }
  const py::CodeObject& c = *fn->code;
  // The stance replaces the compile callback on a cache miss (eval_frame.py _callback_from_stance):
  // eager_on_recompile runs the frame eagerly, fail_on_recompile raises (frames without a tensor
  // argument run eagerly: has_tensor_in_frame).
  if (D.stance == "eager_on_recompile") return run_frame_eagerly(I, fn, frame);
  if (D.stance == "fail_on_recompile") {
    bool has_tensor = false;
    for (int i = 0; i < c.co_argcount + c.co_kwonlyargcount && static_cast<size_t>(i) < frame->fast.size(); ++i) {
      Value v = frame->fast[static_cast<size_t>(i)];
      has_tensor |= v.is_obj() && v.o->kind == Kind::Tensor;
    }
    if (!has_tensor) return run_frame_eagerly(I, fn, frame);
    std::string msg = "Detected recompile when torch.compile stance is 'fail_on_recompile'. filename: '" +
                      c.co_filename + "', function name: '" + c.co_name +
                      "', line number: " + std::to_string(c.co_firstlineno);
    if (!failures.empty()) {
      msg += "\n    triggered by the following guard failure(s):";
      for (auto& f : failures) msg += "\n    - " + f;
    }
    I.raise(I.RuntimeError, msg);
  }
  if (!cache.entries.empty()) {
    std::string msg = "Recompiling function " + c.co_name + " in " + c.co_filename + ":" +
                      std::to_string(c.co_firstlineno) + "\n    triggered by the following guard failure(s):";
    for (auto& f : failures) msg += "\n    - " + f;
    D.log("recompiles", compile_id_str(cache.frame_id, cache.compile_count), msg);
    D.recompiles.push_back(RecompileRecord{compile_id_str(cache.frame_id, cache.compile_count), c.co_name, failures});
  }
  int limit = recompile_limit(I, D);
  if (static_cast<int>(cache.entries.size()) >= limit) {
    std::string w =
        "torch._dynamo hit config.recompile_limit (" + std::to_string(limit) + ")\n   function: '" + c.co_name + "' (" +
        c.co_filename + ":" + std::to_string(c.co_firstlineno) +
        ")\n   last reason: " + (failures.empty() ? "" : failures.front()) +
        "\nTo log all recompilation reasons, use TORCH_LOGS=\"recompiles\".\nTo diagnose recompilation issues, see https://pytorch.org/docs/main/compile/programming_model.recompilation.html";
    I.write_stderr("W " + w + "\n");
    cache.skip = true;
    return run_frame_eagerly(I, fn, frame);
  }
  if (cache.frame_id < 0) cache.frame_id = D.next_frame_id++;
  int compile_id = cache.compile_count++;
  std::shared_ptr<CompiledEntry> entry;
  D.error_site.reset();
  auto record_error = [&](const std::string& type, const std::string& msg,
                          std::optional<GraphBreak> gb = std::nullopt) {
    D.errors.push_back(ErrorRecord{D.error_site, compile_id_str(cache.frame_id, compile_id), type, msg, std::move(gb)});
  };
  bump_counter(I, "frames", "total", 1);
  // What the compile made (guards, graphs, recipes, resume functions) holds values the tensor
  // collector does not walk: every object made until the compile ends stays a root.
  struct PinAtEnd {
    rt::Interp& I;
    ~PinAtEnd() { I.gc_pin_existing(); }
  } pin_at_end{I};
  try {
    entry = compile_frame(I, D, fn, *frame, cfg, cache.frame_id, compile_id);
  } catch (UnsafeScriptObjectError& e) {
    record_error("UnsafeScriptObjectError", e.msg, e.graph_break);
    if (D.opts.timeline && !D.timeline.empty())
      D.timeline.back().event = TimelineEvent{TimelineEvent::Kind::Error, "UnsafeScriptObjectError",
                                              e.graph_break ? e.graph_break->gb_type : "", e.msg};
    raise_dynamo_exc(I, "InternalTorchDynamoError", augment_exc_message(I, "UnsafeScriptObjectError: " + e.msg, e.user_stack));
  } catch (UserFacingError& e) {
    record_error(e.type_name, e.message);
    raise_dynamo_exc(I, e.type_name,
                     e.type_name == "InternalTorchDynamoError" ? augment_exc_message(I, e.message) : e.message);
  } catch (rt::PyException& e) {
    // Errors raised while tracing are rewrapped, except the ones Dynamo lets through.
    Value mod = I.import_module("torch._dynamo.exc");
    Value unsupported = I.getattr(mod, "Unsupported");
    Value internal = I.getattr(mod, "InternalTorchDynamoError");
    Value backend_failed = I.getattr(mod, "BackendCompilerFailed");
    Value invalid_backend = I.getattr(mod, "InvalidBackend");
    if (I.isinstance(e.exc, static_cast<rt::Type*>(unsupported.o)) ||
        I.isinstance(e.exc, static_cast<rt::Type*>(internal.o)) ||
        I.isinstance(e.exc, static_cast<rt::Type*>(backend_failed.o)) ||
        I.isinstance(e.exc, static_cast<rt::Type*>(invalid_backend.o)))
      throw;
    if (I.isinstance(e.exc, I.RecursionError) || I.isinstance(e.exc, I.MemoryError)) throw;
    std::string tname = I.type_of(e.exc)->qualname;
    raise_dynamo_exc(I, "InternalTorchDynamoError", augment_exc_message(I, tname + ": " + I.to_str(e.exc)));
  }
  // A skipped frame is convert_frame's SkipFrame (an exception there): not "ok".
  if (!entry->skip_frame) bump_counter(I, "frames", "ok", 1);
  entry->backend = cfg.backend;
  cache.entries.insert(cache.entries.begin(), entry);
  if (entry->skip_frame) return run_frame_eagerly(I, fn, frame);
  return run_entry(I, D, entry, fn, frame, cfg);
}

Value call_compiled(rt::Interp& I, rt::Function* fn, rt::CallArgs& args, const CompileConfig& cfg) {
  DynamoState& D = state(I);
  if (static_cast<int>(I.frame_stack.size()) >= I.budgets.max_recursion)
    I.raise(I.RecursionError, "maximum recursion depth exceeded");
  auto frame = I.make_frame(fn, args);
  if (D.tracing > 0) return run_frame_eagerly(I, fn, frame);
  CompileConfig saved = D.active_config;
  // record_calls keeps the outermost calls only: a compiled function called from compiled code is
  // inlined (not a call of its own), while under force_eager it is called.
  const bool outermost = D.callback_depth == 0;
  D.active_config = cfg;
  D.callback_depth++;
  struct Restore {
    DynamoState& state;
    CompileConfig saved;
    ~Restore() {
      state.callback_depth--;
      state.active_config = saved;
    }
  } restore{D, saved};
  if (!D.record_calls || !outermost) return run_with_dynamo(I, fn, frame, cfg);
  size_t slot = D.call_results.size();
  D.call_results.emplace_back();
  try {
    Value r = run_with_dynamo(I, fn, frame, cfg);
    if (slot < D.call_results.size()) D.call_results[slot] = fn->name + " -> " + I.repr(r);
    return r;
  } catch (rt::PyException& e) {
    if (slot < D.call_results.size()) D.call_results[slot] = fn->name + " raised " + I.format_exception_only(e.exc);
    throw;
  }
}

}  // namespace dp::dynamo
