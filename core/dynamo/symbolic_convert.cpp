// See symbolic_convert.h. One handler per opcode, in the order of the 3.11 opcode table's
// families: stack shuffling, locals/globals/attributes, calls, operators, containers, control
// flow, closures.
#include "dynamo/symbolic_convert.h"

#include <algorithm>

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using py::Op;
using rt::Value;

InstructionTranslatorBase::InstructionTranslatorBase(rt::Interp& I_, DynamoState& D_, OutputGraph& out,
                                                     std::shared_ptr<const py::CodeObject> c, rt::Dict* g, int depth)
    : I(I_), D(D_), output(out), code(std::move(c)), globals(g), inline_depth(depth) {
  instructions = py::get_instructions(*code);
  for (size_t i = 0; i < instructions.size(); ++i) offset_to_index[instructions[i].offset] = i;
  symbolic_locals.assign(static_cast<size_t>(code->nlocalsplus()), nullptr);
}

VT* InstructionTranslatorBase::pop() {
  if (stack.empty()) unimplemented("Missing bytecode handler", "empty stack", "Dynamo's symbolic stack underflowed.", {graph_break_hints::DYNAMO_BUG});
  VT* v = stack.back();
  stack.pop_back();
  return v;
}

std::vector<VT*> InstructionTranslatorBase::popn(size_t n) {
  if (stack.size() < n) unimplemented("Missing bytecode handler", "empty stack", "Dynamo's symbolic stack underflowed.", {graph_break_hints::DYNAMO_BUG});
  std::vector<VT*> out(stack.end() - static_cast<long>(n), stack.end());
  stack.resize(stack.size() - n);
  return out;
}

VT* InstructionTranslatorBase::constant(Value v) { return make<ConstantVariable>(v); }
VT* InstructionTranslatorBase::none() { return make<ConstantVariable>(Value::none()); }

std::string InstructionTranslatorBase::stack_repr() {
  std::string s = "[";
  for (size_t i = 0; i < stack.size(); ++i) {
    if (i) s += ", ";
    s += stack[i]->repr(I);
  }
  return s + "]";
}

