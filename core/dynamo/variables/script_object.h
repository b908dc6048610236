// Script objects in the tracer (see variables/base.h for TorchScriptObjectVariable).
#pragma once
#include "dynamo/variables/base.h"

namespace dp::dynamo {

// The ScriptObject branch of VariableBuilder._wrap (docs/torchbind.md §2).
VT* wrap_script_object(TX& tx, rt::Value value, SourcePtr src);
// isinstance(v, FakeScriptObject)
bool is_fake_script_object(rt::Interp& I, rt::Value v);
// make_dupe_guard's hard error when a tensor reached through __obj_flatten__ aliases another input.
void check_script_object_aliasing(const SourcePtr& obj_source, const SourcePtr& dupe_source);

}  // namespace dp::dynamo
