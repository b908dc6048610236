// Mirrors torch/csrc/autograd/function.h (Node, Edge, next_edges, sequence_nr),
// functions/accumulate_grad.h (AccumulateGrad), functions/basic_ops.h (GraphRoot, Error) and
// variable.h (gradient_edge, grad_accumulator). What it does and does not do: docs/autograd.md.
//
// A backward graph is made of Nodes. A tensor computed by a differentiable op with grad mode on
// points at the Node of that op (TensorImpl::grad_node) and is its input `output_nr`; the Node's
// next_edges point at the Nodes of the op's differentiable inputs (an input leaf that requires
// grad has an AccumulateGrad node that adds into its `.grad`).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "torch/op_registry.h"

namespace dp::torch::autograd {

struct Node;

struct Edge {
  std::shared_ptr<Node> function;
  uint32_t input_nr = 0;
  bool is_valid() const { return function != nullptr; }
};

using variable_list = std::vector<Tensor>;

struct Node : std::enable_shared_from_this<Node> {
  explicit Node(std::string name);
  virtual ~Node() = default;
  // grads: one per input of this node (an undefined Tensor where no gradient flowed). Returns one
  // gradient per next edge (undefined where none).
  virtual variable_list apply(variable_list&& grads) = 0;
  // Frees what the forward saved (called after the node ran unless retain_graph).
  virtual void release_variables() {}
  const std::string& name() const { return name_; }
  size_t num_outputs() const { return next_edges.size(); }