std::vector<PArg> InstructionTranslatorBase::proxies(VTArgs& args) {
  std::vector<PArg> out;
  for (auto*& a : args) {
    a = a->realize(*this);
    out.push_back(a->as_proxy(*this));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// argval as TRACE prints it (str(inst.argval))

static std::string trace_argval(rt::Interp& I, const py::CodeObject& c, const py::Instruction& inst) {
  if (inst.arg < 0) return "None";
  switch (inst.op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES: {
      Value v = I.from_const(c.co_consts[static_cast<size_t>(inst.arg)]);
      return I.to_str(v);
    }
    case Op::LOAD_GLOBAL: return c.co_names[static_cast<size_t>(inst.arg >> 1)];
    case Op::LOAD_NAME: case Op::STORE_NAME: case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::STORE_ATTR:
    case Op::DELETE_ATTR: case Op::LOAD_METHOD: case Op::IMPORT_NAME: case Op::IMPORT_FROM: case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
      return c.co_names[static_cast<size_t>(inst.arg)];
    case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST: case Op::LOAD_DEREF: case Op::STORE_DEREF:
    case Op::DELETE_DEREF: case Op::LOAD_CLOSURE: case Op::MAKE_CELL: case Op::LOAD_CLASSDEREF:
      return c.localsplusnames[static_cast<size_t>(inst.arg)];
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

VT* InstructionTranslatorBase::run() {
  while (!returned) {
    if (ip >= instructions.size())
      unimplemented("Missing bytecode handler", "fell off the end of the code", "Dynamo reached the end of the bytecode without a return.", {graph_break_hints::DYNAMO_BUG});
    step();
  }
  return return_value;
}

void InstructionTranslatorBase::step() {
  current = ip++;
  const py::Instruction& inst = instructions[current];
  if (++I.steps > I.budgets.max_steps) I.step_budget_exceeded();
  ++D.traced_instructions;
  int line = inst.pos.lineno;
  std::string cid;
  if (inst.starts_line >= 0 && inst.starts_line != last_line) {
    last_line = inst.starts_line;
    if (D.logs.trace_source) {
      std::string src;
      auto it = I.file_lines.find(code->co_filename);
      if (it != I.file_lines.end() && inst.starts_line >= 1 && inst.starts_line <= static_cast<int>(it->second.size()))
        src = it->second[static_cast<size_t>(inst.starts_line - 1)];
      std::string def = enclosing_def(I, *code, inst.starts_line);
      std::string hdr = "TRACE starts_line " + code->co_filename + ":" + std::to_string(inst.starts_line) + " in " +
                        code->co_name + (def.empty() ? "" : " " + def) +
                        (inline_depth > 0 ? " (inline depth: " + std::to_string(inline_depth) + ")" : "");
      D.log("trace_source", "", hdr + "\n    " + src);
    }
  }
  if (D.logs.trace_bytecode)
    D.log("trace_bytecode", "", "TRACE " + inst.opname + " " + trace_argval(I, *code, inst) + " " + stack_repr());
  // Timeline record (for the page's stepper).
  size_t rec_nodes_before = output.graph().size();
  size_t guards_before = output.guards.guards.size();
  // An index, not a pointer: an inlined call inside dispatch() appends records and may move them.
  constexpr size_t no_rec = static_cast<size_t>(-1);
  size_t rec_index = no_rec;
  if (D.opts.timeline && D.timeline.size() < D.max_timeline) {
    nlohmann::json r;
    r["frame"] = D.timeline_frame;
    r["depth"] = inline_depth;
    r["code"] = code->co_name;
    r["offset"] = inst.offset;
    r["opname"] = inst.opname;
    r["argrepr"] = inst.argrepr;
    r["line"] = line;
    r["col"] = inst.pos.col_offset;
    r["end_line"] = inst.pos.end_lineno;
    r["end_col"] = inst.pos.end_col_offset;
    nlohmann::json st = nlohmann::json::array();
    for (auto* v : stack) st.push_back(v->repr(I));
    r["stack"] = st;
    nlohmann::json loc = nlohmann::json::object();
    for (size_t i = 0; i < symbolic_locals.size(); ++i)
      if (symbolic_locals[i]) loc[code->localsplusnames[i]] = symbolic_locals[i]->repr(I);
    r["locals"] = loc;
    D.timeline.push_back(std::move(r));
    rec_index = D.timeline.size() - 1;
  }
  output.current_stack = fx::StackSummary{code->co_filename, std::to_string(line), code->co_name, ""};
  {
    auto it = I.file_lines.find(code->co_filename);
    if (it != I.file_lines.end() && line >= 1 && line <= static_cast<int>(it->second.size())) {
      std::string l = it->second[static_cast<size_t>(line - 1)];
      size_t b = l.find_first_not_of(" \t");
      output.current_stack.code = b == std::string::npos ? "" : l.substr(b);
    }
  }
  if (inline_depth == 0) {
    stack_before = stack;
    locals_before = symbolic_locals;
    nodes_before = output.graph().size();
  }
  try {
    dispatch(inst);
  } catch (Unsupported& u) {
    u.user_stack.push_back({code->co_filename, line, code->co_name});
    if (!D.error_site_set) {
      D.error_site = {{"filename", code->co_filename}, {"lineno", line}, {"col", inst.pos.col_offset}, {"end_col", inst.pos.end_col_offset}, {"frame", code->co_name}};
      D.error_site_set = true;
    }
    throw;
  } catch (...) {
    if (!D.error_site_set) {
      D.error_site = {{"filename", code->co_filename}, {"lineno", line}, {"col", inst.pos.col_offset}, {"end_col", inst.pos.end_col_offset}, {"frame", code->co_name}};
      D.error_site_set = true;
    }
    throw;
  }
  if (rec_index != no_rec) {
    nlohmann::json& rec = D.timeline[rec_index];
    auto nodes = output.graph().nodes();
    nlohmann::json added = nlohmann::json::array();
    for (size_t i = rec_nodes_before; i < nodes.size(); ++i) added.push_back(nodes[i]->name());
    if (nodes.size() > rec_nodes_before) {
      rec["nodes"] = added;
      // The graph as it stands after this step (bounded in total size).
      if (D.graph_snapshot_bytes < (8u << 20)) {
        std::string code = output.graph().python_code("self").src;
        D.graph_snapshot_bytes += code.size();
        rec["graph"] = code;
      }
    }
    if (output.guards.guards.size() > guards_before) {
      nlohmann::json g = nlohmann::json::array();
      for (size_t i = guards_before; i < output.guards.guards.size(); ++i) g.push_back(output.guards.guards[i].describe(I));
      rec["guards"] = g;
    }
  }
}

static bool is_null_var(VT* v) { return dynamic_cast<NullVariable*>(v) != nullptr; }

void InstructionTranslatorBase::dispatch(const py::Instruction& inst) {
  const py::CodeObject& c = *code;
  int arg = inst.arg;
  auto jump_to = [&](int offset) { ip = offset_to_index.at(offset); };
  auto missing = [&]() {
    unimplemented("Missing bytecode handler", inst.opname + " with args " + stack_repr(),
                  "Dynamo does not know how to handle the bytecode instruction `" + inst.opname + "`.",
                  {"Do not trace code that produces the `" + inst.opname +
                       "` bytecode instruction (see https://docs.python.org/3/library/dis.html for bytecode semantics).",
                   graph_break_hints::SUPPORTABLE});
  };
  switch (inst.op) {
    case Op::NOP:
    case Op::RESUME:
    case Op::PRECALL:
    case Op::CACHE:
    case Op::EXTENDED_ARG:
    case Op::COPY_FREE_VARS:
      break;
    case Op::POP_TOP: pop(); break;
    case Op::PUSH_NULL: push(make<NullVariable>()); break;
    case Op::COPY: push(stack[stack.size() - static_cast<size_t>(arg)]); break;
    case Op::SWAP: std::swap(stack.back(), stack[stack.size() - static_cast<size_t>(arg)]); break;
    case Op::LOAD_CONST: push(constant(I.consts_of(code.get())[static_cast<size_t>(arg)])); break;
    case Op::LOAD_FAST: {
      VT* v = symbolic_locals[static_cast<size_t>(arg)];
      if (!v)
        raise_observed_exception("UnboundLocalError: " + c.localsplusnames[static_cast<size_t>(arg)]);
      if (auto* lz = dynamic_cast<LazyVariableTracker*>(v); lz && lz->realized) v = lz->realized;
      push(v);
      break;
    }
    case Op::STORE_FAST: {
      VT* v = pop();
      if (auto* t = dynamic_cast<TensorVariable*>(v)) {
        // TensorVariable.set_name_hint: rename a fresh node after the local, the first time only.
        if (t->node && t->node->op() != fx::Op::Placeholder && !output.renamed_nodes.count(t->node)) {
          output.renamed_nodes.insert(t->node);
          t->node->rename(c.localsplusnames[static_cast<size_t>(arg)]);
        }
      }
      symbolic_locals[static_cast<size_t>(arg)] = v;
      break;
    }
    case Op::DELETE_FAST: symbolic_locals[static_cast<size_t>(arg)] = nullptr; break;
    case Op::LOAD_GLOBAL: {
      const std::string& name = c.co_names[static_cast<size_t>(arg >> 1)];
      if (arg & 1) push(make<NullVariable>());
      Value v = I.dict_get_str(globals, name);
      if (!v.is_null()) {
        auto it = output.source_vars.find(GlobalSource(name)->name());
        if (it != output.source_vars.end() && globals == output.frame.globals) {
          push(it->second);
        } else {
          push(wrap_lazy(v, globals == output.frame.globals ? GlobalSource(name) : nullptr));
        }
        break;
      }
      v = I.dict_get_str(I.builtins, name);
      if (v.is_null())
        raise_observed_exception("NameError: name '" + name + "' is not defined");
      push(wrap_sourceless(v));
      break;
    }
    case Op::LOAD_ATTR: {
      VT* obj = pop()->realize(*this);
      push(obj->var_getattr(*this, c.co_names[static_cast<size_t>(arg)]));
      break;
    }
    case Op::LOAD_METHOD: {
      VT* obj = pop()->realize(*this);
      VT* attr = obj->var_getattr(*this, c.co_names[static_cast<size_t>(arg)]);
      push(make<NullVariable>());
      push(attr);
      break;
    }
    case Op::STORE_ATTR: {
      VT* obj = pop()->realize(*this);
      VT* val = pop();
      VTArgs a{constant(I.str(c.co_names[static_cast<size_t>(arg)])), val};
      VTKwargs kw;
      obj->call_method(*this, "__setattr__", a, kw);
      break;
    }
    case Op::KW_NAMES: kw_names = constant(I.consts_of(code.get())[static_cast<size_t>(arg)]); break;
    case Op::CALL: {
      auto items = popn(static_cast<size_t>(arg) + 2);
      VT* fn;
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
        for (size_t k = 0; k < nk; ++k) kwargs.emplace_back(I.to_str(n[k]), args[args.size() - nk + k]);
        args.resize(args.size() - nk);
        kw_names = nullptr;
      }
      fn = fn->realize(*this);
      push(fn->call_function(*this, args, kwargs));
      break;
    }
    case Op::CALL_FUNCTION_EX: {
      VT* kw = (arg & 1) ? pop()->realize(*this) : nullptr;
      VT* a = pop()->realize(*this);
      VT* fn = pop()->realize(*this);
      pop();  // NULL
      auto* seq = dynamic_cast<BaseListVariable*>(a);
      if (!seq) missing();
      VTArgs args = seq->items;
      VTKwargs kwargs;
      if (kw) {
        auto* d = dynamic_cast<ConstDictVariable*>(kw);
        if (!d) missing();
        for (auto& [k, v] : d->items) kwargs.emplace_back(I.to_str(k), v);
      }
      push(fn->call_function(*this, args, kwargs));
      break;
    }
    case Op::BINARY_OP: {
      VT* b = pop();
      VT* a = pop();
      push(binary_op(arg, a, b));
      break;
    }
    case Op::COMPARE_OP: {
      VT* b = pop();
      VT* a = pop();
      push(compare_op(arg, a, b));
      break;
    }
    case Op::IS_OP: {
      VT* b = pop()->realize(*this);
      VT* a = pop()->realize(*this);
      bool r;
      if (a->is_python_constant() && b->is_python_constant()) {
        r = a->as_python_constant(*this).same(b->as_python_constant(*this));
      } else {
        r = a == b;
        if (!r && (a->is_python_constant() || b->is_python_constant())) {
          VT* k = a->is_python_constant() ? a : b;
          Value kv = k->as_python_constant(*this);
          if (kv.is_none()) r = false;  // a non-constant tracker is never None
          else missing();
        }
      }
      push(constant(Value::boolean(arg ? !r : r)));
      break;
    }
    case Op::CONTAINS_OP: {
      VT* container = pop()->realize(*this);
      VT* item = pop()->realize(*this);
      if (!(container->is_python_constant() && item->is_python_constant())) {
        if (auto* l = dynamic_cast<BaseListVariable*>(container); l && item->is_python_constant()) {
          bool found = false;
          for (auto* e : l->items) {
            VT* r = e->realize(*this);
            if (r->is_python_constant() && I.eq(r->as_python_constant(*this), item->as_python_constant(*this))) found = true;
          }
          push(constant(Value::boolean(arg ? !found : found)));
          break;
        }
        if (auto* d = dynamic_cast<ConstDictVariable*>(container); d && item->is_python_constant()) {
          bool found = d->get(*this, item->as_python_constant(*this)) != nullptr;
          push(constant(Value::boolean(arg ? !found : found)));
          break;
        }
        missing();
      }
      bool r = I.contains(container->as_python_constant(*this), item->as_python_constant(*this));
      push(constant(Value::boolean(arg ? !r : r)));
      break;
    }
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_INVERT:
    case Op::UNARY_NOT: {
      VT* a = pop()->realize(*this);
      if (a->is_python_constant()) {
        Value v = a->as_python_constant(*this);
        Value r = inst.op == Op::UNARY_NEGATIVE ? I.unary_neg(v)
                  : inst.op == Op::UNARY_POSITIVE ? I.unary_pos(v)
                  : inst.op == Op::UNARY_INVERT ? I.unary_invert(v)
                                                : Value::boolean(!I.truthy(v));
        push(constant(r));
        break;
      }
      if (auto* t = dynamic_cast<TensorVariable*>(a)) {
        if (inst.op == Op::UNARY_NOT)
          unimplemented("Data-dependent branching", "attempted to jump with " + t->repr(I),
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
        fx::Node* n = output.create_node(fx::Op::CallFunction, fx::Target::op(opn), e, p, {}, ex);
        push(wrap_fx_proxy(n, ex));
        break;
      }
      if (auto* l = dynamic_cast<BaseListVariable*>(a); l && inst.op == Op::UNARY_NOT) {
        push(constant(Value::boolean(l->items.empty())));
        break;
      }
      missing();
    }
    case Op::BINARY_SUBSCR: {
      VT* key = pop();
      VT* obj = pop()->realize(*this);
      VTArgs a{key};
      VTKwargs kw;
      push(obj->call_method(*this, "__getitem__", a, kw));
      break;
    }
    case Op::STORE_SUBSCR: {
      VT* key = pop();
      VT* obj = pop()->realize(*this);
      VT* val = pop();
      VTArgs a{key, val};
      VTKwargs kw;
      obj->call_method(*this, "__setitem__", a, kw);
      break;
    }
    case Op::BUILD_TUPLE: {
      auto* t = make<TupleVariable>();
      t->items = popn(static_cast<size_t>(arg));
      push(t);
      break;
    }
    case Op::BUILD_LIST: {
      auto* l = make<ListVariable>();
      l->items = popn(static_cast<size_t>(arg));
      push(l);
      break;
    }
    case Op::LIST_TO_TUPLE: {
      auto* l = dynamic_cast<BaseListVariable*>(pop()->realize(*this));
      if (!l) missing();
      auto* t = make<TupleVariable>();
      t->items = l->items;
      push(t);
      break;
    }
    case Op::LIST_APPEND: {
      VT* v = pop();
      auto* l = dynamic_cast<ListVariable*>(stack[stack.size() - static_cast<size_t>(arg)]->realize(*this));
      if (!l) missing();
      l->items.push_back(v);
      break;
    }
    case Op::LIST_EXTEND: {
      VT* v = pop()->realize(*this);
      auto* l = dynamic_cast<ListVariable*>(stack[stack.size() - static_cast<size_t>(arg)]->realize(*this));
      auto* src = dynamic_cast<BaseListVariable*>(v);
      if (!l) missing();
      if (src) {
        l->items.insert(l->items.end(), src->items.begin(), src->items.end());
      } else if (v->is_python_constant()) {
        for (auto& e : I.to_vector(v->as_python_constant(*this))) l->items.push_back(constant(e));
      } else {
        missing();
      }
      break;
    }
    case Op::BUILD_MAP: {
      auto items = popn(2 * static_cast<size_t>(arg));
      auto* d = make<ConstDictVariable>();
      for (size_t k = 0; k < items.size(); k += 2) {
        VT* key = items[k]->realize(*this);
        if (!key->is_python_constant()) missing();
        d->items.emplace_back(key->as_python_constant(*this), items[k + 1]);
      }
      push(d);
      break;
    }
    case Op::BUILD_CONST_KEY_MAP: {
      VT* keys = pop()->realize(*this);
      auto vals = popn(static_cast<size_t>(arg));
      auto* d = make<ConstDictVariable>();
      auto kv = I.to_vector(keys->as_python_constant(*this));
      for (size_t k = 0; k < kv.size(); ++k) d->items.emplace_back(kv[k], vals[k]);
      push(d);
      break;
    }
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE: {
      auto* src = dynamic_cast<ConstDictVariable*>(pop()->realize(*this));
      auto* d = dynamic_cast<ConstDictVariable*>(stack[stack.size() - static_cast<size_t>(arg)]);
      if (!src || !d) missing();
      for (auto& e : src->items) d->items.push_back(e);
      break;
    }
    case Op::BUILD_SLICE: {
      auto items = popn(static_cast<size_t>(arg));
      std::vector<Value> vals;
      for (auto* v : items) {
        VT* r = v->realize(*this);
        if (!r->is_python_constant()) missing();
        vals.push_back(r->as_python_constant(*this));
      }
      Value step = vals.size() == 3 ? vals[2] : Value::none();
      push(constant(Value::obj(I.make<rt::Slice>(I.slice_type, vals[0], vals[1], step))));
      break;
    }
    case Op::FORMAT_VALUE: {
      VT* spec = (arg & 0x04) ? pop()->realize(*this) : nullptr;
      VT* v = pop()->realize(*this);
      if (!v->is_python_constant() || (spec && !spec->is_python_constant())) missing();
      Value val = v->as_python_constant(*this);
      if ((arg & 3) == 1) val = I.str(I.to_str(val));
      else if ((arg & 3) >= 2) val = I.str(I.repr(val));
      push(constant(rt::format_value(I, val, spec ? I.to_str(spec->as_python_constant(*this)) : "")));
      break;
    }
    case Op::BUILD_STRING: {
      auto items = popn(static_cast<size_t>(arg));
      std::string s;
      for (auto* v : items) s += I.to_str(v->realize(*this)->as_python_constant(*this));
      push(constant(I.str(s)));
      break;
    }
    case Op::UNPACK_SEQUENCE: {
      VT* seq = pop()->realize(*this);
      std::vector<VT*> items;
      if (auto* l = dynamic_cast<BaseListVariable*>(seq)) items = l->items;
      else if (seq->is_python_constant()) {
        for (auto& e : I.to_vector(seq->as_python_constant(*this))) items.push_back(constant(e));
      } else if (auto* t = dynamic_cast<TensorVariable*>(seq)) {
        if (t->fake().dim() == 0 || t->fake().sizes()[0] != arg)
          unimplemented("Failed to unpack object for UNPACK_SEQUENCE", seq->repr(I), "Dynamo could not unpack the tensor.", {});
        for (int k = 0; k < arg; ++k) {
          VTArgs a{constant(Value::integer(k))};
          VTKwargs kw;
          items.push_back(t->call_method(*this, "__getitem__", a, kw));
        }
      } else {
        unimplemented("Failed to unpack object for UNPACK_SEQUENCE", seq->repr(I),
                      "Dynamo does not know how to unpack the object " + seq->repr(I) + " for the UNPACK_SEQUENCE bytecode.",
                      {graph_break_hints::SUPPORTABLE});
      }
      if (static_cast<int>(items.size()) != arg)
        unimplemented("Failed to unpack object for UNPACK_SEQUENCE", seq->repr(I), "Length mismatch when unpacking.", {graph_break_hints::USER_ERROR});
      for (auto it = items.rbegin(); it != items.rend(); ++it) push(*it);
      break;
    }
    case Op::RETURN_VALUE:
      return_value = pop();
      returned = true;
      break;
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::JUMP_BACKWARD_NO_INTERRUPT:
      jump_to(inst.jump_target);
      break;
    case Op::POP_JUMP_FORWARD_IF_FALSE:
    case Op::POP_JUMP_FORWARD_IF_TRUE:
    case Op::POP_JUMP_BACKWARD_IF_FALSE:
    case Op::POP_JUMP_BACKWARD_IF_TRUE:
    case Op::POP_JUMP_FORWARD_IF_NONE:
    case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op::POP_JUMP_BACKWARD_IF_NONE:
    case Op::POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: {
      VT* cond = stack.back()->realize(*this);
      bool none_test = inst.op == Op::POP_JUMP_FORWARD_IF_NONE || inst.op == Op::POP_JUMP_FORWARD_IF_NOT_NONE ||
                       inst.op == Op::POP_JUMP_BACKWARD_IF_NONE || inst.op == Op::POP_JUMP_BACKWARD_IF_NOT_NONE;
      bool truth;
      if (cond->is_python_constant()) {
        Value v = cond->as_python_constant(*this);
        truth = none_test ? v.is_none() : I.truthy(v);
      } else if (none_test) {
        truth = false;  // a tensor / object tracker is not None
      } else if (auto* l = dynamic_cast<BaseListVariable*>(cond)) {
        truth = !l->items.empty();
      } else if (dynamic_cast<ConstDictVariable*>(cond)) {
        truth = !static_cast<ConstDictVariable*>(cond)->items.empty();
      } else if (dynamic_cast<TensorVariable*>(cond)) {
        unimplemented("Data-dependent branching", "attempted to jump with " + cond->repr(I),
                      "Detected data-dependent branching (e.g. `if my_tensor.sum() > 0:`). Dynamo does not support tracing dynamic control flow.",
                      {graph_break_hints::FUNDAMENTAL, "Use `torch.cond` to express dynamic control flow."});
      } else if (dynamic_cast<UserDefinedObjectVariable*>(cond) || dynamic_cast<UserFunctionVariable*>(cond) ||
                 dynamic_cast<TorchScriptObjectVariable*>(cond) || dynamic_cast<PythonModuleVariable*>(cond)) {
        truth = true;
      } else {
        unimplemented("Data-dependent branching", "attempted to jump with " + cond->repr(I),
                      "Detected data-dependent branching (e.g. `if my_tensor.sum() > 0:`). Dynamo does not support tracing dynamic control flow.",
                      {graph_break_hints::FUNDAMENTAL, "Use `torch.cond` to express dynamic control flow."});
      }
      bool jump_if = inst.op == Op::POP_JUMP_FORWARD_IF_TRUE || inst.op == Op::POP_JUMP_BACKWARD_IF_TRUE ||
                     inst.op == Op::POP_JUMP_FORWARD_IF_NONE || inst.op == Op::POP_JUMP_BACKWARD_IF_NONE ||
                     inst.op == Op::JUMP_IF_TRUE_OR_POP;
      bool take = truth == jump_if;
      if (inst.op == Op::JUMP_IF_FALSE_OR_POP || inst.op == Op::JUMP_IF_TRUE_OR_POP) {
        if (take) jump_to(inst.jump_target);
        else pop();
      } else {
        pop();
        if (take) jump_to(inst.jump_target);
      }
      break;
    }
    case Op::GET_ITER: {
      VT* v = pop()->realize(*this);
      if (dynamic_cast<ListIteratorVariable*>(v)) {  // iter(iterator) is the iterator itself
        push(v);
        break;
      }
      auto* it = make<ListIteratorVariable>();
      if (auto* l = dynamic_cast<BaseListVariable*>(v)) it->items = l->items;
      else if (auto* d = dynamic_cast<ConstDictVariable*>(v)) {
        for (auto& e : d->items) it->items.push_back(constant(e.first));
      } else if (auto* r = dynamic_cast<RangeVariable*>(v)) {
        for (int64_t x = r->start; r->step > 0 ? x < r->stop : x > r->stop; x += r->step) it->items.push_back(constant(Value::integer(x)));
      } else if (v->is_python_constant()) {
        for (auto& e : I.to_vector(v->as_python_constant(*this))) it->items.push_back(constant(e));
      } else if (auto* t = dynamic_cast<TensorVariable*>(v)) {
        if (t->fake().dim() == 0) missing();
        for (int64_t k = 0; k < t->fake().sizes()[0]; ++k) {
          VTArgs a{constant(Value::integer(k))};
          VTKwargs kw;
          it->items.push_back(t->call_method(*this, "__getitem__", a, kw));
        }
      } else {
        missing();
      }
      push(it);
      break;
    }
    case Op::FOR_ITER: {
      auto* it = dynamic_cast<ListIteratorVariable*>(stack.back());
      if (!it) missing();
      if (it->index < it->items.size()) {
        push(it->items[it->index++]);
      } else {
        pop();
        jump_to(inst.jump_target);
      }
      break;
    }
    case Op::MAKE_FUNCTION: {
      VT* codev = pop();
      auto* f = make<NestedUserFunctionVariable>();
      Value cv = static_cast<ConstantVariable*>(codev)->value;
      f->code = static_cast<rt::CodeRef*>(cv.o)->code;
      f->globals = globals;
      if (arg & 0x08) {
        auto* t = dynamic_cast<TupleVariable*>(pop());
        if (t) f->closure_cells = t->items;
      }
      if (arg & 0x04) pop();
      if (arg & 0x02) missing();
      if (arg & 0x01) {
        auto* t = dynamic_cast<BaseListVariable*>(pop()->realize(*this));
        if (t) f->defaults = t->items;
      }
      push(f);
      break;
    }
    case Op::MAKE_CELL: {
      auto* cell = make<CellVariable>();
      cell->contents = symbolic_locals[static_cast<size_t>(arg)];
      symbolic_locals[static_cast<size_t>(arg)] = cell;
      break;
    }
    case Op::LOAD_CLOSURE: push(symbolic_locals[static_cast<size_t>(arg)]); break;
    case Op::LOAD_DEREF: {
      auto* cell = dynamic_cast<CellVariable*>(symbolic_locals[static_cast<size_t>(arg)]);
      if (!cell || !cell->contents) missing();
      VT* v = cell->contents;
      if (auto* lz = dynamic_cast<LazyVariableTracker*>(v); lz && lz->realized) v = lz->realized;
      push(v);
      break;
    }
    case Op::STORE_DEREF: {
      auto* cell = dynamic_cast<CellVariable*>(symbolic_locals[static_cast<size_t>(arg)]);
      if (!cell || !cell->real_cell.is_null()) {
        unimplemented("Unsupported method call", "STORE_DEREF " + c.localsplusnames[static_cast<size_t>(arg)],
                      "Dynamo does not support writing to a closure cell that lives outside the traced frame.",
                      {graph_break_hints::SUPPORTABLE});
      }
      cell->contents = pop();
      break;
    }
    case Op::RAISE_VARARGS: {
      std::string ctx = "raised exception";
      if (!stack.empty()) {
        VT* e = stack.back()->realize(*this);
        if (auto* ev = dynamic_cast<ExceptionVariable*>(e)) {
          // `raised exception {python_type_name}({args})`, args as the list of trackers.
          std::string a = "[";
          for (size_t i = 0; i < ev->args.size(); ++i) a += (i ? ", " : "") + ev->args[i]->repr(I);
          ctx = "raised exception " + ev->exc_type->name + "(" + a + "])";
        } else if (auto* bv = dynamic_cast<BuiltinVariable*>(e)) {
          ctx = "raised exception " + bv->fn_name + "([])";
        } else {
          ctx = "raised exception " + e->repr(I);
        }
      }
      raise_observed_exception(ctx);
    }
    case Op::BEFORE_WITH: {
      VT* ctx = stack.back();
      // Realize first (the context names the realized tracker); never inside the argument list,
      // whose evaluation order C++ leaves unspecified.
      std::string type_name = ctx->realize(*this)->python_type_name(I);
      unimplemented("Unsupported context manager", "Attempted SETUP_WITH/BEFORE_WITH/LOAD_SPECIAL on " + ctx->repr(I),
                    "Dynamo does not know how to enter a `" + type_name + "` context manager.",
                    {"Avoid using the unsupported context manager.",
                     "If the context manager seems like it should be supported (e.g. torch.set_grad_enabled), then it may be the case that it was created outside the compiled region, which Dynamo does not support. Supported context managers can cross graph break boundaries only if they are local non-closure variables, or are intermediate values.",
                     "File an issue to PyTorch. Simple context managers can potentially be supported, but note that context managers can't be supported in general"});
    }
    default: missing();
  }
}

// ---------------------------------------------------------------------------------------------
// Inlining (InliningInstructionTranslator.inline_call_)

VT* InstructionTranslatorBase::inline_user_function(rt::Function* fn, std::shared_ptr<const py::CodeObject> fcode,
                                                    rt::Dict* fglobals, VTArgs& args, VTKwargs& kwargs,
                                                    std::vector<VT*> closure, Value fn_value) {
  if (inline_depth > 60)
    unimplemented("Unsupported function call", "inline depth", "Dynamo's inlining depth limit was reached.", {graph_break_hints::SUPPORTABLE});
  if (fcode->co_flags & py::CO_GENERATOR)
    unimplemented("Unsupported function call", "generator function " + fcode->co_name,
                  "Dynamo in the playground does not inline generator functions.", {graph_break_hints::SUPPORTABLE});
  InstructionTranslatorBase sub(I, D, output, fcode, fglobals, inline_depth + 1);
  sub.parent = this;
  // Bind arguments (a symbolic version of the VM's argument binding).
  const py::CodeObject& c = *fcode;
  int argcount = c.co_argcount, kwonly = c.co_kwonlyargcount;
  bool varargs = c.co_flags & py::CO_VARARGS, varkw = c.co_flags & py::CO_VARKEYWORDS;
  std::vector<VT*> defaults;
  if (fn) {
    for (auto& d : fn->defaults) defaults.push_back(wrap_sourceless(d));
  } else {
    defaults = closure.empty() ? std::vector<VT*>{} : std::vector<VT*>{};
  }
  if (!fn_value.is_null() && fn_value.is_obj() && fn_value.o->kind == rt::Kind::Other) defaults.clear();
  size_t npos = std::min(args.size(), static_cast<size_t>(argcount));
  for (size_t i = 0; i < npos; ++i) sub.symbolic_locals[i] = args[i];
  if (args.size() > static_cast<size_t>(argcount)) {
    if (!varargs)
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() takes " + std::to_string(argcount) + " positional arguments but " + std::to_string(args.size()) + " were given",
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
        kwd->items.emplace_back(I.str(k), v);
        continue;
      }
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() got an unexpected keyword argument '" + k + "'", {graph_break_hints::USER_ERROR});
    }
    sub.symbolic_locals[static_cast<size_t>(idx)] = v;
  }
  int ndef = static_cast<int>(defaults.size());
  for (int i = 0; i < argcount; ++i) {
    if (sub.symbolic_locals[static_cast<size_t>(i)]) continue;
    int d = i - (argcount - ndef);
    if (d >= 0) sub.symbolic_locals[static_cast<size_t>(i)] = defaults[static_cast<size_t>(d)];
    else
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() missing 1 required positional argument: '" + c.co_varnames[static_cast<size_t>(i)] + "'",
                    {graph_break_hints::USER_ERROR});
  }
  for (int i = argcount; i < argcount + kwonly; ++i) {
    if (sub.symbolic_locals[static_cast<size_t>(i)]) continue;
    Value d = fn && fn->kwdefaults ? I.dict_get_str(fn->kwdefaults, c.co_varnames[static_cast<size_t>(i)]) : Value();
    if (d.is_null())
      unimplemented("TypeError from user code", "call_function " + c.co_qualname,
                    c.co_qualname + "() missing 1 required keyword-only argument: '" + c.co_varnames[static_cast<size_t>(i)] + "'",
                    {graph_break_hints::USER_ERROR});
    sub.symbolic_locals[static_cast<size_t>(i)] = wrap_sourceless(d);
  }
  // Free variables.
  size_t nfree = c.co_freevars.size();
  size_t base = sub.symbolic_locals.size() - nfree;
  for (size_t k = 0; k < nfree; ++k) {
    if (k < closure.size()) {
      sub.symbolic_locals[base + k] = closure[k];
    } else if (fn && k < fn->closure.size()) {
      auto* cell = make<CellVariable>();
      cell->real_cell = Value::obj(fn->closure[k]);
      Value contents = fn->closure[k]->value;
      if (!contents.is_null()) cell->contents = wrap_sourceless(contents);
      sub.symbolic_locals[base + k] = cell;
    }
  }
  if (D.logs.trace_source || D.logs.dynamo_debug) {
    // (TRACE inlined call lines are part of +dynamo logs; omitted.)
  }
  return sub.run();
}

}  // namespace dp::dynamo
