// torch.fx Graph / Node / Argument / Target for the Dynamo Playground.
// Mirrors torch/fx/node.py (Node, Argument, _format_arg, format_node, _pretty_print_target,
// _get_qualified_name, Node._rename, replace_all_uses_with) and torch/fx/graph.py (Graph,
// create_node, erase_node, inserting_before/after, python_code / CodeGen._gen_python_code,
// __str__, magic_methods / inplace_methods) and torch/fx/graph_module.py (_print_readable,
// GraphModule.code). Re-implemented from the documented behaviour; output is byte-identical to
// what PyTorch prints for the graphs Dynamo builds (see docs/dynamo-formats.md §1).
//
// Usage (the conformance program sin_add.py):
//   dp::fx::GraphModule gm;
//   dp::fx::Graph& g = *gm.graph;
//   Node* x = g.placeholder("L_x_", "torch.Tensor");                  // name l_x_
//   Node* s = g.call_function(Target::torch("torch.sin"), {x});       // name sin
//   Node* a = g.call_function(Target::op("add"), {s, 1});             // printed `sin + 1`
//   g.output(Argument::tuple({a}));
//   gm.code();  // "\n\n\ndef forward(self, L_x_ : torch.Tensor):\n    l_x_ = L_x_\n ..."
// Verbose output (print_readable) additionally uses node->meta.tensor / meta.sym / meta.stack.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fx/namespace.h"

namespace dp::fx {

class Node;
class Graph;

// ---------------------------------------------------------------------------------------------
// Argument: a value held in node args / kwargs.
// ---------------------------------------------------------------------------------------------
struct Argument {
  enum class Kind { None, Bool, Int, Float, Str, NodeRef, Tuple, List, Slice, Dict, Raw };

  Kind kind = Kind::None;
  bool b = false;
  int64_t i = 0;
  double f = 0.0;
  std::string s;        // Str: the text; Raw: repr() text
  std::string raw_str;  // Raw only: str() text used by str(graph) (empty = same as repr)
  Node* node = nullptr;
  std::vector<Argument> items;    // Tuple/List elements; Slice: exactly 3 (start, stop, step); Dict values
  std::vector<std::string> keys;  // Dict keys (ordered, parallel to items)

  Argument() = default;  // None
  Argument(std::nullptr_t) {}
  Argument(bool v) : kind(Kind::Bool), b(v) {}
  Argument(int v) : kind(Kind::Int), i(v) {}
  Argument(long v) : kind(Kind::Int), i(v) {}
  Argument(long long v) : kind(Kind::Int), i(static_cast<int64_t>(v)) {}
  Argument(unsigned v) : kind(Kind::Int), i(static_cast<int64_t>(v)) {}
  Argument(unsigned long v) : kind(Kind::Int), i(static_cast<int64_t>(v)) {}
  Argument(unsigned long long v) : kind(Kind::Int), i(static_cast<int64_t>(v)) {}
  Argument(double v) : kind(Kind::Float), f(v) {}
  Argument(const char* v) : kind(Kind::Str), s(v) {}
  Argument(std::string v) : kind(Kind::Str), s(std::move(v)) {}
  Argument(Node* n) : kind(n ? Kind::NodeRef : Kind::None), node(n) {}

  static Argument none() { return Argument(); }
  static Argument tuple(std::vector<Argument> elems);
  static Argument list(std::vector<Argument> elems);
  static Argument slice(Argument start, Argument stop, Argument step);
  static Argument dict(std::vector<std::pair<std::string, Argument>> entries);
  // Opaque value printed verbatim: repr text (codegen) and str text (str(graph); defaults to repr).
  // e.g. raw("torch.float32"), raw("device(type='cpu')", "cpu"), raw("Color.RED").
  static Argument raw(std::string repr_text, std::string str_text = "");

  bool is_none() const { return kind == Kind::None; }
  bool is_node() const { return kind == Kind::NodeRef; }
};

using Args = std::vector<Argument>;
using Kwargs = std::vector<std::pair<std::string, Argument>>;

// ---------------------------------------------------------------------------------------------
// Target: what a node calls. Callables carry their Python __module__ and __name__; the string
// targets of placeholder / call_method / call_module / get_attr / output are plain text.
// ---------------------------------------------------------------------------------------------
struct Target {
  bool callable = false;
  std::string module;        // callable: __module__ ("torch", "_operator", "builtins", "torch.ops.higher_order", ...)
  std::string name;          // callable: __name__ ("sin", "add", ...); string target: the text itself
  std::string qualname;      // optional override of the fully qualified name printed in code
  bool side_effect = false;  // registered via has_side_effect (never DCE'd)

