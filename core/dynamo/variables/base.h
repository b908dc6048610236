// VariableTrackers: the tracer's symbolic values. The base class mirrors
// torch/_dynamo/variables/base.py; each concrete class names the PyTorch file it mirrors.
// VariableTrackers live in the OutputGraph's arena for the duration of one trace.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dynamo/source.h"
#include "fx/experimental/sym_expr.h"
#include "fx/graph.h"
#include "runtime/interp.h"

namespace dp::dynamo {

struct InstructionTranslatorBase;
struct VariableTracker;
using VTArgs = std::vector<VariableTracker*>;
using VTKwargs = std::vector<std::pair<std::string, VariableTracker*>>;

// An argument as both the FX graph prints it and the graph executes it.
struct PArg {
  enum class Kind { Node, Const, Tuple, List, Slice };
  Kind kind = Kind::Const;
  fx::Node* node = nullptr;
  rt::Value value;          // Const
  std::vector<PArg> items;  // Tuple/List; Slice: start, stop, step
};

struct VariableTracker {
  SourcePtr source;
  virtual ~VariableTracker() = default;
  virtual std::string class_name() const = 0;
  // repr as TRACE lines print it (default: "ClassName()").
  virtual std::string repr(rt::Interp& I) const {
    (void)I;
    return class_name() + "()";
  }
  // Python type of the value tracked (for messages: `python_type()`).
  virtual std::string python_type_name(rt::Interp& I) const {
    (void)I;
    return "object";
  }

  virtual bool is_python_constant() const { return false; }
  virtual rt::Value as_python_constant(InstructionTranslatorBase& tx);
  // The graph argument this value becomes when passed to an op (as_proxy()).
  virtual PArg as_proxy(InstructionTranslatorBase& tx);

  virtual VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name);
  virtual VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs);
  virtual VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                       VTKwargs& kwargs);
  // The underlying tracker for lazies; `this` otherwise.
  virtual VariableTracker* realize(InstructionTranslatorBase& tx) {
    (void)tx;
    return this;
  }
  virtual bool is_lazy_unrealized() const { return false; }
};

// ---- variables/constant.py ----
struct ConstantVariable : VariableTracker {
  rt::Value value;
  explicit ConstantVariable(rt::Value v) : value(v) {}
  std::string class_name() const override { return "ConstantVariable"; }
  std::string repr(rt::Interp& I) const override;
  std::string python_type_name(rt::Interp& I) const override { return I.type_name(value); }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return value; }
  PArg as_proxy(InstructionTranslatorBase& tx) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
};

