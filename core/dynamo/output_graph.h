// The graph being built while tracing one frame, its inputs and guards, and what the compiled
// entry does at run time. Mirrors torch/_dynamo/output_graph.py (OutputGraph, GraphArg,
// create_proxy, compile_and_call_fx_graph), torch/_dynamo/codegen.py (reconstructing the
// frame's values after the graph, here as "recipes") and torch/_dynamo/side_effects.py.
#pragma once
#include <map>
#include <set>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dynamo/guards.h"
#include "dynamo/resume_execution.h"
#include "dynamo/variables/base.h"
#include "fx/experimental/symbolic_shapes.h"
#include "fx/graph.h"

namespace dp::dynamo {

// How a graph node executes (on fake values while tracing, on real values at run time).
struct NodeExec {
  // Constant: a get_attr of the graph module (a HOP body): the value is `callable`.
  enum class Kind { Placeholder, TorchOp, Operator, Method, CallTorchbind, CallValue, GetItem, Output, Constant };
  Kind kind = Kind::TorchOp;
  std::string name;  // op name / method name / torchbind method
  int nb_op = -1;    // Operator: BINARY_OP number, or 100+COMPARE_OP, or 200 (neg), 201 (pos), 202 (invert), 203 (not_)
  rt::Value callable;  // CallValue: the Python callable (custom ops)
  std::vector<PArg> args;
  std::vector<std::pair<std::string, PArg>> kwargs;
  int input_index = -1;  // Placeholder
};

// Runs a graph's nodes on values (the FX Interpreter; mirrors torch/fx/interpreter.py).
struct GraphProgram {
  std::shared_ptr<fx::GraphModule> gm;
  std::vector<fx::Node*> order;  // execution order (live nodes)
  std::unordered_map<const fx::Node*, NodeExec> exec;
  rt::Value run(rt::Interp& I, const std::vector<rt::Value>& inputs) const;
};
rt::Value run_node(rt::Interp& I, const NodeExec& e, const std::unordered_map<const fx::Node*, rt::Value>& env);

class OutputGraph;
// Contiguous strides of symbolic sizes (a static 0 counts as 1).
std::vector<sym::Expr> contiguous_sym_strides(const std::vector<sym::Expr>& sizes);
// A node's arguments with their symbolic shapes, read before the node runs on fake values: an
// in-place view op (unsqueeze_, t_, transpose_) changes its input's fake tensor, and its rule needs
// the shape the input had (as a meta function sees its inputs before the op).
struct SymCallArgs {
  virtual ~SymCallArgs() = default;
};
std::unique_ptr<SymCallArgs> symbolic_args_before(OutputGraph& out, const NodeExec& e);
// Gives the results of a node just run on fake values their symbolic shapes (symbolic_meta.cpp).
void propagate_symbolic_shapes(OutputGraph& out, fx::Node* n, const NodeExec& e, const rt::Value& example_out,
                               SymCallArgs* before);

// A recipe to rebuild a Python value after the graph ran (codegen.py's reconstruct).
struct Recipe {
  // NewObject: an object constructed in the traced code (value = its class; keys = its attribute
  // names, items = their values), made once per run: every recipe of the same object has the
  // same `id`, and a Ref (an object reached again while it is being rebuilt) names it by `id`.
  // Function: a function made by MAKE_FUNCTION in the traced code (value = its code object,
  // `index` = how many of `items` are its defaults, the rest its closure cells; keys[0] = its
  // globals dict). Iter: an iterator over `items`, or over the range in `value` when it is set.
  // NewSubclass: an instance of a user subclass of dict/list/tuple made in the traced code (value =
  // its class, items[0] = its built-in part as a Dict/List/Tuple recipe, then its attributes:
  // keys = their names, items[1..] = their values), made once per run like NewObject.
  // Generator: a generator yielding items[0..n-2] and returning items[n-1], named keys[0] with the
  // qualified name `value` (a generator of the traced code, run to its end: convert_frame.cpp).
  enum class Kind {
    GraphOut,
    Source,
    Const,
    Tuple,
    List,
    Dict,
    Null,
    Cell,
    Iter,
    Attr,
    Method,
    Call,
    NewObject,
    Ref,
    Function,
    NewSubclass,
    Generator,
    TensorAttrs,  // items[0] = the tensor, then the attributes stored on it: keys = names, items[1..] = values
    // FrameCell: a cell the frame had on entry (index = its slot in the frame, or source = the
    // closure cell's source), read from the running frame: every call has its own cell. `value`
    // is the traced call's cell, used only when neither finds one.
    FrameCell
  };
  Kind kind = Kind::Const;
  int index = -1;               // GraphOut
  int id = -1;                  // NewObject, Ref (and Cell: a cell made in the frame, shared by closures)
  SourcePtr source;             // Source
  rt::Value value;              // Const (and Dict keys)
  std::vector<Recipe> items;    // Call: the callable, the positional arguments, then the keyword values
  std::vector<rt::Value> keys;  // Dict keys; Call: the keyword names
};

// A mutation made inside the traced region, replayed after the graph (side_effects.py).
struct SideEffect {
  // StoreCell: the cell is the frame's slot `slot`, or the closure cell `target` names.
  // StoreAttr: object.__setattr__(target, attr, value), or target.__dict__[attr] = value when
  // directly_update_dict (a store the traced code made through `obj.__dict__`).
  enum class Kind { StoreAttr, ListReplace, DictReplace, SetReplace, Call, StoreCell };
  bool directly_update_dict = false;
  Kind kind;
  SourcePtr target;
  int slot = -1;
  std::string attr;
  Recipe value;        // Call: the positional arguments (a Tuple recipe)
  rt::Value callable;  // Call: a reordered logging function (config.reorderable_logging_functions)
};

struct GraphArg {
  SourcePtr source;
  fx::Node* node = nullptr;
  rt::Value example;  // the real value seen at trace time
};

struct CompiledEntry;

// The symbolic sizes and strides of a fake tensor whose shape has symbols (FakeTensor's SymInt
// sizes). Tensors without an entry are static.
struct SymShape {
  std::vector<sym::Expr> sizes, strides;
};

class OutputGraph {
 public:
  OutputGraph(rt::Interp& interp, FrameView frame, std::string frame_name);
  rt::Interp& interp;
  FrameView frame;
  std::string frame_name;
  std::shared_ptr<fx::GraphModule> gm = std::make_shared<fx::GraphModule>();
  fx::Graph& graph() { return *gm->graph; }
  std::vector<GraphArg> graphargs;
  GuardSet guards;
  std::vector<SideEffect> side_effects;
  std::unordered_map<const fx::Node*, NodeExec> exec;
  std::unordered_map<const fx::Node*, rt::Value> examples;                        // example (fake) value of each node
  std::map<std::string, VariableTracker*> source_vars;                            // realized inputs by source name
  std::unordered_map<const rt::Object*, VariableTracker*> tensor_vars_by_object;  // for aliasing / duplicate inputs
  // Lists, dicts and user objects wrapped from a source, by identity (VariableBuilder::operator()).
  std::unordered_map<const rt::Object*, VariableTracker*> vars_by_object;
  // One tracker per runtime cell (side_effects.py track_cell_existing, keyed by the cell's id): the
  // frame's cells and those of every real closure inlined, so a write through one function's
  // closure is what the frame and the next call read.
  std::unordered_map<const rt::Object*, CellVariable*> cells_by_object;
  std::unordered_set<const fx::Node*> renamed_nodes;                              // STORE_FAST renames once
  // Side effects recorded while tracing (side_effects.py).
  using AttrKey = std::pair<const rt::Object*, std::string>;
  std::map<AttrKey, VariableTracker*> attr_overrides;
  // obj.attr = value in the trace; logged so that the writes of one instruction can be undone.
  void store_attr_override(const AttrKey& key, VariableTracker* value);
  struct AttrUndo {
    AttrKey key;
    VariableTracker* previous;  // nullptr: the key was absent
  };
  std::vector<AttrUndo> attr_undo_log;
  void undo_attr_overrides(size_t log_size);  // back to when the log had log_size entries
  struct PendingStore {
    SourcePtr target;
    std::string attr;
    VariableTracker* value;
    bool directly_update_dict = false;  // obj.__dict__[attr] = value
  };
  std::vector<PendingStore> pending_stores;
  std::vector<VariableTracker*> mutated_containers;
  std::vector<CellVariable*> mutated_cells;  // cells outliving the trace written by STORE_DEREF
  // Generic (user-defined) context managers entered and not yet exited (symbolic_convert.py
  // active_generic_context_managers); a graph break while one is active skips the frame.
  std::vector<VariableTracker*> active_generic_context_managers;
  // Calls of config.reorderable_logging_functions traced so far: made after the graph runs, with
  // the arguments' values then (output_graph.py's reorderable logging calls).
  struct ReorderedCall {
    rt::Value fn;
    std::vector<VariableTracker*> args;
  };
  std::vector<ReorderedCall> reordered_calls;
  // side_effects.py check_allowed_side_effect while a generator is forced for its reconstruction
  // (disallow_side_effects_in_generator): any mutation is a graph break.
  bool is_reconstructing_generator = false;
  // Counts the items taken from the iterators the tracer models (list / range iterators, maps,
  // generators); each records the count when it last advanced. An iterator the root frame's
  // breaking instruction advanced (inside an inlined call) cannot be rebuilt as it was before
  // that instruction (PyCodegen in convert_frame.cpp).
  uint64_t iter_serial = 0;
  void check_allowed_side_effect(VariableTracker* item);
  void note_list_mutation(VariableTracker* list);
  void note_dict_mutation(VariableTracker* dict);

  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = p.get();
    arena_.push_back(std::move(p));
    return raw;
  }