  // --- factories ---
  static Target str(std::string text);  // string target (methods, modules, attrs, placeholders)
  // generic callable: module + __name__
  static Target function(std::string module, std::string name);
  // "torch.sin", "torch.nn.functional.relu", "torch._C._nn.linear", "torch.ops.aten.mul.Tensor"
  // (module = everything before the last '.', name = the last segment; for OpOverloads use
  // function("torch._ops.aten", "mul.Tensor") style or set qualname).
  static Target torch(const std::string& dotted);
  // Python `operator` module function (its __module__ is "_operator"): op("add"), op("getitem")
  static Target op(std::string name);
  // Python builtin: builtin("getattr"), builtin("len")
  static Target builtin(std::string name);
  // HigherOrderOperator torch.ops.higher_order.<name> (e.g. "cond", "wrap", "call_torchbind")
  static Target hop(std::string name, bool side_effect = false);
  // custom op packet torch.ops.<ns>.<name> (e.g. "_TorchScriptTesting", "queue_push")
  static Target custom_op(const std::string& ns, std::string name, bool side_effect = false);
  // OpOverload torch.ops.<ns>.<op>.<overload>: __name__ is "<op>.<overload>" (so the node name
  // candidate becomes e.g. "mul_tensor"), printed as torch.ops.aten.mul.Tensor.
  static Target op_overload(const std::string& ns, const std::string& op, const std::string& overload,
                            bool side_effect = false);

  // _get_qualified_name: builtins print bare; "torch._ops" -> "torch.ops".
  std::string qualified_name() const;
  // Node._pretty_print_target (str(graph)): builtins.X, operator.X, else qualified name.
  std::string pretty() const;
  // _is_from_torch: module is "torch" or "torch.<...>" not inside torch._dynamo./torch._inductor.
  bool from_torch() const;
  bool is_operator_module() const { return module == "_operator" || module == "operator"; }
  // identity key used by the codegen namespace ("g:<qualified>")
  std::string key() const { return "g:" + qualified_name(); }

  bool operator==(const Target& o) const {
    return callable == o.callable && module == o.module && name == o.name && qualname == o.qualname;
  }
};

// Magic / in-place operator templates (torch/fx/graph.py magic_methods, inplace_methods).
// Returns nullptr when `name` is not in the table.
const char* magic_method_template(const std::string& name);
const char* inplace_method_template(const std::string& name);

// ---------------------------------------------------------------------------------------------
// Node meta (the parts code generation reads).
// ---------------------------------------------------------------------------------------------
struct TensorMeta {
  std::string dtype = "f32";         // dtype abbreviation (see dtype_abbr)
  std::vector<std::string> sizes;    // may be symbolic ("s77")
  std::vector<std::string> strides;  // printed only with include_stride
  std::string device = "cpu";        // printed only with include_device
  std::string subclass;              // non-empty: printed as "Cls(core)" (tensor subclasses)
};

// torch.utils._dtype_abbrs: "torch.float32" or "float32" -> "f32"; unknown -> "".
std::string dtype_abbr(const std::string& dtype_name);

// Innermost frame of node.stack_trace (torch/fx/graph.py _ParsedStackTrace).
struct StackSummary {
  std::string file;
  std::string lineno;
  std::string name;
  std::string code;
  std::string summary() const {  // get_summary_str
    return "File: " + file + ":" + lineno + " in " + name + ", code: " + code;
  }
};
// _parse_stack_trace: innermost `File "...", line N, in fn` line followed by its code line.
std::optional<StackSummary> parse_stack_trace(const std::string& stack_trace);

struct NodeMeta {
  std::optional<TensorMeta> tensor;   // meta["val"/"example_value"] is a (fake) tensor
  std::optional<std::string> sym;     // SymInt/SymFloat/SymBool: repr text ("s77")
  std::optional<StackSummary> stack;  // parsed stack trace (verbose comments)
  std::string custom_annotation;      // meta["custom"] repr (printed as " Annotation: ...")
  std::string recompute_info;         // optional " # ac_graph_id: ..." text, verbatim
};

// ---------------------------------------------------------------------------------------------
// Node
// ---------------------------------------------------------------------------------------------
enum class Op { Placeholder, CallFunction, CallMethod, CallModule, GetAttr, Output };
const char* op_name(Op op);

class Node {
 public:
  Op op() const { return op_; }
  const char* op_str() const { return op_name(op_); }
  const std::string& name() const { return name_; }
  const Target& target() const { return target_; }
  const std::string& target_str() const { return target_.name; }  // string targets
  const Args& args() const { return args_; }
  const Kwargs& kwargs() const { return kwargs_; }
  // Nodes appearing in args then kwargs, first occurrence order (Node._input_nodes).
  const std::vector<Node*>& all_input_nodes() const { return input_nodes_; }
  // Ordered users (Node.users).
  const std::vector<Node*>& users() const { return users_; }
  Graph* graph() const { return graph_; }
  bool erased() const { return erased_; }

