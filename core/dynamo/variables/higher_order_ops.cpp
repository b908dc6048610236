// See higher_order_ops.h.
#include "dynamo/variables/higher_order_ops.h"

#include "dynamo/symbolic_convert.h"

namespace dp::dynamo {

using rt::Value;

VariableTracker* CallTorchbindHigherOrderVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                                 VTKwargs& kwargs) {
  const std::string hop = "torch.ops.higher_order.call_torchbind";
  try {
    std::vector<PArg> p;
    p.push_back(script_obj_var->as_proxy(tx));
    PArg name;
    name.value = tx.interp.str(method_name);
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
    fx::Node* node = tx.output.create_proxy(fx::Op::CallFunction,
                                            fx::Target::hop("call_torchbind", /*side_effect=*/true), e, p, kw, example);
    return tx.wrap_fx_proxy(node, example);
  } catch (Unsupported& u) {
    // The graph break happened while tracing this higher-order operator: its message says so.
    u.gb.hop_name = hop;
    throw;
  }
}

}  // namespace dp::dynamo
