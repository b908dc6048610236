// See higher_order_ops.h.
#include "dynamo/variables/higher_order_ops.h"

#include <algorithm>

#include "dynamo/symbolic_convert.h"
#include "dynamo/exc.h"
#include "dynamo/variables/builder.h"
#include "runtime/torch_module.h"
#include "torch/op_registry.h"

namespace dp::dynamo {

using rt::Value;

VariableTracker* CallTorchbindHigherOrderVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                                 VTKwargs& kwargs) {
  const std::string hop = "torch.ops.higher_order.call_torchbind";
  try {
    std::vector<PArg> p;
    p.push_back(script_obj_var->as_proxy(tx));
    PArg name;
    name.value = tx.interp.str(method_name);
    p.push_back(name);
    auto rest = tx.proxies(args);
    p.insert(p.end(), rest.begin(), rest.end());
    std::vector<std::pair<std::string, PArg>> kw;
    for (auto& [k, v] : kwargs) {
      v = v->realize(tx);
      kw.emplace_back(k, v->as_proxy(tx));
    }
    NodeExec e;
    e.kind = NodeExec::Kind::CallTorchbind;
    e.name = method_name;
    e.args = p;
    e.kwargs = kw;
    Value example;
    fx::Node* node = tx.output.create_proxy(fx::Op::CallFunction,
                                            fx::Target::hop("call_torchbind", /*side_effect=*/true), e, p, kw, example);
    return tx.wrap_fx_proxy(node, example);
  } catch (Unsupported& u) {
    // The graph break happened while tracing this higher-order operator: its message says so.
    u.gb.hop_name = hop;
    throw;
  }
}

// ---- torch.cond ----------------------------------------------------------------------------

Value make_graph_module_object(rt::Interp& I, std::shared_ptr<GraphProgram> prog);  // eval_frame.cpp

