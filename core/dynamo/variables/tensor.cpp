// TensorVariable and the graph-building operations on tensors: method calls become
// call_method nodes, Python operators become `operator.*` call_function nodes, and static
// metadata (shape, dtype, ndim) folds to constants. Mirrors torch/_dynamo/variables/tensor.py
// and the tensor paths of torch/_dynamo/variables/builtin.py.
#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/builder.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

static const char* kOpNames[] = {"add", "and_", "floordiv", "lshift", "matmul",  "mul", "mod",
                                 "or_", "pow",  "rshift",   "sub",    "truediv", "xor"};
static const char* kCmpNames[] = {"lt", "le", "eq", "ne", "gt", "ge"};

const torch::Tensor& TensorVariable::fake() const { return static_cast<rt::TensorObj*>(example.o)->t(); }

// One size of a tensor: a constant when static, else a SymInt (the placeholder of a bound
// symbol, or a `size` node for a compound expression).
// A call of an `operator` function (operator.add, operator.getitem...) on the operands' proxies:
// the graph's call_function node; `example` receives the value it computes on the examples.
static fx::Node* create_operator_proxy(InstructionTranslatorBase& tx, int nb_op, const std::string& name,
                                       VTArgs operands, Value& example) {
  NodeExec e;
  e.kind = NodeExec::Kind::Operator;
  e.nb_op = nb_op;
  e.args = tx.proxies(operands);
  return tx.output.create_proxy(fx::Op::CallFunction, fx::Target::op(name), e, e.args, {}, example);
}

// "Failed to trace builtin operator": no rule for the operator on these operand types
// (BuiltinVariable._make_handler's call_unimplemented_v2).
[[noreturn]] static void unsupported_builtin_operator(InstructionTranslatorBase& tx, const char* op, VariableTracker* a,
                                                      VariableTracker* b) {
  VTArgs args{a, b};
  VTKwargs kwargs;
  builtin_unsupported(tx, op, args, kwargs);
}

static VariableTracker* size_item(InstructionTranslatorBase& tx, TensorVariable* self, int64_t d) {
  const torch::Tensor& t = self->fake();
  sym::Expr e = tx.output.size_expr(t, d);
  Value hint = Value::integer(t.sizes()[static_cast<size_t>(d)]);
  if (VariableTracker* v = tx.sym_node(e, hint)) return v;
  // A compound size (e.g. s77 + s27 after cat): read it in the graph.
  NodeExec ex;
  ex.kind = NodeExec::Kind::Method;
  ex.name = "size";
  VTArgs all{self, tx.constant(Value::integer(d))};
  ex.args = tx.proxies(all);
  Value out;
  fx::Node* n = tx.output.create_proxy(fx::Op::CallMethod, fx::Target::str("size"), ex, ex.args, {}, out);
  tx.output.sym_exprs[n] = e;
  return tx.sym_node(e, hint, n);
}

static VariableTracker* size_variable(InstructionTranslatorBase& tx, TensorVariable* self) {
  auto* s = tx.make<SizeVariable>();
  for (int64_t d = 0; d < self->fake().dim(); ++d) s->items.push_back(size_item(tx, self, d));
  return s;
}

