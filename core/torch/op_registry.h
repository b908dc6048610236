// Mirrors ATen's operator registry + torch/csrc/utils/python_arg_parser: every op has a
// PyTorch-style schema (native_functions.yaml syntax), a *meta* function (shape/dtype inference and
// argument checking, PyTorch's error texts) and an *eager kernel*. One generic entry point,
// call(name, args, kwargs), binds Python-style positional/keyword arguments to a schema and runs the
// op; if any tensor argument is fake (or fake mode is on) only the meta function runs and the
// results are fake tensors (FakeTensor semantics).
//
// ----------------------------------------------------------------------------------------------
// Binding guide (for the Python VM)
// ----------------------------------------------------------------------------------------------
//  * Python values map to Value: None -> None{}, bool, int -> int64_t, float -> double, str,
//    torch.dtype -> DType, Tensor, list/tuple -> Value::List (or std::vector<int64_t> /
//    std::vector<Tensor> when homogeneous; both are accepted), slice -> Slice, ... -> Ellipsis.
//  * `torch.f(a, b, k=v)`  ->  call("f", {a, b}, {{"k", v}})
//    `x.f(a, k=v)`        ->  call("f", {x, a}, {{"k", v}})        (self is the first positional)
//    op_info("f") tells whether f exists as a torch function (is_function) and/or Tensor method
//    (is_method).
//  * Overloads are tried in registration order (like PyTorch's arg parser); the first schema the
//    arguments bind to wins. Binding failures raise TypeError with PyTorch-like messages.
//  * int[] parameters accept a list/tuple of ints or a single int; if the schema's only positional
//    parameter besides `self` is an int[], trailing positional ints are packed into it
//    (`x.view(2, 3)`, `torch.zeros(2, 3)`).
//  * `Tensor|Scalar` parameters accept a Tensor or a Python number (a "wrapped number" for type
//    promotion). Binary arithmetic / comparison ops accept a number as `self` too when `other` is a
//    Tensor, so the VM can implement reflected operators: `1 + x` -> add(1, x) (same grad_fn as
//    PyTorch's __radd__), `1 - x` -> rsub(x, 1), `2 / x` -> rdiv(x, 2), `2 ** x` -> pow(2, x),
//    `5 // x` -> floor_divide(5, x), `5 % x` -> remainder(5, x).
//  * Python operators: + add, - sub, * mul, / div, // floor_divide, % remainder, ** pow, @ matmul,
//    unary - neg, ~ bitwise_not, & bitwise_and, | bitwise_or, ^ bitwise_xor, == eq, != ne,
//    < lt, <= le, > gt, >= ge, x[i] getitem(x, idx), x[i] = v setitem(x, idx, v),
//    abs(x) abs. In-place operators: += add_, -= sub_, *= mul_, /= div_.
//  * Indexing: getitem(self, Any indices) / setitem(self, Any indices, Tensor|Scalar value) take the
//    Python index object as a Value: an int, Slice, None, Ellipsis, bool, Tensor, or a Python tuple
//    of those as Value::List (or, when homogeneous, std::vector<int64_t> / std::vector<Tensor>).
//    Inside a tuple, a nested int list is an advanced index (x[:, [0, 2]]). A Python *list* used as
//    the whole index (x[[0, 2]]) must be passed as an int64 Tensor, since a top-level int list
//    means a tuple (x[0, 2]).
//  * Results: Value holding a Tensor, a List of Tensors (tuple results; OpSchema::returns gives
//    field names and return_type_name the namedtuple class, e.g. "torch.return_types.max"), a
//    std::vector<Tensor> (ops returning Tensor[], e.g. split -> Python tuple), bool, int64_t,
//    double (item()), or std::vector<int64_t>.
//  * Errors: TorchError{type, msg}; type is the Python exception class name.
// ----------------------------------------------------------------------------------------------
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "torch/tensor.h"

namespace dp::torch {

struct None {};
struct Ellipsis {};
struct Slice {
  std::optional<int64_t> start, stop, step;
};

struct Value {
  using List = std::vector<Value>;
  std::variant<None, bool, int64_t, double, std::string, std::vector<int64_t>, Tensor, std::vector<Tensor>, DType,
               Slice, Ellipsis, List>
      v;

  Value() : v(None{}) {}
  Value(None) : v(None{}) {}
  Value(bool b) : v(b) {}
  Value(int i) : v(int64_t{i}) {}
  Value(int64_t i) : v(i) {}
  Value(double d) : v(d) {}
  Value(const char* s) : v(std::string(s)) {}
  Value(std::string s) : v(std::move(s)) {}
  Value(std::vector<int64_t> l) : v(std::move(l)) {}
  Value(std::initializer_list<int64_t> l) : v(std::vector<int64_t>(l)) {}
  Value(Tensor t) : v(std::move(t)) {}
  Value(std::vector<Tensor> l) : v(std::move(l)) {}
  Value(DType d) : v(d) {}
  Value(Slice s) : v(s) {}
  Value(Ellipsis e) : v(e) {}
  Value(List l) : v(std::move(l)) {}
  Value(const Scalar& s);

