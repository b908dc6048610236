// BuiltinVariable: Python builtins inside traced code. Pure builtins on constants fold at
// trace time; len/isinstance/getattr/range/tuple/list work on trackers; anything else (print,
// input, ...) is a graph break. Mirrors torch/_dynamo/variables/builtin.py, including the
// "Failed to trace builtin operator" message (gb0059).
#include <functional>
#include <set>

#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/script_object.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

// `<class 'torch._dynamo.variables.constant.ConstantVariable'>` for contexts.
static std::string vt_class_repr(VariableTracker* v) {
  std::string c = v->class_name();
  std::string mod = "misc";
  if (c == "ConstantVariable") mod = "constant";
  else if (c == "TensorVariable") mod = "tensor";
  else if (c == "LazyVariableTracker") mod = "lazy";
  else if (c == "BuiltinVariable") mod = "builtin";
  else if (c == "TorchInGraphFunctionVariable") mod = "torch";
  else if (c == "UserFunctionVariable" || c == "NestedUserFunctionVariable" || c == "UserMethodVariable" ||
           c == "SkipFunctionVariable")
    mod = "functions";
  else if (c == "UserDefinedObjectVariable" || c == "UserDefinedClassVariable") mod = "user_defined";
  else if (c == "TupleVariable" || c == "ListVariable" || c == "SizeVariable" || c == "RangeVariable" ||
           c == "ListIteratorVariable")
    mod = "lists";
  else if (c == "ConstDictVariable") mod = "dicts";
  else if (c == "UnspecializedNNModuleVariable") mod = "nn_module";
  else if (c == "TorchScriptObjectVariable") mod = "script_object";
  return "<class 'torch._dynamo.variables." + mod + "." + c + "'>";
}

// The runtime type a tracker stands for (python_type()).
rt::Type* vt_python_type(InstructionTranslatorBase& tx, VariableTracker* v) {
  rt::Interp& I = tx.interp;
  if (dynamic_cast<TensorVariable*>(v)) return I.tensor_type;
  if (auto* c = dynamic_cast<ConstantVariable*>(v)) return I.type_of(c->value);
  if (dynamic_cast<SizeVariable*>(v)) return I.size_type;
  if (dynamic_cast<TupleVariable*>(v)) return I.tuple_type;
  if (dynamic_cast<ListVariable*>(v)) return I.list_type;
  if (dynamic_cast<ConstDictVariable*>(v)) return I.dict_type;
  if (dynamic_cast<TorchScriptObjectVariable*>(v)) return I.script_object_type;
  if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v)) return I.type_of(u->value);
  if (dynamic_cast<UserFunctionVariable*>(v) || dynamic_cast<NestedUserFunctionVariable*>(v)) return I.function_type;
  if (dynamic_cast<RangeVariable*>(v)) return I.range_type;
  if (v->is_python_constant()) return I.type_of(v->as_python_constant(tx));
  return nullptr;
}

[[noreturn]] static void builtin_unsupported(InstructionTranslatorBase& tx, const std::string& fn, VTArgs& args,
                                             VTKwargs& kwargs) {
  std::string types = "[";
  std::string classes = "[";
  for (size_t i = 0; i < args.size(); ++i) {
    VariableTracker* a = args[i];
    if (i) {
      types += ", ";
      classes += ", ";
    }
    rt::Type* t = vt_python_type(tx, a->realize(tx));
    types += "'" + (t ? t->name : a->python_type_name(tx.interp)) + "'";
    classes += vt_class_repr(a);
  }
  types += "]";
  classes += "]";
  std::string has_kw = kwargs.empty() ? "False" : "True";
  unimplemented(
      "Failed to trace builtin operator", "builtin " + fn + " " + classes + " " + has_kw,
      "Dynamo does not know how to trace builtin operator `" + fn + "` with argument types " + types + " (has_kwargs " +
          has_kw + ")",
      {"Avoid calling builtin `" + fn + "` with argument types " + types +
           ". Consider using an equivalent alternative function/method to `" + fn + "`.",
       "If you are attempting to call a logging function (e.g. `print`), you can try adding it to `torch._dynamo.config.reorderable_logging_functions`.",
       "Please report an issue to PyTorch."});
}

static bool all_constant(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  for (auto*& a : args) {
    a = a->realize(tx);
    if (!a->is_python_constant()) return false;
  }
  for (auto& [k, v] : kwargs) {
    v = v->realize(tx);
    if (!v->is_python_constant()) return false;
  }
  return true;
}