VariableTracker* TensorVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  const torch::Tensor& t = fake();
  if (name == "shape") return size_variable(tx, this);
  if (name == "dtype") return tx.constant(I.getattr(example, "dtype"));
  if (name == "device") return tx.constant(I.getattr(example, "device"));
  if (name == "ndim") return tx.constant(Value::integer(t.dim()));
  if (name == "requires_grad") return tx.constant(Value::boolean(t.requires_grad()));
  if (name == "is_leaf") return tx.constant(Value::boolean(t.is_leaf()));
  // Device and layout flags (method_attr_is_cuda, is_sparse, ...; the others through
  // try_generic_attr_handling, whose getattr node is dead code): constants of the fake tensor,
  // which is a dense CPU tensor like every playground tensor.
  if (name == "is_cpu") return tx.constant(Value::boolean(true));
  if (name == "is_cuda" || name == "is_meta" || name == "is_mps" || name == "is_xpu" || name == "is_sparse" ||
      name == "is_quantized" || name == "is_mkldnn" || name == "is_nested")
    return tx.constant(Value::boolean(false));
  if (name == "T") {
    VTArgs a;
    VTKwargs k;
    return tx.call_tensor_method(this, "t", a, k);
  }
  Value attr = I.lookup_type(I.tensor_type, name);
  if (!attr.is_null() && attr.is_obj() && (attr.o->kind == Kind::Builtin || attr.o->kind == Kind::Function))
    return tx.make<GetAttrVariable>(this, name);
  if (attr.is_null()) {
    // An attribute of the user's own (the tensor's __dict__): one stored in the trace reads back
    // (side_effects.py load_attr); an input's, set before the call, is read from the real tensor
    // through AttrSource(source, name), whose value is guarded (TensorVariable.dynamic_getattr).
    auto it = tx.output.attr_overrides.find({example.o, name});
    if (it != tx.output.attr_overrides.end()) return it->second;
    if (source) {
      Value real = source->resolve(I, tx.output.frame);
      if (real.is_obj() && real.o->kind == Kind::Tensor) {
        rt::Dict* d = static_cast<rt::TensorObj*>(real.o)->attrs;
        Value v = d ? I.dict_get_str(d, name) : Value();
        if (!v.is_null()) return VariableBuilder(tx, AttrSource(source, name))(v);
      }
    }
  }
  if ((!attr.is_null() && attr.is_obj() && attr.o->kind == Kind::Property) ||
      (attr.is_null() && !I.attribute_error_note(example, name).empty()))
    unimplemented_in_playground("the tensor attribute `" + name + "`", "var_getattr TensorVariable() " + name);
  unimplemented("Unsupported method call", "var_getattr TensorVariable() " + name,
                "Dynamo does not know how to trace the attribute `" + name + "` of a tensor.",
                {graph_break_hints::SUPPORTABLE});
}

