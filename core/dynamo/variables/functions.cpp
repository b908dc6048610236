// Function trackers: user functions are inlined (InliningInstructionTranslator); functions Dynamo
// must not trace are graph breaks; torch._dynamo.graph_break() is the user-inserted break
// (gb0025). Mirrors torch/_dynamo/variables/functions.py.
#include "dynamo/exc.h"
#include "dynamo/eval_frame.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/higher_order_ops.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

static std::string args_repr(rt::Interp& I, VTArgs& args) {
  std::string s = "[";
  for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + args[i]->repr(I);
  return s + "]";
}

static std::string kwargs_repr(rt::Interp& I, VTKwargs& kwargs) {
  std::string s = "{";
  for (size_t i = 0; i < kwargs.size(); ++i)
    s += (i ? ", " : "") + std::string("'") + kwargs[i].first + "': " + kwargs[i].second->repr(I);
  return s + "}";
}

VariableTracker* UserFunctionVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  std::string mod = fn->module_name.is_null() ? "" : I.to_str(fn->module_name);
  const bool dynamo_api = mod == "torch._dynamo" || mod == "torch._dynamo.decorators";
  // torch._dynamo.assume_constant_result: a function with `_dynamo_marked_constant` is called while
  // tracing on the constant values of its arguments, and its result is a constant of the graph
  // (functions.py UserFunctionVariable.call_function -> invoke_and_store_as_constant).
  if (Value marked = I.getattr_opt(Value::obj(fn), "_dynamo_marked_constant"); !marked.is_null() && I.truthy(marked)) {
    std::vector<Value> cargs;
    for (auto* a : args) {
      VariableTracker* r = a->realize(tx);
      if (!r->is_python_constant())
        unimplemented_in_playground("torch._dynamo.assume_constant_result called with a tensor or another "
                                    "non-constant argument",
                                    fn->name);
      cargs.push_back(r->as_python_constant(tx));
    }
    rt::CallArgs ca;
    ca.pos = cargs;
    for (auto& [k, v] : kwargs) {
      VariableTracker* r = v->realize(tx);
      if (!r->is_python_constant())
        unimplemented_in_playground("torch._dynamo.assume_constant_result called with a tensor or another "
                                    "non-constant argument",
                                    fn->name);
      ca.kw.push_back({k, r->as_python_constant(tx)});
    }
    Value res = I.call(Value::obj(fn), ca);
    const bool constant = res.is_none() || res.tag == Value::Tag::Bool || res.tag == Value::Tag::Int ||
                          res.tag == Value::Tag::Float || (res.is_obj() && res.o->kind == Kind::Str);
    if (!constant)
      unimplemented_in_playground("torch._dynamo.assume_constant_result whose result is not an int, float, bool, "
                                  "str or None (" + I.type_name(res) + ")",
                                  fn->name);
    return tx.constant(res);
  }
  if (dynamo_api && fn->name == "skip_frame") {
    std::string msg;
    for (auto& [k, v] : kwargs)
      if (k == "msg") msg = I.to_str(v->realize(tx)->as_python_constant(tx));
    if (!args.empty()) msg = I.to_str(args[0]->realize(tx)->as_python_constant(tx));
    InstructionTranslatorBase* root_tx = &tx;
    while (root_tx->parent) root_tx = root_tx->parent;
    const py::CodeObject& root = *root_tx->code;
    unimplemented("Call to `torch._dynamo.skip_frame()`",
                  "Called `torch._dynamo.skip_frame()` with args `" + args_repr(I, args) + "`, kwargs `" +
                      kwargs_repr(I, kwargs) + "`. Skipping frame " + root.co_name + " (" + root.co_filename + ":" +
                      std::to_string(root.co_firstlineno) + ").",
                  "User-inserted skip frame. Message: " + msg, {"Remove the `torch._dynamo.skip_frame()` call."},
                  /*skip_frame=*/true);
  }
  if (dynamo_api && fn->name == "graph_break") {
    std::string msg = "None";
    for (auto& [k, v] : kwargs)
      if (k == "msg") msg = I.to_str(v->realize(tx)->as_python_constant(tx));
    if (!args.empty()) msg = I.to_str(args[0]->realize(tx)->as_python_constant(tx));
    unimplemented("Call to `torch._dynamo.graph_break()`",
                  "Called `torch._dynamo.graph_break()` with args `" + args_repr(I, args) + "`, kwargs `" +
                      kwargs_repr(I, kwargs) + "`",
                  "User-inserted graph break. Message: " + msg, {"Remove the `torch._dynamo.graph_break()` call."});
  }
  if (mod == "torch" && fn->name == "cond") return call_cond(tx, args, kwargs);
  // A `nonstrict_trace(fn)` call in traced code (functions.py UserFunctionVariable.call_function):
  // fn becomes a nonstrict-traceable TorchInGraphFunctionVariable; calling that is one flat_apply
  // node (variables/torch_nonstrict.cpp).
  if (dynamo_api && fn->name == "nonstrict_trace" && args.size() + kwargs.size() == 1 &&
      (kwargs.empty() || kwargs[0].first == "traceable_fn")) {
    VariableTracker* fn_var = (args.empty() ? kwargs[0].second : args[0])->realize(tx);
    auto* user_fn = dynamic_cast<UserFunctionVariable*>(fn_var);
    if (!user_fn && !dynamic_cast<NestedUserFunctionVariable*>(fn_var) && !dynamic_cast<UserMethodVariable*>(fn_var)) {
      VTKwargs none;
      unimplemented(
          "TypeError from user code",
          "call_function(" + I.repr(Value::obj(fn)) + ", " + args_repr(I, args) + ", " + kwargs_repr(I, none) + ")",
          "`nonstrict_trace` expects a callable, but got value of type <" + fn_var->python_type_name(I) + ">",
          {graph_break_hints::USER_ERROR});
    }
    if (!user_fn) {
      std::string fn_name = "<unknown>";
      if (auto* nested = dynamic_cast<NestedUserFunctionVariable*>(fn_var)) fn_name = nested->code->co_name;
      if (auto* method = dynamic_cast<UserMethodVariable*>(fn_var)) fn_name = method->fn->name;
      unimplemented("Limitation of `nonstrict_trace", repr(I),
                    "Applying `nonstrict_trace` to function <" + fn_name +
                        ">; however, `nonstrict_trace` currently requires the function to be defined outside "
                        "`torch.compile` region.",
                    {"make sure definition of " + fn_name + " is outside ", "`torch.compile` region"});
    }
    auto* t = tx.make<TorchInGraphFunctionVariable>("", Value::obj(user_fn->fn));
    t->nonstrict_traceable = true;
    return t;
  }
  return tx.inline_call_(fn, fn->code, fn->globals, args, kwargs, {}, Value::obj(fn), source);
}