  // Adds a placeholder for `source` (inserted after the existing placeholders).
  // `target` overrides the name made from the source (symbol placeholders are named "s77").
  fx::Node* create_graph_input(SourcePtr source, rt::Value example, const std::string& type,
                               const std::string& target = "");
  // Creates a node (create_proxy), runs it on example values in fake mode (get_fake_value) and
  // returns the example result in example_out.
  fx::Node* create_proxy(fx::Op op, fx::Target target, NodeExec exec, const std::vector<PArg>& args,
                         const std::vector<std::pair<std::string, PArg>>& kwargs, rt::Value& example_out);
  // A node whose result is data-dependent (Tensor.item() under capture_scalar_outputs, arithmetic
  // and comparisons on such values): created without running it on fake values; `example` stands
  // in for its value where only the result's type matters (elementwise ops with a scalar).
  fx::Node* create_unbacked_proxy(fx::Op op, fx::Target target, NodeExec exec, const std::vector<PArg>& args,
                                  rt::Value example);
  std::unordered_set<const fx::Node*> unbacked_nodes;
  // Graph inputs whose sizes/strides an in-place view op (unsqueeze_, t_, transpose_...) changed:
  // after the graph ran, their size sources (L['x'].size()[0]) no longer give the symbols' values,
  // so a returned SymInt of theirs comes out of the graph instead.
  std::set<std::string> metadata_mutated_inputs;
  bool capture_scalar_outputs = false;  // torch._dynamo.config.capture_scalar_outputs
  bool one_graph = false;               // fullgraph=True
  // Stack-trace metadata for nodes created at the current instruction.
  fx::StackSummary current_stack;
  const void* current_stack_code = nullptr;  // the code and line current_stack was made for
  int current_stack_line = -1;

