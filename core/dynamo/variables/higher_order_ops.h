// Higher-order operators in the tracer. Mirrors torch/_dynamo/variables/higher_order_ops.py
// (TorchHigherOrderOperatorVariable and, for script objects, CallTorchbindHigherOrderVariable).
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

}  // namespace dp::dynamo
