// TorchScriptObjectVariable: how Dynamo traces torchbind ("script") objects and opaque objects.
// Mirrors torch/_dynamo/variables/script_object.py (is_matching_cls, var_getattr and
// call_method wrapped by _raise_hard_error_if_graph_break), the ScriptObject branch of
// torch/_dynamo/variables/builder.py, and CallTorchbindHigherOrderVariable from
// torch/_dynamo/variables/higher_order_ops.py. Rules: shared/reference/torchbind-semantics.md.
#include "dynamo/variables/script_object.h"

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "runtime/script_object.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

static Value prelude_attr(rt::Interp& I, const std::string& module, const std::string& name) {
  return I.getattr(I.import_module(module), name);
}

bool is_fake_script_object(rt::Interp& I, Value v) {
  if (!(v.is_obj() && v.o->kind == Kind::Instance)) return false;
  for (rt::Type* t : v.o->type->mro)
    if (t->qualname == "FakeScriptObject" && t->module == "torch._library.fake_class_registry") return true;
  (void)I;
  return false;
}

bool TorchScriptObjectVariable::is_matching_cls(rt::Interp& I, Value v) {
  return (v.is_obj() && v.o->kind == Kind::ScriptObject) || is_fake_script_object(I, v);
}

std::string TorchScriptObjectVariable::repr(rt::Interp&) const { return "TorchScriptObjectVariable()"; }

Value TorchScriptObjectVariable::as_python_constant(TX&) { return real.is_null() ? value : real; }

static std::string script_class_name(rt::Interp& I, Value fake) {
  if (fake.is_obj() && fake.o->kind == Kind::ScriptObject) return static_cast<rt::ScriptObj*>(fake.o)->qualname;
  return I.to_str(I.getattr(fake, "script_class_name"));
}

// _raise_hard_error_if_graph_break: any graph break inside becomes UnsafeScriptObjectError.
template <class F>
static VT* hard_error_if_graph_break(F&& f) {
  try {
    return f();
  } catch (const Unsupported& e) {
    throw UnsafeScriptObjectError(e);
  }
}

VT* TorchScriptObjectVariable::var_getattr(TX& tx, const std::string& name) {
  return hard_error_if_graph_break([&]() -> VT* {
    rt::Interp& I = tx.I;
    std::string v = I.repr(value);
    if (script_class_name(I, value) == rt::kOpaqueTypeStr)
      unimplemented("Attempted to access attributes/methods on an OpaqueObject", "value=" + v + ", attr=" + name,
                    "Attribute/method access of OpaqueObjects is not supported.",
                    {"Use custom operators instead of direct attribute/method access."});
    Value method;
    if (value.is_obj() && value.o->kind == Kind::ScriptObject) method = I.getattr_opt(value, name);  // real tracing
    else method = I.getattr_opt(value, name);
    if (method.is_null() || method.is_none())
      unimplemented("FakeScriptObject missing method implementation", "value=" + v + ", method=" + name,
                    "TorchScript object " + v + " doesn't define the method " + name + ".",
                    {"Ensure the method " + name + " is implemented in " + v + ".", graph_break_hints::USER_ERROR});
    bool is_callable = method.is_obj() && (method.o->kind == Kind::Function || method.o->kind == Kind::Builtin ||
                                           method.o->kind == Kind::BoundMethod ||
                                           !I.lookup_type(method.o->type, "__call__").is_null());
    if (!is_callable)
      unimplemented("Attempted to access non-callable attribute of TorchScript object", "value=" + v + ", method=" + name,
                    "Attribute accesses of TorchScript objects to non-callable attributes are not supported.",
                    {"Use method calls instead of attribute access."});
    if (!source) throw UserFacingError("InternalTorchDynamoError", "AssertionError: TorchScriptObjectVariable requires a source for var_getattr");
    auto* hop = tx.make<CallTorchbindHigherOrderVariable>();
    hop->hop_name = "call_torchbind";
    hop->source = AttrSource(source, name);
    hop->script_obj_var = this;
    hop->method_name = name;
    return hop;
  });
}

VT* TorchScriptObjectVariable::call_method(TX& tx, const std::string& name, VTArgs&, VTKwargs&) {
  return hard_error_if_graph_break([&]() -> VT* {
    rt::Interp& I = tx.I;
    std::string v = I.repr(value);
    if (script_class_name(I, value) == rt::kOpaqueTypeStr)
      unimplemented("Attempted to access attributes/methods on an OpaqueObject", "value=" + v + ", attr=" + name,
                    "Attribute/method access of OpaqueObjects is not supported.",
                    {"Use custom operators instead of direct attribute/method access."});
    unimplemented("Weird method call on TorchScript object", "value=" + v + ", method=" + name,
                  "This particular method call (" + name +
                      ") is not supported (e.g. calling `__setattr__`). Most method calls to TorchScript objects should be supported.",
                  {"Avoid calling this method."});
  });
}

