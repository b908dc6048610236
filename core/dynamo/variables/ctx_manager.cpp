// See ctx_manager.h. Mirrors torch/_dynamo/variables/ctx_manager.py.
#include "dynamo/variables/ctx_manager.h"

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/symbolic_convert.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

void GradModeVariable::call_func(InstructionTranslatorBase& tx, bool value) {
  if (torch::grad_enabled() == value) return;
  rt::Interp& I = tx.interp;
  NodeExec e;
  e.kind = NodeExec::Kind::CallValue;
  e.callable = I.getattr(I.import_module("torch"), "_set_grad_enabled");
  PArg a;
  a.value = Value::boolean(value);
  e.args = {a};
  fx::Target target = fx::Target::torch("torch._C._set_grad_enabled");
  target.side_effect = true;
  Value ex;
  fx::Node* n = tx.output.create_proxy(fx::Op::CallFunction, target, e, e.args, {}, ex);
  n->meta.stack.reset();  // created with create_node: no stack trace
  torch::set_grad_enabled(value);
}

// A call_function node of a prelude function of `torch` shown under PyTorch's name `qualname`.
static fx::Node* torch_call_node(InstructionTranslatorBase& tx, const char* fn, const std::string& qualname,
                                 std::vector<PArg> args) {
  rt::Interp& I = tx.interp;
  NodeExec e;
  e.kind = NodeExec::Kind::CallValue;
  e.callable = I.getattr(I.import_module("torch"), fn);
  e.args = std::move(args);
  fx::Target target = fx::Target::torch(qualname);
  target.side_effect = true;
  Value ex;
  fx::Node* n = tx.output.create_proxy(fx::Op::CallFunction, target, e, e.args, {}, ex);
  n->meta.stack.reset();
  return n;
}

VariableTracker* InferenceModeVariable::enter(InstructionTranslatorBase& tx) {
  PArg mode;
  mode.value = Value::boolean(target_value);
  // Running the node on example values enters inference mode for the rest of the trace.
  enter_node = torch_call_node(tx, "_enter_inference_mode", "torch.autograd.grad_mode._enter_inference_mode", {mode});
  return tx.none();
}

void InferenceModeVariable::exit(InstructionTranslatorBase& tx) {
  PArg ctx;
  ctx.kind = PArg::Kind::Node;
  ctx.node = enter_node;
  torch_call_node(tx, "_exit_inference_mode", "torch.autograd.grad_mode._exit_inference_mode", {ctx});
}

VariableTracker* GradModeVariable::enter(InstructionTranslatorBase& tx) {
  call_func(tx, target_value);
  return tx.none();
}

void GradModeVariable::exit(InstructionTranslatorBase& tx) { call_func(tx, initial_value); }

VariableTracker* ErrorOnGraphBreakVariable::enter(InstructionTranslatorBase& tx) {
  initial_value = tx.state.error_on_graph_break;
  tx.state.error_on_graph_break = target_value;
  return tx.none();
}

void ErrorOnGraphBreakVariable::exit(InstructionTranslatorBase& tx) { tx.state.error_on_graph_break = initial_value; }

VariableTracker* ContextWrappingVariable::exit_with(InstructionTranslatorBase& tx, VTArgs&) {
  exit(tx);
  return tx.none();
}

Value ContextWrappingVariable::reconstruct_type(rt::Interp& I) const {
  return I.getattr(I.import_module(module_name()), fn_name());
}

bool NullContextVariable::is_none_result() const {
  auto* c = dynamic_cast<ConstantVariable*>(enter_result);
  return c && c->value.is_none();
}

VariableTracker* WithExitFunctionVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs&) {
  if (args.size() == 3) return ctx->exit_with(tx, args);
  ctx->exit(tx);
  return tx.none();
}