namespace {

struct Branch {
  std::shared_ptr<fx::GraphModule> gm;
  std::shared_ptr<GraphProgram> prog;
  std::vector<Value> examples;          // the output examples
  bool single = false;                  // the branch returned one tensor (not a tuple or list)
  std::vector<fx::Node*> freevars;      // nodes of the frame's graph the body reads, first use first
  fx::Node* first_body_node = nullptr;  // the first node that is not an operand's placeholder
};

void replace_parg(PArg& p, fx::Node* from, fx::Node* to) {
  if (p.kind == PArg::Kind::Node && p.node == from) p.node = to;
  for (auto& i : p.items) replace_parg(i, from, to);
}

// Replaces every use of the frame's node `outer` in the body by the body's placeholder `ph` (the
// nodes' arguments and how they run).
void lift_uses(OutputGraph& out, fx::Graph& body, fx::Node* outer, fx::Node* ph) {
  for (fx::Node* n : body.nodes()) {
    bool uses = false;
    for (fx::Node* in : n->all_input_nodes()) uses |= in == outer;
    if (!uses) continue;
    n->replace_input_with(outer, ph);
    auto it = out.exec.find(n);
    if (it == out.exec.end()) continue;
    for (auto& a : it->second.args) replace_parg(a, outer, ph);
    for (auto& [k, a] : it->second.kwargs) replace_parg(a, outer, ph);
  }
}

// speculate_subgraph: traces `fn(*operands)` into a graph of its own whose placeholders stand for
// the operands (named after them). Tensors of the frame's graph the body reads are its free
// variables (lifted into inputs by merge_branch_inputs); a tensor first read inside the body
// becomes an input of the frame's graph (create_graph_input goes to root_gm_while_speculating).
Branch trace_branch(InstructionTranslatorBase& tx, VariableTracker* fn, const std::vector<TensorVariable*>& operands,
                    const std::string& what) {
  OutputGraph& out = tx.output;
  Branch b;
  b.gm = std::make_shared<fx::GraphModule>();
  std::swap(out.gm, b.gm);  // out.graph() is now the branch's graph
  out.root_gm_while_speculating = b.gm;
  struct Restore {  // a graph break in the branch leaves the frame's graph current again
    OutputGraph& out;
    std::shared_ptr<fx::GraphModule>& saved;
    bool active = true;
    ~Restore() {
      if (active) {
        std::swap(out.gm, saved);
        out.root_gm_while_speculating = nullptr;
      }
    }
  } restore{out, b.gm};
  VTArgs args;
  std::unordered_set<const fx::Node*> own;
  for (TensorVariable* op : operands) {
    // The input is named after the operand's node; the node itself gets the next name
    // (`l_x__1 = l_x_`), as Dynamo's subgraph inputs print.
    fx::Node* ph = out.graph().placeholder(op->node->name());
    ph->rename(op->node->name() + "_1");
    ph->meta.tensor = tensor_meta(op->fake());
    NodeExec e;
    e.kind = NodeExec::Kind::Placeholder;
    out.exec[ph] = e;
    out.examples[ph] = op->example;
    auto* t = tx.make<TensorVariable>();
    t->node = ph;
    t->example = op->example;
    args.push_back(t);
    own.insert(ph);
  }
  VTKwargs kw;
  VariableTracker* r = fn->realize(tx)->call_function(tx, args, kw)->realize(tx);
  std::vector<TensorVariable*> results;
  if (auto* t = dynamic_cast<TensorVariable*>(r)) {
    results.push_back(t);
    b.single = true;
  } else if (auto* l = dynamic_cast<BaseListVariable*>(r))
    for (auto* e : l->items)
      if (auto* t = dynamic_cast<TensorVariable*>(e->realize(tx))) results.push_back(t);
      else results.clear(), r = nullptr;
  if (results.empty())
    unimplemented_in_playground("a torch.cond branch (" + what + ") that does not return tensors",
                                "torch.cond " + what);
  for (fx::Node* n : out.graph().nodes()) own.insert(n);
  for (fx::Node* n : out.graph().nodes())
    for (fx::Node* in : n->all_input_nodes())
      if (!own.count(in) && std::find(b.freevars.begin(), b.freevars.end(), in) == b.freevars.end())
        b.freevars.push_back(in);
  std::vector<fx::Argument> outs;
  NodeExec oe;
  oe.kind = NodeExec::Kind::Output;
  for (TensorVariable* t : results) {
    if (!own.count(t->node))
      unimplemented_in_playground("a torch.cond branch (" + what + ") that returns a tensor it did not compute",
                                  "torch.cond " + what + " returns " + t->node->name());
    outs.push_back(fx::Argument(t->node));
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = t->node;
    oe.args.push_back(p);
    b.examples.push_back(t->example);
  }
  fx::Node* o = out.graph().output(fx::Argument::tuple(outs));
  out.exec[o] = oe;
  out.graph().eliminate_dead_code();
  for (fx::Node* n : out.graph().nodes())
    if (n->op() != fx::Op::Placeholder) {
      b.first_body_node = n;
      break;
    }
  // The lifted inputs' old placeholders (speculate_subgraph's lift_tracked_freevar_to_input):
  // their names stay taken in the body's namespace.
  for (fx::Node* fv : b.freevars) {
    auto guard = out.graph().inserting_before(b.first_body_node);
    fx::Node* old = out.graph().placeholder(fv->name());
    out.graph().erase_node(old);
  }
  std::swap(out.gm, b.gm);  // back to the frame's graph; b.gm is the branch's
  out.root_gm_while_speculating = nullptr;
  restore.active = false;
  return b;
}

// _merge_graph_inputs: both bodies take the operands, then the free variables read by both
// (sorted by name), then those only the true branch reads (suffix `_true_branch`), then those only
// the false branch reads (`_false_branch`), each group sorted by name.
std::vector<fx::Node*> merge_branch_inputs(OutputGraph& out, Branch& t, Branch& f) {
  auto by_name = [](std::vector<fx::Node*> v) {
    std::sort(v.begin(), v.end(), [](fx::Node* a, fx::Node* b) { return a->name() < b->name(); });
    return v;
  };
  auto has = [](const std::vector<fx::Node*>& v, fx::Node* n) { return std::find(v.begin(), v.end(), n) != v.end(); };
  std::vector<fx::Node*> shared, only_t, only_f;
  for (fx::Node* n : t.freevars) (has(f.freevars, n) ? shared : only_t).push_back(n);
  for (fx::Node* n : f.freevars)
    if (!has(t.freevars, n)) only_f.push_back(n);
  shared = by_name(shared);
  only_t = by_name(only_t);
  only_f = by_name(only_f);
  for (Branch* b : {&t, &f}) {
    fx::Graph& body = *b->gm->graph;
    auto guard = body.inserting_before(b->first_body_node);
    auto add = [&](const std::vector<fx::Node*>& group, const std::string& suffix) {
      for (fx::Node* outer : group) {
        fx::Node* ph = body.placeholder(outer->name() + suffix);
        ph->meta = outer->meta;
        ph->meta.stack.reset();
        NodeExec e;
        e.kind = NodeExec::Kind::Placeholder;
        out.exec[ph] = e;
        out.examples[ph] = out.examples[outer];
        if (has(b->freevars, outer)) lift_uses(out, body, outer, ph);
      }
    };
    add(shared, "");
    add(only_t, "_true_branch");
    add(only_f, "_false_branch");
    b->prog = std::make_shared<GraphProgram>();
    b->prog->gm = b->gm;
    for (fx::Node* n : body.nodes()) {
      b->prog->order.push_back(n);
      b->prog->exec[n] = out.exec.at(n);
    }
  }
  std::vector<fx::Node*> all = shared;
  all.insert(all.end(), only_t.begin(), only_t.end());
  all.insert(all.end(), only_f.begin(), only_f.end());
  return all;
}

}  // namespace

