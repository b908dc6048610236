// See output_graph.h.
#include "dynamo/output_graph.h"

#include <cstdio>
#include <functional>
#include <set>

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "runtime/torch_module.h"
#include "torch/op_registry.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

OutputGraph::OutputGraph(rt::Interp& interp, FrameView f, std::string name)
    : interp(interp), frame(f), frame_name(std::move(name)) {}

// side_effects.py: while a generator is being run to its end for its reconstruction, a mutation is
// refused (PyTorch's gb_type, explanation and hints; docs/compiler-api.md "Generators after the
// graph").
void OutputGraph::check_allowed_side_effect(VariableTracker* item) {
  if (!is_reconstructing_generator) return;
  unimplemented("Generator reconstruction with mutations", "mutating object: " + item->repr(interp),
                "Cannot reconstruct a generator with variable mutations. Dynamo needs to fully exhaust the generator, "
                "which may cause unintended variable modifications.",
                {"Remove mutations from the generator.", graph_break_hints::FUNDAMENTAL});
}

void OutputGraph::note_list_mutation(VariableTracker* list) {
  check_allowed_side_effect(list);
  if (!list->source) return;
  for (auto* v : mutated_containers)
    if (v == list) return;
  mutated_containers.push_back(list);
}

void OutputGraph::note_dict_mutation(VariableTracker* dict) { note_list_mutation(dict); }

fx::Argument OutputGraph::to_fx(const PArg& p) {
  switch (p.kind) {
    case PArg::Kind::Node: return fx::Argument(p.node);
    case PArg::Kind::Tuple:
    case PArg::Kind::List: {
      std::vector<fx::Argument> items;
      for (auto& e : p.items) items.push_back(to_fx(e));
      return p.kind == PArg::Kind::Tuple ? fx::Argument::tuple(items) : fx::Argument::list(items);
    }
    case PArg::Kind::Slice: return fx::Argument::slice(to_fx(p.items[0]), to_fx(p.items[1]), to_fx(p.items[2]));
    case PArg::Kind::Const: break;
  }
  const Value& v = p.value;
  switch (v.tag) {
    case Value::Tag::Null:
    case Value::Tag::None: return fx::Argument();
    case Value::Tag::Bool: return fx::Argument(v.b);
    case Value::Tag::Int: return fx::Argument(static_cast<long long>(v.i));
    case Value::Tag::Float: return fx::Argument(v.f);
    case Value::Tag::Obj: break;
  }
  switch (v.o->kind) {
    case Kind::Str: return fx::Argument(static_cast<rt::Str*>(v.o)->s);
    case Kind::Tuple:
    case Kind::Size:
    case Kind::List: {
      auto& items = v.o->kind == Kind::List ? static_cast<rt::List*>(v.o)->items : static_cast<rt::Tuple*>(v.o)->items;
      std::vector<fx::Argument> out;
      for (auto& e : items) {
        PArg c;
        c.value = e;
        out.push_back(to_fx(c));
      }
      return v.o->kind == Kind::List ? fx::Argument::list(out) : fx::Argument::tuple(out);
    }
    case Kind::Slice: {
      auto* s = static_cast<rt::Slice*>(v.o);
      PArg a, b, c;
      a.value = s->start;
      b.value = s->stop;
      c.value = s->step;
      return fx::Argument::slice(to_fx(a), to_fx(b), to_fx(c));
    }
    default: return fx::Argument::raw(interp.repr(v), interp.to_str(v));
  }
}

fx::Node* OutputGraph::create_graph_input(SourcePtr source, Value example, const std::string& type,
                                          const std::string& target_name) {
  std::string target = target_name.empty() ? placeholder_name(source->name()) : target_name;
  fx::Graph& graph = root_gm_while_speculating ? *root_gm_while_speculating->graph : *gm->graph;
  // Placeholders stay in front of every other node.
  fx::Node* first_other = nullptr;
  for (fx::Node* n : graph.nodes()) {
    if (n->op() != fx::Op::Placeholder) {
      first_other = n;
      break;
    }
  }
  fx::Node* node;
  if (first_other) {
    auto guard = graph.inserting_before(first_other);
    node = graph.placeholder(target, type);
  } else {
    node = graph.placeholder(target, type);
  }
  NodeExec e;
  e.kind = NodeExec::Kind::Placeholder;
  exec[node] = e;
  graphargs.push_back({source, node, example});
  source_vars.erase(source->name());
  return node;
}