VariableTracker* TensorVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                             VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  const torch::Tensor& t = fake();
  auto const_arg = [&](size_t i) { return args[i]->realize(tx)->as_python_constant(tx); };
  if (name == "__getitem__") {
    Value ex;
    fx::Node* n = create_operator_proxy(tx, 300 /* getitem */, "getitem", {this, args[0]}, ex);
    return tx.wrap_fx_proxy(n, ex);
  }
  if (name == "__setitem__") {
    Value ex;
    create_operator_proxy(tx, 301 /* setitem */, "setitem", {this, args[0], args[1]}, ex);
    return tx.none();
  }
  if (name == "size") {
    if (args.empty() && kwargs.empty()) return size_variable(tx, this);
    Value d = args.empty() ? kwargs[0].second->realize(tx)->as_python_constant(tx) : const_arg(0);
    try {
      int64_t dim = torch::wrap_dim(I.index_value(d), t.dim(), false);
      return size_item(tx, this, dim);
    } catch (const torch::TorchError& err) {
      unimplemented("Observed exception", "size", err.msg, {graph_break_hints::USER_ERROR});
    }
  }
  if (name == "dim" || name == "ndimension") return tx.constant(Value::integer(t.dim()));
  if (name == "numel" || name == "nelement") {
    if (!tx.output.sym_shape_of(t)) return tx.constant(Value::integer(t.numel()));
    sym::Expr e = sym::Integer(1);
    for (int64_t d = 0; d < t.dim(); ++d) e = sym::Mul(e, tx.output.size_expr(t, d));
    Value hint = Value::integer(t.numel());
    if (VariableTracker* v = tx.sym_node(e, hint)) return v;
    NodeExec ex;
    ex.kind = NodeExec::Kind::Method;
    ex.name = name;
    VTArgs all{this};
    ex.args = tx.proxies(all);
    Value out;
    fx::Node* n = tx.output.create_proxy(fx::Op::CallMethod, fx::Target::str(name), ex, ex.args, {}, out);
    tx.output.sym_exprs[n] = e;
    return tx.sym_node(e, hint, n);
  }
  if (name == "is_contiguous") return tx.constant(Value::boolean(t.is_contiguous()));
  if (name == "is_floating_point") return tx.constant(Value::boolean(torch::is_floating(t.dtype())));
  if (name == "tolist" && args.empty() && kwargs.empty()) {
    // PyTorch's method_tolist: each element is `t[i]...item()` (an unbacked symbol); the shape
    // is specialized.
    if (t.dtype() != torch::DType::Int8 && t.dtype() != torch::DType::Int16 && t.dtype() != torch::DType::Int32 &&
        t.dtype() != torch::DType::Int64)
      unimplemented("Tensor.tolist() with non-integer tensor", "call_method " + repr(I) + " to_list",
                    "Dynamo currently does not support tracing `tolist()` on non-integer tensors.",
                    {"Ensure the input tensor to `tolist()` is an integer type (e.g., int8, int16, int32, int64)."});
    // Without capture_scalar_outputs the elements' item() fails on fake values (get_fake_value).
    if (!tx.output.capture_scalar_outputs)
      unimplemented(
          "Data dependent operator", "aten._local_scalar_dense.default",
          "Operator `aten._local_scalar_dense.default` has a non-Tensor output whose value is dependent on "
          "the data of Tensor inputs.",
          {"Enable tracing of data-dependent output operators with `torch._dynamo.config.capture_scalar_outputs = True`"});
    for (int64_t d = 0; d < t.dim(); ++d) tx.output.specialize({tx.output.size_expr(t, d)});
    if (t.dim() == 0) {
      VTArgs none;
      VTKwargs nokw;
      return call_method(tx, "item", none, nokw);
    }
    auto* l = tx.make<ListVariable>();
    for (int64_t i = 0; i < t.sizes()[0]; ++i) {
      VTArgs idx{tx.constant(Value::integer(i))};
      VTKwargs nokw;
      VariableTracker* sub = call_method(tx, "__getitem__", idx, nokw);
      // PyTorch indexes the proxy directly (`sub_proxy[i]`): the node carries no example value,
      // so its line has no type annotation.
      if (auto* st = dynamic_cast<TensorVariable*>(sub)) st->node->meta.tensor.reset();
      VTArgs none;
      l->items.push_back(sub->call_method(tx, "tolist", none, nokw));
    }
    return l;
  }
  if (name == "item" && args.empty() && kwargs.empty() && tx.output.capture_scalar_outputs) {
    // Captured: `item: "Sym(u0)" = t.item()`, an unbacked symbol (no value while tracing).
    if (t.numel() != 1 || tx.output.sym_shape_of(t) || t.dtype() == torch::DType::Bool)
      unimplemented_in_playground(
          "Tensor.item() with capture_scalar_outputs=True on a tensor that is not a one-element float or integer tensor "
          "of static shape",
          "call_method " + repr(I) + " item () {}");
    bool fl = torch::is_floating(t.dtype());
    std::string loc = tx.output.user_loc();
    sym::Expr s =
        fl ? tx.output.shape_env.create_unbacked_symfloat(loc) : tx.output.shape_env.create_unbacked_symint(loc);
    NodeExec ex;
    ex.kind = NodeExec::Kind::Method;
    ex.name = name;
    VTArgs all{this};
    Value stand_in = fl ? Value::flt(1.0) : Value::integer(1);
    fx::Node* n =
        tx.output.create_unbacked_proxy(fx::Op::CallMethod, fx::Target::str(name), ex, tx.proxies(all), stand_in);
    tx.output.sym_exprs[n] = s;
    auto* sn = tx.make<SymNodeVariable>();
    sn->node = n;
    sn->example = stand_in;
    sn->expr = s;
    return sn;
  }
  if (name == "backward") {
    // GB0123: the backward pass is not traced; it runs eagerly after the graph break.
    std::string a = "(";
    for (size_t i = 0; i < args.size(); ++i) a += (i ? ", " : "") + args[i]->repr(I);
    a += args.size() == 1 ? ",)" : ")";
    std::string k = "{";
    for (size_t i = 0; i < kwargs.size(); ++i)
      k += (i ? ", " : "") + std::string("'") + kwargs[i].first + "': " + kwargs[i].second->repr(I);
    k += "}";
    unimplemented("Unsupported Tensor.backward() call", "call_method " + repr(I) + " backward " + a + " " + k,
                  "Dynamo currently does not support tracing `Tensor.backward()`.", {graph_break_hints::FUNDAMENTAL});
  }
  if (name == "item")
    unimplemented(
        "Unsupported Tensor.item() call with capture_scalar_outputs=False", "call_method " + repr(I) + " item () {}",
        "Dynamo does not support tracing `Tensor.item()` with config.capture_scalar_outputs=False.",
        {"Set `torch._dynamo.config.capture_scalar_outputs = True` or `export TORCHDYNAMO_CAPTURE_SCALAR_OUTPUTS=1` to include these operations in the captured graph."});
  if (name == "is_inference")
    // method_is_inference with config.fake_tensor_disable_inference_mode (True in 2.9).
    unimplemented("Encountered tensor.is_inference() during tracing", "", "tensor.is_inference() is not supported",
                  {graph_break_hints::FUNDAMENTAL, graph_break_hints::INFERENCE_MODE});
  if (name == "__setattr__" && args.size() == 2 && kwargs.empty() && args[0]->is_python_constant()) {
    Value key = args[0]->as_python_constant(tx);
    if (key.is_obj() && key.o->kind == Kind::Str && I.lookup_type(I.tensor_type, I.to_str(key)).is_null()) {
      // builtin.py call_setattr: a tensor made in the trace is tracked for attribute mutation
      // (handle_traced_output's AttributeMutationNew): the store is a side effect, replayed on
      // the tensor the graph returns. A graph input is not tracked in PyTorch 2.9 (input
      // tensors were tracked from 2026, pytorch/pytorch#177467): call_setattr gives up and
      // setattr is an unsupported builtin call.
      if (source) {
        VTArgs all{this, args[0], args[1]};
        builtin_unsupported(tx, "setattr", all, kwargs);
      }
      tx.output.store_attr_override({example.o, I.to_str(key)}, args[1]);
      if (std::find(new_attrs.begin(), new_attrs.end(), I.to_str(key)) == new_attrs.end())
        new_attrs.push_back(I.to_str(key));
      return tx.none();
    }
  }
  if (name == "__setattr__" || name == "data_ptr" || name == "__len__" || name == "__iter__")
    VariableTracker::call_method(tx, name, args, kwargs);
  return tx.call_tensor_method(this, name, args, kwargs);
}