VariableTracker* UserFunctionVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  Value v = tx.interp.getattr(Value::obj(fn), name);
  return tx.wrap(v, source ? AttrSource(source, name) : nullptr);
}

VariableTracker* NestedUserFunctionVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                           VTKwargs& kwargs) {
  // Defaults were evaluated when the function was made.
  const py::CodeObject& c = *code;
  VTArgs full = args;
  int argcount = c.co_argcount;
  int ndef = static_cast<int>(defaults.size());
  for (int i = static_cast<int>(full.size()); i < argcount; ++i) {
    bool by_kw = false;
    for (auto& [k, v] : kwargs) by_kw |= k == c.co_varnames[static_cast<size_t>(i)];
    if (by_kw) break;
    int d = i - (argcount - ndef);
    if (d >= 0) full.push_back(defaults[static_cast<size_t>(d)]);
  }
  return tx.inline_call_(nullptr, code, globals, full, kwargs, closure_cells, Value());
}

std::string UserMethodVariable::repr(rt::Interp& I) const {
  return "UserMethodVariable(" + I.repr(Value::obj(fn)) + ", " + obj->repr(I) + ")";
}

VariableTracker* UserMethodVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  VTArgs full{obj};
  full.insert(full.end(), args.begin(), args.end());
  // A method decorated with torch._dynamo.nonstrict_trace: the function with self as its first
  // argument (functions.py UserMethodVariable.call_function).
  if (tx.state.nonstrict_trace.count(fn)) {
    auto* t = tx.make<TorchInGraphFunctionVariable>("", Value::obj(fn));
    t->nonstrict_traceable = true;
    return t->call_function(tx, full, kwargs);
  }
  return tx.inline_call_(fn, fn->code, fn->globals, full, kwargs, {}, Value::obj(fn), source_fn);
}