static std::string describe_args(rt::Interp& I, const std::vector<Value>& vals) {
  std::string s = "(";
  for (size_t i = 0; i < vals.size(); ++i) {
    if (i) s += ", ";
    if (vals[i].is_obj() && vals[i].o->kind == Kind::Tensor) {
      const auto& t = static_cast<rt::TensorObj*>(vals[i].o)->t();
      s += "FakeTensor(..., size=" + torch::shape_tuple_str(t.sizes()) + ")";
    } else {
      s += I.repr(vals[i]);
    }
  }
  if (vals.size() == 1) s += ",";
  return s + ")";
}

fx::Node* OutputGraph::create_proxy(fx::Op op, fx::Target target, NodeExec e, const std::vector<PArg>& args,
                                    const std::vector<std::pair<std::string, PArg>>& kwargs, Value& example_out) {
  fx::Args fa;
  for (auto& p : args) fa.push_back(to_fx(p));
  fx::Kwargs fk;
  for (auto& [k, p] : kwargs) fk.emplace_back(k, to_fx(p));
  fx::Node* n =
      op == fx::Op::CallMethod ? graph().call_method(target.name, fa, fk) : graph().call_function(target, fa, fk);
  n->meta.stack = current_stack;
  e.args = args;
  e.kwargs = kwargs;
  exec[n] = e;
  // A data-dependent scalar (unbacked symbol) has no value while tracing; its stand-in example
  // gives the right result type only, so it may only feed ops whose result shape does not depend
  // on it (elementwise arithmetic and comparisons).
  bool uses_unbacked = false;
  std::function<void(const PArg&)> scan = [&](const PArg& p) {
    if (p.kind == PArg::Kind::Node && unbacked_nodes.count(p.node)) uses_unbacked = true;
    for (auto& i : p.items) scan(i);
  };
  for (auto& p : args) scan(p);
  for (auto& [k, p] : kwargs) scan(p);
  if (uses_unbacked) {
    static const std::set<std::string> elementwise = {
        "add",     "sub",     "mul",       "div",       "true_divide", "rsub",  "pow",  "remainder",
        "fmod",    "clamp",   "clamp_min", "clamp_max", "masked_fill", "fill_", "add_", "sub_",
        "mul_",    "div_",    "eq",        "ne",        "lt",          "le",    "gt",   "ge",
        "maximum", "minimum", "where",     "lerp",      "full_like"};
    std::string opname = op == fx::Op::CallMethod ? target.name : target.qualified_name();
    std::string base = opname.substr(opname.rfind('.') == std::string::npos ? 0 : opname.rfind('.') + 1);
    if (e.kind != NodeExec::Kind::Operator && !elementwise.count(base)) {
      graph().erase_node(n);
      exec.erase(n);
      unimplemented_in_playground("a data-dependent value (from Tensor.item()) as an argument of `" + opname + "`",
                                  std::string(fx::op_name(op)) + " " + opname);
    }
  }
  std::unique_ptr<SymCallArgs> sym_before = symbolic_args_before(*this, e);
  {
    static const std::set<std::string> inplace_views = {"unsqueeze_", "squeeze_",  "t_",
                                                        "transpose_", "swapaxes_", "swapdims_"};
    std::string opname = op == fx::Op::CallMethod ? target.name : target.qualified_name();
    std::string base = opname.substr(opname.rfind('.') == std::string::npos ? 0 : opname.rfind('.') + 1);
    if (inplace_views.count(base) && !args.empty() && args[0].kind == PArg::Kind::Node &&
        args[0].node->op() == fx::Op::Placeholder)
      for (auto& ga : graphargs)
        if (ga.node == args[0].node && ga.source) metadata_mutated_inputs.insert(ga.source->name());
  }
  // get_fake_value: run the node on the example values under fake mode.
  DynamoState& D = state(interp);
  D.tracing++;
  bool prev = torch::fake_mode();
  torch::set_fake_mode(true);
  auto restore = [&]() {
    torch::set_fake_mode(prev);
    D.tracing--;
  };
  try {
    example_out = run_node(interp, e, examples);
  } catch (rt::PyException& ex) {
    restore();
    std::vector<Value> vals;
    for (auto& p : args) vals.push_back(p.kind == PArg::Kind::Node ? examples[p.node] : p.value);
    std::string what =
        std::string(fx::op_name(op)) + " " + (op == fx::Op::CallMethod ? target.name : target.qualified_name());
    Value msg = interp.exception_args(ex.exc);
    std::string exc_repr = interp.repr(ex.exc);
    graph().erase_node(n);
    // utils.py get_fake_value: the fake tensor's DynamicOutputShapeException (nonzero, boolean-mask
    // indexing) and DataDependentOutputException (equal, allclose) are breaks of their own.
    std::string text = interp.format_exception_only(ex.exc);
    // A tensor of repeats for repeat_interleave reaches the fake tensor as its decomposition's
    // aten.repeat_interleave.Tensor (an op tagged dynamic_output_shape).
    // torch.where(cond) is nonzero(as_tuple=True) underneath.
    for (const auto& [needle, func] : {std::pair<const char*, const char*>{"aten.nonzero", "aten.nonzero.default"},
                                       {"aten.where:", "aten.nonzero.default"},
                                       {"aten.repeat_interleave", "aten.repeat_interleave.Tensor"},
                                       {"aten.bincount", "aten.bincount.default"},
                                       {"aten.unique:", "aten._unique2.default"}}) {
      if (text.find(needle) != std::string::npos && (text.find("dynamic output shape") != std::string::npos ||
                                                     text.find("data-dependent output") != std::string::npos))
        unimplemented("Dynamic shape operator", func,
                      std::string("Operator `") + func + "`'s output shape depends on input Tensor data.",
                      {"Enable tracing of dynamic shape operators with "
                       "`torch._dynamo.config.capture_dynamic_output_shape_ops = True`"});
    }
    // Tensor.item() on a fake tensor inside an in-graph function (one_hot without num_classes):
    // the DataDependentOutputException of aten._local_scalar_dense, with get_fake_value's
    // capture_scalar_outputs hint.
    // The same for the prelude's composites that read a value (Tensor.item() on a fake tensor).
    if (text.rfind("RuntimeError: aten._local_scalar_dense.default: data-dependent output", 0) == 0 ||
        text.find("Tensor.item() cannot be called on a FakeTensor") != std::string::npos)
      unimplemented("Data dependent operator", "aten._local_scalar_dense.default",
                    "Operator `aten._local_scalar_dense.default` has a non-Tensor output whose value is dependent on "
                    "the data of Tensor inputs.",
                    {"Enable tracing of data-dependent output operators with "
                     "`torch._dynamo.config.capture_scalar_outputs = True`"});
    for (const char* op : {"equal", "allclose"}) {
      std::string prefix = std::string("RuntimeError: aten.") + op + ": data-dependent output";
      if (text.rfind(prefix, 0) == 0) {
        std::string func = std::string("aten.") + op + ".default";
        unimplemented(
            "Data dependent operator", func,
            "Operator `" + func + "` has a non-Tensor output whose value is dependent on the data of Tensor inputs.",
            {"Consider wrapping the operator into a PyTorch-understood custom operator "
             "(see https://pytorch.org/tutorials/advanced/custom_ops_landing_page.html)"});
      }
    }
    // utils.py get_fake_value: a TypeError about the arguments is the user's error (GB0112), its
    // context `TypeError {node.target}: {cause}`.
    if (interp.isinstance(ex.exc, interp.TypeError)) {
      std::string cause = interp.to_str(ex.exc);
      if (cause.find("argument") != std::string::npos && e.kind == NodeExec::Kind::CallValue && e.callable.is_obj()) {
        // str(node.target): torch.* functions are built-in methods of the torch._C._VariableFunctions type.
        std::string target_str = interp.repr(e.callable);
        if (e.callable.o->kind == rt::Kind::Builtin && static_cast<rt::Builtin*>(e.callable.o)->module == "torch") {
          char addr[32];
          std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(interp.address_of(e.callable.o)));
          target_str =
              "<built-in method " + static_cast<rt::Builtin*>(e.callable.o)->name + " of type object at " + addr + ">";
        }
        unimplemented("TypeError when making fake tensor call", "TypeError " + target_str + ": " + cause, "", {});
      }
    }
    unimplemented("RuntimeError when making fake tensor call", "",
                  "Dynamo failed to run FX node with fake tensors: " + what + "(*" + describe_args(interp, vals) +
                      ", **{}): got " + exc_repr,
                  {});
  } catch (...) {
    restore();
    throw;
  }
  restore();
  examples[n] = example_out;
  if (uses_unbacked && !(example_out.is_obj() && example_out.o->kind == rt::Kind::Tensor)) unbacked_nodes.insert(n);
  propagate_symbolic_shapes(*this, n, e, example_out, sym_before.get());
  return n;
}

