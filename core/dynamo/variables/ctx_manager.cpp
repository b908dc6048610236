// See ctx_manager.h. Mirrors torch/_dynamo/variables/ctx_manager.py.
#include "dynamo/variables/ctx_manager.h"

#include <algorithm>
#include <map>

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

// A call_function node of a prelude function of `module` shown under PyTorch's name `qualname`.
static fx::Node* torch_call_node(InstructionTranslatorBase& tx, const char* fn, const std::string& qualname,
                                 std::vector<PArg> args, const char* module = "torch") {
  rt::Interp& I = tx.interp;
  NodeExec e;
  e.kind = NodeExec::Kind::CallValue;
  e.callable = I.getattr(I.import_module(module), fn);
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

VariableTracker* AutocastModeVariable::enter(InstructionTranslatorBase& tx) {
  std::vector<PArg> args;
  for (const Value& v : values) {
    PArg a;
    a.value = v;
    args.push_back(a);
  }
  enter_node = torch_call_node(tx, "_enter_autocast", "torch.amp.autocast_mode._enter_autocast", std::move(args),
                               "torch.amp.autocast_mode");
  return tx.none();
}

void AutocastModeVariable::exit(InstructionTranslatorBase& tx) {
  PArg ctx;
  ctx.kind = PArg::Kind::Node;
  ctx.node = enter_node;
  torch_call_node(tx, "_exit_autocast", "torch.amp.autocast_mode._exit_autocast", {ctx}, "torch.amp.autocast_mode");
}

// AutocastModeVariable.create: the call's arguments bound to autocast's parameters, all constants
// (torch.cuda.amp.autocast: device "cuda" and its own defaults, dtype torch.float16 and
// cache_enabled True); nullptr when they are not, or for an enabled CPU autocast.
static VariableTracker* autocast_variable(InstructionTranslatorBase& tx, bool cuda_spelling, VTArgs& args,
                                          VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  std::vector<std::string> names = cuda_spelling
                                       ? std::vector<std::string>{"enabled", "dtype", "cache_enabled"}
                                       : std::vector<std::string>{"device_type", "dtype", "enabled", "cache_enabled"};
  std::map<std::string, Value> bound;
  if (args.size() > names.size()) return nullptr;
  auto constant = [&](VariableTracker* v, Value& out) {
    v = v->realize(tx);
    if (!v->is_python_constant()) return false;
    out = v->as_python_constant(tx);
    return true;
  };
  for (size_t i = 0; i < args.size(); ++i)
    if (!constant(args[i], bound[names[i]])) return nullptr;
  for (auto& [k, v] : kwargs) {
    if (std::find(names.begin(), names.end(), k) == names.end() || bound.count(k)) return nullptr;
    if (!constant(v, bound[k])) return nullptr;
  }
  if (cuda_spelling) {
    bound["device_type"] = I.str("cuda");
    if (!bound.count("dtype")) bound["dtype"] = I.getattr(I.import_module("torch"), "float16");
    if (!bound.count("cache_enabled")) bound["cache_enabled"] = Value::boolean(true);
  }
  if (!bound.count("device_type")) return nullptr;
  if (!bound.count("dtype")) bound["dtype"] = Value::none();
  if (!bound.count("enabled")) bound["enabled"] = Value::boolean(true);
  if (!bound.count("cache_enabled")) bound["cache_enabled"] = Value::none();
  const Value& device = bound["device_type"];
  if (device.is_obj() && device.o->kind == Kind::Str && static_cast<rt::Str*>(device.o)->s == "cpu" &&
      I.truthy(bound["enabled"])) {
    Value dt = bound["dtype"];
    Value torch_mod = I.import_module("torch");
    if (dt.is_none() || dt.same(I.getattr(torch_mod, "bfloat16")) || dt.same(I.getattr(torch_mod, "float16")))
      return nullptr;
  }
  return tx.make<AutocastModeVariable>(
      std::vector<Value>{device, bound["dtype"], bound["enabled"], bound["cache_enabled"]});
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
  if (cls->name == "autocast" &&
      (cls->module == "torch.amp.autocast_mode" || cls->module == "torch.cuda.amp.autocast_mode"))
    return autocast_variable(tx, cls->module == "torch.cuda.amp.autocast_mode", args, kwargs);
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
