// torch.ScriptObject: instances of TorchScript custom classes ("torchbind objects"), and the
// legacy opaque objects built on them. Mirrors the Python-visible behaviour of
// torch/csrc/jit/python/script_init.cpp (ScriptObject attribute access, _type(),
// _method_names()) for the playground's test classes, whose method bodies live in the prelude
// (core/prelude/torch/_script_classes.py) the way the real ones live in C++.
#pragma once
#include <string>
#include <vector>

#include "runtime/interp.h"

namespace dp::rt {

struct ScriptObj : Object {
  std::string qualname;              // __torch__.torch.classes.<ns>.<Name>
  Value impl;                        // the implementation object (prelude class instance)
  std::vector<std::string> methods;  // _method_names()
  ScriptObj(Type* t) : Object(t, Kind::ScriptObject) {}
  DP_SNAPSHOT_STATE(ScriptObj)
};

inline constexpr const char* kOpaqueTypeStr = "__torch__.torch.classes.aten.OpaqueObject";

void init_script_objects(Interp& I, Module* torch_C);
Value make_script_object(Interp& I, const std::string& qualname, Value impl, std::vector<std::string> methods);
Value clone_script_object(Interp& I, Value obj);  // deepcopy

}  // namespace dp::rt