VariableTracker* InstructionTranslatorBase::call_tensor_method(VariableTracker* self, const std::string& name,
                                                               VTArgs& args, VTKwargs& kwargs) {
  NodeExec e;
  e.kind = NodeExec::Kind::Method;
  e.name = name;
  VTArgs all{self};
  all.insert(all.end(), args.begin(), args.end());
  e.args = proxies(all);
  for (auto& [k, v] : kwargs) {
    v = v->realize(*this);
    e.kwargs.emplace_back(k, v->as_proxy(*this));
  }
  Value ex;
  fx::Node* n = output.create_proxy(fx::Op::CallMethod, fx::Target::str(name), e, e.args, e.kwargs, ex);
  return wrap_fx_proxy(n, ex);
}

static bool is_tensor_var(VariableTracker* v) { return dynamic_cast<TensorVariable*>(v) != nullptr; }
static bool is_sym_var(VariableTracker* v) { return dynamic_cast<SymNodeVariable*>(v) != nullptr; }

std::string SymNodeVariable::repr(rt::Interp&) const {
  return "SymNodeVariable(" + (expr ? sym::str(expr) : std::string("?")) + ")";
}

// Using a SymInt as a Python value (range(n), a list index, an f-string, int(n)...) specializes it:
// ShapeEnv guard Eq(expr, hint) (guard_int).
Value SymNodeVariable::as_python_constant(InstructionTranslatorBase& tx) {
  if (expr && tx.output.shape_env.has_unbacked(expr)) {
    // A data-dependent value used as a Python value: PyTorch's evaluate_expr raises UserError.
    try {
      sym::Expr e = tx.output.shape_env.simplify(expr);
      if (example.is_bool()) tx.output.shape_env.evaluate_expr(e, tx.output.user_loc());
      else tx.output.shape_env.guard_int(e, tx.output.user_loc());
    } catch (const fx::GuardOnDataDependentSymNode& err) {
      throw UserFacingError("UserError",
                            std::string("Consider annotating your code using torch._check*(). ") + err.what());
    }
  }
  if (expr) {
    sym::Expr e = tx.output.shape_env.simplify(expr);
    if (example.is_bool()) {
      bool b;
      if (!sym::is_bool(e, &b)) b = tx.output.shape_env.evaluate_expr(e, tx.output.user_loc());
      return Value::boolean(b);
    }
    return Value::integer(tx.output.shape_env.guard_int(e, tx.output.user_loc()));
  }
  unimplemented("Not a Python constant", "as_python_constant " + repr(tx.interp),
                "Dynamo cannot specialize the symbolic value " + repr(tx.interp) + " computed in the graph.",
                {graph_break_hints::SUPPORTABLE});
}