  // node.type rendered (e.g. "torch.Tensor", "torch.ScriptObject"); empty = None.
  std::string type;
  NodeMeta meta;

  void set_args(Args a);
  void set_kwargs(Kwargs k);
  void update_arg(size_t idx, Argument a);
  void update_kwarg(const std::string& key, Argument a);
  // Replace every use of this node by `replacement`; returns the nodes changed.
  std::vector<Node*> replace_all_uses_with(Node* replacement);
  void replace_input_with(Node* old_input, Node* new_input);

  // Node._rename: no-op when equal; otherwise a fresh name from the graph namespace. The old
  // name stays reserved.
  void rename(const std::string& candidate);

  // Node.format_node (one line of str(graph)).
  std::string format_node() const;

  // Unique identity key for namespaces ("n:<id>").
  std::string key() const { return "n:" + std::to_string(id_); }
  uint64_t id() const { return id_; }

  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

 private:
  friend class Graph;
  Node(Graph* g, uint64_t id, std::string name, Op op, Target target, Args args, Kwargs kwargs, std::string type);
  void update_args_kwargs(Args a, Kwargs k);

  Graph* graph_;
  uint64_t id_;
  std::string name_;
  Op op_;
  Target target_;
  Args args_;
  Kwargs kwargs_;
  std::vector<Node*> input_nodes_;
  std::vector<Node*> users_;
  bool erased_ = false;
  std::list<std::unique_ptr<Node>>::iterator pos_;
};

// ---------------------------------------------------------------------------------------------
// Code generation result / options
// ---------------------------------------------------------------------------------------------
struct PythonCode {
  std::string src;                        // exact Python source ("\n\n\ndef forward(...):\n    ...")
  std::vector<std::string> global_names;  // names of non-torch globals referenced (for info)
};

// ---------------------------------------------------------------------------------------------
// Graph
// ---------------------------------------------------------------------------------------------
class Graph {
 public:
  Graph();
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // --- node creation (inserted at the current insert point; default: at the end) ---
  Node* create_node(Op op, Target target, Args args = {}, Kwargs kwargs = {},
                    std::optional<std::string> name = std::nullopt, std::string type = "");
  Node* placeholder(const std::string& target, std::string type = "",
                    std::optional<Argument> default_value = std::nullopt);
  Node* call_function(Target fn, Args args = {}, Kwargs kwargs = {}, std::optional<std::string> name = std::nullopt,
                      std::string type = "");
  Node* call_method(const std::string& method, Args args = {}, Kwargs kwargs = {}, std::string type = "");
  Node* call_module(const std::string& module_path, Args args = {}, Kwargs kwargs = {}, std::string type = "");
  Node* get_attr(const std::string& qualified_name, std::string type = "");
  Node* output(Argument result, std::string type = "");

  // --- insert point (Graph.inserting_before / inserting_after); RAII restore ---
  class InsertGuard {
   public:
    InsertGuard(InsertGuard&& o) noexcept;
    InsertGuard(const InsertGuard&) = delete;
    InsertGuard& operator=(const InsertGuard&) = delete;
    ~InsertGuard();

   private:
    friend class Graph;
    InsertGuard(Graph* g, int mode, Node* anchor);
    Graph* g_;
    int saved_mode_;
    Node* saved_anchor_;
  };
  // inserting_before(nullptr): at the very beginning (each new node right after the sentinel).
  [[nodiscard]] InsertGuard inserting_before(Node* n);
  // inserting_after(n): each new node goes right after n (so repeated inserts come out in
  // reverse order, as in Python); inserting_after(nullptr): at the end.
  [[nodiscard]] InsertGuard inserting_after(Node* n);
  // Insert before the output node if there is one, else append (Dynamo convenience).
  [[nodiscard]] InsertGuard inserting_before_output();
  // Permanent insert point setters (Python: calling inserting_* without `with`).
  void set_insert_before(Node* n);
  void set_insert_at_end();