fx::Node* OutputGraph::create_unbacked_proxy(fx::Op op, fx::Target target, NodeExec e, const std::vector<PArg>& args,
                                             Value example) {
  fx::Args fa;
  for (auto& p : args) fa.push_back(to_fx(p));
  fx::Node* n =
      op == fx::Op::CallMethod ? graph().call_method(target.name, fa, {}) : graph().call_function(target, fa, {});
  n->meta.stack = current_stack;
  e.args = args;
  exec[n] = e;
  examples[n] = example;
  unbacked_nodes.insert(n);
  return n;
}

void OutputGraph::store_attr_override(const AttrKey& key, VariableTracker* value) {
  auto it = attr_overrides.find(key);
  attr_undo_log.push_back({key, it == attr_overrides.end() ? nullptr : it->second});
  attr_overrides[key] = value;
}

void OutputGraph::undo_attr_overrides(size_t log_size) {
  while (attr_undo_log.size() > log_size) {
    const AttrUndo& u = attr_undo_log.back();
    if (u.previous) attr_overrides[u.key] = u.previous;
    else attr_overrides.erase(u.key);
    attr_undo_log.pop_back();
  }
}

int OutputGraph::count_calls() const {
  int n = 0;
  for (fx::Node* node : gm->graph->nodes())
    if (node->op() == fx::Op::CallFunction || node->op() == fx::Op::CallMethod || node->op() == fx::Op::CallModule) ++n;
  return n;
}

