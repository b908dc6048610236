// Py_GenericAlias (CPython 3.11 Objects/genericaliasobject.c) as the built-in types use it: the
// `__class_getitem__` classmethod of list, dict, tuple, set, frozenset, enumerate and BaseExceptionGroup
// (`list[int]`), and `type[X]` (Objects/abstract.c PyObject_GetItem's special case for `type`).
// The alias itself, types.GenericAlias, is Python (core/prelude/types.py); docs/stdlib.md.
#include "runtime/interp.h"

namespace dp::rt {

// types.GenericAlias(origin, args).
Value generic_alias(Interp& I, Value origin, Value args) {
  Value ga = I.getattr(I.import_module("types"), "GenericAlias");
  return I.call(ga, {origin, args});
}

void init_generic_alias(Interp& I) {
  std::vector<Type*> owners = {I.list_type, I.dict_type, I.tuple_type, I.set_type, I.frozenset_type,
                               I.iter_class(Interp::IterClass::enumerate)};
  if (Type* g = I.named_types["builtins.BaseExceptionGroup"]) owners.push_back(g);
  for (Type* t : owners)
    classmethod(I, t, "__class_getitem__", [n = t->name](Interp& I2, CallArgs& a) -> Value {
      if (!a.kw.empty()) I2.raise(I2.TypeError, n + ".__class_getitem__() takes no keyword arguments");
      if (a.size() != 2)
        I2.raise(I2.TypeError, n + ".__class_getitem__() takes exactly one argument (" +
                                   std::to_string(a.size() ? a.size() - 1 : 0) + " given)");
      return generic_alias(I2, a[0], a[1]);
    });
}

}  // namespace dp::rt
