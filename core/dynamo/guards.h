// Guards: the conditions under which a compiled entry may be reused. Mirrors
// torch/_dynamo/guards.py (GuardBuilder's TENSOR_MATCH, TYPE_MATCH, ID_MATCH, CONSTANT_MATCH,
// EQUALS_MATCH, SEQUENCE_LENGTH, DUPLICATE_INPUT) and the failure reasons that
// TORCH_LOGS=recompiles prints (get_guard_fail_reason).
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

#include <map>

#include "dynamo/source.h"
#include "fx/experimental/sym_expr.h"
#include "torch/tensor.h"

namespace dp::dynamo {

struct Guard {
  enum class Type {
    TENSOR_MATCH,
    TYPE_MATCH,
    ID_MATCH,
    CONSTANT_MATCH,
    EQUALS_MATCH,
    SEQUENCE_LENGTH,
    DICT_KEYS_MATCH,
    DUPLICATE_INPUT,
    NO_TENSOR_ALIASING,
    // hasattr(obj, name) decided while tracing (guards.py HASATTR): present, source = the
    // attribute's source (a getattr manager, no leaf of its own); absent, source = the object's,
    // other = the attribute's (the NO_HASATTR leaf). expected = the name.
    HASATTR,
    SHAPE_ENV
  };
  Type type;
  SourcePtr source;
  SourcePtr other;     // DUPLICATE_INPUT, NO_TENSOR_ALIASING
  rt::Value expected;  // ID/CONSTANT/EQUALS: the value; TYPE_MATCH: the type object; DICT_KEYS_MATCH: the keys (a list)
  int64_t length = 0;  // SEQUENCE_LENGTH
  // TENSOR_MATCH
  torch::DType dtype = torch::DType::Float32;
  std::vector<int64_t> sizes, strides;
  std::vector<bool> dynamic_dims;                 // symbolic sizes: not checked here (size=[None, 3])
  std::vector<bool> dynamic_strides;              // symbolic strides (stride=[None, 1])
  std::vector<sym::Expr> sym_sizes, sym_strides;  // their expressions (decided when the graph is done)
  bool requires_grad = false;
  // SHAPE_ENV (one line of ShapeEnv.produce_guards, checked after every other guard): the relation
  // over source names, the sources it reads, its verbose text.
  sym::Expr shape_expr;
  std::map<std::string, SourcePtr> shape_sources;
  std::string shape_verbose;

  static const char* type_name(Type t);
  // Returns "" when the guard holds, else the failure reason (PyTorch's wording).
  std::string check(rt::Interp& I, const FrameView& f) const;
  std::string describe(rt::Interp& I) const;  // one line for TORCH_LOGS=guards
};

struct GuardSet {
  std::vector<Guard> guards;
  std::unordered_set<std::string> keys;  // type, source and other source of each guard added (add())
  // First failing guard's reason, "" when all hold.
  std::string check(rt::Interp& I, const FrameView& f) const;
  void add(Guard g);
  std::string format_tree(rt::Interp& I) const;  // TORCH_LOGS=guards body
};

// The script-object half of guards.py make_dupe_guard: a tensor reached twice, once through a
// script object's __obj_flatten__ (FlattenScriptObjectSource), is the hard error
// UnsafeScriptObjectError rather than a DUPLICATE_INPUT guard.
void check_script_object_aliasing(const SourcePtr& obj_source, const SourcePtr& dupe_source);

}  // namespace dp::dynamo