// Arithmetic on SymInts (SymNodeVariable's python operators): an operator node in the graph,
// `mul: "Sym(2*s77)" = s77 * 2`, whose expression the ShapeEnv tracks. Returns nullptr when the
// operation has no integer meaning here (true division, floats): the caller specializes.
VariableTracker* InstructionTranslatorBase::sym_binary_op(int nb_op, VariableTracker* a, VariableTracker* b) {
  bool inplace = nb_op >= 13;
  int op = inplace ? nb_op - 13 : nb_op;
  auto ex = [&](VariableTracker* v) -> sym::Expr {
    if (auto* s = dynamic_cast<SymNodeVariable*>(v)) return s->expr;
    Value c = v->as_python_constant(*this);
    if (c.is_int() && !c.is_bool()) return sym::Integer(c.i);
    return nullptr;
  };
  sym::Expr x = ex(a), y = ex(b);
  if (!x || !y) return nullptr;
  for (auto* v : {a, b})
    if (auto* s = dynamic_cast<SymNodeVariable*>(v); s && s->example.is_float()) return nullptr;  // SymFloat
  bool unbacked = output.shape_env.has_unbacked(x) || output.shape_env.has_unbacked(y);
  sym::Expr r;
  switch (op) {
    case 0: r = sym::Add(x, y); break;
    case 5: r = sym::Mul(x, y); break;
    case 10: r = sym::Sub(x, y); break;
    case 2:
      if (unbacked || output.shape_env.size_hint(y) == 0) return nullptr;
      r = sym::FloorDiv(x, y);
      break;
    case 6:
      if (unbacked || output.shape_env.size_hint(y) == 0) return nullptr;
      r = sym::Mod(x, y);
      break;
    case 8: {
      int64_t e;
      if (!sym::is_integer(y, &e) || e < 0) return nullptr;
      r = sym::Pow(x, e);
      break;
    }
    default: return nullptr;
  }
  Value hint;
  fx::Node* n = create_operator_proxy(*this, op, kOpNames[op], {a, b}, hint);
  output.sym_exprs[n] = r;
  VariableTracker* v = sym_node(r, hint, n);
  if (auto* c = dynamic_cast<ConstantVariable*>(v)) {
    // The expression folded to an integer: the node is not needed.
    if (n->users().empty()) output.graph().erase_node(n);
    output.sym_exprs.erase(n);
    return c;
  }
  return v;
}

