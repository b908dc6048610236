// torch._dynamo.nonstrict_trace in the tracer. Mirrors the `nonstrict_traceable` branch of
// TorchInGraphFunctionVariable.call_function in torch/_dynamo/variables/torch.py and
// OutputGraph.register_static_attr_and_return_proxy (torch/_dynamo/output_graph.py): the call's
// (args, kwargs) are pytree-flattened, the function and the input spec become attributes of the
// graph module read by get_attr nodes, and the call is one
// `torch.ops.higher_order.flat_apply(fn_spec, input_spec, *flat_args)` node, run on fake values
// while tracing (the function itself runs, untraced). docs/compiler-api.md "nonstrict_trace".
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

fx::Node* OutputGraph::register_static_attr(const std::string& prefix, Value value, const std::string& type) {
  auto taken = [&](const std::string& n) { return static_attrs.count(n) || gm->get_submodule(n); };
  std::string name = prefix;
  for (int i = 0; taken(name); ++i) name = prefix + "_" + std::to_string(i);
  static_attrs.insert(name);
  fx::Node* n = graph().get_attr(name, type);
  n->meta.stack = current_stack;
  NodeExec e;
  e.kind = NodeExec::Kind::Constant;
  e.callable = value;
  exec[n] = e;
  examples[n] = value;
  return n;
}

namespace {

// torch.utils._pytree.tree_flatten over trackers (PyTorch lets Dynamo trace tree_flatten itself):
// tuples, lists, dicts, None and objects of registered classes are nodes, anything else a leaf. Returns the same structure as a
// Python value whose leaves are placeholders (0), from which the prelude computes the TreeSpec.
Value flatten(InstructionTranslatorBase& tx, VariableTracker* v, std::vector<VariableTracker*>& leaves) {
  rt::Interp& I = tx.interp;
  v = v->realize(tx);
  if (auto* t = dynamic_cast<TupleVariable*>(v); t && !dynamic_cast<SizeVariable*>(t)) {
    if (t->named_type)
      unimplemented_in_playground("a named tuple as an argument of a `nonstrict_trace`-ed function",
                                  "nonstrict_trace input " + t->repr(I));
    std::vector<Value> items;
    for (auto* e : t->items) items.push_back(flatten(tx, e, leaves));
    return I.tuple(items);
  }
  if (auto* l = dynamic_cast<ListVariable*>(v)) {
    std::vector<Value> items;
    for (auto* e : l->items) items.push_back(flatten(tx, e, leaves));
    return I.list(items);
  }
  if (auto* d = dynamic_cast<ConstDictVariable*>(v)) {
    Value out = I.dict_value();
    for (auto& [k, e] : d->items) I.setitem(out, k, flatten(tx, e, leaves));
    return out;
  }
  if (auto* c = dynamic_cast<ConstantVariable*>(v); c && c->value.is_none()) return Value::none();
  if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v)) {
    // A class registered with torch.utils._pytree (SUPPORTED_NODES): its flatten_fn is traced
    // (children and a constant context); a register_constant class is a node with no children
    // whose context is the object itself, guarded by ==.
    Value pytree = I.import_module("torch.utils._pytree");
    Value cls = Value::obj(I.type_of(u->value));
    Value node = I.call(I.getattr(pytree, "_node_of"), std::vector<Value>{cls});
    if (!node.is_none()) {
      std::vector<Value> nd = I.to_vector(node);
      Value context;
      std::vector<Value> children;
      if (I.truthy(nd[1])) {
        if (u->is_new || !u->source)
          unimplemented_in_playground(
              "an object made in the compiled region of a `register_constant` class as an "
              "argument of a `nonstrict_trace`-ed function",
              "nonstrict_trace input " + u->repr(I));
        Guard g;
        g.type = Guard::Type::EQUALS_MATCH;
        g.source = u->source;
        g.expected = u->value;
        tx.output.guards.add(g);
        context = I.call(I.getattr(pytree, "ConstantNode"), std::vector<Value>{u->value});
      } else {
        VTArgs fargs{u};
        VTKwargs fkw;
        VariableTracker* r = tx.wrap_sourceless(nd[0])->call_function(tx, fargs, fkw)->realize(tx);
        auto* pair = dynamic_cast<BaseListVariable*>(r);
        VariableTracker* kids = pair && pair->items.size() == 2 ? pair->items[0]->realize(tx) : nullptr;
        auto* kid_list = dynamic_cast<BaseListVariable*>(kids);
        if (!kid_list || !pair->items[1]->realize(tx)->is_python_constant())
          unimplemented_in_playground("a pytree flatten_fn that does not return (children, constant context)",
                                      "nonstrict_trace input " + u->repr(I));
        context = pair->items[1]->realize(tx)->as_python_constant(tx);
        for (auto* e : kid_list->items) children.push_back(flatten(tx, e, leaves));
      }
      return I.call(I.getattr(pytree, "_SpecNode"), std::vector<Value>{cls, context, I.list(children)});
    }
  }
  leaves.push_back(v);
  return Value::integer(0);
}