void OutputGraph::cleanup_graph(bool grad_enabled) {
  auto is_set_grad = [](fx::Node* n, bool value) {
    return n->op() == fx::Op::CallFunction && !n->erased() &&
           n->target().qualified_name() == "torch._C._set_grad_enabled" && n->args().size() == 1 &&
           n->args()[0].kind == fx::Argument::Kind::Bool && n->args()[0].b == value;
  };
  std::vector<fx::Node*> nodes = gm->graph->nodes();
  for (size_t i = 0; i + 1 < nodes.size(); ++i) {
    if (!is_set_grad(nodes[i], !grad_enabled)) continue;
    grad_enabled = !grad_enabled;
    if (!is_set_grad(nodes[i + 1], !grad_enabled)) continue;
    grad_enabled = !grad_enabled;
    gm->graph->erase_node(nodes[i]);
    gm->graph->erase_node(nodes[i + 1]);
  }
}

// ---------------------------------------------------------------------------------------------
// Execution (the FX Interpreter)

static Value resolve(rt::Interp& I, const PArg& p, const std::unordered_map<const fx::Node*, Value>& env) {
  switch (p.kind) {
    case PArg::Kind::Node: {
      auto it = env.find(p.node);
      if (it == env.end()) throw std::runtime_error("graph node used before definition: " + p.node->name());
      return it->second;
    }
    case PArg::Kind::Const: return p.value;
    case PArg::Kind::Tuple:
    case PArg::Kind::List: {
      std::vector<Value> items;
      for (auto& e : p.items) items.push_back(resolve(I, e, env));
      return p.kind == PArg::Kind::Tuple ? I.tuple(items) : I.list(items);
    }
    case PArg::Kind::Slice:
      return Value::obj(I.make<rt::Slice>(I.slice_type, resolve(I, p.items[0], env), resolve(I, p.items[1], env),
                                          resolve(I, p.items[2], env)));
  }
  return Value::none();
}

