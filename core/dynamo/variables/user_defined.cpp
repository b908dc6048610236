// User-defined objects and classes (torch/_dynamo/variables/user_defined.py) and nn.Module
// instances (torch/_dynamo/variables/nn_module.py, UnspecializedNNModuleVariable): attributes
// are read through sources, methods are inlined, attribute stores on objects from outside the
// frame are recorded as side effects and replayed after the graph; objects constructed in the
// traced code (AttributeMutationNew) follow docs/compiler-api.md "Objects of user classes".
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/ctx_manager.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

std::string UserDefinedObjectVariable::repr(rt::Interp& I) const {
  return class_name() + "(" + I.type_name(value) + ")";
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
  // A descriptor object of a Python class (its class defines __get__): a data descriptor (with
  // __set__ or __delete__) before the instance dict, a non-data one after it, as
  // UserDefinedObjectVariable.var_getattr inlines `type(descr).__get__(descr, obj, type(obj))`.
  if (descr.is_obj() && descr.o->kind == Kind::Instance && !descr.o->type->is_builtin) {
    Value get = I.lookup_type(descr.o->type, "__get__");
    bool data =
        !I.lookup_type(descr.o->type, "__set__").is_null() || !I.lookup_type(descr.o->type, "__delete__").is_null();
    if (!get.is_null() && (data || own.is_null() || tx.output.attr_overrides.count({value.o, name}) == 0)) {
      if (data || own.is_null()) {
        if (!(get.is_obj() && get.o->kind == Kind::Function))
          unimplemented_in_playground("a descriptor whose __get__ is not a Python function", "descriptor " + name);
        auto* f = static_cast<rt::Function*>(get.o);
        VTArgs a{tx.wrap_sourceless(descr), this, tx.make<UserDefinedClassVariable>(t)};
        VTKwargs k;
        return tx.inline_call_(f, f->code, f->globals, a, k, {}, get);
      }
    }
  }
  if (own.is_null() && descr.is_obj()) {
    // The bound method's source (`L['o'].m`): its defaults and closure cells are read through it.
    if (descr.o->kind == Kind::Function)
      return tx.make<UserMethodVariable>(static_cast<rt::Function*>(descr.o), this,
                                         source ? AttrSource(source, name) : nullptr);
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
  if (name == "__dict__") {
    // The trace-time object's dict lacks the attributes the traced code wrote (they are tracked
    // in output.attr_overrides until the graph ends), so it cannot stand for the object's __dict__.
    bool written = is_new;
    for (auto& [key, vt] : tx.output.attr_overrides) written |= key.first == value.o;
    if (written)
      unimplemented_in_playground("reading `__dict__` of an object whose attributes the traced code set",
                                  "__dict__ of " + repr(I));
  }
  Value v;
  try {
    v = I.getattr(value, name);
  } catch (rt::PyException& e) {
    raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
  }
  return tx.wrap_lazy(v, source ? AttrSource(source, name) : nullptr);
}

VariableTracker* object_setattr_standard(InstructionTranslatorBase& tx, UserDefinedObjectVariable* obj,
                                         VariableTracker* name, VariableTracker* value) {
  rt::Interp& I = tx.interp;
  if (obj->value.o->kind != Kind::Instance || !name->realize(tx)->is_python_constant()) return nullptr;
  Value n = name->as_python_constant(tx);
  if (!(n.is_obj() && n.o->kind == Kind::Str)) return nullptr;
  std::string attr = I.to_str(n);
  auto key = std::make_pair(static_cast<const rt::Object*>(obj->value.o), attr);
  if (obj->is_new) {
    if (!tx.output.attr_overrides.count(key)) obj->new_attrs.push_back(attr);
    tx.output.store_attr_override(key, value);
    return tx.none();
  }
  if (obj->source) {
    tx.output.store_attr_override(key, value);
    tx.output.pending_stores.push_back({obj->source, attr, value});
    return tx.none();
  }
  return nullptr;
}

VariableTracker* UserDefinedObjectVariable::call_method(InstructionTranslatorBase& tx, const std::string& name,
                                                        VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (name == "__setattr__" && args.size() == 2 && value.o->kind == Kind::Instance) {
    Value custom = I.lookup_type(I.type_of(value), "__setattr__");
    bool plain = custom.is_null() || (custom.is_obj() && custom.o->kind == Kind::Builtin);
    if (plain)
      if (VariableTracker* r = object_setattr_standard(tx, this, args[0], args[1])) return r;
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
  if (name == "_make" && !cls->is_builtin && is_namedtuple_cls(I, cls) &&
      is_collections_namedtuple_method(I, cls, name))
    return tx.make<GetAttrVariable>(this, name);  // namedtuple_make_replace (lists.cpp)
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
    raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
  }
  return tx.wrap_lazy(v, source ? AttrSource(source, name) : nullptr);
}

bool is_namedtuple_cls(rt::Interp& I, const rt::Type* t) {
  if (!t->is_subtype(I.tuple_type)) return false;
  if (t->module == "torch.return_types") return true;
  return !t->bases.empty() && t->bases[0] == I.tuple_type &&
         !I.lookup_type(const_cast<rt::Type*>(t), "_make").is_null() &&
         !I.lookup_type(const_cast<rt::Type*>(t), "_fields").is_null();
}

// A Python function found on the class (not a builtin slot).
static rt::Function* python_function(rt::Interp& I, rt::Type* t, const char* name) {
  Value v = I.lookup_type(t, name);
  return v.is_obj() && v.o->kind == Kind::Function ? static_cast<rt::Function*>(v.o) : nullptr;
}

// get_source_by_walking_mro: `cls.__mro__[i].__dict__[name]` for the first class of the MRO whose
// dict holds `name`; nullptr when none does.
SourcePtr mro_source(rt::Interp& I, rt::Type* cls, const SourcePtr& cls_source, const std::string& name) {
  for (size_t i = 0; i < cls->mro.size(); ++i)
    if (cls->mro[i]->dict && !I.dict_get_str(cls->mro[i]->dict, name).is_null())
      return MroDictSource(I, cls_source, i, name);
  return nullptr;
}

// UserDefinedClassVariable.call_function for a plain class (is_standard_new and
// cls_supports_mutation_side_effects): a new instance tracked as AttributeMutationNew
// (track_new_user_defined_object, or track_object_new with a GenericContextWrappingVariable when
// the class has __enter__ and __exit__), then its __init__ inlined. nullptr for classes this
// does not cover (builtin bases, a custom __new__/__setattr__/__getattribute__, nn.Module).
VariableTracker* UserDefinedClassVariable::construct_new_object(InstructionTranslatorBase& tx, VTArgs& args,
                                                                VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (cls->is_builtin || cls->is_exception) return nullptr;
  for (rt::Type* k : cls->mro) {
    if (k->is_builtin && k != I.object_type) return nullptr;
    if (k->qualname == "Module" && k->module == "torch.nn.modules.module") return nullptr;
  }
  Value newfn = I.lookup_type(cls, "__new__");
  if (newfn.is_obj() && newfn.o->kind == Kind::StaticMethod) newfn = static_cast<rt::StaticMethod*>(newfn.o)->func;
  if (!newfn.is_null() && !(newfn.is_obj() && newfn.o->kind == Kind::Builtin &&
                            static_cast<rt::Builtin*>(newfn.o)->qualname == "object.__new__"))
    return nullptr;
  // A frozen dataclass's __setattr__ / __delattr__ (which refuse every write) do not stop it: its
  // __init__ stores the fields with object.__setattr__ (PyTorch builds such an instance as a
  // FrozenDataClassVariable).
  auto frozen_dataclass_slot = [&](const char* slot) {
    rt::Function* f = python_function(I, cls, slot);
    return f && f->code->co_filename == "/playground/lib/dataclasses.py";
  };
  for (const char* slot : {"__setattr__", "__getattribute__", "__delattr__"})
    if (python_function(I, cls, slot) && !frozen_dataclass_slot(slot)) return nullptr;
  auto* obj = tx.make<UserDefinedObjectVariable>(Value::obj(I.make<rt::Instance>(cls)));
  obj->is_new = true;
  obj->cls_source = source;
  obj->generic_ctx = python_function(I, cls, "__enter__") && python_function(I, cls, "__exit__");
  if (rt::Function* init = python_function(I, cls, "__init__")) {
    // The method's source, as var_getattr gives a method found on the class of a new object
    // (get_source_by_walking_mro from the class's source): its defaults and closure cells are
    // sourced, so a sentinel default compares by identity (dataclasses' __init__, docs/compiler-api.md).
    tx.make<UserMethodVariable>(init, obj, source ? mro_source(I, cls, source, "__init__") : nullptr)
        ->call_function(tx, args, kwargs);
  } else if (!args.empty() || !kwargs.empty()) {
    raise_observed_exception("TypeError: " + cls->name + "() takes no arguments");
  }
  return obj;
}

VariableTracker* UserDefinedClassVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                         VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (VariableTracker* g = call_grad_mode_class(tx, cls, args, kwargs)) return g;
  // torch.Size(sizes): a SizeVariable of the ints and SymInts (PyTorch's Dynamo makes the same
  // from a list or tuple of them), so symbolic sizes stay symbolic.
  if (cls == I.size_type && kwargs.empty() && args.size() <= 1) {
    auto* seq = args.empty() ? nullptr : dynamic_cast<BaseListVariable*>(args[0]->realize(tx));
    if (args.empty() || seq) {
      bool ints = true;
      VTArgs items;
      if (seq)
        for (auto* e : seq->items) {
          VariableTracker* r = e->realize(tx);
          auto* c = dynamic_cast<ConstantVariable*>(r);
          ints &= dynamic_cast<SymNodeVariable*>(r) != nullptr || (c && c->value.is_int());
          items.push_back(r);
        }
      if (ints) {
        auto* sz = tx.make<SizeVariable>();
        sz->items = items;
        return sz;
      }
    }
  }
  // itertools' iterator classes (Python classes in core/prelude/itertools.py) are traced through
  // the generator function the module keeps for each, `_polyfill_<name>`, as PyTorch's Dynamo
  // traces itertools through the generator functions of torch/_dynamo/polyfills/itertools.py.
  if (cls->module == "itertools") {
    auto mod = I.modules.find("itertools");
    if (mod != I.modules.end()) {
      Value poly = I.dict_get_str(mod->second->dict, "_polyfill_" + cls->name);
      if (poly.is_obj() && poly.o->kind == Kind::Function)
        return tx.make<UserFunctionVariable>(static_cast<rt::Function*>(poly.o))->call_function(tx, args, kwargs);
    }
  }
  // functools.partial(func, *args, **keywords) (PyTorch: FunctoolsPartialVariable).
  if (is_functools_partial(cls) && !args.empty()) {
    auto* p = tx.make<FunctoolsPartialVariable>();
    p->func = args[0];
    p->args.assign(args.begin() + 1, args.end());
    for (auto& [k, v] : kwargs) p->keywords.emplace_back(k, v);
    p->partial_type = cls;
    return p;
  }
  // torch.device(...) of constants: PyTorch's constant_fold_functions call it at trace time and
  // the result is a constant (a common_constant_types value, as torch.device objects given in are).
  if (cls->module == "torch" && cls->name == "device") {
    rt::CallArgs ca;
    if (constant_call_args(tx, args, kwargs, ca)) return tx.make<ConstantVariable>(I.call(Value::obj(cls), ca));
  }
  // Exceptions built in traced code only matter when raised (RAISE_VARARGS breaks).
  if (cls->is_exception && cls->is_builtin && kwargs.empty()) {
    rt::CallArgs ca;
    if (constant_call_args(tx, args, kwargs, ca)) return tx.wrap_sourceless(I.call(Value::obj(cls), ca));
  }
  // A user-defined exception class without a Python __init__/__new__: an exception value
  // (ExceptionVariable), as for the builtin ones.
  if (cls->is_exception && !python_function(I, cls, "__init__") && !python_function(I, cls, "__new__") &&
      kwargs.empty())
    return tx.make<ExceptionVariable>(cls, args);
  // A namedtuple class: a NamedTupleVariable of the arguments bound to its fields (defaults from
  // _field_defaults), as UserDefinedClassVariable.call_function builds it.
  if (is_namedtuple_cls(I, cls) && I.dict_get_str(cls->dict, "__new__").is_obj()) {
    Value fields_v = I.getattr(Value::obj(cls), "_fields");
    Value defaults_v = I.getattr(Value::obj(cls), "_field_defaults");
    std::vector<Value> fields = I.to_vector(fields_v);
    std::vector<VariableTracker*> items(args.begin(), args.end());
    bool ok = items.size() <= fields.size();
    items.resize(fields.size(), nullptr);
    for (auto& [k, v] : kwargs) {
      size_t at = fields.size();
      for (size_t i = 0; i < fields.size(); ++i)
        if (I.to_str(fields[i]) == k) at = i;
      if (at == fields.size() || items[at]) ok = false;
      else items[at] = v;
    }
    for (size_t i = 0; ok && i < fields.size(); ++i) {
      if (items[i]) continue;
      Value d = defaults_v.is_obj() && defaults_v.o->kind == Kind::Dict
                    ? I.dict_get(static_cast<rt::Dict*>(defaults_v.o), fields[i])
                    : Value();
      if (d.is_null()) ok = false;
      else items[i] = tx.wrap_sourceless(d);
    }
    if (ok) {
      auto* t = tx.make<TupleVariable>();
      t->items = items;
      t->named_type = cls;
      return t;
    }
    // Wrong arguments: the call raises when the frame runs eagerly.
    unimplemented_in_playground(
        "calling the namedtuple class `" + cls->name + "` with arguments that do not match its fields",
        "call_function " + repr(I) + " " + std::to_string(args.size()));
  }
  if (VariableTracker* obj = construct_new_object(tx, args, kwargs)) return obj;
  unimplemented_in_playground(
      "constructing an object of the user-defined class `" + cls->name + "` inside compiled code",
      "call_function " + repr(I) + " " + std::to_string(args.size()));
}

VariableTracker* UnspecializedNNModuleVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                              VTKwargs& kwargs) {
  // module(*args) runs forward(*args), as nn.Module._call_impl does without hooks.
  rt::Interp& I = tx.interp;
  VariableTracker* fwd = var_getattr(tx, "forward");
  // A module with hooks from register_forward_(pre_)hook: the prelude's Module._call_with_hooks
  // (what _call_impl does with hooks) is inlined, so the hooks are traced as PyTorch traces
  // _call_impl. Like PyTorch (config.skip_nnmodule_hook_guards), hooks are not guarded.
  if (value.is_obj() && value.o->kind == Kind::Instance) {
    rt::Dict* d = static_cast<rt::Instance*>(value.o)->dict;
    Value helper = I.lookup_type(I.type_of(value), "_call_with_hooks");
    if (d && !I.dict_get_str(d, "_forward_hooks").is_null() && helper.is_obj() && helper.o->kind == Kind::Function) {
      auto* packed_args = tx.make<TupleVariable>();
      packed_args->items = args;
      auto* packed_kwargs = tx.make<ConstDictVariable>();
      for (auto& [k, v] : kwargs) packed_kwargs->items.emplace_back(I.str(k), v);
      VTArgs call_args{fwd, packed_args, packed_kwargs};
      VTKwargs no_kwargs;
      return tx.make<UserMethodVariable>(static_cast<rt::Function*>(helper.o), this)
          ->call_function(tx, call_args, no_kwargs);
    }
  }
  return fwd->call_function(tx, args, kwargs);
}

}  // namespace dp::dynamo
