// VariableTracker defaults (torch/_dynamo/variables/base.py): anything a tracker does not
// implement is a graph break with PyTorch's gb_type for that situation.
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"

namespace dp::dynamo {

rt::Value VariableTracker::as_python_constant(InstructionTranslatorBase& tx) {
  unimplemented("Not a Python constant", "as_python_constant " + repr(tx.interp),
                "Dynamo expected " + repr(tx.interp) + " to be a Python constant, but it is not.",
                {graph_break_hints::DYNAMO_BUG});
}

PArg VariableTracker::as_proxy(InstructionTranslatorBase& tx) {
  if (is_python_constant()) {
    PArg p;
    p.value = as_python_constant(tx);
    return p;
  }
  unimplemented("Unsupported function call", "as_proxy " + repr(tx.interp),
                "Dynamo cannot pass " + repr(tx.interp) + " to an operator in the graph.",
                {graph_break_hints::SUPPORTABLE});
}

VariableTracker* VariableTracker::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  // A local generator's send / throw / close (LocalGeneratorObjectVariable.call_method;
  // local_generator_method in symbolic_convert.cpp).
  if (dynamic_cast<LocalGeneratorObjectVariable*>(this) && (name == "send" || name == "throw" || name == "close"))
    return tx.make<GetAttrVariable>(this, name);
  // object.__setattr__ (called as object.__setattr__(obj, name, value); GetAttrVariable.call_function).
  if (auto* b = dynamic_cast<BuiltinVariable*>(this);
      b && name == "__setattr__" && b->fn.is_obj() && b->fn.o == tx.interp.object_type)
    return tx.make<GetAttrVariable>(this, name);
  // VariableTracker.var_getattr's const_getattr: a literal attribute of a builtin (`type(l).__name__`).
  if (auto* b = dynamic_cast<BuiltinVariable*>(this); b && (name == "__name__" || name == "__qualname__")) {
    rt::Value v = tx.interp.getattr_opt(b->fn, name);
    if (v.is_obj() && v.o->kind == rt::Kind::Str) return tx.constant(v);
  }
  // dict.items, list.append, str.upper, float.hex, int.__add__, ...: the method of a built-in type,
  // called with the instance (GetAttrVariable.call_function; BuiltinVariable.call_getattr makes
  // a GetAttrVariable when var_getattr does not know the attribute).
  if (auto* b = dynamic_cast<BuiltinVariable*>(this);
      b && b->fn.is_obj() &&
      (b->fn.o == tx.interp.dict_type || b->fn.o == tx.interp.list_type || b->fn.o == tx.interp.tuple_type ||
       b->fn.o == tx.interp.str_type || b->fn.o == tx.interp.float_type || b->fn.o == tx.interp.int_type) &&
      !tx.interp.dict_get_str(static_cast<rt::Type*>(b->fn.o)->dict, name).is_null())
    return tx.make<GetAttrVariable>(this, name);
  // set.union, frozenset.__or__, ... (called with a set tracker: GetAttrVariable.call_function).
  if (auto* b = dynamic_cast<BuiltinVariable*>(this);
      b && b->fn.is_obj() && (b->fn.o == tx.interp.set_type || b->fn.o == tx.interp.frozenset_type) &&
      !tx.interp.getattr_opt(b->fn, name).is_null())
    return tx.make<GetAttrVariable>(this, name);
  unimplemented("Unsupported method call", "var_getattr " + repr(tx.interp) + " " + name,
                "Dynamo does not know how to trace the attribute `" + name + "` of " + repr(tx.interp) + ".",
                {graph_break_hints::SUPPORTABLE});
}

VariableTracker* VariableTracker::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  (void)args;
  (void)kwargs;
  unimplemented("Unsupported function call", "call_function " + repr(tx.interp) + " " + std::to_string(args.size()),
                "Dynamo does not know how to trace the function `" + repr(tx.interp) + "`.",
                {"Avoid calling `" + repr(tx.interp) + "` in your code.", graph_break_hints::SUPPORTABLE});
}

VariableTracker* VariableTracker::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                              VTKwargs& kwargs) {
  std::string a = "[";
  for (size_t i = 0; i < args.size(); ++i) a += (i ? ", " : "") + args[i]->repr(tx.interp);
  a += "]";
  std::string k = "{";
  for (size_t i = 0; i < kwargs.size(); ++i)
    k += (i ? ", " : "") + std::string("'") + kwargs[i].first + "': " + kwargs[i].second->repr(tx.interp);
  k += "}";
  unimplemented(
      "Unsupported method call", "call_method " + repr(tx.interp) + " " + name + " " + a + " " + k,
      "Dynamo does not know how to trace method `" + name + "` of class `" + python_type_name(tx.interp) + "`",
      {"Avoid calling `" + python_type_name(tx.interp) + "." + name + "` in your code.",
       "Please report an issue to PyTorch."});
}

}  // namespace dp::dynamo
