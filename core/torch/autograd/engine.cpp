// Mirrors torch/csrc/autograd/engine.cpp + autograd.cpp + torch/autograd/__init__.py (_make_grads).
// See engine.h and docs/autograd.md.
#include "torch/autograd/engine.h"

#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace dp::torch::autograd {

namespace {

std::string size_repr(const Shape& s) {
  std::string r = "torch.Size([";
  for (size_t i = 0; i < s.size(); ++i) r += (i ? ", " : "") + std::to_string(s[i]);
  return r + "])";
}

// torch/autograd/__init__.py _make_grads.
variable_list make_grads(const variable_list& outputs, const variable_list& grads) {
  variable_list out;
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& o = outputs[i];
    const Tensor& g = i < grads.size() ? grads[i] : Tensor();
    if (g.defined()) {
      if (g.sizes() != o.sizes()) {
        throw_error("RuntimeError", "Mismatch in shape: grad_output[" + std::to_string(i) + "] has a shape of " +
                                        size_repr(g.sizes()) + " and output[" + std::to_string(i) +
                                        "] has a shape of " + size_repr(o.sizes()) + ".");
      }
      out.push_back(g);
    } else if (o.requires_grad()) {
      if (o.numel() != 1) throw_error("RuntimeError", "grad can be implicitly created only for scalar outputs");
      Tensor one = Tensor::make(o.sizes(), o.dtype());
      NoGradGuard ng;
      call("fill_", {one, 1});
      out.push_back(one);
    } else {
      out.push_back(Tensor());
    }
  }
  return out;
}

struct ByPriority {
  bool operator()(const std::shared_ptr<Node>& a, const std::shared_ptr<Node>& b) const {
    return a->sequence_nr < b->sequence_nr;  // the most recently created node first
  }
};

// engine.cpp validate_outputs: a gradient must have its input's shape (a broadcastable one is
// summed back) and dtype.
Tensor validate(const Node& fn, size_t index, Tensor g, const Node::InputMetadata& m) {
  if (g.sizes() != m.shape) {
    bool expandable = g.dim() >= static_cast<int64_t>(m.shape.size());
    for (size_t k = 0; expandable && k < m.shape.size(); ++k) {
      int64_t gs = g.sizes()[g.sizes().size() - 1 - k], ms = m.shape[m.shape.size() - 1 - k];
      expandable = gs == ms || ms == 1;
    }
    if (!expandable) {
      throw_error("RuntimeError", "Function " + fn.name() + " returned an invalid gradient at index " +
                                      std::to_string(index) + " - got " + shape_str(g.sizes()) +
                                      " but expected shape compatible with " + shape_str(m.shape));
    }
    g = sum_to(g, m.shape);
  }
  if (g.dtype() != m.dtype) g = call_t("to", {g, m.dtype});
  return g;
}

}  // namespace