VariableTracker* call_cond(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  VTArgs a = args;
  for (const char* name : {"pred", "true_fn", "false_fn", "operands"})
    for (auto& [k, v] : kwargs)
      if (k == name) a.push_back(v);
  if (a.size() < 3 || a.size() > 4)
    unimplemented_in_playground("torch.cond called with these arguments", "torch.cond " + std::to_string(a.size()));
  VariableTracker* pred = a[0]->realize(tx);
  std::vector<VariableTracker*> ops;
  if (a.size() == 4) {
    VariableTracker* o = a[3]->realize(tx);
    auto* l = dynamic_cast<BaseListVariable*>(o);
    // `()` is a constant tuple.
    Value ov = !l && o->is_python_constant() ? o->as_python_constant(tx) : Value();
    bool empty_const = ov.is_obj() && ov.o->kind == rt::Kind::Tuple && I.to_vector(ov).empty();
    if (!l && !empty_const)
      unimplemented_in_playground("torch.cond operands that are not a tuple or list", "torch.cond operands");
    if (l) ops = l->items;
  }
  if (pred->is_python_constant() && !dynamic_cast<SymNodeVariable*>(pred)) {
    // Specialize into the branch a constant pred selects.
    VTKwargs none;
    return (I.truthy(pred->as_python_constant(tx)) ? a[1] : a[2])->realize(tx)->call_function(tx, ops, none);
  }
  auto* pv = dynamic_cast<TensorVariable*>(pred);
  if (!pv) unimplemented_in_playground("torch.cond with this pred (" + pred->repr(I) + ")", "torch.cond pred");
  std::vector<TensorVariable*> operands;
  for (auto* o : ops) {
    auto* t = dynamic_cast<TensorVariable*>(o->realize(tx));
    if (!t) unimplemented_in_playground("torch.cond operands that are not tensors", "torch.cond operands");
    operands.push_back(t);
  }
  fx::StackSummary stack = tx.output.current_stack;
  Branch t = trace_branch(tx, a[1], operands, "true_fn");
  Branch f = trace_branch(tx, a[2], operands, "false_fn");
  tx.output.current_stack = stack;
  tx.output.current_stack_code = nullptr;
  if (t.examples.size() != f.examples.size())
    unimplemented_in_playground("torch.cond branches returning different numbers of tensors", "torch.cond outputs");
  std::vector<fx::Node*> lifted = merge_branch_inputs(tx.output, t, f);
  // Register the bodies: cond_true_N / cond_false_N, N the first free index.
  fx::GraphModule& root = *tx.output.gm;
  int idx = 0;
  while (root.get_submodule("cond_true_" + std::to_string(idx))) ++idx;
  std::string tname = "cond_true_" + std::to_string(idx), fname = "cond_false_" + std::to_string(idx);
  root.add_submodule(tname, t.gm);
  root.add_submodule(fname, f.gm);
  auto body_node = [&](const std::string& name, const std::shared_ptr<GraphProgram>& prog) {
    fx::Node* n = tx.output.graph().get_attr(name);
    n->meta.stack = stack;
    NodeExec e;
    e.kind = NodeExec::Kind::Constant;
    e.callable = make_graph_module_object(I, prog);
    tx.output.exec[n] = e;
    tx.output.examples[n] = e.callable;
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = n;
    return p;
  };
  PArg tn = body_node(tname, t.prog), fn = body_node(fname, f.prog);
  // At run time the pred picks the body; while tracing (fake tensors) the true body gives the
  // example outputs.
  std::shared_ptr<GraphProgram> tp = t.prog, fp = f.prog;
  NodeExec e;
  e.kind = NodeExec::Kind::CallValue;
  e.callable = I.builtin(
      "cond",
      [tp, fp](rt::Interp& I2, rt::CallArgs& ca) -> Value {
        std::vector<Value> operands = I2.to_vector(ca.pos.at(3));
        bool take_true = torch::fake_mode() || I2.truthy(ca.pos.at(0));
        return (take_true ? tp : fp)->run(I2, operands);
      },
      "torch.ops.higher_order");
  PArg pp = pv->as_proxy(tx);
  PArg opsp;
  opsp.kind = PArg::Kind::Tuple;
  for (TensorVariable* o : operands) opsp.items.push_back(o->as_proxy(tx));
  for (fx::Node* n : lifted) {
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = n;
    opsp.items.push_back(p);
  }
  e.args = {pp, tn, fn, opsp};
  Value example;
  fx::Node* n = tx.output.create_proxy(fx::Op::CallFunction, fx::Target::hop("cond"), e, e.args, {}, example);
  n->meta.stack = stack;
  // The outputs unflattened as the branch returned them: one tensor, or a tuple.
  VariableTracker* r = tx.wrap_fx_proxy(n, example);
  if (t.single)
    if (auto* tv = dynamic_cast<TupleVariable*>(r); tv && tv->items.size() == 1) return tv->items[0];
  return r;
}

}  // namespace dp::dynamo