  int count_calls() const;  // call_function/call_method/call_module nodes
  // cleanup_graph: removes each `_set_grad_enabled(not mode)` node directly followed by the one
  // that sets the mode back, `grad_enabled` being the grad mode when the graph is compiled.
  void cleanup_graph(bool grad_enabled);

  // register_static_attr_and_return_proxy: `value` becomes an attribute of the graph module named
  // after `prefix` (get_unique_name_wrt: prefix, else prefix_0, prefix_1, ...) and a get_attr node
  // reads it (node.type = `type`). Defined in variables/torch_nonstrict.cpp.
  fx::Node* register_static_attr(const std::string& prefix, rt::Value value, const std::string& type);
  std::set<std::string> static_attrs;
  // While a higher-order operator's body is traced (gm is then the body's graph), the frame's graph
  // module: new graph inputs go there, and the body lifts them (torch.cond, higher_order_ops.cpp).
  std::shared_ptr<fx::GraphModule>
      root_gm_while_speculating;  // the attribute names registered so far (nn_modules' keys)

  // ---- dynamic shapes (the tracing context's ShapeEnv and FakeTensor SymInt metadata) ----
  fx::ShapeEnv shape_env;
  // The dynamic-shape settings of this compile (torch.compile(dynamic=...) over
  // torch._dynamo.config).
  bool assume_static_by_default = true;
  bool automatic_dynamic_shapes = true;
  std::unordered_map<const void*, SymShape> sym_shapes;      // fake TensorImpl -> symbolic shape
  std::unordered_map<const fx::Node*, sym::Expr> sym_exprs;  // SymInt-valued nodes -> expression
  std::map<std::string, fx::Node*> symbol_nodes;             // symbol -> the placeholder binding it
  std::map<std::string, sym::Expr> symbol_exprs;             // symbol -> the Symbol made by the ShapeEnv
  struct SymbolCreation {
    std::string symbol, source, reason;
    int64_t hint = 0;
  };
  std::vector<SymbolCreation> symbol_log;            // symbols in creation order, with why
  std::map<std::string, SourcePtr> tracked_sources;  // sources the shape guards read
  // Symbolic shape of a fake tensor, or nullptr when it is static.
  const SymShape* sym_shape_of(const torch::Tensor& fake) const;
  // Size of dim d as an expression (an Integer when static).
  sym::Expr size_expr(const torch::Tensor& fake, int64_t d) const;
  // "return x * 2  # main.py:3 in f": the user line being traced (sloc of guards and logs).
  std::string user_loc() const;
  // Specializes every symbol of these expressions to its hint (guards Eq(s, hint)).
  void specialize(const std::vector<sym::Expr>& exprs);
  // Attaches a symbolic shape to a fake tensor (dropped when every dim is static).
  void set_sym_shape(const torch::Tensor& fake, SymShape shape);
  // Graph annotations after tracing: sizes and SymInt values with the replacements applied.
  void refresh_symbolic_meta();