  bool is_none() const { return std::holds_alternative<None>(v); }
  bool is_bool() const { return std::holds_alternative<bool>(v); }
  bool is_int() const { return std::holds_alternative<int64_t>(v); }
  bool is_double() const { return std::holds_alternative<double>(v); }
  bool is_number() const { return is_bool() || is_int() || is_double(); }
  bool is_string() const { return std::holds_alternative<std::string>(v); }
  bool is_tensor() const { return std::holds_alternative<Tensor>(v); }
  bool is_tensor_list() const { return std::holds_alternative<std::vector<Tensor>>(v); }
  bool is_int_list() const { return std::holds_alternative<std::vector<int64_t>>(v); }
  bool is_list() const { return std::holds_alternative<List>(v); }
  bool is_dtype() const { return std::holds_alternative<DType>(v); }

  const Tensor& tensor() const { return std::get<Tensor>(v); }
  int64_t to_int() const;
  double to_double() const;
  bool to_bool() const { return std::get<bool>(v); }
  Scalar to_scalar() const;
  const std::string& str() const { return std::get<std::string>(v); }
  const List& list() const { return std::get<List>(v); }
  // Python type name for error messages ("int", "Tensor", "tuple" ...).
  std::string py_type_name() const;
};

// One parameter of a schema, e.g. `int[1]? dim=None`.
struct OpArg {
  std::string name;
  std::string type;         // base type: Tensor, Tensor|Scalar, Tensor[], Scalar, int, int[],
                            // float, bool, str, ScalarType, Any
  bool optional = false;    // `?`: None allowed
  int list_len = 0;         // N of `int[N]` (a single int is accepted when N > 0 ... or always)
  bool kwarg_only = false;  // after `*`
  bool has_default = false;
  Value default_value;
  std::string default_text;  // as written in the schema ("None", "False", "1", "[]")
};

struct OpSchema {
  std::string name;      // "sum"
  std::string overload;  // "dim_IntList" (may be empty)
  std::vector<OpArg> args;
  std::vector<OpArg> returns;    // names may be empty
  std::string return_type_name;  // "torch.return_types.max" for named-tuple results, else ""
  std::string text;              // the schema as registered
  // Index of the only positional int[] parameter (besides self) that may take varargs, or -1.
  int varargs_index = -1;
};

// Parses "sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None)
// -> Tensor". Throws std::runtime_error on malformed schemas (a programming error).
OpSchema parse_schema(const std::string& text);

// The bound arguments of one call, in schema order (defaults filled in).
class Args {
 public:
  const OpSchema* schema = nullptr;
  std::vector<Value> values;

  const Value& get(const std::string& name) const;
  // nullptr when the schema has no such parameter.
  const Value* find(const std::string& name) const;
  bool has(const std::string& name) const;  // present and not None
  const Tensor& tensor(const std::string& name) const;
  std::vector<Tensor> tensors(const std::string& name) const;
  int64_t i(const std::string& name) const;
  double f(const std::string& name) const;
  bool b(const std::string& name) const;
  Scalar scalar(const std::string& name) const;
  Shape ints(const std::string& name) const;
  std::optional<DType> dtype(const std::string& name) const;
  std::string s(const std::string& name) const;
};

// The strides of a fresh tensor like `self` for an op with a `memory_format=` argument (empty_like,
// clone, to, ...): contiguous for torch.contiguous_format, otherwise preserve_format's rule.
Shape like_strides(const Args& a, const Tensor& self);

enum class OpKind {
  Functional,  // fresh outputs (allocated by the registry after meta for real inputs)
  View,        // outputs alias an input's storage (meta builds them; the kernel is a no-op)
  InPlace,     // mutates and returns `self`
  Factory,     // no tensor inputs; honours dtype=/requires_grad= kwargs
};

// meta: validate arguments and build the outputs: fake tensors for fresh outputs (Tensor::make(...,
//       /*fake=*/true)), views/aliases for View ops, `self` for InPlace ops. Non-tensor results that
//       need data (item, allclose) may return None from meta and set `out` in the kernel.
// kernel: for real inputs, runs after the registry has allocated storage for every output of meta
//       that has fake storage (i.e. every fresh output); fills the data (or, for ops with data-dependent shapes, replaces `out`).
using MetaFn = std::function<Value(const Args&)>;
using KernelFn = std::function<void(const Args&, Value& out)>;
using GradFnName = std::function<std::string(const Args&)>;

struct OpDef {
  OpSchema schema;
  OpKind kind = OpKind::Functional;
  MetaFn meta;
  KernelFn kernel;              // may be empty (views)
  std::string grad_fn;          // "AddBackward0"; empty = not differentiable
  GradFnName grad_fn_fn;        // overrides grad_fn when set
  bool is_function = true;      // torch.NAME exists
  bool is_method = true;        // Tensor.NAME exists
  bool data_dependent = false;  // meta cannot produce the result (item, allclose, equal, nonzero)
};

// Signature-ish info for the binding layer.
struct OpInfo {
  std::string name;
  bool is_function = false;
  bool is_method = false;
  std::vector<const OpSchema*> overloads;
};

class Registry {
 public:
  static Registry& get();
  OpDef& add(const std::string& schema_text, OpKind kind, MetaFn meta, KernelFn kernel = {}, std::string grad_fn = "");
  const std::vector<OpDef>* find(const std::string& name) const;
  std::vector<OpDef>* find_mut(const std::string& name);
  std::vector<std::string> names() const;
  // PyTorch's alias ops (native_functions.yaml "alias for X": absolute, arccos, multiply, ...): their
  // own torch.ALIAS / Tensor.ALIAS with the base op's overloads, kernels and grad_fn. The schemas
  // keep the base's name, so the autograd formulas and shape rules of the base apply unchanged.
  void add_alias(const std::string& alias, const std::string& base);

