// VariableBuilder and SourcelessBuilder: how a Python value becomes a VariableTracker. Mirrors
// torch/_dynamo/variables/builder.py.
#pragma once
#include "dynamo/variables/base.h"

namespace dp::dynamo {

class OutputGraph;
struct DynamoState;

// VariableBuilder(tx, source)(value): wraps a value reached through `source` (a frame input, a
// global, an attribute), installing the guards under which the wrapping stays valid; tensors
// become graph inputs. A source already wrapped in this trace gives the same tracker back.
class VariableBuilder {
 public:
  VariableBuilder(InstructionTranslatorBase& tx, SourcePtr source);
  VariableTracker* operator()(rt::Value value);  // __call__

 private:
  VariableTracker* wrap_set(rt::Value v);
  VariableTracker* _wrap(rt::Value value);
  VariableTracker* wrap_script_object(rt::Value value);  // the ScriptObject branch of _wrap
  template <class T, class... A>
  T* make(A&&... a);

  InstructionTranslatorBase& tx;
  rt::Interp& interp;
  DynamoState& state;
  OutputGraph& output;
  SourcePtr source;
};

// SourcelessBuilder.create(tx, value): wraps a value made while tracing, which has no source
// (constants, results of calls); nothing is guarded.
struct SourcelessBuilder {
  static VariableTracker* create(InstructionTranslatorBase& tx, rt::Value value);
};

// A torch.* C builtin Dynamo puts in the graph as is (trace_rules' torch_c_binding_in_graph_functions):
// what torch._dynamo.disallow_in_graph accepts.
bool is_in_graph_torch_op(rt::Interp& I, rt::Value v);
// A member of an enum class (its metaclass is enum.EnumType): PyTorch's EnumVariable, which the
// playground keeps as a ConstantVariable guarded by identity.
bool is_enum_member(const rt::Value& v);

// The printed metadata of a (fake) tensor: dtype, sizes, strides (node.meta["example_value"]).
fx::TensorMeta tensor_meta(const torch::Tensor& t);

}  // namespace dp::dynamo
