// See script_object.h. Rules: docs/torchbind.md.
#include "dynamo/variables/script_object.h"

#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/higher_order_ops.h"
#include "runtime/script_object.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

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

TorchScriptObjectVariable* TorchScriptObjectVariable::create(InstructionTranslatorBase& tx, fx::Node* proxy,
                                                             Value value, Value real, SourcePtr source) {
  auto* v = tx.make<TorchScriptObjectVariable>();
  v->proxy = proxy;
  v->value = value;
  v->real = real;
  v->source = std::move(source);
  return v;
}

std::string TorchScriptObjectVariable::repr(rt::Interp&) const { return "TorchScriptObjectVariable()"; }

static std::string script_class_name(rt::Interp& I, Value fake) {
  if (fake.is_obj() && fake.o->kind == Kind::ScriptObject) return static_cast<rt::ScriptObj*>(fake.o)->qualname;
  return I.to_str(I.getattr(fake, "script_class_name"));
}

VariableTracker* TorchScriptObjectVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  return _raise_hard_error_if_graph_break([&]() -> VariableTracker* {
    rt::Interp& I = tx.interp;
    std::string v = I.repr(value);
    if (script_class_name(I, value) == rt::kOpaqueTypeStr)
      unimplemented("Attempted to access attributes/methods on an OpaqueObject", "value=" + v + ", attr=" + name,
                    "Attribute/method access of OpaqueObjects is not supported.",
                    {"Use custom operators instead of direct attribute/method access."});
    Value method = I.getattr_opt(value, name);
    if (method.is_null() || method.is_none())
      unimplemented("FakeScriptObject missing method implementation", "value=" + v + ", method=" + name,
                    "TorchScript object " + v + " doesn't define the method " + name + ".",
                    {"Ensure the method " + name + " is implemented in " + v + ".", graph_break_hints::USER_ERROR});
    if (!I.callable(method))
      unimplemented("Attempted to access non-callable attribute of TorchScript object",
                    "value=" + v + ", method=" + name,
                    "Attribute accesses of TorchScript objects to non-callable attributes are not supported.",
                    {"Use method calls instead of attribute access."});
    if (!source)
      throw UserFacingError("InternalTorchDynamoError",
                            "AssertionError: TorchScriptObjectVariable requires a source for var_getattr");
    auto* hop = tx.make<CallTorchbindHigherOrderVariable>();
    hop->hop_name = "call_torchbind";
    hop->source = AttrSource(source, name);
    hop->script_obj_var = this;
    hop->method_name = name;
    return hop;
  });
}

VariableTracker* TorchScriptObjectVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs&,
                                                        VTKwargs&) {
  return _raise_hard_error_if_graph_break([&]() -> VariableTracker* {
    rt::Interp& I = tx.interp;
    std::string v = I.repr(value);
    if (script_class_name(I, value) == rt::kOpaqueTypeStr)
      unimplemented("Attempted to access attributes/methods on an OpaqueObject", "value=" + v + ", attr=" + name,
                    "Attribute/method access of OpaqueObjects is not supported.",
                    {"Use custom operators instead of direct attribute/method access."});
    unimplemented(
        "Weird method call on TorchScript object", "value=" + v + ", method=" + name,
        "This particular method call (" + name +
            ") is not supported (e.g. calling `__setattr__`). Most method calls to TorchScript objects should be supported.",
        {"Avoid calling this method."});
  });
}

Value TorchScriptObjectVariable::as_python_constant(InstructionTranslatorBase&) {
  return real.is_null() ? value : real;
}

}  // namespace dp::dynamo