// flat_apply.py is_graphable_type(flat_arg_vt.python_type()).
bool graphable(InstructionTranslatorBase& tx, VariableTracker* v, std::string& type_name) {
  rt::Interp& I = tx.interp;
  if (dynamic_cast<TensorVariable*>(v) || dynamic_cast<SymNodeVariable*>(v)) return true;
  Value is_graphable = I.getattr(I.import_module("torch._higher_order_ops.flat_apply"), "is_graphable");
  Value value;
  if (auto* c = dynamic_cast<ConstantVariable*>(v)) value = c->value;
  else if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v)) value = u->value;
  else if (v->is_python_constant()) value = v->as_python_constant(tx);
  if (!value.is_null()) {
    if (I.truthy(I.call(is_graphable, std::vector<Value>{value}))) return true;
    type_name = I.to_str(I.getattr(Value::obj(I.type_of(value)), "__qualname__"));
    return false;
  }
  type_name = v->python_type_name(I);
  return false;
}

}  // namespace

VariableTracker* TorchInGraphFunctionVariable::call_nonstrict_trace(InstructionTranslatorBase& tx, VTArgs& args,
                                                                    VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  OutputGraph& out = tx.output;
  // 1. (args, kwargs) flattened into leaves and a spec (a traced flatten_fn leaves the nodes made
  // next on the call's line).
  fx::StackSummary stack = out.current_stack;
  std::vector<VariableTracker*> leaves;
  std::vector<Value> arg_skeleton;
  for (auto* a : args) arg_skeleton.push_back(flatten(tx, a, leaves));
  Value kw_skeleton = I.dict_value();
  for (auto& [k, v] : kwargs) I.setitem(kw_skeleton, I.str(k), flatten(tx, v, leaves));
  for (auto* leaf : leaves) {
    std::string type_name;
    if (!graphable(tx, leaf, type_name))
      unimplemented("Invalid input type for nonstrict_trace-ed function",
                    "Encountered input of type <" + type_name + ">.",
                    "For `nonstrict_trace`-ed functions, only basic types (e.g., torch.Tensor, int, float) or pytree "
                    "containers of those are allowed as inputs. The provided argument contains an unsupported type.",
                    {"Use one of the following to register the type with pytree:\n"
                     "* `torch.utils._pytree.register_constant`\n"
                     "* `torch.utils._pytree.register_dataclass`\n"
                     "* `torch.utils._pytree.register_pytree_node`"});
  }
  out.current_stack = stack;
  out.current_stack_code = nullptr;
  Value flat_apply_mod = I.import_module("torch._higher_order_ops.flat_apply");
  Value input_spec = I.call(I.getattr(flat_apply_mod, "_input_spec"),
                            std::vector<Value>{I.tuple({I.tuple(arg_skeleton), kw_skeleton})});
  std::vector<PArg> flat_args;
  for (auto* leaf : leaves) flat_args.push_back(leaf->as_proxy(tx));
  // 2. The function and the input spec as graph-module attributes, then the flat_apply node.
  std::string name = I.to_str(I.getattr(fn, "__name__"));
  Value fn_spec = I.to_vector(I.call(I.getattr(flat_apply_mod, "func_to_graphable"), std::vector<Value>{fn}))[1];
  fx::Node* fn_spec_node = out.register_static_attr(name + "_spec", fn_spec, "torch.utils._pytree.TreeSpec");
  fx::Node* in_spec_node = out.register_static_attr(name + "_input_spec", input_spec, "torch.utils._pytree.TreeSpec");
  std::vector<PArg> all_args;
  for (fx::Node* n : {fn_spec_node, in_spec_node}) {
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = n;
    all_args.push_back(p);
  }
  all_args.insert(all_args.end(), flat_args.begin(), flat_args.end());
  NodeExec e;
  e.kind = NodeExec::Kind::CallValue;
  e.callable = I.getattr(flat_apply_mod, "flat_apply");
  e.args = all_args;
  try {
    Value example;
    fx::Node* n = out.create_proxy(fx::Op::CallFunction, fx::Target::hop("flat_apply"), e, all_args, {}, example);
    return tx.wrap_fx_proxy(n, example);
  } catch (Unsupported&) {
    // A failed fake run (flat_apply's output check included) or an output wrap_fx_proxy cannot
    // track; the nodes made by this instruction are dropped with the graph break.
    for (fx::Node* n : {in_spec_node, fn_spec_node}) {
      out.static_attrs.erase(n->target_str());
      if (n->users().empty()) out.graph().erase_node(n);
    }
    unimplemented("Unsupported output type for nonstrict_trace-ed function", "Function: " + name,
                  "For `nonstrict_trace`-ed functions, only basic types (e.g., torch.Tensor, int, list) are allowed as "
                  "output. The result of this call contains an unsupported type.",
                  {graph_break_hints::SUPPORTABLE});
  }
}

}  // namespace dp::dynamo