 private:
  std::map<std::string, std::vector<OpDef>> ops_;
};

// Runs an op. Throws TorchError.
Value call(const std::string& name, const std::vector<Value>& args,
           const std::vector<std::pair<std::string, Value>>& kwargs = {});
// The next call() binds a Tensor method call (`self` first): argument positions in its messages
// leave `self` out, as python_arg_parser does.
void set_next_call_is_method();
// Convenience: call returning the single Tensor result.
Tensor call_t(const std::string& name, const std::vector<Value>& args,
              const std::vector<std::pair<std::string, Value>>& kwargs = {});

std::vector<std::string> op_names();
std::optional<OpInfo> op_info(const std::string& name);

// Fake mode (FakeTensorMode): while on, every op runs only its meta function and factories
// produce fake tensors.
bool fake_mode();
void set_fake_mode(bool on);
struct FakeModeGuard {
  bool prev;
  FakeModeGuard() : prev(fake_mode()) { set_fake_mode(true); }
  ~FakeModeGuard() { set_fake_mode(prev); }
};

// Puts the process-wide torch state back to PyTorch's process defaults: the default generator's
// seed, grad mode, fake mode, print options. Every run starts from it.
void reset_process_state();

// ---- helpers shared by the kernel files ------------------------------------------------------

// An operand of an elementwise op: a tensor or a Python number wrapped as a 0-dim tensor.
struct Operand {
  Tensor t;
  bool wrapped = false;  // came from a Python number
};
Operand operand_of(const Value& v);
// at::result_type over operands (dimensioned tensors > 0-dim tensors > wrapped numbers).
DType result_type(const std::vector<Operand>& ops);
// Broadcast shape; error "The size of tensor a (3) must match the size of tensor b (4) at
// non-singleton dimension 1".
Shape broadcast_shapes(const Shape& a, const Shape& b);
// Whether a value of dtype `from` may be written into `to` (torch.can_cast).
bool can_cast(DType from, DType to);
bool any_fake(const Args& args);
// Lets a meta function choose the grad_fn name for the current call (e.g. getitem picks
// SelectBackward0 / SliceBackward0 depending on the index).
void set_grad_fn_override(const std::string& name);

// Registration hooks of the kernel files (called once by Registry::get()).
void register_elementwise_ops(Registry& r);
void register_reduce_ops(Registry& r);
void register_view_ops(Registry& r);
void register_factory_ops(Registry& r);
void register_linalg_ops(Registry& r);
void register_random_ops(Registry& r);
void register_nn_ops(Registry& r);
void register_tutorial_ops(Registry& r);  // tutorial_ops.cpp
void register_stats_ops(Registry& r);     // stats_ops.cpp
void register_pointwise_ops(Registry& r);
void register_shape_ops(Registry& r);  // shape_ops.cpp
void register_activation_ops(Registry& r);  // activation_ops.cpp
void register_loss_ops(Registry& r);  // loss_ops.cpp
void register_norm_ops(Registry& r);  // norm_ops.cpp
void register_alias_ops(Registry& r);  // alias_ops.cpp (after every other file)
// views.cpp: whether `self[indices] = v` assigns through a view (basic indexing) of self.
bool setitem_writes_view(const Tensor& self, const Value& indices);

}  // namespace dp::torch