VariableTracker* InstructionTranslatorBase::binary_op(int nb_op, VariableTracker* a, VariableTracker* b) {
  a = a->realize(*this);
  b = b->realize(*this);
  if (VariableTracker* r = set_binary_op(*this, nb_op, a, b)) return r;
  bool inplace = nb_op >= 13;
  int op = inplace ? nb_op - 13 : nb_op;
  // A user subclass of list/tuple/dict whose class defines the operator (Counter.__add__, ...):
  // binary_op's slot call, `a.__iop__(b)`, then `a.__op__(b)`, then `b.__rop__(a)`, each inlined;
  // NotImplemented moves on to the next, as CPython's binary_op1 does.
  if (user_subclass_part(a) || user_subclass_part(b)) {
    static const char* dunder[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                   "or",  "pow", "rshift",   "sub",    "truediv", "xor"};
    std::string d = dunder[op];
    auto is_not_impl = [&](VariableTracker* r) {
      r = r->realize(*this);
      return r->is_python_constant() && r->as_python_constant(*this).same(interp.not_implemented);
    };
    std::vector<std::pair<VariableTracker*, std::pair<std::string, VariableTracker*>>> tries;
    if (inplace) tries.push_back({a, {"__i" + d + "__", b}});
    tries.push_back({a, {"__" + d + "__", b}});
    UserSubclassPart* pa = user_subclass_part(a);
    UserSubclassPart* pb = user_subclass_part(b);
    if (!(pa && pb && pa->user_cls == pb->user_cls)) tries.push_back({b, {"__r" + d + "__", a}});
    for (auto& [self, call] : tries)
      if (user_subclass_part(self))
        if (VariableTracker* r = call_user_dunder(self, call.first, {call.second}); r && !is_not_impl(r)) return r;
  }
  // An instance of a user subclass of int / float / str (a UserDefinedObjectVariable): with a
  // tensor operand, _make_handler picks _handle_insert_op_in_graph, whose proxy_args_kwargs has no
  // as_proxy() for the object; otherwise the binop handler for user-defined variables calls
  // `a.__op__(b)` (or `a.__iop__(b)`), or `b.__rop__(a)` when only b is user-defined: a Python
  // method of the subclass is inlined, the built-in base's is "Unsupported method call".
  if (is_builtin_value_subclass_var(a) || is_builtin_value_subclass_var(b)) {
    static const char* dunder[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                   "or",  "pow", "rshift",   "sub",    "truediv", "xor"};
    std::string d = dunder[op];
    if (is_tensor_var(a) || is_tensor_var(b))
      unimplemented("Failed to convert args/kwargs to proxy",
                    "call_function args: " + a->repr(interp) + " " + b->repr(interp) + " ",
                    "Missing `as_proxy()` implementation for some arg/kwarg.", {});
    VTArgs one{b};
    VTKwargs none;
    if (inplace) return a->call_method(*this, "__i" + d + "__", one, none);
    if (dynamic_cast<UserDefinedObjectVariable*>(a)) return a->call_method(*this, "__" + d + "__", one, none);
    VTArgs other{a};
    return b->call_method(*this, "__r" + d + "__", other, none);
  }
  if (is_tensor_var(a) || is_tensor_var(b)) {
    Value ex;
    std::string name = kOpNames[op];
    if (inplace) name = "i" + (name.back() == '_' ? name.substr(0, name.size() - 1) : name);
    fx::Node* n = create_operator_proxy(*this, nb_op, name, {a, b}, ex);
    return wrap_fx_proxy(n, ex);
  }
  if ((is_sym_var(a) || is_sym_var(b)) && (is_sym_var(a) || a->is_python_constant()) &&
      (is_sym_var(b) || b->is_python_constant())) {
    if (VariableTracker* r = sym_binary_op(nb_op, a, b)) return r;
  }
  // SymInts in any other operation (true division, floats, sequences): specialized.
  for (auto* v : {a, b})
    if (auto* s = dynamic_cast<SymNodeVariable*>(v); s && output.shape_env.has_unbacked(s->expr))
      unimplemented_in_playground("the operator `" + std::string(kOpNames[op]) + "` on the data-dependent value " +
                                      sym::str(s->expr) + " (from Tensor.item()) and a " + a->python_type_name(interp) +
                                      " / " + b->python_type_name(interp),
                                  "binary_op " + std::string(kOpNames[op]));
  if (auto* s = dynamic_cast<SymNodeVariable*>(a)) a = constant(s->as_python_constant(*this));
  if (auto* s = dynamic_cast<SymNodeVariable*>(b)) b = constant(s->as_python_constant(*this));
  if (a->is_python_constant() && b->is_python_constant()) {
    Value r;
    try {
      r = interp.binary_op(nb_op, a->as_python_constant(*this), b->as_python_constant(*this));
    } catch (rt::PyException& ex) {
      raise_observed_exception(interp.format_exception_only(ex.exc), ex.exc.is_obj() ? ex.exc.o : nullptr);
    }
    return wrap_sourceless(r);
  }
  auto* la = dynamic_cast<BaseListVariable*>(a);
  auto* lb = dynamic_cast<BaseListVariable*>(b);
  if (op == 0 && la && lb &&
      (dynamic_cast<ListVariable*>(a) != nullptr) == (dynamic_cast<ListVariable*>(b) != nullptr)) {
    BaseListVariable* r = dynamic_cast<ListVariable*>(a) ? static_cast<BaseListVariable*>(make<ListVariable>())
                                                         : static_cast<BaseListVariable*>(make<TupleVariable>());
    r->items = la->items;
    r->items.insert(r->items.end(), lb->items.begin(), lb->items.end());
    if (inplace && dynamic_cast<ListVariable*>(a)) {
      // list.__iadd__ extends the list in place: a mutation written back to a list from outside.
      la->items = r->items;
      static_cast<ListVariable*>(a)->mutated = true;
      output.note_list_mutation(a);
      return a;
    }
    return r;
  }
  // builtin.py's binop handler for (BaseListVariable, ConstantVariable) mul: the sequence repeated
  // (`[0] * n`, `n * (1,)`), a new list or tuple.
  if (op == 5 /* mul */ && !(la && lb) && (la || lb)) {
    BaseListVariable* seq = la ? la : lb;
    VariableTracker* count = la ? b : a;
    bool is_list = dynamic_cast<ListVariable*>(seq) != nullptr;
    bool plain = is_list ? !static_cast<ListVariable*>(seq)->user_cls : typeid(*seq) == typeid(TupleVariable);
    if (plain && count->is_python_constant() && count->as_python_constant(*this).is_int()) {
      int64_t n = count->as_python_constant(*this).i;
      std::vector<VariableTracker*> items;
      for (int64_t k = 0; k < n; ++k) items.insert(items.end(), seq->items.begin(), seq->items.end());
      if (inplace && is_list && la) {
        la->items = items;
        static_cast<ListVariable*>(a)->mutated = true;
        output.note_list_mutation(a);
        return a;
      }
      BaseListVariable* r = is_list ? static_cast<BaseListVariable*>(make<ListVariable>())
                                    : static_cast<BaseListVariable*>(make<TupleVariable>());
      r->items = items;
      return r;
    }
  }
  unsupported_builtin_operator(*this, kOpNames[op], a, b);
}

