// Higher-order operators in the tracer. Mirrors torch/_dynamo/variables/higher_order_ops.py
// (TorchHigherOrderOperatorVariable and, for script objects, CallTorchbindHigherOrderVariable;
// torch.cond: docs/compiler-api.md "torch.cond").
#pragma once
#include "dynamo/variables/script_object.h"

namespace dp::dynamo {

struct TorchHigherOrderOperatorVariable : VariableTracker {
  std::string hop_name;
  std::string class_name() const override { return "TorchHigherOrderOperatorVariable"; }
};

// obj.method of a script object, called: one call_torchbind node (torch.ops.higher_order.call_torchbind).
struct CallTorchbindHigherOrderVariable : TorchHigherOrderOperatorVariable {
  TorchScriptObjectVariable* script_obj_var = nullptr;
  std::string method_name;
  std::string class_name() const override { return "CallTorchbindHigherOrderVariable"; }
  VariableTracker* call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) override;
};

// torch.cond(pred, true_fn, false_fn, operands) (CondHigherOrderVariable): each branch is traced
// into a subgraph (cond_true_N / cond_false_N, registered on the graph module) whose inputs are
// the operands; the graph gets their get_attr nodes, one torch.ops.higher_order.cond node and a
// getitem per output. A constant pred inlines the branch it selects.
VariableTracker* call_cond(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs);

}  // namespace dp::dynamo