 private:
  std::vector<std::unique_ptr<VariableTracker>> arena_;
  fx::Argument to_fx(const PArg& p);
};

// What a compiled frame does when its guards pass.
struct CompiledEntry {
  int frame_id = 0;
  int compile_id = 0;  // [frame_id/compile_id]
  GuardSet guards;
  std::shared_ptr<GraphProgram> program;  // null when the graph had no ops
  rt::Value compiled_fn;                  // what the backend returned (called with the inputs)
  rt::Value backend;                      // entries are reused only under the same backend
  std::vector<SourcePtr> input_sources;
  std::vector<SideEffect> side_effects;
  // Either the function returns:
  Recipe return_value;
  // ...or it breaks at an instruction that runs eagerly, then calls the resume function.
  bool has_break = false;
  int break_offset = 0;
  rt::Value break_kw_names;  // a CALL's pending KW_NAMES tuple (the instruction before it)
  int resume_offset = 0;
  std::vector<Recipe> stack;   // the live stack before the break instruction
  std::vector<Recipe> locals;  // localsplus values (cells as Cell recipes)
  // locals_dead[i]: locals[i] is a local no later instruction reads (prune_dead_locals). The
  // instruction at the break still sees it with the value the frame had on entry, as PyTorch's
  // transformed code runs that instruction in the original frame (eval / exec / locals()).
  std::vector<bool> locals_dead;
  // The with blocks the instruction is inside, outermost first: their context managers are
  // entered again around it and at the start of the resume function (the stack holds each one's
  // class at its index). The instruction runs in `break_code`, the code without its exception
  // table (PyTorch runs it in new bytecode, outside the with statements' handlers).
  std::vector<ReenterWith> blocks;
  std::shared_ptr<const py::CodeObject> break_code;
  rt::Function* resume_fn = nullptr;
  // step_graph_break (compile_subgraph(partial_convert=True)): the graph ends at a checkpoint, the
  // stack is empty there, and the frame's own bytecode runs eagerly from break_offset to its end
  // (no instruction run alone, no resume function).
  bool partial_convert = false;
  bool skip_frame = false;  // run the whole frame eagerly (nothing compiled)
};

}  // namespace dp::dynamo
