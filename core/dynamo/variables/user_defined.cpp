// User-defined objects and classes (torch/_dynamo/variables/user_defined.py) and nn.Module
// instances (torch/_dynamo/variables/nn_module.py, UnspecializedNNModuleVariable): attributes
// are read through sources, methods are inlined, attribute stores on objects from outside the
// frame are recorded as side effects and replayed after the graph.
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/ctx_manager.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

std::string UserDefinedObjectVariable::repr(rt::Interp& I) const {
  return "UserDefinedObjectVariable(" + I.type_name(value) + ")";
}

static bool is_nn_module(rt::Interp& I, Value v) {
  (void)I;
  if (!(v.is_obj() && v.o->kind == Kind::Instance)) return false;
  for (rt::Type* k : v.o->type->mro)
    if (k->qualname == "Module" && k->module == "torch.nn.modules.module") return true;
  return false;
}

VariableTracker* UserDefinedObjectVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  // Writes made earlier in this trace.
  auto it = tx.output.attr_overrides.find({value.is_obj() ? value.o : nullptr, name});
  if (it != tx.output.attr_overrides.end()) return it->second;
  rt::Type* t = I.type_of(value);
  // nn.Module registries: parameters, buffers and submodules have PyTorch's source names.
  if (is_nn_module(I, value) && value.o->kind == Kind::Instance) {
    rt::Dict* d = static_cast<rt::Instance*>(value.o)->dict;
    for (const char* reg : {"_parameters", "_buffers", "_modules"}) {
      Value r = d ? I.dict_get_str(d, reg) : Value();
      if (r.is_obj() && r.o->kind == Kind::Dict) {
        Value v = I.dict_get_str(static_cast<rt::Dict*>(r.o), name);
        if (!v.is_null())
          return tx.wrap_lazy(v, source ? GetItemSource(AttrSource(source, reg), I.str(name)) : nullptr);
      }
    }
  }
  Value descr = I.lookup_type(t, name);
  rt::Dict* idict = value.o->kind == Kind::Instance ? static_cast<rt::Instance*>(value.o)->dict : nullptr;
  Value own = idict ? I.dict_get_str(idict, name) : Value();
  if (own.is_null() && descr.is_obj()) {
    if (descr.o->kind == Kind::Function) return tx.make<UserMethodVariable>(static_cast<rt::Function*>(descr.o), this);
    if (descr.o->kind == Kind::Property) {
      Value fget = static_cast<rt::Property*>(descr.o)->fget;
      if (fget.is_obj() && fget.o->kind == Kind::Function) {
        VTArgs a{this};
        VTKwargs k;
        auto* f = static_cast<rt::Function*>(fget.o);
        return tx.inline_call_(f, f->code, f->globals, a, k, {}, fget);
      }
    }
    if (descr.o->kind == Kind::ClassMethod) {
      Value fn = static_cast<rt::ClassMethod*>(descr.o)->func;
      if (fn.is_obj() && fn.o->kind == Kind::Function)
        return tx.make<UserMethodVariable>(static_cast<rt::Function*>(fn.o), tx.make<UserDefinedClassVariable>(t));
    }
    if (descr.o->kind == Kind::StaticMethod) return tx.wrap_sourceless(static_cast<rt::StaticMethod*>(descr.o)->func);
  }
  Value v;
  try {
    v = I.getattr(value, name);
  } catch (rt::PyException& e) {
    raise_observed_exception(I.format_exception_only(e.exc));
  }
  return tx.wrap_lazy(v, source ? AttrSource(source, name) : nullptr);
}

VariableTracker* UserDefinedObjectVariable::call_method(InstructionTranslatorBase& tx, const std::string& name,
                                                        VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (name == "__setattr__" && args.size() == 2 && value.o->kind == Kind::Instance) {
    Value custom = I.lookup_type(I.type_of(value), "__setattr__");
    bool plain = custom.is_null() || (custom.is_obj() && custom.o->kind == Kind::Builtin);
    if (plain && source && args[0]->realize(tx)->is_python_constant()) {
      std::string attr = I.to_str(args[0]->as_python_constant(tx));
      tx.output.attr_overrides[{value.o, attr}] = args[1];
      tx.output.pending_stores.push_back({source, attr, args[1]});
      return tx.none();
    }
  }
  VariableTracker* m = var_getattr(tx, name);
  return m->call_function(tx, args, kwargs);
}

// obj(*args): a class whose __call__ is written in Python has it inlined (PyTorch:
// UserDefinedObjectVariable.call_function); anything else is VariableTracker's unsupported call.
VariableTracker* UserDefinedObjectVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                          VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  Value call = I.lookup_type(I.type_of(value), "__call__");
  if (call.is_obj() && call.o->kind == Kind::Function)
    return tx.make<UserMethodVariable>(static_cast<rt::Function*>(call.o), this)->call_function(tx, args, kwargs);
  return VariableTracker::call_function(tx, args, kwargs);
}

VariableTracker* UserDefinedClassVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  Value v = I.lookup_type(cls, name);
  if (v.is_obj() && v.o->kind == Kind::ClassMethod) {
    Value fn = static_cast<rt::ClassMethod*>(v.o)->func;
    if (fn.is_obj() && fn.o->kind == Kind::Function)
      return tx.make<UserMethodVariable>(static_cast<rt::Function*>(fn.o), this);
  }
  if (v.is_obj() && v.o->kind == Kind::StaticMethod)
    return tx.wrap_sourceless(static_cast<rt::StaticMethod*>(v.o)->func);
  try {
    v = I.getattr(Value::obj(cls), name);
  } catch (rt::PyException& e) {
    raise_observed_exception(I.format_exception_only(e.exc));
  }
  return tx.wrap_lazy(v, source ? AttrSource(source, name) : nullptr);
}

VariableTracker* UserDefinedClassVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                         VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (VariableTracker* g = call_grad_mode_class(tx, cls, args, kwargs)) return g;
  // functools.partial(func, *args, **keywords) (PyTorch: FunctoolsPartialVariable).
  if (is_functools_partial(cls) && !args.empty()) {
    auto* p = tx.make<FunctoolsPartialVariable>();
    p->func = args[0];
    p->args.assign(args.begin() + 1, args.end());
    for (auto& [k, v] : kwargs) p->keywords.emplace_back(k, v);
    p->partial_type = cls;
    return p;
  }
  // Exceptions built in traced code only matter when raised (RAISE_VARARGS breaks).
  if (cls->is_exception && cls->is_builtin) {
    bool ok = true;
    rt::CallArgs ca;
    for (auto* a : args) {
      VariableTracker* r = a->realize(tx);
      if (!r->is_python_constant()) ok = false;
      else ca.pos.push_back(r->as_python_constant(tx));
    }
    if (ok && kwargs.empty()) return tx.wrap_sourceless(I.call(Value::obj(cls), ca));
  }
  unimplemented_in_playground(
      "constructing an object of the user-defined class `" + cls->name + "` inside compiled code",
      "call_function " + repr(I) + " " + std::to_string(args.size()));
}

VariableTracker* UnspecializedNNModuleVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                              VTKwargs& kwargs) {
  // module(*args) runs forward(*args) (nn.Module.__call__ without hooks).
  VariableTracker* fwd = var_getattr(tx, "forward");
  return fwd->call_function(tx, args, kwargs);
}

}  // namespace dp::dynamo