VariableTracker* InstructionTranslatorBase::compare_op(int op, VariableTracker* a, VariableTracker* b) {
  a = a->realize(*this);
  b = b->realize(*this);
  if (op >= 0 && op <= 5)
    if (VariableTracker* r = set_compare_op(*this, op, a, b)) return r;
  // A user subclass of list/tuple/dict whose class defines the comparison (Counter.__eq__, __le__):
  // `a.__op__(b)`, then the reflected `b.__rop__(a)`, inlined; NotImplemented moves on.
  if (is_builtin_value_subclass_var(a) || is_builtin_value_subclass_var(b)) {
    auto* u = is_builtin_value_subclass_var(a) ? a : b;
    unimplemented_in_playground("comparing an instance of `" + u->python_type_name(interp) +
                                    "`, a user subclass of a built-in type, inside compiled code",
                                "compare_op " + std::string(kCmpNames[op]));
  }
  if (op >= 0 && op <= 5 && (user_subclass_part(a) || user_subclass_part(b))) {
    static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static const int reflected[] = {4, 5, 2, 3, 0, 1};
    auto is_not_impl = [&](VariableTracker* r) {
      r = r->realize(*this);
      return r->is_python_constant() && r->as_python_constant(*this).same(interp.not_implemented);
    };
    if (user_subclass_part(a))
      if (VariableTracker* r = call_user_dunder(a, names[op], {b}); r && !is_not_impl(r)) return r;
    if (user_subclass_part(b))
      if (VariableTracker* r = call_user_dunder(b, names[reflected[op]], {a}); r && !is_not_impl(r)) return r;
  }
  if ((is_sym_var(a) || is_sym_var(b)) && !is_tensor_var(a) && !is_tensor_var(b)) {
    // A comparison of SymInts is decided at trace time and guarded (evaluate_expr).
    auto ex = [&](VariableTracker* v) -> sym::Expr {
      if (auto* s = dynamic_cast<SymNodeVariable*>(v)) return s->expr;
      if (v->is_python_constant()) {
        Value c = v->as_python_constant(*this);
        if (c.is_int() && !c.is_bool()) return sym::Integer(c.i);
        if (c.is_bool()) return sym::Integer(c.b ? 1 : 0);
      }
      return nullptr;
    };
    sym::Expr x = ex(a), y = ex(b);
    if (x && y && op >= 0 && op <= 5) {
      sym::Expr rel = op == 0   ? sym::Lt(x, y)
                      : op == 1 ? sym::Le(x, y)
                      : op == 2 ? sym::Eq(x, y)
                      : op == 3 ? sym::Ne(x, y)
                      : op == 4 ? sym::Gt(x, y)
                                : sym::Ge(x, y);
      rel = output.shape_env.simplify(rel);
      bool r;
      if (!sym::is_bool(rel, &r) && output.shape_env.has_unbacked(rel)) {
        // Not decidable while tracing: `gt: "Sym(u0 > 2)" = item > 2`, decided at a branch.
        Value hint;
        fx::Node* n = create_operator_proxy(*this, 100 + op, kCmpNames[op], {a, b}, hint);
        output.sym_exprs[n] = rel;
        output.unbacked_nodes.insert(n);
        auto* sn = make<SymNodeVariable>();
        sn->node = n;
        sn->example = Value::boolean(false);
        sn->expr = rel;
        return sn;
      }
      if (!sym::is_bool(rel, &r)) r = output.shape_env.evaluate_expr(rel, output.user_loc());
      return constant(Value::boolean(r));
    }
    for (auto* v : {a, b})
      if (auto* s = dynamic_cast<SymNodeVariable*>(v); s && output.shape_env.has_unbacked(s->expr))
        unimplemented_in_playground("comparing the data-dependent value " + sym::str(s->expr) +
                                        " (from Tensor.item()) with a " + a->python_type_name(interp) + " / " +
                                        b->python_type_name(interp),
                                    "compare_op " + std::string(kCmpNames[op]));
    // Anything else (a float, None...): compare the specialized value.
    if (auto* s = dynamic_cast<SymNodeVariable*>(a)) a = constant(s->as_python_constant(*this));
    if (auto* s = dynamic_cast<SymNodeVariable*>(b)) b = constant(s->as_python_constant(*this));
  }
  if (is_tensor_var(a) || is_tensor_var(b)) {
    Value ex;
    fx::Node* n = create_operator_proxy(*this, 100 + op, kCmpNames[op], {a, b}, ex);
    return wrap_fx_proxy(n, ex);
  }
  if (a->is_python_constant() && b->is_python_constant()) {
    try {
      return wrap_sourceless(interp.compare(op, a->as_python_constant(*this), b->as_python_constant(*this)));
    } catch (rt::PyException& ex) {
      raise_observed_exception(interp.format_exception_only(ex.exc), ex.exc.is_obj() ? ex.exc.o : nullptr);
    }
  }
  if (op == 2 || op == 3) {
    // Identity-based equality of trackers of objects (e.g. `obj == obj`).
    if (a == b) return constant(Value::boolean(op == 2));
  }
  unsupported_builtin_operator(*this, kCmpNames[op], a, b);
}

}  // namespace dp::dynamo