VariableTracker* BuiltinVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  const std::string& f = fn_name;
  static const std::set<std::string> pure = {
      "len",  "abs",       "min",    "max",      "sum",      "int",        "float",      "bool",    "str",
      "repr", "round",     "sorted", "tuple",    "list",     "isinstance", "issubclass", "divmod",  "pow",
      "chr",  "ord",       "all",    "any",      "range",    "type",       "hasattr",    "getattr", "dict",
      "set",  "enumerate", "zip",    "reversed", "callable", "hash",       "slice",      "format"};
  // Exception classes build an exception value; raising it is an observed exception.
  if (fn.is_obj() && fn.o->kind == Kind::Type && static_cast<rt::Type*>(fn.o)->is_subtype(I.BaseException) &&
      kwargs.empty())
    return tx.make<ExceptionVariable>(static_cast<rt::Type*>(fn.o), args);
  if (f == "print" && kwargs.empty()) {
    // config.reorderable_logging_functions: the call is made after the graph runs (no graph break)
    // when every argument can be rebuilt then (constants, tensors).
    Value cfg = I.getattr_opt(I.import_module("torch._dynamo.config"), "reorderable_logging_functions");
    bool reorder = !cfg.is_null() && I.contains(cfg, fn);
    for (auto*& a : args) {
      a = a->realize(tx);
      reorder &= a->is_python_constant() || dynamic_cast<TensorVariable*>(a) != nullptr;
    }
    if (reorder) {
      tx.output.reordered_calls.push_back({fn, args});
      return tx.none();
    }
  }
  if (f == "print" || f == "input" || f == "open") builtin_unsupported(tx, f, args, kwargs);
  // iter() / next() over the iterators the tracer models (lists, tuples, dicts, ranges, ...).
  if (f == "iter" && args.size() == 1 && kwargs.empty()) {
    if (VariableTracker* it = tx.get_iter(args[0])) return it;
  }
  if (f == "next" && (args.size() == 1 || args.size() == 2) && kwargs.empty()) {
    // A builtin iterator passed in from eager code (base.py call_method's graph break on
    // `__next__` of a UserDefinedObjectVariable, with its iterator hints).
    auto* u = dynamic_cast<UserDefinedObjectVariable*>(args[0]->realize(tx));
    if (u && u->value.is_obj() && u->value.o->kind == Kind::Iterator) {
      std::string cls = I.type_name(u->value);
      unimplemented(
          "Unsupported method call", "call_method " + u->repr(I) + " __next__ [] {}",
          "Dynamo does not know how to trace method `__next__` of class `" + cls + "`",
          {"Avoid calling `" + cls + ".__next__` in your code.", "Please report an issue to PyTorch.",
           "Dynamo does not fully support tracing builtin iterators (e.g. `map`, `zip`, `enumerate`) passed in from "
           "uncompiled to compiled regions (e.g. `torch.compile(fn)(enumerate(...))`). This can happen unintentionally "
           "if a previous graph break happens with a builtin iterator in the local scope.",
           "List/dict comprehensions in Python <= 3.11 result in implicit function calls, which Dynamo cannot trace as "
           "a top level frame. Possible workarounds are (1) use a loop instead of a comprehension, (2) fix any graph "
           "breaks in the function above the comprehension, (3) wrap the comprehension in a function, or (4) use "
           "Python 3.12+."});
    }
    if (auto* it = dynamic_cast<ListIteratorVariable*>(args[0]->realize(tx))) {
      if (it->index < it->items.size()) return it->items[it->index++];
      if (args.size() == 2) return args[1];
      raise_observed_exception("StopIteration");
    }
  }
  if (f == "len" && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (auto* l = dynamic_cast<BaseListVariable*>(a))
      return tx.constant(Value::integer(static_cast<int64_t>(l->items.size())));
    if (auto* d = dynamic_cast<ConstDictVariable*>(a))
      return tx.constant(Value::integer(static_cast<int64_t>(d->items.size())));
    if (auto* t = dynamic_cast<TensorVariable*>(a)) {
      if (t->fake().dim() == 0) builtin_unsupported(tx, f, args, kwargs);
      VTArgs dim{tx.constant(Value::integer(0))};
      VTKwargs none;
      return t->call_method(tx, "size", dim, none);  // a SymInt when dim 0 is dynamic
    }
  }
  if (f == "isinstance" && args.size() == 2) {
    VariableTracker* obj = args[0]->realize(tx);
    VariableTracker* cls = args[1]->realize(tx);
    rt::Type* t = vt_python_type(tx, obj);
    if (t && cls->is_python_constant()) {
      Value c = cls->as_python_constant(tx);
      std::function<bool(Value)> check = [&](Value k) -> bool {
        if (k.is_obj() && k.o->kind == Kind::Tuple) {
          for (auto& x : static_cast<rt::Tuple*>(k.o)->items)
            if (check(x)) return true;
          return false;
        }
        return k.is_obj() && k.o->kind == Kind::Type && t->is_subtype(static_cast<rt::Type*>(k.o));
      };
      return tx.constant(Value::boolean(check(c)));
    }
  }
  if (f == "getattr" && args.size() >= 2) {
    VariableTracker* obj = args[0]->realize(tx);
    VariableTracker* name = args[1]->realize(tx);
    if (!name->is_python_constant())
      unimplemented("getattr() with non-constant name argument", "getattr " + obj->repr(I) + " " + name->repr(I),
                    "Dynamo requires the attribute name passed to `getattr()` to be a constant.", {});
    std::string n = I.to_str(name->as_python_constant(tx));
    if (args.size() == 3) {
      try {
        return obj->var_getattr(tx, n);
      } catch (const Unsupported&) {
        return args[2];
      }
    }
    return obj->var_getattr(tx, n);
  }
  if (f == "setattr" && args.size() == 3) {
    VariableTracker* obj = args[0]->realize(tx);
    VTArgs a{args[1], args[2]};
    VTKwargs k;
    obj->call_method(tx, "__setattr__", a, k);
    return tx.none();
  }
  if ((f == "tuple" || f == "list") && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (auto* l = dynamic_cast<BaseListVariable*>(a)) {
      BaseListVariable* r = f == "tuple" ? static_cast<BaseListVariable*>(tx.make<TupleVariable>())
                                         : static_cast<BaseListVariable*>(tx.make<ListVariable>());
      r->items = l->items;
      return r;
    }
    if (auto* it = dynamic_cast<ListIteratorVariable*>(a)) {
      BaseListVariable* r = f == "tuple" ? static_cast<BaseListVariable*>(tx.make<TupleVariable>())
                                         : static_cast<BaseListVariable*>(tx.make<ListVariable>());
      r->items.assign(it->items.begin() + static_cast<long>(it->index), it->items.end());
      it->index = it->items.size();
      return r;
    }
  }
  if ((f == "enumerate" || f == "zip") && !args.empty()) {
    std::vector<std::vector<VariableTracker*>> seqs;
    bool ok = true;
    for (auto* a : args) {
      VariableTracker* r = a->realize(tx);
      if (auto* l = dynamic_cast<BaseListVariable*>(r)) seqs.push_back(l->items);
      else if (auto* rg = dynamic_cast<RangeVariable*>(r)) {
        std::vector<VariableTracker*> items;
        for (int64_t x = rg->start; rg->step > 0 ? x < rg->stop : x > rg->stop; x += rg->step)
          items.push_back(tx.constant(Value::integer(x)));
        seqs.push_back(items);
      } else ok = false;
    }
    if (ok) {
      auto* out = tx.make<ListIteratorVariable>();
      if (f == "enumerate") {
        int64_t start = 0;
        if (args.size() > 1 && seqs.size() > 1) ok = false;
        for (auto& [k, v] : kwargs)
          if (k == "start") start = I.index_value(v->realize(tx)->as_python_constant(tx));
        for (size_t i = 0; i < seqs[0].size(); ++i) {
          auto* t = tx.make<TupleVariable>();
          t->items = {tx.constant(Value::integer(start + static_cast<int64_t>(i))), seqs[0][i]};
          out->items.push_back(t);
        }
      } else {
        size_t n = SIZE_MAX;
        for (auto& s : seqs) n = std::min(n, s.size());
        for (size_t i = 0; i < n; ++i) {
          auto* t = tx.make<TupleVariable>();
          for (auto& s : seqs) t->items.push_back(s[i]);
          out->items.push_back(t);
        }
      }
      if (ok) return out;
    }
  }
  if (f == "abs" && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (dynamic_cast<TensorVariable*>(a)) {
      Value absfn = I.getattr(I.import_module("torch"), "abs");
      auto* t = tx.make<TorchInGraphFunctionVariable>("torch.abs", absfn);
      return t->call_function(tx, args, kwargs);
    }
  }
  if (f == "sum" && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (auto* l = dynamic_cast<BaseListVariable*>(a)) {
      VariableTracker* acc = tx.constant(Value::integer(0));
      for (auto* e : l->items) acc = tx.binary_op(0, acc, e);
      return acc;
    }
  }
  if (f == "range") {
    if (all_constant(tx, args, kwargs)) {
      rt::CallArgs ca;
      for (auto* a : args) ca.pos.push_back(a->as_python_constant(tx));
      Value r = I.call(fn, ca);
      auto* rg = static_cast<rt::Range*>(r.o);
      return tx.make<RangeVariable>(rg->start, rg->stop, rg->step);
    }
  }
  if (pure.count(f) && all_constant(tx, args, kwargs)) {
    rt::CallArgs ca;
    for (auto* a : args) ca.pos.push_back(a->as_python_constant(tx));
    for (auto& [k, v] : kwargs) ca.kw.emplace_back(k, v->as_python_constant(tx));
    try {
      return tx.wrap_sourceless(I.call(fn, ca));
    } catch (rt::PyException& e) {
      raise_observed_exception(I.format_exception_only(e.exc));
    }
  }
  if ((f == "float" || f == "int" || f == "bool") && args.size() == 1 &&
      dynamic_cast<TensorVariable*>(args[0]->realize(tx))) {
    unimplemented(
        "Unsupported Tensor.item() call with capture_scalar_outputs=False",
        "call_method " + args[0]->repr(I) + " item () {}",
        "Dynamo does not support tracing `Tensor.item()` with config.capture_scalar_outputs=False.",
        {"Set `torch._dynamo.config.capture_scalar_outputs = True` or `export TORCHDYNAMO_CAPTURE_SCALAR_OUTPUTS=1` to include these operations in the captured graph."});
  }
  builtin_unsupported(tx, f, args, kwargs);
}

}  // namespace dp::dynamo