  // --- queries / mutation ---
  std::vector<Node*> nodes() const;  // in order, excluding erased
  size_t size() const { return nodes_.size(); }
  // The id the next node will get: nodes made after a point in time are those with id() >= it
  // (ids only grow; placeholders are inserted before other nodes, so positions do not tell).
  uint64_t next_node_id() const { return next_id_; }
  Node* output_node() const;  // nullptr if none
  std::vector<Node*> find_nodes(Op op) const;
  // Throws std::runtime_error if the node still has users.
  void erase_node(Node* n);
  // Remove placeholders without users ("unused inputs are pruned"); returns their targets.
  std::vector<std::string> prune_unused_placeholders();
  // Graph.eliminate_dead_code with the default purity rule (placeholders, output, side-effect
  // call_function targets are impure). Returns whether anything changed.
  bool eliminate_dead_code();
  void replace_all_uses(Node* old_node, Node* new_node) { old_node->replace_all_uses_with(new_node); }

  Namespace& graph_namespace() { return ns_; }
  // Graph._target_to_str
  static std::string target_to_str(const Target& t);

  // --- printing ---
  PythonCode python_code(const std::string& root_module = "self", bool verbose = false, bool include_stride = false,
                         bool include_device = false) const;
  std::string code() const { return python_code("self").src; }
  std::string str() const;  // str(graph)

 private:
  friend class Node;
  enum InsertMode { kAtEnd = 0, kBefore = 1, kAfter = 2 };
  void insert(std::unique_ptr<Node> n);

  std::list<std::unique_ptr<Node>> nodes_;
  std::list<std::unique_ptr<Node>> erased_;  // erased nodes stay alive (pointer stability)
  Namespace ns_;
  uint64_t next_id_ = 1;
  int insert_mode_ = kAtEnd;
  Node* insert_anchor_ = nullptr;
};

// ---------------------------------------------------------------------------------------------
// GraphModule: a graph plus named child GraphModules (HOP bodies), in registration order.
// ---------------------------------------------------------------------------------------------
struct GraphModule {
  std::string class_name = "GraphModule";
  std::shared_ptr<Graph> graph = std::make_shared<Graph>();
  std::vector<std::pair<std::string, std::shared_ptr<GraphModule>>> children;

  GraphModule() = default;
  explicit GraphModule(std::shared_ptr<Graph> g) : graph(std::move(g)) {}

  void add_submodule(const std::string& name, std::shared_ptr<GraphModule> child);
  GraphModule* get_submodule(const std::string& name) const;

  // gm.code (== graph.python_code("self").src)
  std::string code() const { return graph->code(); }
  // gm.print_readable(print_output, include_stride, include_device); prints to stdout when
  // print_output is true and always returns the text.
  std::string print_readable(bool print_output = false, bool include_stride = false, bool include_device = false) const;
  // nn.Module.__repr__ of the module tree: "GraphModule()" or
  // "GraphModule(\n  (wrap_body_0): GraphModule()\n)".
  std::string module_repr() const;
  // str(gm) = module_repr() + "\n" + code + "\n" + "# To see more debug info, please use
  // `graph_module.print_readable()`" (GraphModule.__str__).
  std::string str() const;
  // torch.fx.graph_module._print_readable(module, module_name, ...)
  std::string print_readable_as(const std::string& module_name, bool include_stride, bool include_device) const;
};

// torch.nn.modules.module._addindent
std::string addindent(const std::string& s, int num_spaces);
// torch._dynamo.testing.normalize_gm (strip_comment, remove_trailing_space, _squash_blank_lines)
std::string normalize_gm(const std::string& s);
// TORCH_LOGS=graph_code message body (docs/dynamo-formats.md §2.5):
// "TRACED GRAPH\n ===== <fn_name> =====\n <filename> " + print_readable(stride, device) + "\n"
std::string graph_code_log_body(const GraphModule& gm, const std::string& compiled_fn_name,
                                const std::string& filename);

// Python repr of an Argument as generated code prints it (nodes by their graph names).
std::string argument_repr(const Argument& a);
// Node._format_arg form used by str(graph).
std::string argument_format(const Argument& a);

}  // namespace dp::fx
