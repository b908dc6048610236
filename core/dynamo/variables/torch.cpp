// TorchInGraphFunctionVariable: torch.* functions (and torch.nn.functional.*, and custom ops
// torch.ops.<ns>.<op>) become call_function nodes whose example value is computed on fake
// tensors. Mirrors torch/_dynamo/variables/torch.py.
#include <cstdio>

#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

std::string TorchInGraphFunctionVariable::repr(rt::Interp& I) const {
  char addr[32];
  std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(I.address_of(fn.o)));
  // PyTorch 2.9: `TorchInGraphFunctionVariable({value}, nonstrict_traceable={flag})`.
  std::string flag = std::string(", nonstrict_traceable=") + (nonstrict_traceable ? "True" : "False") + ")";
  if (custom_op) return "TorchInGraphFunctionVariable(" + qualname.substr(6) + flag;
  if (fn.is_obj() && fn.o->kind == Kind::Builtin)
    return "TorchInGraphFunctionVariable(<built-in method " + static_cast<rt::Builtin*>(fn.o)->name +
           " of type object at " + addr + ">" + flag;
  return "TorchInGraphFunctionVariable(" + I.repr(fn) + flag;
}

VariableTracker* TorchInGraphFunctionVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                             VTKwargs& kwargs) {
  if (nonstrict_traceable) return call_nonstrict_trace(tx, args, kwargs);
  NodeExec e;
  e.kind = NodeExec::Kind::CallValue;
  e.callable = fn;
  e.args = tx.proxies(args);
  for (auto& [k, v] : kwargs) {
    v = v->realize(tx);
    e.kwargs.emplace_back(k, v->as_proxy(tx));
  }
  fx::Target target;
  if (custom_op) {
    // torch.ops.<ns>.<name>
    std::string rest = qualname.substr(std::string("torch.ops.").size());
    size_t dot = rest.find('.');
    Value impure = tx.interp.getattr_opt(fn, "_dp_impure");
    target = fx::Target::custom_op(rest.substr(0, dot), rest.substr(dot + 1),
                                   impure.is_null() || tx.interp.truthy(impure));
  } else {
    target = fx::Target::torch(qualname);
  }
  Value ex;
  fx::Node* n = tx.output.create_proxy(fx::Op::CallFunction, target, e, e.args, e.kwargs, ex);
  return tx.wrap_fx_proxy(n, ex);
}

}  // namespace dp::dynamo