VariableTracker* call_grad_mode_class(InstructionTranslatorBase& tx, rt::Type* cls, VTArgs& args, VTKwargs& kwargs) {
  if (cls->module == "torch._dynamo.decorators" && cls->name == "ErrorOnGraphBreakDecoratorContextManager" &&
      args.size() == 1 && kwargs.empty()) {
    VariableTracker* m = args[0]->realize(tx);
    if (!m->is_python_constant()) return nullptr;
    return tx.make<ErrorOnGraphBreakVariable>(tx.interp.truthy(m->as_python_constant(tx)));
  }
  if (cls->module == "contextlib" && cls->name == "nullcontext" && args.size() <= 1 && kwargs.empty())
    return tx.make<NullContextVariable>(args.empty() ? tx.none() : args[0]);
  if (cls->module != "torch") return nullptr;
  bool initial = torch::grad_enabled();
  if (cls->name == "inference_mode" && args.size() <= 1 && kwargs.empty()) {
    bool mode = true;
    if (!args.empty()) {
      VariableTracker* m = args[0]->realize(tx);
      if (!m->is_python_constant()) return nullptr;
      mode = tx.interp.truthy(m->as_python_constant(tx));
    }
    return tx.make<InferenceModeVariable>(mode);
  }
  if (cls->name == "no_grad" && args.empty() && kwargs.empty())
    return tx.make<GradModeVariable>(false, initial, "no_grad");
  if (cls->name == "enable_grad" && args.empty() && kwargs.empty())
    return tx.make<GradModeVariable>(true, initial, "enable_grad");
  if (cls->name == "set_grad_enabled" && args.size() == 1 && kwargs.empty()) {
    VariableTracker* m = args[0]->realize(tx);
    if (!m->is_python_constant()) return nullptr;
    bool mode = tx.interp.truthy(m->as_python_constant(tx));
    // set_grad_enabled takes effect when called (GradModeVariable.create(initialized=True)).
    auto* v = tx.make<GradModeVariable>(mode, initial, "set_grad_enabled");
    GradModeVariable::call_func(tx, mode);
    return v;
  }
  return nullptr;
}

ContextWrappingVariable* as_context_manager(InstructionTranslatorBase& tx, VariableTracker* v) {
  if (auto* c = dynamic_cast<ContextWrappingVariable*>(v)) return c;
  auto* u = dynamic_cast<UserDefinedObjectVariable*>(v);
  if (!u || !u->value.is_obj()) return nullptr;
  rt::Type* t = tx.interp.type_of(u->value);
  if (t->name == "ErrorOnGraphBreakDecoratorContextManager" && t->module == "torch._dynamo.decorators") {
    Value flag = tx.interp.getattr(u->value, "error_on_graph_break");
    return tx.make<ErrorOnGraphBreakVariable>(tx.interp.truthy(flag));
  }
  if (u->is_new && u->generic_ctx) return tx.make<GenericContextWrappingVariable>(u);
  return nullptr;
}

// UserMethodVariable(cls.__enter__ / cls.__exit__, obj).call_function (ctx_manager.py).
static VariableTracker* call_dunder(InstructionTranslatorBase& tx, UserDefinedObjectVariable* obj, const char* name,
                                    VTArgs args) {
  Value fn = tx.interp.lookup_type(tx.interp.type_of(obj->value), name);
  VTKwargs kw;
  return tx.make<UserMethodVariable>(static_cast<rt::Function*>(fn.o), obj)->call_function(tx, args, kw);
}

VariableTracker* GenericContextWrappingVariable::enter(InstructionTranslatorBase& tx) {
  tx.output.active_generic_context_managers.push_back(this);
  return call_dunder(tx, obj, "__enter__", {});
}

void GenericContextWrappingVariable::exit(InstructionTranslatorBase& tx) {
  VTArgs none{tx.none(), tx.none(), tx.none()};
  exit_with(tx, none);
}

VariableTracker* GenericContextWrappingVariable::exit_with(InstructionTranslatorBase& tx, VTArgs& args) {
  VariableTracker* r = call_dunder(tx, obj, "__exit__", args);
  auto& active = tx.output.active_generic_context_managers;
  if (!active.empty()) active.pop_back();
  return r;
}

}  // namespace dp::dynamo
