// TorchScriptObjectVariable: how Dynamo traces torchbind ("script") objects and opaque objects.
// Mirrors torch/_dynamo/variables/script_object.py, in its order. The other halves of the
// mission live where PyTorch keeps them: the builder's ScriptObject branch in builder.cpp
// (VariableBuilder::wrap_script_object), CallTorchbindHigherOrderVariable in higher_order_ops.h,
// the aliasing hard error in guards.cpp (check_script_object_aliasing).
#pragma once
#include "dynamo/exc.h"
#include "dynamo/variables/base.h"

namespace dp::dynamo {

// isinstance(v, FakeScriptObject)
bool is_fake_script_object(rt::Interp& I, rt::Value v);

// _raise_hard_error_if_graph_break: a graph break while tracing a script object is not a graph
// break but the hard error UnsafeScriptObjectError (Dynamo cannot safely trace the object past it).
template <class F>
VariableTracker* _raise_hard_error_if_graph_break(F&& fn) {
  try {
    return fn();
  } catch (const Unsupported& e) {
    throw UnsafeScriptObjectError(e);
  }
}

struct TorchScriptObjectVariable : VariableTracker {
  // A torch.ScriptObject, or a FakeScriptObject standing for one.
  static bool is_matching_cls(rt::Interp& I, rt::Value v);
  static TorchScriptObjectVariable* create(InstructionTranslatorBase& tx, fx::Node* proxy, rt::Value value,
                                           rt::Value real, SourcePtr source);

  fx::Node* proxy = nullptr;  // the placeholder (or the node that returned the object)
  rt::Value value;            // the FakeScriptObject (or the real object when tracing with real)
  rt::Value real;             // the real script object

  PArg as_proxy(InstructionTranslatorBase&) override {
    PArg p;
    p.kind = PArg::Kind::Node;
    p.node = proxy;
    return p;
  }
  std::string class_name() const override { return "TorchScriptObjectVariable"; }
  std::string repr(rt::Interp& I) const override;
  std::string python_type_name(rt::Interp&) const override { return "ScriptObject"; }
  // Attribute access: a method becomes call_torchbind (a hard error for anything else).
  VariableTracker* var_getattr(InstructionTranslatorBase& tx, const std::string& name) override;
  // Only method calls are supported on script objects: bytecode reaches a method through
  // var_getattr, then call_function, never through call_method. call_method is still reached
  // directly for some operations, e.g. __setattr__ (STORE_ATTR): those are hard errors.
  VariableTracker* call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                               VTKwargs& kwargs) override;
  rt::Value as_python_constant(InstructionTranslatorBase& tx) override;
};

}  // namespace dp::dynamo