// ---- variables/tensor.py ----
struct TensorVariable : VariableTracker {
  fx::Node* node = nullptr;
  rt::Value example;  // a TensorObj holding the fake tensor
  // Attributes of the user's own stored on a tensor made in the trace (the values are in
  // OutputGraph::attr_overrides under {example, name}), in the order first stored.
  std::vector<std::string> new_attrs;
  std::string class_name() const override { return "TensorVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "Tensor"; }
  PArg as_proxy(InstructionTranslatorBase&) override {
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = node;
    return p;
  }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
  const torch::Tensor& fake() const;
};

// ---- variables/lazy.py ----
struct LazyVariableTracker : VariableTracker {
  rt::Value value;
  VariableTracker* realized = nullptr;
  std::string class_name() const override { return "LazyVariableTracker"; }
  std::string repr(rt::Interp& I) const override;
  VariableTracker* realize(InstructionTranslatorBase& tx) override;
  bool is_lazy_unrealized() const override { return realized == nullptr; }
};

// ---- variables/misc.py ----
struct NullVariable : VariableTracker {
  std::string class_name() const override { return "NullVariable"; }
  std::string repr(rt::Interp&) const override { return "NullVariable"; }
};

struct GetAttrVariable : VariableTracker {
  VariableTracker* obj;
  std::string name;
  // The built-in part's method of a list/tuple/dict tracker, past a user subclass's override
  // (super().m on such an instance: call_builtin_part).
  bool builtin_part = false;
  GetAttrVariable(VariableTracker* o, std::string n) : obj(o), name(std::move(n)) {}
  std::string class_name() const override { return "GetAttrVariable"; }
  std::string repr(rt::Interp& I) const override { return "GetAttrVariable(" + obj->repr(I) + ", " + name + ")"; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};

struct PythonModuleVariable : VariableTracker {
  rt::Value module;
  explicit PythonModuleVariable(rt::Value m) : module(m) {}
  std::string class_name() const override { return "PythonModuleVariable"; }
  std::string repr(rt::Interp& I) const override { return "PythonModuleVariable(" + I.repr(module) + ")"; }
  std::string python_type_name(rt::Interp&) const override { return "module"; }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return module; }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};

// A function or object Dynamo refuses to trace into (SkipFunctionVariable).
struct SkipFunctionVariable : VariableTracker {
  rt::Value value;
  std::string reason;
  bool disabled = false;         // wrapped by torch.compiler.disable (`_torchdynamo_disable`)
  bool disabled_inline = false;  // disable(recursive=False): the wrapper is inlined, then refused (GB0099)
  bool unknown_builtin = false;  // a C builtin inspect.getfile cannot place (a disallow_in_graph op)
  rt::Value disable_msg;         // its `_torchdynamo_disable_msg`
  std::string playground_unsupported;  // set: calling it is a "Not supported by the playground yet" graph break
  explicit SkipFunctionVariable(rt::Value v, std::string r = "") : value(v), reason(std::move(r)) {}
  std::string class_name() const override { return "SkipFunctionVariable"; }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return value; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

// ---- variables/tensor.py: SymNodeVariable, an int traced symbolically (a graph input or an
// operation on one); its example value is the int seen while tracing ----
struct SymNodeVariable : VariableTracker {
  fx::Node* node = nullptr;
  rt::Value example;  // the hint
  sym::Expr expr;     // its symbolic expression (sym_num)
  std::string repr(rt::Interp& I) const override;
  // Used as a Python value a SymInt specializes (guard_int), so it counts as a constant.
  bool is_python_constant() const override { return true; }
  std::string class_name() const override { return "SymNodeVariable"; }
  std::string python_type_name(rt::Interp& I) const override { return I.type_name(example); }
  PArg as_proxy(InstructionTranslatorBase&) override {
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = node;
    return p;
  }
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
};

// ---- variables/misc.py: an exception instance created in the traced code ----
struct ExceptionVariable : VariableTracker {
  rt::Type* exc_type;
  std::vector<VariableTracker*> args;
  ExceptionVariable(rt::Type* t, std::vector<VariableTracker*> a) : exc_type(t), args(std::move(a)) {}
  std::string class_name() const override { return "ExceptionVariable"; }
  std::string python_type_name(rt::Interp&) const override { return exc_type->name; }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};

// ---- variables/builtin.py ----
// builtin.py's "Failed to trace builtin operator" graph break (gb0059) for builtin `fn` on args.
// A UserDefinedObjectVariable holding an instance of a user subclass of int, float or str that is
// not an enum member (VariableBuilder.wrap_user_defined; user_defined.cpp).
bool is_builtin_value_subclass_var(VariableTracker* v);
[[noreturn]] void builtin_unsupported(InstructionTranslatorBase& tx, const std::string& fn, VTArgs& args,
                                      VTKwargs& kwargs);
// The call's arguments as Python values when every one is a constant (lazy ones realized on the
// way, stopping at the first that is not): what constant folding calls the real function with.
bool constant_call_args(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs, rt::CallArgs& out);

struct BuiltinVariable : VariableTracker {
  std::string fn_name;
  rt::Value fn;
  BuiltinVariable(std::string n, rt::Value f) : fn_name(std::move(n)), fn(f) {}
  std::string class_name() const override { return "BuiltinVariable"; }
  std::string repr(rt::Interp&) const override { return "BuiltinVariable(" + fn_name + ")"; }
  // python_type(): type(self.fn), so `type` for a class (int, str, ...).
  std::string python_type_name(rt::Interp& I) const override {
    return fn.is_obj() && fn.o->kind == rt::Kind::Type ? I.type_name(fn) : "builtin_function_or_method";
  }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return fn; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

// ---- variables/misc.py StringFormatVariable: `format_string.format(*sym_args, **sym_kwargs)`
// with an argument that is not a constant (an f-string of a tensor): the call is made after the
// graph, when the result is reconstructed; with constant arguments `create` folds it. ----
struct StringFormatVariable : VariableTracker {
  std::string format_string;
  std::vector<VariableTracker*> sym_args;
  std::vector<std::pair<std::string, VariableTracker*>> sym_kwargs;
  StringFormatVariable(std::string f, std::vector<VariableTracker*> a,
                       std::vector<std::pair<std::string, VariableTracker*>> k)
      : format_string(std::move(f)), sym_args(std::move(a)), sym_kwargs(std::move(k)) {}
  static VariableTracker* create(InstructionTranslatorBase& tx, const std::string& format_string,
                                 std::vector<VariableTracker*> args,
                                 std::vector<std::pair<std::string, VariableTracker*>> kwargs = {});
  std::string class_name() const override { return "StringFormatVariable"; }
  std::string repr(rt::Interp& I) const override;
  // python_type() is type(as_python_constant()), which it has not: python_type_name's fallback.
  std::string python_type_name(rt::Interp&) const override { return "<unknown type>"; }
};

// ---- variables/builtin.py: super() (SuperVariable): attribute lookups start after `start` in
// the MRO of the object's class; methods found there are inlined with the object as self ----
struct SuperVariable : VariableTracker {
  rt::Type* start;
  VariableTracker* obj;
  SuperVariable(rt::Type* s, VariableTracker* o) : start(s), obj(o) {}
  std::string class_name() const override { return "SuperVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "super"; }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
};

// ---- variables/torch.py ----
struct TorchInGraphFunctionVariable : VariableTracker {
  std::string qualname;  // "torch.sin", "torch.ops._TorchScriptTesting.queue_push"
  rt::Value fn;
  bool custom_op = false;
  // A torch._dynamo.nonstrict_trace function: a call is one flat_apply node over the flattened
  // arguments (call_nonstrict_trace, variables/torch_nonstrict.cpp).
  bool nonstrict_traceable = false;
  TorchInGraphFunctionVariable(std::string q, rt::Value f, bool custom = false)
      : qualname(std::move(q)), fn(f), custom_op(custom) {}
  std::string class_name() const override { return "TorchInGraphFunctionVariable"; }
  std::string repr(rt::Interp& I) const override;
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return fn; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
  VariableTracker* call_nonstrict_trace(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs);
};

// ---- variables/functions.py ----
struct UserFunctionVariable : VariableTracker {
  rt::Function* fn;
  explicit UserFunctionVariable(rt::Function* f) : fn(f) {}
  std::string class_name() const override { return "UserFunctionVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "function"; }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return rt::Value::obj(fn); }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};

// A function created by MAKE_FUNCTION inside the traced frame.
struct NestedUserFunctionVariable : VariableTracker {
  std::shared_ptr<const py::CodeObject> code;
  rt::Dict* globals = nullptr;
  std::vector<VariableTracker*> defaults;
  std::vector<VariableTracker*> closure_cells;  // CellVariables
  VariableTracker* annotations = nullptr;       // MAKE_FUNCTION's (name, value, ...) tuple, if any
  rt::Value code_value;                         // the code object constant (to rebuild the function)
  std::string class_name() const override { return "NestedUserFunctionVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "function"; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

struct CellVariable : VariableTracker {
  VariableTracker* contents = nullptr;  // nullptr = empty cell
  rt::Value real_cell;                  // the runtime cell, when it came from the frame
  int frame_slot = -1;                  // a cell of the compiled frame: its localsplus slot
  SourcePtr cell_source;                // a cell of a function with a source: ClosureCellSource
  std::string class_name() const override { return "CellVariable"; }
};

struct UserMethodVariable : VariableTracker {
  rt::Function* fn;
  VariableTracker* obj;
  // PyTorch's source_fn: where the function itself can be read back (a class's dict through its
  // MRO, or the bound method `L['o'].m`); the inlined call's defaults and closure cells get sources
  // from it (DefaultsSource, ClosureCellSource). nullptr when unknown.
  SourcePtr source_fn;
  UserMethodVariable(rt::Function* f, VariableTracker* o, SourcePtr sf = nullptr)
      : fn(f), obj(o), source_fn(std::move(sf)) {}
  std::string class_name() const override { return "UserMethodVariable"; }
  std::string repr(rt::Interp& I) const override;
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

// ---- variables/functions.py: FunctoolsPartialVariable, a functools.partial (built in the traced
// code, or read from the frame with its func, args and keywords wrapped from their sources) ----
struct FunctoolsPartialVariable : VariableTracker {
  VariableTracker* func = nullptr;
  std::vector<VariableTracker*> args;
  std::vector<std::pair<std::string, VariableTracker*>> keywords;
  rt::Type* partial_type = nullptr;  // functools.partial, to rebuild one after the graph
  std::string class_name() const override { return "FunctoolsPartialVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "partial"; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};
// functools.partial (the prelude's class), the one class FunctoolsPartialVariable stands for.
bool is_functools_partial(const rt::Type* t);
// utils.is_namedtuple_cls: a class made by collections.namedtuple / typing.NamedTuple (its first
// base is tuple and it has _make and _fields) or a torch.return_types structseq.
bool is_namedtuple_cls(rt::Interp& I, const rt::Type* t);
// Whether the class's `name` (_make, _replace) is collections.namedtuple's own, and those methods
// traced (lists.cpp): a new NamedTupleVariable, as NamedTupleVariable builds it. `self` is the
// namedtuple for _replace (nullptr for a call on the class).
bool is_collections_namedtuple_method(rt::Interp& I, rt::Type* cls, const std::string& name);
struct TupleVariable;
struct LocalGeneratorObjectVariable;
struct UserDefinedObjectVariable;
// object.__setattr__(obj, name, value) on a user object (BuiltinVariable.call_method's
// method_setattr_standard): the attribute store a class without its own __setattr__ makes;
// nullptr when the tracer cannot record it (user_defined.cpp).
// directly_update_dict: `obj.__dict__[name] = value` (replayed as a write into the instance dict).
VariableTracker* object_setattr_standard(InstructionTranslatorBase& tx, UserDefinedObjectVariable* obj,
                                         VariableTracker* name, VariableTracker* value,
                                         bool directly_update_dict = false);
bool has_key_in_generic_dict(InstructionTranslatorBase& tx, UserDefinedObjectVariable* obj, const std::string& key);
// A local generator's send / throw / close (symbolic_convert.cpp).
VariableTracker* local_generator_method(InstructionTranslatorBase& tx, LocalGeneratorObjectVariable* g,
                                        const std::string& name, VTArgs& args, VTKwargs& kwargs);
VariableTracker* namedtuple_make_replace(InstructionTranslatorBase& tx, rt::Type* cls, TupleVariable* self,
                                         const std::string& name, VTArgs& args, VTKwargs& kwargs);

// UserDefinedObjectVariable.get_source_by_walking_mro (user_defined.cpp).
SourcePtr mro_source(rt::Interp& I, rt::Type* cls, const SourcePtr& cls_source, const std::string& name);

// ---- variables/user_defined.py ----
struct UserDefinedObjectVariable : VariableTracker {
  rt::Value value;
  // AttributeMutationNew (side_effects.py track_object_new): an object constructed inside the
  // traced code. `value` is the instance made at trace time (its class and identity); its
  // attributes are the tracked writes (output.attr_overrides), in the order first written, and it
  // is rebuilt after the graph (a new instance per run) when it escapes or is live at a break.
  bool is_new = false;
  std::vector<std::string> new_attrs;
  // A new object of a class with Python __enter__/__exit__ (PyTorch makes it a
  // GenericContextWrappingVariable, ctx_manager.h).
  bool generic_ctx = false;
  // cls_source: the class's source for an object made in the trace (track_new_user_defined_object
  // passes the class variable's source); `type(obj)` and method sources use it.
  SourcePtr cls_source;
  explicit UserDefinedObjectVariable(rt::Value v) : value(v) {}
  std::string class_name() const override {
    return generic_ctx ? "GenericContextWrappingVariable" : "UserDefinedObjectVariable";
  }
  std::string repr(rt::Interp& I) const override;
  std::string python_type_name(rt::Interp& I) const override { return I.type_name(value); }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

struct UserDefinedClassVariable : VariableTracker {
  rt::Type* cls;
  explicit UserDefinedClassVariable(rt::Type* c) : cls(c) {}
  std::string class_name() const override { return "UserDefinedClassVariable"; }
  // python_type(): the class's metaclass (`type`, `EnumType`, `ABCMeta`).
  std::string python_type_name(rt::Interp& I) const override { return I.type_name(rt::Value::obj(cls)); }
  std::string repr(rt::Interp& I) const override {
    return "UserDefinedClassVariable(" + I.repr(rt::Value::obj(cls)) + ")";
  }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase&) override { return rt::Value::obj(cls); }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
  VariableTracker* construct_new_object(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs);
  VariableTracker* construct_builtin_subclass(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs);
};

// ---- variables/lists.py ----
// A user subclass of list / tuple / dict (PyTorch's UserDefinedListVariable,
// UserDefinedTupleVariable, UserDefinedDictVariable: a user object holding a ListVariable /
// TupleVariable / ConstDictVariable for its built-in part). Here the built-in tracker itself
// carries the subclass: `user_cls` is the class and `user_obj` the object that stands for the
// instance's identity and `__dict__` (the input itself, or an instance made at trace time for one
// built in the traced code: its attribute writes are output.attr_overrides keyed by it).
// Methods the class defines in Python are inlined with the tracker as self; the built-in type's
// methods work on the payload (variables/user_defined.cpp, docs/runtime-subclasses.md).
struct UserSubclassPart {
  rt::Type* user_cls = nullptr;
  rt::Value user_obj;
  bool user_new = false;               // made in the traced code (rebuilt after the graph)
  std::vector<std::string> new_attrs;  // its attribute names, in the order first written
  SourcePtr cls_source;                // the class's source, when it was called from one
  bool skip_override = false;          // the next call_method reaches the built-in part (call_builtin_part)
};
// The built-in type's own method `name` on a list/tuple/dict tracker, past any override of a user
// subclass (`super().__getitem__(k)`, `dict.items(self)`, `list.append(self, x)`).
VariableTracker* call_builtin_part(InstructionTranslatorBase& tx, VariableTracker* obj, const std::string& name,
                                   VTArgs& args, VTKwargs& kwargs);
// base.__new__(cls[, iterable]) for a user subclass `cls` of dict/list/tuple: a new instance
// tracker (user_defined.cpp).
VariableTracker* new_builtin_subclass_instance(InstructionTranslatorBase& tx, rt::Type* cls, SourcePtr cls_source,
                                               VariableTracker* iterable);
// collections.OrderedDict or a subclass of it.
bool is_ordered_dict(const rt::Type* t);
// The subclass tracker `v` stands for (list/tuple/dict trackers with a user class), or nullptr.
UserSubclassPart* user_subclass_part(VariableTracker* v);
// A Python-level attribute of a user subclass instance: a method or property the class defines
// ahead of the built-in base (inlined with `self_vt` as self), an attribute the traced code wrote,
// or one of the instance dict; nullptr when the built-in type answers the name.
VariableTracker* user_subclass_getattr(InstructionTranslatorBase& tx, VariableTracker* self_vt,
                                       UserSubclassPart& part, const std::string& name);
// The Python function the user class defines for `name` ahead of the built-in base, or nullptr.
rt::Function* user_subclass_override(rt::Interp& I, const UserSubclassPart& part, const std::string& name);
// obj.name = value on a user subclass instance; nullptr when not recorded.
VariableTracker* user_subclass_setattr(InstructionTranslatorBase& tx, VariableTracker* self_vt,
                                       UserSubclassPart& part, VariableTracker* name, VariableTracker* value);

struct BaseListVariable : VariableTracker, UserSubclassPart {
  std::vector<VariableTracker*> items;
  bool is_python_constant() const override;
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
  PArg as_proxy(InstructionTranslatorBase& tx) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
};
struct TupleVariable : BaseListVariable {
  // NamedTupleVariable: a structseq result (torch.return_types.max), its type and the example
  // whose fields name the items; or a collections.namedtuple / typing.NamedTuple class (no
  // example: its _fields name the items).
  rt::Type* named_type = nullptr;
  rt::Value named_example;
  std::string class_name() const override {
    return named_type ? "NamedTupleVariable" : user_cls ? "UserDefinedTupleVariable" : "TupleVariable";
  }
  std::string python_type_name(rt::Interp&) const override {
    return named_type ? named_type->name : user_cls ? user_cls->name : "tuple";
  }
  std::string repr(rt::Interp& I) const override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};
struct SizeVariable : TupleVariable {
  std::string class_name() const override { return "SizeVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "Size"; }
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
};
struct ListVariable : BaseListVariable {
  bool mutated = false;
  std::string class_name() const override { return user_cls ? "UserDefinedListVariable" : "ListVariable"; }
  std::string python_type_name(rt::Interp&) const override { return user_cls ? user_cls->name : "list"; }
  std::string repr(rt::Interp& I) const override {
    (void)I;
    if (user_cls) return "UserDefinedListVariable(" + user_cls->name + ")";
    return "ListVariable(length=" + std::to_string(items.size()) + ")";
  }
};
// variables/dicts.py DictKeysVariable / DictValuesVariable / DictItemsVariable: d.keys() (kv
// "keys", "values", "items") of a dict the traced code holds. Traced like the list of its
// elements; rebuilt after the graph as the method call on the rebuilt dict, so a returned view
// is a live dict view as in eager.
struct DictViewVariable : ListVariable {
  VariableTracker* dict = nullptr;
  std::string kv;
  std::string class_name() const override {
    return kv == "keys" ? "DictKeysVariable" : kv == "values" ? "DictValuesVariable" : "DictItemsVariable";
  }
  std::string python_type_name(rt::Interp&) const override { return "dict_" + kv; }
  std::string repr(rt::Interp& I) const override {
    (void)I;
    return class_name() + "(length=" + std::to_string(items.size()) + ")";
  }
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
};
// variables/lists.py SliceVariable: a slice whose bounds include a SymInt, kept symbolic so that
// `x[:n]` on a tensor gives `slice(None, s77, None)` in the graph; used as a Python value it
// specializes (as_python_constant guards each bound, guard_if_dyn). A slice of constants stays a
// ConstantVariable.
struct SliceVariable : VariableTracker {
  std::vector<VariableTracker*> items;  // start, stop, step
  explicit SliceVariable(std::vector<VariableTracker*> i) : items(std::move(i)) {}
  // SliceVariable.__init__ over slice()'s arguments (stop; start, stop; start, stop, step): each
  // realized in place, a tensor read with .item() (`a[:t]` is `u = t.item(); a[:u]`). The tracker
  // when a bound is a SymInt, else nullptr (the caller makes the constant slice of `items`).
  static SliceVariable* create(InstructionTranslatorBase& tx, std::vector<VariableTracker*>& items);
  std::string class_name() const override { return "SliceVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "slice"; }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
  PArg as_proxy(InstructionTranslatorBase& tx) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
};
struct RangeVariable : VariableTracker {
  int64_t start, stop, step;
  RangeVariable(int64_t a, int64_t b, int64_t c) : start(a), stop(b), step(c) {}
  std::string class_name() const override { return "RangeVariable"; }
  bool is_python_constant() const override { return true; }
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
};
// A Python iterator over a list of trackers (ListIteratorVariable).
struct ListIteratorVariable : VariableTracker {
  std::vector<VariableTracker*> items;
  size_t index = 0;
  // The zip / enumerate object this iterator stands for (the playground traces both to their
  // tuples at once): "zip" with `arity` iterables, "enumerate"; "" for a plain iterator. It is
  // rebuilt after the graph as that builtin over the remaining items (ZipVariable /
  // EnumerateVariable.reconstruct), so the caller gets the object eager returns.
  std::string builtin;
  size_t arity = 0;
  uint64_t advanced_at = 0;  // OutputGraph::iter_serial when an item was last taken
  std::string class_name() const override { return "ListIteratorVariable"; }
};
// iter(range(...)) (RangeIteratorVariable): the items are made one at a time by next_variable, so
// `for i in range(10**7)` costs nothing up front (PyTorch's lists.py does the same).
struct RangeIteratorVariable : VariableTracker {
  int64_t start, stop, step, len;
  RangeIteratorVariable(int64_t a, int64_t b, int64_t c, int64_t n) : start(a), stop(b), step(c), len(n) {}
  uint64_t advanced_at = 0;  // OutputGraph::iter_serial when an item was last taken
  std::string class_name() const override { return "RangeIteratorVariable"; }
  // The next item, or nullptr when the iterator is exhausted.
  VariableTracker* next_variable(InstructionTranslatorBase& tx);
};

// ---- variables/iter.py: MapVariable, map(fn, *iterables) made in the trace: lazy, each next()
// takes one item of every iterator (ListIteratorVariable, RangeIteratorVariable, a local
// generator, another map) and calls fn on them; rebuilt after the graph as
// map(fn, *the iterators) (MapVariable.reconstruct), fn then running in the caller ----
struct MapVariable : VariableTracker {
  VariableTracker* fn = nullptr;
  std::vector<VariableTracker*> iterators;
  bool broken = false;  // a graph break hit while taking an item (MapVariable::next_variable)
  uint64_t advanced_at = 0;  // OutputGraph::iter_serial when an item was last taken
  std::string class_name() const override { return "MapVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "map"; }
  // The next item, or nullptr when one of the iterators is exhausted (lists.cpp).
  VariableTracker* next_variable(InstructionTranslatorBase& tx);
};
// One step of an iterator the tracer models (list / range iterators, a local generator, a map):
// the next item, nullptr when it is exhausted; `ok` false for something else (lists.cpp).
VariableTracker* iterator_next(InstructionTranslatorBase& tx, VariableTracker* it, bool& ok);

// ---- variables/functions.py: LocalGeneratorObjectVariable, a generator created by calling a
// generator function (or a generator expression) inside the trace; each next() resumes its
// inlined frame up to the next yield ----
struct LocalGeneratorObjectVariable : VariableTracker {
  std::shared_ptr<InstructionTranslatorBase> frame;
  std::string name;
  // remaining_items: what reconstruct forced out of the generator (its first reconstruction runs
  // it to the end); nullptr until then.
  ListIteratorVariable* remaining = nullptr;
  VariableTracker* remaining_value = nullptr;  // what it returned when forced to its end (None: nullptr)
  std::string class_name() const override { return "LocalGeneratorObjectVariable"; }
  std::string repr(rt::Interp&) const override { return "LocalGeneratorObjectVariable(" + name + ")"; }
  std::string python_type_name(rt::Interp&) const override { return "generator"; }
};

// ---- variables/dicts.py ----
// user_cls: the dict's class when it is not dict (PyTorch's ConstDictVariable.user_cls):
// collections.OrderedDict and collections.defaultdict are traced as the built-in types they are in
// CPython (their methods here: move_to_end, popitem, the default factory); any other subclass
// (collections.Counter, user classes) is a UserDefinedDictVariable (UserSubclassPart).
struct ConstDictVariable : VariableTracker, UserSubclassPart {
  std::vector<std::pair<rt::Value, VariableTracker*>> items;  // keys are Python constants
  bool mutated = false;
  // DefaultDictVariable: a collections.defaultdict made in the traced code, its default_factory.
  VariableTracker* default_factory = nullptr;
  bool is_defaultdict = false;
  // OrderedDict / defaultdict (traced as built-ins) rather than a user subclass.
  bool builtin_like() const;
  std::string class_name() const override {
    return is_defaultdict ? "DefaultDictVariable"
           : user_cls && !builtin_like() ? "UserDefinedDictVariable"
                                         : "ConstDictVariable";
  }
  std::string python_type_name(rt::Interp&) const override { return user_cls ? user_cls->name : "dict"; }
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
  VariableTracker* get(InstructionTranslatorBase& tx, rt::Value key);
  // d[key] = value on the tracked items (an existing key keeps its place); no mutation bookkeeping.
  void store(rt::Interp& I, rt::Value key, VariableTracker* value);
  // Code that depends on the whole key set (iteration, len, `in`, a missing key...) of a dict
  // read from the frame guards its keys and their order (PyTorch: install_dict_keys_match_guard).
  void install_dict_keys_match_guard(InstructionTranslatorBase& tx);
  bool keys_guarded = false;
  rt::Value source_keys;  // the keys when read from the frame (a list), for that guard
};

// ---- variables/dicts.py SetVariable / FrozensetVariable (variables/sets.cpp) ----
// A set (or frozenset) the traced code holds. PyTorch models it as a dict whose keys are the
// elements: the items keep their insertion order, which is the order the traced code iterates
// them in (CPython iterates a set in hash-table order; see docs/compiler-api.md "Sets").
// Elements are constants (compared by value) or tensors (compared by identity, as SetElement
// compares fake tensors with `is`).
struct SetVariable : VariableTracker {
  std::vector<VariableTracker*> items;
  bool frozen = false;  // FrozensetVariable
  std::string class_name() const override { return frozen ? "FrozensetVariable" : "SetVariable"; }
  std::string python_type_name(rt::Interp&) const override { return frozen ? "frozenset" : "set"; }
  bool is_python_constant() const override;
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  // The index of the element equal to `v`, or -1 (ConstDictVariable.__contains__ on the keys).
  int find(InstructionTranslatorBase& tx, VariableTracker* v);
  // Adds `v` unless an equal element is there (dict.__setitem__ keeps the first key's place).
  void add(InstructionTranslatorBase& tx, VariableTracker* v);
  // The elements in the order eager iterates them: a set of constants as CPython's set built from
  // them in insertion order. PyTorch iterates in insertion order, which can differ from eager
  // (`list({3, 1})` is [1, 3]); the playground keeps eager's result. A set holding anything else
  // (eager's order follows the tensors' ids) is a playground limitation.
  std::vector<VariableTracker*> iteration_items(InstructionTranslatorBase& tx);
};
// A new set (frozen: a frozenset) of `items`, duplicates dropped, in their order.
SetVariable* make_set(InstructionTranslatorBase& tx, const std::vector<VariableTracker*>& items, bool frozen);
// The set operators `| & - ^` (nb_op as BINARY_OP numbers them, 13+ for the in-place forms) and
// comparisons (COMPARE_OP numbers) when an operand is a set tracker; nullptr when not handled.
VariableTracker* set_binary_op(InstructionTranslatorBase& tx, int nb_op, VariableTracker* a, VariableTracker* b);
VariableTracker* set_compare_op(InstructionTranslatorBase& tx, int op, VariableTracker* a, VariableTracker* b);

// ---- variables/nn_module.py ----
struct UnspecializedNNModuleVariable : UserDefinedObjectVariable {
  using UserDefinedObjectVariable::UserDefinedObjectVariable;
  std::string class_name() const override { return "UnspecializedNNModuleVariable"; }
  std::string repr(rt::Interp& I) const override { return "UnspecializedNNModuleVariable(" + I.type_name(value) + ")"; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

// TorchScriptObjectVariable: variables/script_object.h; the higher-order operators
// (CallTorchbindHigherOrderVariable): variables/higher_order_ops.h.

}  // namespace dp::dynamo