  std::string name_;
  std::vector<Edge> next_edges;
  uint64_t sequence_nr = 0;
  // Metadata of this node's inputs (the forward's outputs): the shape and dtype their gradient
  // must have (torch/csrc/autograd/input_metadata.h).
  struct InputMetadata {
    Shape shape;
    DType dtype = DType::Float32;
  };
  std::vector<InputMetadata> input_metadata;
  // Non-leaf tensors that called retain_grad(), by input number (the retains_grad hook).
  std::vector<std::pair<uint32_t, std::weak_ptr<TensorImpl>>> retained;
  // Tensor.register_hook on a non-leaf this node computes the gradient of: (id, input number,
  // hook); a hook may return a replacement gradient (tensor_pre_hooks).
  using Hook = std::function<std::shared_ptr<TensorImpl>(const std::shared_ptr<TensorImpl>&)>;
  struct PreHook {
    int id;
    uint32_t input_nr;
    Hook fn;
  };
  std::vector<PreHook> pre_hooks;
};

// Adds the incoming gradient into a leaf's `.grad` (accumulate_grad.h).
// Clears the .grad of every leaf that got a gradient with a history (create_graph=True) since the
// last call, breaking the leaf -> grad -> graph -> leaf cycle; called when a run ends (core/api.cpp).
void release_grads_with_history();

struct AccumulateGrad : Node {
  explicit AccumulateGrad(std::shared_ptr<TensorImpl> v);
  variable_list apply(variable_list&& grads) override;
  std::shared_ptr<TensorImpl> variable;
};

// The node backward() starts from: returns the root gradients (basic_ops.h GraphRoot).
struct GraphRoot : Node {
  explicit GraphRoot(variable_list g) : Node("GraphRoot"), grads(std::move(g)) {}
  variable_list apply(variable_list&&) override { return grads; }
  variable_list grads;
};

// A node whose backward raises (basic_ops.h Error): ops without a gradient formula here.
struct ErrorNode : Node {
  ErrorNode(std::string name, std::string type, std::string msg)
      : Node(std::move(name)), type(std::move(type)), msg(std::move(msg)) {}
  variable_list apply(variable_list&&) override;
  std::string type, msg;
};

// A node whose backward is a callback: the backward of a Python torch.autograd.Function
// (PyNode, torch/csrc/autograd/python_function.cpp). Gets one gradient per output of the forward
// (zeros where none flowed, materialize_grads) and returns one per next edge.
struct CallbackNode : Node {
  using Fn = std::function<variable_list(variable_list&&)>;
  CallbackNode(std::string name, Fn f) : Node(std::move(name)), fn(std::move(f)) {}
  variable_list apply(variable_list&& grads) override;
  void release_variables() override { released = true; }
  Fn fn;
  bool released = false;
  // The node of a user's torch.autograd.Function (its Python class lives in
  // torch.autograd.function), not one the prelude records under an ATen node's name.
  bool custom_function = false;
};

// The geometry of a tensor over its storage (sizes, strides, storage offset): what as_strided
// takes.
struct Geometry {
  Shape sizes, strides;
  int64_t offset = 0;
  DType dtype = DType::Float32;
  int64_t storage_elems = 0;  // elements of the storage it lives in
  static Geometry of(const Tensor& t);
};

// as_strided_backward (FunctionsManual.cpp): the gradient of a tensor with geometry `input` from
// the gradient of its as_strided view `view` (same storage); positions the view reads several
// times add up.
Tensor as_strided_backward(const Tensor& grad, const Geometry& input, const Geometry& view);

// The grad_fn of a view whose base was changed in place through it (PyTorch 2.x regenerates it
// as AsStridedBackward0 without view replay): as_strided_backward into the base.
struct AsStridedBackward : Node {
  AsStridedBackward(Geometry base, Geometry view)
      : Node("AsStridedBackward0"), base(std::move(base)), view(std::move(view)) {}
  variable_list apply(variable_list&& grads) override;
  Geometry base, view;
};

// The base's grad_fn after an in-place op on one of its views (functions/tensor.h CopySlices):
// the base's gradient, with the view's positions replaced by what the in-place op's node `fn`
// gives for the view's old value; fn's other gradients go to its other inputs. next_edges: the
// base's previous history, then fn's next edges after the first.
struct CopySlices : Node {
  CopySlices(Geometry base, Geometry view, std::shared_ptr<Node> fn)
      : Node("CopySlices"), base(std::move(base)), view(std::move(view)), fn(std::move(fn)) {}
  variable_list apply(variable_list&& grads) override;
  void release_variables() override { fn->release_variables(); }
  Geometry base, view;
  std::shared_ptr<Node> fn;
};

// The gradient of one op call (derivatives.cpp: the formulas of tools/autograd/derivatives.yaml).
struct GradCtx {
  const Args& args;                   // the forward's arguments (self before an in-place op)
  const std::vector<Tensor>& result;  // the forward's outputs, as saved
  const variable_list& grads;         // one per output; zeros where no gradient flowed
  const std::vector<Tensor>& extra;   // what the kernel saved with save_for_backward
  const Tensor& grad() const { return grads.at(0); }
  const Tensor& in(const std::string& name) const { return args.tensor(name); }
  bool has_tensor(const std::string& name) const {
    const Value* v = args.find(name);
    return v && v->is_tensor();
  }
};
// Gradients by argument name: a Tensor (or a Tensor list for Tensor[] parameters); missing or
// undefined = no gradient.
using GradMap = std::vector<std::pair<std::string, Value>>;
using Formula = std::function<GradMap(const GradCtx&)>;

struct FormulaInfo {
  Formula fn;
  // The formula reads saved values (inputs or outputs), so a second backward without
  // retain_graph=True is an error; formulas that only need shapes (add, sum, view) are not.
  bool saves = true;
  // Which values it reads (derivatives.yaml's uses of `self`/`other` vs `result`): those must not
  // have been modified in place before the backward.
  bool saves_inputs = true;
  bool saves_result = false;
};
// The formula for an op (by schema name, e.g. "add", "mul_" uses "mul"); nullptr when none.
const FormulaInfo* find_formula(const std::string& op_name);
// Every op name with a formula (for the finite-difference test).
std::vector<std::string> formula_names();

// The node of one op call: its formula and what it saved.
struct FormulaNode : Node {
  FormulaNode(std::string name, const FormulaInfo* f, Args a, std::vector<Tensor> res, std::vector<Tensor> ex);
  variable_list apply(variable_list&& grads) override;
  void release_variables() override { released = true; }
  const FormulaInfo* formula;
  std::vector<Value> values;  // args.values (schema pointer kept separately)
  const OpSchema* schema;
  std::vector<Tensor> result;
  std::vector<Tensor> extra;
  // (argument index, position in a Tensor[] or -1) of each next edge.
  std::vector<std::pair<int, int>> slots;
  bool released = false;
  // The saved tensors' versions when saved (SavedVariable::saved_version_) and who made them.
  struct SavedCheck {
    Tensor tensor;
    uint32_t version = 0;
    std::string producer;  // grad_fn name of the saved tensor ("" for a leaf) when saved
    uint32_t output_nr = 0;
    std::weak_ptr<TensorImpl> owner;  // the saved tensor: its grad_fn now (after in-place ops)
  };
  std::vector<SavedCheck> checks;
  // Saved non-leaf inputs (values[index] is an alias of their data): the history they had when
  // saved, restored on the alias for a double backward.
  struct SavedHistory {
    size_t index;
    std::shared_ptr<Node> grad_node;
    uint32_t output_nr;
    std::string grad_fn;
  };
  std::vector<SavedHistory> saved_history;
};

uint64_t next_sequence_nr();
// The edge a gradient for `t` flows into: its grad_fn, or its AccumulateGrad when it is a leaf that
// requires grad; invalid when it does not require grad.
Edge gradient_edge(const Tensor& t);
// VariableHooks::grad_fn for a differentiable view: when the storage's version differs from the
// one the view's grad_fn was made at and the view has a grad_fn or its base requires grad, the
// view's grad_fn becomes a fresh AsStridedBackward0 into the base's current history (PyTorch
// 2.x without view replay). Called before a view's autograd state is read.
void refresh_view_grad_fn(const Tensor& t);
std::shared_ptr<Node> grad_accumulator(const Tensor& t);

// Called by run() in op_registry.cpp after an op ran on real tensors with grad mode on and an
// input that requires grad: builds the node and attaches the outputs. `original_self` is a copy of
// `self` taken before an in-place op (undefined otherwise).
void record(const OpDef& op, const Args& a, const Value& out, const std::string& grad_name, const Tensor& original_self,
            std::vector<Tensor> extra);
// Whether an in-place op's formula reads `self` as it was before (then run() copies it first).
bool inplace_needs_original(const std::string& op_name);
// A copy of `self` with its own storage and no history (the SavedVariable of an in-place op's
// input).
Tensor copy_before_inplace(const Tensor& self);

// Kernels call this to keep a value for the backward (ctx.save_for_backward): e.g. dropout's noise.
void save_for_backward(const Tensor& t);
// run() installs the list for one kernel call (nullptr when nothing records).
std::vector<Tensor>* set_saved_sink(std::vector<Tensor>* sink);

// Tensor.register_hook / RemovableHandle.remove: a leaf keeps its hooks, a non-leaf's go on its
// grad_fn. Returns the hook's id.
int register_hook(const Tensor& t, Node::Hook fn);
void remove_hook(const Tensor& t, int id);

// Reduces a broadcast gradient back to `shape` (at::sum_to).
Tensor sum_to(const Tensor& g, const Shape& shape);

}  // namespace dp::torch::autograd
