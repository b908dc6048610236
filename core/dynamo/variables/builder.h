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
  VariableBuilder(TX& tx, SourcePtr source);
  VT* operator()(rt::Value value);  // __call__

 private:
  VT* _wrap(rt::Value value);
  VT* wrap_script_object(rt::Value value);  // the ScriptObject branch of _wrap
  template <class T, class... A>
  T* make(A&&... a);

  TX& tx;
  rt::Interp& I;
  DynamoState& D;
  OutputGraph& output;
  SourcePtr source;
};

// SourcelessBuilder.create(tx, value): wraps a value made while tracing, which has no source
// (constants, results of calls); nothing is guarded.
struct SourcelessBuilder {
  static VT* create(TX& tx, rt::Value value);
};

}  // namespace dp::dynamo