VT* CallTorchbindHigherOrderVariable::call_function(TX& tx, VTArgs& args, VTKwargs& kwargs) {
  const std::string hop = "torch.ops.higher_order.call_torchbind";
  try {
    std::vector<PArg> p;
    p.push_back(script_obj_var->as_proxy(tx));
    PArg name;
    name.value = tx.I.str(method_name);
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
    fx::Node* node = tx.output.create_proxy(fx::Op::CallFunction, fx::Target::hop("call_torchbind", /*side_effect=*/true), e, p, kw, example);
    return tx.wrap_fx_proxy(node, example);
  } catch (Unsupported& u) {
    // The graph break happened while tracing this higher-order operator: its message says so.
    u.gb.hop_name = hop;
    throw;
  }
}

// ---------------------------------------------------------------------------------------------
// VariableBuilder's ScriptObject branch

static bool from_flatten_source(const SourcePtr& s) {
  for (const Source* p = s.get(); p; p = p->base.get())
    if (p->kind == Source::Kind::Flatten) return true;
  return false;
}

// Realizes every element of a flattened structure (installs guards and graph inputs).
static void realize_all(TX& tx, VT* v) {
  v = v->realize(tx);
  if (auto* l = dynamic_cast<BaseListVariable*>(v)) {
    for (auto*& e : l->items) {
      e = e->realize(tx);
      realize_all(tx, e);
    }
  }
}

VT* wrap_script_object(TX& tx, Value value, SourcePtr src) {
  rt::Interp& I = tx.I;
  auto* so = static_cast<rt::ScriptObj*>(value.o);
  auto has_method = [&](const std::string& m) {
    for (auto& x : so->methods)
      if (x == m) return true;
    return false;
  };
  // 2. Real-tracing escape hatch.
  if (has_method("tracing_mode")) {
    Value mode = I.call_method(value, "tracing_mode", {});
    std::string m = I.to_str(mode);
    if (m == "real") {
      fx::Node* node = tx.output.create_graph_input(src, value, "torch.ScriptObject");
      tx.output.examples[node] = value;
      auto* v = tx.make<TorchScriptObjectVariable>();
      v->proxy = node;
      v->value = value;
      v->real = value;
      v->source = src;
      return v;
    }
    if (m != "fake") throw UserFacingError("InternalTorchDynamoError", "AssertionError: tracing_mode can be either real or fake but got " + m);
  }
  Value fake;
  bool opaque = so->qualname == rt::kOpaqueTypeStr;
  if (!opaque) {
    // 3. Objects without __obj_flatten__ are plain user-defined objects.
    if (!has_method("__obj_flatten__")) {
      Guard g;
      g.type = Guard::Type::TYPE_MATCH;
      g.source = src;
      g.expected = Value::obj(I.script_object_type);
      tx.output.guards.add(g);
      auto* u = tx.make<UserDefinedObjectVariable>(value);
      u->source = src;
      return u;
    }
    // Guards on the class name and on the flattened contents.
    tx.wrap(I.str(so->qualname), ScriptObjectQualifiedNameSource(src));
    Value flat = I.call_method(value, "__obj_flatten__", {});
    VT* flat_vt = tx.wrap(flat, FlattenScriptObjectSource(src));
    realize_all(tx, flat_vt);
  }
  // 4. The fake object.
  fake = I.call(prelude_attr(I, "torch._library.fake_class_registry", "maybe_to_fake_obj"), {Value::none(), value});
  // 5. The placeholder (named from the source, e.g. L_tq_).
  fx::Node* node = tx.output.create_graph_input(src, value, "torch.ScriptObject");
  tx.output.examples[node] = fake;
  auto* v = tx.make<TorchScriptObjectVariable>();
  v->proxy = node;
  v->value = fake;
  v->real = value;
  v->source = src;
  return v;
}

// The aliasing hard error (guards.py make_dupe_guard), called when a tensor is reached twice.
void check_script_object_aliasing(const SourcePtr& obj_source, const SourcePtr& dupe_source) {
  if (from_flatten_source(obj_source) || from_flatten_source(dupe_source))
    throw UnsafeScriptObjectError(obj_source->name() + " is aliasing " + dupe_source->name() +
                                  ". This is not supported. Please do a clone for corresponding input.");
}

}  // namespace dp::dynamo
