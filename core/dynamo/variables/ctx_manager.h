// Context managers the tracer enters and exits itself. Mirrors torch/_dynamo/variables/ctx_manager.py
// (ContextWrappingVariable, GradModeVariable, AutocastModeVariable, ErrorOnGraphBreakVariable, WithExitFunctionVariable,
// InferenceModeVariable, GenericContextWrappingVariable; docs/compiler-api.md "User context
// managers", "torch.inference_mode").
#pragma once
#include "dynamo/variables/base.h"

namespace dp::dynamo {

struct ContextWrappingVariable : VariableTracker {
  // BEFORE_WITH: returns the value bound by `as`.
  virtual VariableTracker* enter(InstructionTranslatorBase& tx) = 0;
  // The __exit__ call of the with statement's normal exit.
  virtual void exit(InstructionTranslatorBase& tx) = 0;
  // The __exit__ call with (type, value, traceback) (WITH_EXCEPT_START: an exception leaves the
  // block); its result says whether the exception is suppressed. By default: exit, return None.
  virtual VariableTracker* exit_with(InstructionTranslatorBase& tx, VTArgs& args);
  // reconstruct_type: the class `module_name().fn_name()` that, called with `target_values()`,
  // makes the context manager again (a graph break inside its with block re-enters it around the
  // instruction that runs eagerly, and in the resume function: ReenterWith). "" when the
  // playground cannot.
  virtual std::string module_name() const { return ""; }
  virtual std::string fn_name() const { return ""; }
  virtual std::vector<rt::Value> target_values() const { return {}; }
  rt::Value reconstruct_type(rt::Interp& I) const;
};

// torch.no_grad() / torch.enable_grad() / torch.set_grad_enabled(mode): each change of the grad
// mode is a `torch._C._set_grad_enabled(mode)` node in the graph (and set while tracing).
struct GradModeVariable : ContextWrappingVariable {
  bool target_value;
  bool initial_value;
  std::string kind;  // "no_grad", "enable_grad", "set_grad_enabled": the class as python_type()
  GradModeVariable(bool target, bool initial, std::string k)
      : target_value(target), initial_value(initial), kind(std::move(k)) {}
  std::string class_name() const override { return "GradModeVariable"; }
  std::string repr(rt::Interp&) const override {
    return std::string("GradModeVariable(target_values=[") + (target_value ? "True" : "False") + "])";
  }
  std::string python_type_name(rt::Interp&) const override { return kind; }
  VariableTracker* enter(InstructionTranslatorBase& tx) override;
  void exit(InstructionTranslatorBase& tx) override;
  // GradModeVariable._call_func: a node only when the mode changes (mutations coalesced).
  static void call_func(InstructionTranslatorBase& tx, bool value);
  std::string module_name() const override { return "torch"; }
  std::string fn_name() const override { return "set_grad_enabled"; }
  std::vector<rt::Value> target_values() const override { return {rt::Value::boolean(target_value)}; }
};

// torch.compiler.error_on_graph_break(value) entered in traced code: sets the flag the translator
// reads when a graph break happens.
struct ErrorOnGraphBreakVariable : ContextWrappingVariable {
  bool target_value;
  bool initial_value = false;
  explicit ErrorOnGraphBreakVariable(bool target) : target_value(target) {}
  std::string class_name() const override { return "ErrorOnGraphBreakVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "ErrorOnGraphBreakDecoratorContextManager"; }
  VariableTracker* enter(InstructionTranslatorBase& tx) override;
  void exit(InstructionTranslatorBase& tx) override;
  std::string module_name() const override { return "torch._dynamo"; }
  std::string fn_name() const override { return "error_on_graph_break"; }
  std::vector<rt::Value> target_values() const override { return {rt::Value::boolean(target_value)}; }
};

// torch.inference_mode(mode) entered in traced code (InferenceModeVariable): entering is a
// `torch.autograd.grad_mode._enter_inference_mode(mode)` node, exiting an `_exit_inference_mode`
// node on its result (both created with create_node: no stack trace); while tracing, the grad mode
// is off (config.fake_tensor_disable_inference_mode).
struct InferenceModeVariable : ContextWrappingVariable {
  bool target_value;
  fx::Node* enter_node = nullptr;
  explicit InferenceModeVariable(bool target) : target_value(target) {}
  std::string class_name() const override { return "InferenceModeVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "inference_mode"; }
  VariableTracker* enter(InstructionTranslatorBase& tx) override;
  void exit(InstructionTranslatorBase& tx) override;
  std::string module_name() const override { return "torch"; }
  std::string fn_name() const override { return "inference_mode"; }
  std::vector<rt::Value> target_values() const override { return {rt::Value::boolean(target_value)}; }
};

// torch.autocast / torch.amp.autocast / torch.cuda.amp.autocast entered in traced code
// (AutocastModeVariable): entering is a `torch.amp.autocast_mode._enter_autocast(device_type, dtype,
// enabled, cache_enabled)` node, exiting an `_exit_autocast` node on its result (both created with
// create_node: no stack trace). Running the enter node while tracing enters the autocast eagerly
// (its warnings included), as PyTorch's enter() does. CPU autocast actually enabled is not made
// one: tracing its Python code raises the playground's NotImplementedError, as eager does.
struct AutocastModeVariable : ContextWrappingVariable {
  std::vector<rt::Value> values;  // device_type, dtype, enabled, cache_enabled
  fx::Node* enter_node = nullptr;
  explicit AutocastModeVariable(std::vector<rt::Value> v) : values(std::move(v)) {}
  std::string class_name() const override { return "AutocastModeVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "autocast"; }
  VariableTracker* enter(InstructionTranslatorBase& tx) override;
  void exit(InstructionTranslatorBase& tx) override;
  std::string module_name() const override { return "torch.amp.autocast_mode"; }
  std::string fn_name() const override { return "autocast"; }
  std::vector<rt::Value> target_values() const override { return values; }
};

// contextlib.nullcontext(enter_result): enters and exits doing nothing.
struct NullContextVariable : ContextWrappingVariable {
  VariableTracker* enter_result;
  explicit NullContextVariable(VariableTracker* r) : enter_result(r) {}
  std::string class_name() const override { return "NullContextVariable"; }
  std::string python_type_name(rt::Interp&) const override { return "nullcontext"; }
  VariableTracker* enter(InstructionTranslatorBase&) override { return enter_result; }
  void exit(InstructionTranslatorBase&) override {}
  // nullcontext() (PyTorch's target_values None); with an enter_result the playground does not
  // re-enter it yet.
  std::string module_name() const override { return is_none_result() ? "contextlib" : ""; }
  std::string fn_name() const override { return "nullcontext"; }
  bool is_none_result() const;
};

// An object of a user class with Python __enter__/__exit__, constructed in the traced code
// (GenericContextWrappingVariable): entering inlines __enter__, the normal exit inlines
// __exit__(None, None, None). While one is active a graph break cannot resume: the frame is
// skipped ("Graph break under GenericContextWrappingVariable", convert_frame.cpp).
struct GenericContextWrappingVariable : ContextWrappingVariable {
  UserDefinedObjectVariable* obj;
  explicit GenericContextWrappingVariable(UserDefinedObjectVariable* o) : obj(o) {}
  std::string class_name() const override { return "GenericContextWrappingVariable"; }
  std::string repr(rt::Interp& I) const override { return obj->repr(I); }
  std::string python_type_name(rt::Interp& I) const override { return obj->python_type_name(I); }
  VariableTracker* enter(InstructionTranslatorBase& tx) override;
  void exit(InstructionTranslatorBase& tx) override;
  VariableTracker* exit_with(InstructionTranslatorBase& tx, VTArgs& args) override;
};

// The __exit__ BEFORE_WITH leaves on the stack.
struct WithExitFunctionVariable : VariableTracker {
  ContextWrappingVariable* ctx;
  explicit WithExitFunctionVariable(ContextWrappingVariable* c) : ctx(c) {}
  std::string class_name() const override { return "WithExitFunctionVariable"; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

// torch.no_grad / torch.enable_grad / torch.set_grad_enabled, contextlib.nullcontext and
// torch.compiler.error_on_graph_break's class called in traced code: the tracker, or nullptr when
// `cls` is none of them (torch.py's handlers of these classes).
VariableTracker* call_grad_mode_class(InstructionTranslatorBase& tx, rt::Type* cls, VTArgs& args, VTKwargs& kwargs);

// The context manager BEFORE_WITH can enter, or nullptr.
ContextWrappingVariable* as_context_manager(InstructionTranslatorBase& tx, VariableTracker* v);

}  // namespace dp::dynamo