Value run_node(rt::Interp& I, const NodeExec& e, const std::unordered_map<const fx::Node*, Value>& env) {
  rt::CallArgs a;
  for (auto& p : e.args) a.pos.push_back(resolve(I, p, env));
  for (auto& [k, p] : e.kwargs) a.kw.emplace_back(k, resolve(I, p, env));
  switch (e.kind) {
    case NodeExec::Kind::CallValue: return I.call(e.callable, a);
    case NodeExec::Kind::Constant: return e.callable;
    case NodeExec::Kind::Method: {
      Value self = a.pos[0];
      a.pos.erase(a.pos.begin());
      return I.call(I.getattr(self, e.name), a);
    }
    case NodeExec::Kind::Operator: {
      int op = e.nb_op;
      if (op < 100) return I.binary_op(op, a.pos[0], a.pos[1]);
      if (op < 200) return I.compare(op - 100, a.pos[0], a.pos[1]);
      if (op == 200) return I.unary_neg(a.pos[0]);
      if (op == 201) return I.unary_pos(a.pos[0]);
      if (op == 202) return I.unary_invert(a.pos[0]);
      if (op == 300) return I.getitem(a.pos[0], a.pos[1]);
      if (op == 301) {
        I.setitem(a.pos[0], a.pos[1], a.pos[2]);
        return Value::none();
      }
      throw std::runtime_error("unknown operator node");
    }
    case NodeExec::Kind::GetItem: return I.getitem(a.pos[0], a.pos[1]);
    case NodeExec::Kind::CallTorchbind: {
      Value obj = a.pos[0];
      std::vector<Value> rest(a.pos.begin() + 2, a.pos.end());
      rt::CallArgs ca;
      ca.pos = rest;
      ca.kw = a.kw;
      if (obj.is_obj() && obj.o->kind == Kind::ScriptObject) return I.call(I.getattr(obj, e.name), ca);
      // FakeScriptObject: run the fake class method on the fake object (docs/torchbind.md §5.2).
      Value wrapped = I.getattr_opt(obj, "wrapped_obj");
      if (wrapped.is_null())
        I.raise(I.RuntimeError,
                "Unsupported first arg type " + I.repr(Value::obj(I.type_of(obj))) + " for call_torchbind");
      return I.call(I.getattr(wrapped, e.name), ca);
    }
    case NodeExec::Kind::Placeholder:
    case NodeExec::Kind::Output: break;
  }
  return Value::none();
}

Value GraphProgram::run(rt::Interp& I, const std::vector<Value>& inputs) const {
  std::unordered_map<const fx::Node*, Value> env;
  size_t next_input = 0;
  for (fx::Node* n : order) {
    const NodeExec& e = exec.at(n);
    if (e.kind == NodeExec::Kind::Placeholder) {
      if (next_input >= inputs.size())
        I.raise(I.TypeError, "forward() missing a required argument: '" + n->target().name + "'");
      env[n] = inputs[next_input++];
      continue;
    }
    if (e.kind == NodeExec::Kind::Output) {
      std::vector<Value> outs;
      for (auto& p : e.args) outs.push_back(resolve(I, p, env));
      return I.tuple(outs);
    }
    env[n] = run_node(I, e, env);
  }
  return I.tuple({});
}

}  // namespace dp::dynamo