variable_list run_backward(const variable_list& outputs, const variable_list& grad_outputs, bool keep_graph,
                           bool create_graph, const variable_list& inputs, bool allow_unused) {
  variable_list root_grads = make_grads(outputs, grad_outputs);
  auto root = std::make_shared<GraphRoot>(variable_list{});
  root->sequence_nr = UINT64_MAX;
  for (size_t i = 0; i < outputs.size(); ++i) {
    Edge e = gradient_edge(outputs[i]);
    if (!e.is_valid()) {
      throw_error("RuntimeError",
                  "element " + std::to_string(i) + " of tensors does not require grad and does not have a grad_fn");
    }
    root->next_edges.push_back(e);
    root->grads.push_back(root_grads[i]);
  }
  // autograd.grad: the edges whose incoming gradient is captured.
  std::vector<Edge> capture_edges;
  for (const auto& t : inputs) {
    if (!t.requires_grad()) throw_error("RuntimeError", "One of the differentiated Tensors does not require grad");
    capture_edges.push_back(gradient_edge(t));
  }

  // Dependencies (compute_dependencies) and, for autograd.grad, which nodes must run (exec_info).
  std::unordered_map<Node*, int> deps;
  std::vector<Node*> order;
  {
    std::unordered_set<Node*> seen{root.get()};
    std::vector<Node*> stack{root.get()};
    while (!stack.empty()) {
      Node* n = stack.back();
      stack.pop_back();
      order.push_back(n);
      for (const auto& e : n->next_edges) {
        if (!e.is_valid()) continue;
        deps[e.function.get()]++;
        if (seen.insert(e.function.get()).second) stack.push_back(e.function.get());
      }
    }
  }
  std::unordered_map<Node*, bool> needed;
  if (!inputs.empty()) {
    std::unordered_set<Node*> targets;
    for (const auto& e : capture_edges) targets.insert(e.function.get());
    // Reverse topological order of a DAG: children are decided before their parents when we
    // iterate until nothing changes (graphs here are small).
    bool changed = true;
    while (changed) {
      changed = false;
      for (Node* n : order) {
        if (needed[n]) continue;
        bool need = false;
        for (const auto& e : n->next_edges) {
          if (e.is_valid() && (targets.count(e.function.get()) || needed[e.function.get()])) need = true;
        }
        if (need) {
          needed[n] = true;
          changed = true;
        }
      }
    }
  }

  variable_list captured(inputs.size());
  std::unordered_map<Node*, variable_list> buffers;
  std::priority_queue<std::shared_ptr<Node>, std::vector<std::shared_ptr<Node>>, ByPriority> ready;
  ready.push(root);
  // The backward runs with grad mode = create_graph (GraphTask's grad_mode_): with create_graph the
  // formulas' ops record, so the gradients have a history of their own (double backward).
  NoGradGuard ng;
  set_grad_enabled(create_graph);
  while (!ready.empty()) {
    std::shared_ptr<Node> fn = ready.top();
    ready.pop();
    variable_list in = std::move(buffers[fn.get()]);
    buffers.erase(fn.get());
    in.resize(fn->input_metadata.size());
    // Tensor hooks first (call_tensor_pre_hooks): a leaf's on its AccumulateGrad, a non-leaf's on
    // its grad_fn; a hook may replace the gradient.
    auto run_hook = [](const Node::Hook& h, Tensor& g) {
      if (!g.defined()) return;
      std::shared_ptr<TensorImpl> r = h(g.impl_ptr());
      if (r) g = Tensor(r);
    };
    if (auto* acc = dynamic_cast<AccumulateGrad*>(fn.get())) {
      auto hooks = acc->variable->hooks;  // a hook may remove itself
      for (const auto& h : hooks) run_hook(h.second, in[0]);
    }
    {
      auto hooks = fn->pre_hooks;
      for (const auto& h : hooks) {
        if (h.input_nr < in.size()) run_hook(h.fn, in[h.input_nr]);
      }
    }
    for (size_t c = 0; c < capture_edges.size(); ++c) {
      if (capture_edges[c].function.get() == fn.get()) captured[c] = in[capture_edges[c].input_nr];
    }
    // retain_grad() hooks of the non-leaf tensors this node computes the gradient of.
    for (const auto& [nr, weak] : fn->retained) {
      auto impl = weak.lock();
      if (!impl || !impl->retains_grad || nr >= in.size() || !in[nr].defined()) continue;
      if (!impl->grad) {
        Tensor c = call_t("clone", {in[nr]});
        impl->grad = c.impl_ptr();
      } else {
        impl->grad = call_t("add", {Tensor(impl->grad), in[nr]}).impl_ptr();
      }
    }
    if (!inputs.empty() && fn != root && !needed[fn.get()]) continue;
    variable_list outs = fn->apply(std::move(in));
    if (!keep_graph) fn->release_variables();
    for (size_t i = 0; i < fn->next_edges.size(); ++i) {
      const Edge& e = fn->next_edges[i];
      if (!e.is_valid()) continue;
      Node* next = e.function.get();
      if (i < outs.size() && outs[i].defined()) {
        Tensor g = validate(*fn, i, outs[i], next->input_metadata.at(e.input_nr));
        variable_list& buf = buffers[next];
        buf.resize(next->input_metadata.size());
        Tensor& slot = buf[e.input_nr];
        slot = slot.defined() ? call_t("add", {slot, g}) : g;
      }
      if (--deps[next] == 0) ready.push(e.function);
    }
  }

  for (size_t c = 0; c < captured.size(); ++c) {
    if (!captured[c].defined() && !allow_unused) {
      throw_error("RuntimeError",
                  "One of the differentiated Tensors appears to not have been used in the graph. Set "
                  "allow_unused=True if this is the desired behavior.");
    }
  }
  return captured;
}

}  // namespace dp::torch::autograd
