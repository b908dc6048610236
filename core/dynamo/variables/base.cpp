// VariableTracker defaults (torch/_dynamo/variables/base.py): anything a tracker does not
// implement is a graph break with PyTorch's gb_type for that situation.
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"

namespace dp::dynamo {

rt::Value VariableTracker::as_python_constant(TX& tx) {
  unimplemented("Not a Python constant", "as_python_constant " + repr(tx.I),
                "Dynamo expected " + repr(tx.I) + " to be a Python constant, but it is not.", {graph_break_hints::DYNAMO_BUG});
}

PArg VariableTracker::as_proxy(TX& tx) {
  if (is_python_constant()) {
    PArg p;
    p.value = as_python_constant(tx);
    return p;
  }
  unimplemented("Unsupported function call", "as_proxy " + repr(tx.I),
                "Dynamo cannot pass " + repr(tx.I) + " to an operator in the graph.", {graph_break_hints::SUPPORTABLE});
}

VT* VariableTracker::var_getattr(TX& tx, const std::string& name) {
  unimplemented("Unsupported method call", "var_getattr " + repr(tx.I) + " " + name,
                "Dynamo does not know how to trace the attribute `" + name + "` of " + repr(tx.I) + ".",
                {graph_break_hints::SUPPORTABLE});
}

VT* VariableTracker::call_function(TX& tx, VTArgs& args, VTKwargs& kwargs) {
  (void)args;
  (void)kwargs;
  unimplemented("Unsupported function call", "call_function " + repr(tx.I) + " " + std::to_string(args.size()),
                "Dynamo does not know how to trace the function `" + repr(tx.I) + "`.",
                {"Avoid calling `" + repr(tx.I) + "` in your code.", graph_break_hints::SUPPORTABLE});
}

VT* VariableTracker::call_method(TX& tx, const std::string& name, VTArgs& args, VTKwargs& kwargs) {
  std::string a = "[";
  for (size_t i = 0; i < args.size(); ++i) a += (i ? ", " : "") + args[i]->repr(tx.I);
  a += "]";
  std::string k = "{";
  for (size_t i = 0; i < kwargs.size(); ++i) k += (i ? ", " : "") + std::string("'") + kwargs[i].first + "': " + kwargs[i].second->repr(tx.I);
  k += "}";
  unimplemented("Unsupported method call", "call_method " + repr(tx.I) + " " + name + " " + a + " " + k,
                "Dynamo does not know how to trace method `" + name + "` of class `" + python_type_name(tx.I) + "`",
                {"Avoid calling `" + python_type_name(tx.I) + "." + name + "` in your code.",
                 "Please report an issue to PyTorch."});
}

}  // namespace dp::dynamo