VariableTracker* SkipFunctionVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (!playground_unsupported.empty())
    unimplemented_in_playground(playground_unsupported + " inside compiled code", playground_unsupported);
  if (disabled) {
    std::string fn = I.repr(value);
    std::string msg = disable_msg.is_null() ? "None" : I.to_str(disable_msg);
    // disable(recursive=False): PyTorch inlines the wrapper (external_utils.py) and refuses to
    // inline the function it wraps (InliningInstructionTranslator.check_inlineable).
    if (disabled_inline)
      unimplemented(
          "Skip inlining `torch.compiler.disable()`d function", fn,
          "Skip inlining function " + fn + " since it was wrapped with `torch.compiler.disable` (reason: " + msg + ")",
          {"Remove the `torch.compiler.disable` call"});
    unimplemented(
        "Skip calling `torch.compiler.disable()`d function", fn,
        "Skip calling function `" + fn + "` since it was wrapped with `torch.compiler.disable` (reason: " + msg + ")",
        {"Remove the `torch.compiler.disable` call"});
  }
  if (value.is_obj() && value.o->kind == Kind::Builtin && args.empty() && kwargs.empty()) {
    // trace_rules' constant-folded functions: is_compiling() is True while tracing; the grad mode
    // is the one being traced (GradModeVariable keeps it current).
    auto* b = static_cast<rt::Builtin*>(value.o);
    if (b->module == "torch._C._dynamo" && b->name == "is_compiling") return tx.constant(Value::boolean(true));
    if (b->module == "torch" && b->name == "is_grad_enabled") return tx.constant(Value::boolean(torch::grad_enabled()));
    // torch.py handle_is_inference_mode_enabled.
    if (b->module == "torch" && b->name == "is_inference_mode_enabled")
      unimplemented("Encountered torch.is_inference_mode_enabled during tracing", "",
                    "torch.is_inference_mode_enabled() is not supported",
                    {graph_break_hints::FUNDAMENTAL, graph_break_hints::INFERENCE_MODE});
  }
  // The prelude's torch.autograd.Function.apply records its node through this builtin; PyTorch's
  // Dynamo traces custom autograd Functions (AutogradFunctionVariable), the playground does not yet.
  if (value.is_obj() && value.o->kind == Kind::Builtin) {
    auto* b = static_cast<rt::Builtin*>(value.o);
    if (b->module == "torch" && b->name == "_autograd_function_record")
      unimplemented_in_playground("calling a torch.autograd.Function (Function.apply)",
                                  "torch.autograd.Function.apply");
  }
  std::string qual = I.to_str(I.getattr_opt(value, "__qualname__").is_null() ? I.str(I.repr(value))
                                                                             : I.getattr(value, "__qualname__"));
  std::string mod, file;
  if (value.is_obj() && value.o->kind == Kind::Builtin) mod = file = static_cast<rt::Builtin*>(value.o)->module;
  if (value.is_obj() && value.o->kind == Kind::Function) {  // inspect.getfile: the code's file
    auto* f = static_cast<rt::Function*>(value.o);
    mod = f->module_name.is_null() ? "" : I.to_str(f->module_name);
    file = f->code->co_filename;
  }
  if (unknown_builtin) {
    // inspect.getfile raises TypeError for a C builtin: the explanation for builtins and
    // third-party C/C++ extensions (PyTorch also warns it once through warnings; not here).
    unimplemented(
        "Attempted to call function marked as skipped",
        "module: " + mod + ", qualname: " + qual + ", skip reason: " + (reason.empty() ? "<missing reason>" : reason),
        "Dynamo does not know how to trace the builtin `" + mod + "." + qual +
            ".` This function is either a Python builtin (e.g. _warnings.warn) or a third-party C/C++ Python "
            "extension (perhaps created with pybind).",
        {"If it is a Python builtin, please file an issue on GitHub so the PyTorch team can add support for it and "
         "see the next case for a workaround.",
         "If it is a third-party C/C++ Python extension, please either wrap it into a PyTorch-understood custom "
         "operator (see https://pytorch.org/tutorials/advanced/custom_ops_landing_page.html for more details) or, "
         "if it is traceable, use `torch.compiler.allow_in_graph`."});
  }
  unimplemented(
      "Attempted to call function marked as skipped",
      "module: " + mod + ", qualname: " + qual + ", skip reason: " + (reason.empty() ? "<missing reason>" : reason),
      "Dynamo developers have intentionally marked that the function `" + qual + "` in file `" + file +
          "` should not be traced.",
      {"Avoid calling the function `" + qual + "`.",
       "Apply `@torch._dynamo.dont_skip_tracing` to the function `" + qual +
           "` to force tracing into the function. More graph breaks may occur as a result of attempting to trace into the function.",
       "Please file an issue to PyTorch."});
}

// ---- FunctoolsPartialVariable --------------------------------------------------------------------

bool is_functools_partial(const rt::Type* t) { return t && t->qualname == "partial" && t->module == "functools"; }

// partial(*call_args, **call_kwargs): the wrapped function with the stored arguments first and
// the keywords merged (the call's win).
VariableTracker* FunctoolsPartialVariable::call_function(InstructionTranslatorBase& tx, VTArgs& call_args,
                                                         VTKwargs& call_kwargs) {
  VTArgs all = args;
  all.insert(all.end(), call_args.begin(), call_args.end());
  VTKwargs kw;
  for (auto& [k, v] : keywords) {
    bool overridden = false;
    for (auto& [ck, cv] : call_kwargs) overridden |= ck == k;
    if (!overridden) kw.emplace_back(k, v);
  }
  kw.insert(kw.end(), call_kwargs.begin(), call_kwargs.end());
  return func->realize(tx)->call_function(tx, all, kw);
}

VariableTracker* FunctoolsPartialVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  if (name == "func") return func;
  if (name == "args") {
    auto* t = tx.make<TupleVariable>();
    t->items = args;
    return t;
  }
  if (name == "keywords") {
    auto* d = tx.make<ConstDictVariable>();
    for (auto& [k, v] : keywords) d->items.emplace_back(tx.interp.str(k), v);
    return d;
  }
  return VariableTracker::var_getattr(tx, name);
}

}  // namespace dp::dynamo
