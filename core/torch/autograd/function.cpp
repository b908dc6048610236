// Mirrors torch/csrc/autograd/function.cpp, functions/accumulate_grad.cpp, variable.cpp
// (gradient_edge, grad_accumulator, rebase_history) and the graph recording of
// torch/csrc/autograd/generated/VariableType*.cpp. See docs/autograd.md.
#include "torch/autograd/function.h"
#include "torch/kernel_utils.h"

#include <set>

#include <algorithm>

namespace dp::torch::autograd {

namespace {
thread_local uint64_t g_sequence_nr = 0;
thread_local std::vector<Tensor>* g_saved_sink = nullptr;

// A handle on the same data and metadata without the autograd history (SavedVariable of an
// output: saving the tensor itself would make a reference cycle through its grad_fn).
Tensor saved_alias(const Tensor& t) {
  auto impl = std::make_shared<TensorImpl>();
  impl->dtype = t.dtype();
  impl->sizes = t.sizes();
  impl->strides = t.strides();
  impl->offset = t.storage_offset();
  impl->storage = t.storage();
  impl->is_view = true;
  return Tensor(std::move(impl));
}

}  // namespace

Tensor copy_before_inplace(const Tensor& t) {
  NoGradGuard ng;
  Tensor c = call_t("clone", {t});
  c.impl()->requires_grad = false;
  c.impl()->grad_fn.clear();
  c.impl()->grad_node = nullptr;
  return c;
}

uint64_t next_sequence_nr() { return g_sequence_nr++; }

Node::Node(std::string name) : name_(std::move(name)), sequence_nr(next_sequence_nr()) {}

variable_list CallbackNode::apply(variable_list&& grads) {
  for (size_t i = 0; i < grads.size() && i < input_metadata.size(); ++i) {
    if (!grads[i].defined()) grads[i] = Tensor::make(input_metadata[i].shape, input_metadata[i].dtype);
  }
  return fn(std::move(grads));
}

AccumulateGrad::AccumulateGrad(std::shared_ptr<TensorImpl> v) : Node("AccumulateGrad"), variable(std::move(v)) {
  // Leaves run as soon as they are ready (PyTorch gives them the largest sequence number).
  sequence_nr = UINT64_MAX;
  input_metadata.push_back({variable->sizes, variable->dtype});
}

namespace {
// Leaves whose .grad has a history (backward(create_graph=True)): variable -> .grad -> its graph ->
// saved inputs -> variable is a reference cycle, in PyTorch too (its warning says so). A run's end
// breaks it (release_grads_with_history), or the memory would stay with the page for good.
std::vector<std::weak_ptr<TensorImpl>>& grads_with_history() {
  static thread_local std::vector<std::weak_ptr<TensorImpl>> list;
  return list;
}
}  // namespace

void release_grads_with_history() {
  auto list = std::move(grads_with_history());
  grads_with_history().clear();
  for (auto& w : list)
    if (auto v = w.lock()) v->grad.reset();
}

variable_list AccumulateGrad::apply(variable_list&& grads) {
  Tensor g = grads.at(0);
  if (!g.defined()) return {};
  if (grad_enabled()) {
    grads_with_history().push_back(variable);
    // create_graph=True (accumulate_grad.h): a new .grad is copied into a fresh tensor with the
    // variable's layout (clone_obey_contract: new_empty_strided(...).copy_(new_grad), so its grad_fn
    // is CopyBackwards); an existing one is replaced by `grad + new_grad`, keeping the history.
    if (!variable->grad) {
      Tensor c = Tensor::make(variable->sizes, variable->dtype);
      call("copy_", {c, g});
      variable->grad = c.impl_ptr();
    } else {
      variable->grad = call_t("add", {Tensor(variable->grad), g}).impl_ptr();
    }
    return {};
  }
  NoGradGuard ng;
  if (!variable->grad) {
    // The new .grad never aliases a tensor of the graph (accumulate_grad.h clones unless it may
    // steal the buffer; a copy is what the program can observe either way).
    Tensor c = call_t("clone", {g}, {{"memory_format", Value(std::string("contiguous_format"))}});
    if (c.dtype() != variable->dtype) c = call_t("to", {c, variable->dtype});
    c.impl()->requires_grad = false;
    c.impl()->grad_fn.clear();
    variable->grad = c.impl_ptr();
  } else {
    call("add_", {Tensor(variable->grad), g});
  }
  return {};
}

variable_list ErrorNode::apply(variable_list&&) { throw_error(type, msg); }

Geometry Geometry::of(const Tensor& t) {
  return {t.sizes(), t.strides(), t.storage_offset(), t.dtype(),
          t.storage() ? t.storage()->nbytes / static_cast<int64_t>(itemsize(t.dtype())) : 0};
}

namespace {
// Storage position of each element of `g`, in row-major order.
std::vector<int64_t> positions(const Geometry& g) {
  std::vector<int64_t> pos(static_cast<size_t>(shape_numel(g.sizes)));
  std::vector<int64_t> idx(g.sizes.size(), 0);
  for (size_t k = 0; k < pos.size(); ++k) {
    int64_t p = g.offset;
    for (size_t d = 0; d < idx.size(); ++d) p += idx[d] * g.strides[d];
    pos[k] = p;
    for (size_t d = idx.size(); d-- > 0;) {
      if (++idx[d] < g.sizes[d]) break;
      idx[d] = 0;
    }
  }
  return pos;
}

// A tensor with geometry `g` over a fresh zeroed storage.
Tensor make_geometry(const Geometry& g, DType dtype) {
  Tensor store = Tensor::make({std::max<int64_t>(g.storage_elems, 1)}, dtype);
  return Tensor::make_view(store, g.sizes, g.strides, g.offset);
}
}  // namespace

Tensor as_strided_backward(const Tensor& grad, const Geometry& input, const Geometry& view) {
  std::vector<int64_t> vpos = positions(view), ipos = positions(input);
  std::vector<double> g = detail::read_as<double>(grad, view.sizes);
  std::vector<double> acc(static_cast<size_t>(std::max<int64_t>(input.storage_elems, 1)), 0.0);
  for (size_t k = 0; k < vpos.size(); ++k) {
    if (vpos[k] >= 0 && static_cast<size_t>(vpos[k]) < acc.size()) acc[static_cast<size_t>(vpos[k])] += g[k];
  }
  std::vector<double> out(ipos.size());
  for (size_t k = 0; k < ipos.size(); ++k) out[k] = acc[static_cast<size_t>(ipos[k])];
  Tensor r = Tensor::make(input.sizes, grad.dtype());
  detail::write_from<double>(r, out);
  return r;
}

variable_list AsStridedBackward::apply(variable_list&& grads) {
  if (grad_enabled())
    throw_error("NotImplementedError", "not supported by the playground yet: create_graph=True through " + name());
  if (!grads.at(0).defined()) return {Tensor()};
  return {as_strided_backward(grads[0], base, view)};
}

variable_list CopySlices::apply(variable_list&& grads) {
  if (grad_enabled())
    throw_error("NotImplementedError", "not supported by the playground yet: create_graph=True through CopySlices");
  NoGradGuard ng;
  Tensor grad = grads.at(0).defined() ? grads[0] : Tensor::make(base.sizes, base.dtype);
  // result = the base's gradient laid out like the base; grad_slice = the view's part of it.
  Tensor result = make_geometry(base, grad.dtype());
  call("copy_", {result, grad});
  Tensor grad_slice = Tensor::make_view(result, view.sizes, view.strides, view.offset);
  variable_list res = fn->apply({call_t("clone", {grad_slice})});
  variable_list out(next_edges.size());
  if (!res.empty() && res[0].defined()) call("copy_", {grad_slice, res[0]});
  else call("zero_", {grad_slice});
  out[0] = result;
  for (size_t i = 1; i < out.size() && i < res.size(); ++i) out[i] = res[i];
  return out;
}

std::shared_ptr<Node> grad_accumulator(const Tensor& t) {
  if (auto acc = t.impl()->grad_accumulator.lock()) return acc;
  auto acc = std::make_shared<AccumulateGrad>(t.impl_ptr());
  t.impl()->grad_accumulator = acc;
  return acc;
}

void refresh_view_grad_fn(const Tensor& t) {
  if (!t.defined()) return;
  TensorImpl* v = t.impl();
  if (!v->is_view || !v->view_base || !v->storage || v->storage->fake) return;
  const uint32_t version = v->storage->version;
  if (v->attr_version == version) return;
  Tensor base(v->view_base);
  if (!v->grad_node && !base.requires_grad()) return;
  Geometry bg = Geometry::of(base), vg = Geometry::of(t);
  auto fn = std::make_shared<AsStridedBackward>(bg, vg);
  fn->next_edges.push_back(gradient_edge(base));
  fn->input_metadata.push_back({vg.sizes, vg.dtype});
  v->grad_fn = fn->name();
  v->grad_node = fn;
  v->output_nr = 0;
  v->requires_grad = true;
  v->retains_grad = false;
  v->attr_version = version;
}

Edge gradient_edge(const Tensor& t) {
  refresh_view_grad_fn(t);
  if (!t.defined() || !t.requires_grad()) return {};
  if (t.impl()->grad_node) return {t.impl()->grad_node, t.impl()->output_nr};
  if (t.is_leaf()) return {grad_accumulator(t), 0};
  return {};  // a tensor with a grad_fn name but no graph (made while tracing)
}

void save_for_backward(const Tensor& t) {
  if (g_saved_sink) g_saved_sink->push_back(saved_alias(t));
}

std::vector<Tensor>* set_saved_sink(std::vector<Tensor>* sink) {
  std::vector<Tensor>* prev = g_saved_sink;
  g_saved_sink = sink;
  return prev;
}

namespace {
thread_local int g_next_hook_id = 0;
}

int register_hook(const Tensor& t, Node::Hook fn) {
  if (!t.requires_grad())
    throw_error("RuntimeError", "cannot register a hook on a tensor that doesn't require gradient");
  int id = g_next_hook_id++;
  if (t.impl()->grad_node) t.impl()->grad_node->pre_hooks.push_back({id, t.impl()->output_nr, std::move(fn)});
  else t.impl()->hooks.push_back({id, std::move(fn)});
  return id;
}

void remove_hook(const Tensor& t, int id) {
  auto& hs = t.impl()->hooks;
  hs.erase(std::remove_if(hs.begin(), hs.end(), [id](const auto& h) { return h.first == id; }), hs.end());
  if (auto& n = t.impl()->grad_node) {
    auto& ph = n->pre_hooks;
    ph.erase(std::remove_if(ph.begin(), ph.end(), [id](const auto& h) { return h.id == id; }), ph.end());
  }
}

Tensor sum_to(const Tensor& g, const Shape& shape) {
  if (g.sizes() == shape) return g;
  const Shape& gs = g.sizes();
  int64_t lead = static_cast<int64_t>(gs.size()) - static_cast<int64_t>(shape.size());
  std::vector<int64_t> dims;
  for (int64_t i = 0; i < lead; ++i) dims.push_back(i);
  for (int64_t i = lead; i < static_cast<int64_t>(gs.size()); ++i) {
    if (shape[i - lead] == 1 && gs[i] != 1) dims.push_back(i);
  }
  if (dims.empty()) return g;
  Tensor r = call_t("sum", {g, dims, true});
  if (lead > 0) r = call_t("view", {r, shape});
  return r;
}

FormulaNode::FormulaNode(std::string name, const FormulaInfo* f, Args a, std::vector<Tensor> res,
                         std::vector<Tensor> ex)
    : Node(std::move(name)),
      formula(f),
      values(std::move(a.values)),
      schema(a.schema),
      result(std::move(res)),
      extra(std::move(ex)) {}

namespace {
// Formulas written only with registry ops on the saved values and the incoming gradient, so their
// results carry the history a double backward needs (docs/autograd.md, "create_graph").
bool differentiable_formula(const std::string& op) {
  static const std::set<std::string> ok = {
      "add",       "sub",          "rsub",       "mul",         "div",         "_div_scalar", "rdiv",       "pow",
      "neg",       "exp",          "exp2",       "expm1",       "log",         "log2",        "log10",      "log1p",
      "sqrt",      "rsqrt",        "reciprocal", "square",      "tanh",        "sigmoid",     "relu",       "sin",
      "cos",       "abs",          "where",      "masked_fill", "maximum",     "minimum",     "addcmul",    "addcdiv",
      "lerp",      "sum",          "mean",       "softmax",     "log_softmax", "var",         "std",        "norm",
      "prod",      "view",         "reshape",    "flatten",     "unflatten",   "view_as",     "reshape_as", "squeeze",
      "unsqueeze", "_unsafe_view", "permute",    "transpose",   "swapaxes",    "swapdims",    "t",          "T",
      "mT",        "movedim",      "expand",     "expand_as",   "alias",       "clone",       "contiguous", "to",
      "type_as",   "float",        "double",     "matmul",      "mm",          "bmm",         "dot",        "mv",
      "outer",     "addmm",        "linear",     "select",      "slice",       "narrow",      "stack",      "cat",
      "split",     "chunk",        "unbind",     "constant_pad_nd", "getitem",  "setitem"};
  return ok.count(op) > 0;
}
}  // namespace

variable_list FormulaNode::apply(variable_list&& grads) {
  if (released && formula->saves) {
    throw_error("RuntimeError",
                "Trying to backward through the graph a second time (or directly access saved tensors after they "
                "have already been freed). Saved intermediate values of the graph are freed when you call "
                ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph "
                "a second time or if you need to access saved tensors after calling backward.");
  }
  for (const auto& c : checks) {
    uint32_t now = c.tensor.storage() ? c.tensor.storage()->version : 0;
    if (now == c.version) continue;
    std::string producer = c.producer;
    uint32_t nr = c.output_nr;
    if (auto owner = c.owner.lock()) {
      producer = owner->grad_fn;
      nr = owner->output_nr;
    }
    std::string type = "torch." + aten_name(c.tensor.dtype()) + "Tensor";
    throw_error("RuntimeError",
                "one of the variables needed for gradient computation has been modified by an inplace operation: [" +
                    type + " " + shape_str(c.tensor.sizes()) + "]" +
                    (producer.empty() ? "" : ", which is output " + std::to_string(nr) + " of " + producer + ",") +
                    " is at version " + std::to_string(now) + "; expected version " + std::to_string(c.version) +
                    " instead. Hint: enable anomaly detection to find the operation that failed to compute its "
                    "gradient, with torch.autograd.set_detect_anomaly(True).");
  }
  for (size_t i = 0; i < grads.size(); ++i) {
    if (!grads[i].defined()) grads[i] = Tensor::make(input_metadata[i].shape, input_metadata[i].dtype);
  }
  if (grad_enabled()) {
    // create_graph=True: the saved non-leaf inputs get their history back (SavedVariable::unpack).
    for (const auto& h : saved_history) {
      TensorImpl* impl = values[h.index].tensor().impl();
      impl->requires_grad = true;
      impl->grad_node = h.grad_node;
      impl->output_nr = h.output_nr;
      impl->grad_fn = h.grad_fn;
    }
  }
  Args a;
  a.schema = schema;
  a.values = values;
  // create_graph=True: the formula's ops record (grad mode is on). Saved outputs are unpacked with
  // this node as their grad_fn (SavedVariable::unpack), so the gradient depends on them too.
  // Formulas that compute with raw values (nn kernels, indexing, cumsum, ...) would drop that
  // dependence silently: only the formulas built from ops run.
  std::vector<Tensor> saved_result = result;
  if (grad_enabled()) {
    if (!differentiable_formula(schema->name)) {
      throw_error("NotImplementedError", "not supported by the playground yet: create_graph=True through " + name() +
                                             " (its gradient formula is not built from differentiable ops)");
    }
    for (size_t k = 0; k < saved_result.size() && k < input_metadata.size(); ++k) {
      if (!saved_result[k].defined() || !is_floating(saved_result[k].dtype())) continue;
      Tensor r = saved_alias(saved_result[k]);
      r.impl()->requires_grad = true;
      r.impl()->grad_fn = name();
      r.impl()->grad_node = shared_from_this();
      r.impl()->output_nr = static_cast<uint32_t>(k);
      saved_result[k] = r;
    }
  }
  GradCtx ctx{a, saved_result, grads, extra};
  GradMap m = formula->fn(ctx);
  variable_list out(next_edges.size());
  for (size_t e = 0; e < slots.size(); ++e) {
    if (!next_edges[e].is_valid()) continue;
    const std::string& arg = schema->args[slots[e].first].name;
    for (const auto& [k, v] : m) {
      if (k != arg) continue;
      if (v.is_tensor()) out[e] = v.tensor();
      else if (v.is_tensor_list()) out[e] = std::get<std::vector<Tensor>>(v.v).at(slots[e].second);
    }
  }
  return out;
}

namespace {
std::string functional_name(const std::string& n) {
  if (n.size() > 1 && n.back() == '_' && n[n.size() - 2] != '_') return n.substr(0, n.size() - 1);
  return n;
}

const FormulaInfo* formula_for(const OpDef& op) {
  if (const FormulaInfo* f = find_formula(op.schema.name)) return f;
  if (op.kind == OpKind::InPlace) return find_formula(functional_name(op.schema.name));
  return nullptr;
}
}  // namespace

bool inplace_needs_original(const std::string& op_name) {
  // Ops that overwrite `self` entirely never read its old values.
  return op_name != "copy_" && op_name != "fill_" && op_name != "zero_" && op_name != "setitem";
}

void record(const OpDef& op, const Args& a, const Value& out, const std::string& grad_name, const Tensor& original_self,
            std::vector<Tensor> extra) {
  std::vector<Tensor> outs;
  if (op.kind == OpKind::InPlace) outs.push_back(a.values[0].tensor());
  else if (out.is_tensor()) outs.push_back(out.tensor());
  else if (out.is_tensor_list()) outs = std::get<std::vector<Tensor>>(out.v);
  else if (out.is_list()) {
    for (const auto& v : out.list()) {
      if (v.is_tensor()) outs.push_back(v.tensor());
    }
  }
  // Which outputs get this node: floating outputs that are not one of the inputs (an op that
  // returns its input, like dropout in eval mode, records nothing for it).
  std::vector<Tensor> inputs;
  for (const auto& v : a.values) {
    if (v.is_tensor()) inputs.push_back(v.tensor());
    else if (v.is_tensor_list()) {
      for (const auto& t : std::get<std::vector<Tensor>>(v.v)) inputs.push_back(t);
    }
  }
  std::vector<bool> attach(outs.size(), false);
  bool any = false;
  for (size_t k = 0; k < outs.size(); ++k) {
    bool is_input = false;
    if (op.kind != OpKind::InPlace) {
      for (const auto& in : inputs) is_input |= in.id() == outs[k].id();
    }
    attach[k] = !is_input && is_floating(outs[k].dtype());
    any |= attach[k];
  }
  if (!any) return;

  std::shared_ptr<Node> node;
  const FormulaInfo* f = formula_for(op);
  std::vector<Tensor> saved_res;
  for (const auto& t : outs) saved_res.push_back(saved_alias(t));
  Args saved_args = a;
  // `self` of an in-place op is its output: keep the copy taken before the op, or an alias without
  // history (holding `self` would make a cycle through its new grad_fn).
  // The other inputs an in-place op saves must not hold `self` either, nor (for a view) its base:
  // `b.mul_(b)` or `b[:2].mul_(b[2:])` would make a cycle self -> new grad_fn -> saved input ->
  // self (or its view_base), which nothing frees. Those are saved as aliases of their data without
  // history; `saved_owner` keeps the tensors themselves (weakly, in the version checks) for the
  // "output N of ..." part of the modified-by-an-inplace-operation error.
  std::string fname = functional_name(op.schema.name);
  // Which saved inputs the generated code really saves: for the products (mul, mm, bmm, matmul)
  // an input's value is only needed for the other input's gradient, and div's `self` only for
  // `other`'s, so PyTorch saves them only when that other input requires grad (`x * 3` saves
  // nothing of x: modifying x in place afterwards is no error).
  auto input_requires_grad = [&](size_t j) {
    const Value& v = a.values[j];
    return v.is_tensor() && v.tensor().defined() && v.tensor().requires_grad();
  };
  bool bilinear = fname == "mul" || fname == "mm" || fname == "bmm" || fname == "matmul" || fname == "div";
  auto saved_for_gradient = [&](size_t i) {
    if (!bilinear || a.values.size() < 2 || i > 1) return true;
    if (fname == "div" && i == 1) return true;  // other: grad_self = grad / other
    return input_requires_grad(1 - i);
  };
  // An input the formula does not read (views, add, sum read shapes only; a product's input when
  // the other needs no gradient) is kept as a geometry-only alias: holding the tensor itself could
  // close a cycle once a grad_fn is rebased (a view's SliceBackward0 holding its base, which
  // CopySlices makes point back), which nothing would free.
  if (f) {
    for (size_t i = 0; i < saved_args.values.size(); ++i) {
      Value& v = saved_args.values[i];
      if (v.is_tensor() && v.tensor().defined() && !(f->saves && f->saves_inputs && saved_for_gradient(i)))
        v = Value(saved_alias(v.tensor()));
    }
  }
  std::vector<Tensor> saved_owner(saved_args.values.size());
  if (op.kind == OpKind::InPlace) {
    saved_args.values[0] = original_self.defined() ? original_self : saved_alias(a.values[0].tensor());
    const Tensor& self = a.values[0].tensor();
    for (size_t i = 1; i < saved_args.values.size(); ++i) {
      const Value& v = saved_args.values[i];
      if (!v.is_tensor() || !v.tensor().defined()) continue;
      const Tensor& t = v.tensor();
      if (t.impl() == self.impl() || (t.storage() && t.storage() == self.storage())) {
        saved_owner[i] = t;
        saved_args.values[i] = Value(saved_alias(t));
      }
    }
  }
  std::vector<std::pair<int, int>> slots;
  std::vector<Edge> edges;
  // add/sub/mul/div with a Python number use the Tensor overload with a wrapped-number tensor:
  // its edge exists and is empty, `(None, 0)` in next_functions.
  bool wrapped_edges = fname == "add" || fname == "sub" || fname == "mul" || fname == "div";
  for (size_t i = 0; i < a.values.size(); ++i) {
    const Value& v = a.values[i];
    if (wrapped_edges && v.is_number() && op.schema.args[i].type == "Tensor|Scalar") {
      slots.push_back({static_cast<int>(i), -1});
      edges.push_back(Edge{});
    } else if (v.is_tensor()) {
      slots.push_back({static_cast<int>(i), -1});
      edges.push_back(gradient_edge(v.tensor()));
    } else if (v.is_tensor_list()) {
      const auto& ts = std::get<std::vector<Tensor>>(v.v);
      for (size_t j = 0; j < ts.size(); ++j) {
        slots.push_back({static_cast<int>(i), static_cast<int>(j)});
        edges.push_back(gradient_edge(ts[j]));
      }
    }
  }
  // F.linear on a 2-D input is addmm(bias, input, weight.t()) in PyTorch: AddmmBackward0's
  // next_functions list the bias first, then the input, then the weight.
  if (fname == "linear" && grad_name == "AddmmBackward0" && edges.size() == 3) {
    std::rotate(edges.begin(), edges.begin() + 2, edges.end());
    std::rotate(slots.begin(), slots.begin() + 2, slots.end());
  }
  if (f) {
    auto fn = std::make_shared<FormulaNode>(grad_name, f, saved_args, std::move(saved_res), std::move(extra));
    fn->slots = std::move(slots);
    auto check = [&](const Tensor& t, const std::string& producer, uint32_t nr, const Tensor& owner) {
      if (t.defined() && t.storage()) fn->checks.push_back({t, t.storage()->version, producer, nr, owner.impl_ptr()});
    };
    if (f->saves && f->saves_inputs) {
      for (size_t i = 0; i < saved_args.values.size(); ++i) {
        const Value& v = saved_args.values[i];
        if (!v.is_tensor() || !is_floating(v.tensor().dtype())) continue;
        if (!saved_for_gradient(i)) continue;
        const Tensor& t = v.tensor();
        if (saved_owner[i].defined() && t.storage()) {
          // Saved before the in-place op wrote its memory: PyTorch saved it at the version before
          // (this runs after the op), so backward reports the modification. A view of the base
          // other than `self` has, by then, a regenerated AsStridedBackward0 as its grad_fn.
          const Tensor& o = saved_owner[i];
          bool other_view = o.impl() != a.values[0].tensor().impl() && o.impl()->is_view;
          uint32_t before = t.storage()->version > 0 ? t.storage()->version - 1 : 0;
          if (other_view) fn->checks.push_back({t, before, "AsStridedBackward0", 0, std::weak_ptr<TensorImpl>()});
          else
            fn->checks.push_back(
                {t, before, o.impl()->grad_node ? o.grad_fn() : "", o.impl()->output_nr, o.impl_ptr()});
          continue;
        }
        if (t.impl()->grad_node) {
          // A non-leaf input is saved as SavedVariable saves it: its data (an alias sharing the
          // version counter) and, apart, the grad_fn it has now, put back on the alias when a
          // double backward needs the history (apply). Holding the tensor itself would make a
          // cycle once an in-place op rebases it onto a node that reaches this one
          // (x /= x + layer_norm(x): x -> DivBackward0 -> ... -> LayerNormBackward -> x).
          Tensor original = t;
          Tensor alias = saved_alias(original);
          alias.impl()->requires_grad = original.requires_grad();
          fn->saved_history.push_back({i, original.impl()->grad_node, original.impl()->output_nr, original.grad_fn()});
          fn->values[i] = Value(alias);
          check(alias, original.grad_fn(), original.impl()->output_nr, original);
          continue;
        }
        if (!t.requires_grad()) {
          // A tensor without history needs none later either, and an in-place op may still give
          // it one (y = x * w; x.add_(y): x -> AddBackward0 -> MulBackward0 -> x).
          Tensor original = t;
          Tensor alias = saved_alias(original);
          fn->values[i] = Value(alias);
          check(alias, "", original.impl()->output_nr, original);
          continue;
        }
        check(t, t.impl()->grad_node ? t.grad_fn() : "", t.impl()->output_nr, t);
      }
    }
    if (f->saves && f->saves_result) {
      // A saved output names the node that saved it, whatever the tensor's grad_fn is now
      // (SavedVariable::unpack uses `saved_for` for outputs); a saved input names its grad_fn now.
      for (size_t k = 0; k < fn->result.size(); ++k)
        check(fn->result[k], grad_name, static_cast<uint32_t>(k), Tensor());
    }
    node = fn;
  } else if (grad_name == "NotImplemented") {
    // An op derivatives.yaml leaves out (aminmax): autograd's NotImplemented node.
    node = std::make_shared<ErrorNode>(grad_name, "RuntimeError",
                                       "derivative for aten::" + op.schema.name + " is not implemented");
  } else {
    node = std::make_shared<ErrorNode>(
        grad_name, "NotImplementedError",
        "not supported by the playground yet: the derivative of " + op.schema.name + " (" + grad_name + ")");
  }
  node->next_edges = std::move(edges);
  for (const auto& t : outs) node->input_metadata.push_back({t.sizes(), t.dtype()});

  for (size_t k = 0; k < outs.size(); ++k) {
    if (!attach[k]) continue;
    TensorImpl* impl = outs[k].impl();
    impl->grad_node = node;
    impl->output_nr = static_cast<uint32_t>(k);
    if (impl->storage) impl->attr_version = impl->storage->version;
    impl->retains_grad = false;
  }
  // An in-place op on a view changes its base too (VariableHooks::rebase_history): the base's
  // history becomes a CopySlices wrapping this op's node, and the view's an AsStridedBackward0 of
  // the base.
  if (op.kind == OpKind::InPlace && outs[0].impl()->is_view && outs[0].impl()->view_base) {
    Tensor base(outs[0].impl()->view_base);
    if (is_floating(base.dtype()) && attach[0]) {
      Geometry bg = Geometry::of(base), vg = Geometry::of(outs[0]);
      auto cs = std::make_shared<CopySlices>(bg, vg, node);
      cs->next_edges.push_back(gradient_edge(base));
      for (size_t e = 1; e < node->next_edges.size(); ++e) cs->next_edges.push_back(node->next_edges[e]);
      // CopySlices routes the view's gradient itself: the wrapped node's edge to the view's old
      // history (which holds the base: base -> CopySlices -> node -> old view node -> base, a
      // cycle) is never followed. It stays a valid edge (the node computes that gradient) to a
      // node that holds nothing.
      if (!node->next_edges.empty() && node->next_edges[0].is_valid())
        node->next_edges[0] = Edge{std::make_shared<ErrorNode>("CopySlicesView", "RuntimeError", "unreachable"), 0};
      cs->input_metadata.push_back({base.sizes(), base.dtype()});
      TensorImpl* b = base.impl();
      b->requires_grad = true;
      b->grad_fn = "CopySlices";
      b->grad_node = cs;
      b->output_nr = 0;
      b->retains_grad = false;
      auto view_fn = std::make_shared<AsStridedBackward>(bg, vg);
      view_fn->next_edges.push_back(Edge{cs, 0});
      view_fn->input_metadata.push_back({vg.sizes, vg.dtype});
      TensorImpl* v = outs[0].impl();
      v->grad_fn = view_fn->name();
      v->grad_node = view_fn;
      v->output_nr = 0;
      v->attr_version = v->storage ? v->storage->version : 0;
    }
  }
}

}  // namespace dp::torch::autograd
