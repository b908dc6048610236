// User-defined objects and classes (torch/_dynamo/variables/user_defined.py) and nn.Module
// instances (torch/_dynamo/variables/nn_module.py, UnspecializedNNModuleVariable): attributes
// are read through sources, methods are inlined, attribute stores on objects from outside the
// frame are recorded as side effects and replayed after the graph; objects constructed in the
// traced code (AttributeMutationNew) follow docs/compiler-api.md "Objects of user classes".
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/builder.h"
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

// An instance of a user subclass of int / float (a NumberObj) or str (a Str whose type is not
// built-in) that is not an enum member.
static bool is_builtin_value_subclass(const Value& v) {
  if (!v.is_obj() || v.o->type->is_builtin || is_enum_member(v)) return false;
  return v.o->kind == Kind::Number || v.o->kind == Kind::Str;
}

bool is_builtin_value_subclass_var(VariableTracker* v) {
  auto* u = dynamic_cast<UserDefinedObjectVariable*>(v);
  return u && is_builtin_value_subclass(u->value);
}

// A method of the built-in base (int.__add__, str.upper, float.is_integer, ...) found on the
// class of such an instance ahead of any Python definition: not a Python function.
static bool is_builtin_base_method(rt::Interp& I, const Value& self, const std::string& name) {
  if (!is_builtin_value_subclass(self)) return false;
  // object.__setattr__ / __delattr__ / __init__: call_method's standard setattr and no-op __init__.
  if (name == "__setattr__" || name == "__delattr__" || name == "__init__") return false;
  Value d = I.lookup_type(I.type_of(self), name);
  return d.is_null() || (d.is_obj() && d.o->kind == Kind::Builtin);
}

VariableTracker* UserDefinedObjectVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  // UserDefinedObjectVariable.var_getattr: a method descriptor of the built-in base
  // (is_wrapper_or_member_descriptor) is GetAttrVariable(obj, name); calling it is call_method.
  if (is_builtin_value_subclass(value) && !I.lookup_type(I.type_of(value), name).is_null() &&
      is_builtin_base_method(I, value, name)) {
    auto* g = tx.make<GetAttrVariable>(this, name);
    if (source) g->source = AttrSource(source, name);
    return g;
  }
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
        // The registry as this trace left it (`m.buf = t` went through Module.__setattr__ into
        // the tracked `_buffers` dict): its tracker, once there is one, not the dict before it.
        auto known = tx.output.vars_by_object.find(r.o);
        if (known != tx.output.vars_by_object.end())
          if (auto* cd = dynamic_cast<ConstDictVariable*>(known->second)) {
            if (VariableTracker* e = cd->get(tx, I.str(name))) return e;
            continue;
          }
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
  if (name == "__dict__" && value.is_obj() && value.o->kind == Kind::Instance) {
    // UserDefinedObjectVariable.var_getattr: `obj.__dict__` is GetAttrVariable(obj, "__dict__");
    // its __getitem__ / get / __contains__ / __setitem__ go to the object's attributes (the ones
    // the trace wrote included: GetAttrVariable::call_method in misc.cpp).
    auto* d = tx.make<GetAttrVariable>(this, "__dict__");
    if (source) d->source = AttrSource(source, "__dict__");
    return d;
  }
  Value v;
  try {
    v = I.getattr(value, name);
  } catch (rt::PyException& e) {
    raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
  }
  return tx.wrap_lazy(v, source ? AttrSource(source, name) : nullptr);
}

// UserDefinedObjectVariable.has_key_in_generic_dict: whether `key` is in the object's __dict__, the
// writes of this trace included.
bool has_key_in_generic_dict(InstructionTranslatorBase& tx, UserDefinedObjectVariable* obj, const std::string& key) {
  if (tx.output.attr_overrides.count({obj->value.o, key})) return true;
  if (obj->is_new || obj->value.o->kind != Kind::Instance) return false;
  rt::Dict* d = static_cast<rt::Instance*>(obj->value.o)->dict;
  return d && !tx.interp.dict_get_str(d, key).is_null();
}

VariableTracker* object_setattr_standard(InstructionTranslatorBase& tx, UserDefinedObjectVariable* obj,
                                         VariableTracker* name, VariableTracker* value, bool directly_update_dict) {
  rt::Interp& I = tx.interp;
  if ((obj->value.o->kind != Kind::Instance && !is_builtin_value_subclass(obj->value)) ||
      !name->realize(tx)->is_python_constant())
    return nullptr;
  Value n = name->as_python_constant(tx);
  if (!(n.is_obj() && n.o->kind == Kind::Str)) return nullptr;
  std::string attr = I.to_str(n);
  auto key = std::make_pair(static_cast<const rt::Object*>(obj->value.o), attr);
  if (obj->is_new || obj->source) tx.output.check_allowed_side_effect(obj);
  if (obj->is_new) {
    if (!tx.output.attr_overrides.count(key)) obj->new_attrs.push_back(attr);
    tx.output.store_attr_override(key, value);
    return tx.none();
  }
  if (obj->source) {
    tx.output.store_attr_override(key, value);
    tx.output.pending_stores.push_back({obj->source, attr, value, directly_update_dict});
    return tx.none();
  }
  return nullptr;
}

VariableTracker* UserDefinedObjectVariable::call_method(InstructionTranslatorBase& tx, const std::string& name,
                                                        VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (name == "__setattr__" && args.size() == 2 && (value.o->kind == Kind::Instance || is_builtin_value_subclass(value))) {
    Value custom = I.lookup_type(I.type_of(value), "__setattr__");
    bool plain = custom.is_null() || (custom.is_obj() && custom.o->kind == Kind::Builtin);
    if (plain)
      if (VariableTracker* r = object_setattr_standard(tx, this, args[0], args[1])) return r;
  }
  // UserDefinedObjectVariable.call_method: _maybe_get_baseclass_method finds the built-in base's
  // method (not a types.FunctionType), so the call reaches VariableTracker.call_method.
  if (is_builtin_base_method(I, value, name)) return VariableTracker::call_method(tx, name, args, kwargs);
  VariableTracker* m = var_getattr(tx, name);
  return m->call_function(tx, args, kwargs);
}

// obj(*args): a class whose __call__ is written in Python has it inlined (PyTorch:
// UserDefinedObjectVariable.call_function); anything else is VariableTracker's unsupported call.
VariableTracker* UserDefinedObjectVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args,
                                                          VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  // torch.classes.<ns>.<Name> is a torch._C.ScriptClass in PyTorch (a C++ object, the prelude's
  // torch._ops._ScriptClass here): building a script object inside the compiled region is not
  // traced by the playground (docs/torchbind.md §2: objects are inputs, globals, cells, attributes).
  rt::Type* vt = I.type_of(value);
  if (vt->name == "_ScriptClass" && vt->module == "torch._ops")
    unimplemented_in_playground("constructing a TorchScript custom-class object (torch.classes." +
                                    I.to_str(I.getattr(value, "qualified_name")).substr(24) +
                                    "(...)) inside a compiled function",
                                "call " + I.to_str(I.getattr(value, "qualified_name")));
  Value call = I.lookup_type(vt, "__call__");
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
  // `Mode.TRAIN`: inspect.getattr_static finds the member in the class's dict, and
  // UserDefinedClassVariable.var_getattr returns EnumVariable(obj) without a source, so the
  // member is not guarded (the class itself is).
  if (is_enum_member(v) && I.lookup_type(cls, name).is_obj() && I.lookup_type(cls, name).o == v.o)
    return tx.wrap_sourceless(v);
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

static Value user_class_attr(rt::Interp& I, const rt::Type* cls, const std::string& name);
bool is_defaultdict_subclass(const rt::Type* t);
VariableTracker* new_builtin_subclass_instance(InstructionTranslatorBase& tx, rt::Type* cls, SourcePtr cls_source,
                                               VariableTracker* iterable);

// A class deriving from dict, list or tuple called in the traced code (UserDefinedClassVariable.
// call_function): collections.OrderedDict is BuiltinVariable.call_custom_dict's ConstDictVariable
// with user_cls OrderedDict; collections.defaultdict(factory, ...) a DefaultDictVariable; any other
// subclass (collections.Counter, user classes) a new UserDefined{Dict,List,Tuple}Variable, whose
// built-in part is filled as dict.__init__ / list.__init__ / tuple.__new__ fill it, then its Python
// __init__ inlined. nullptr for classes that are none of these.
VariableTracker* UserDefinedClassVariable::construct_builtin_subclass(InstructionTranslatorBase& tx, VTArgs& args,
                                                                      VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  bool is_dict = cls->is_subtype(I.dict_type), is_list = cls->is_subtype(I.list_type),
       is_tuple = cls->is_subtype(I.tuple_type);
  if (!(is_dict || is_list || is_tuple) || cls == I.dict_type || cls == I.list_type || cls == I.tuple_type) return nullptr;
  if (is_tuple && is_namedtuple_cls(I, cls)) return nullptr;
  if (cls->is_builtin) return nullptr;  // torch.Size, structseqs, dict views
  auto call_builtin = [&](const char* name, rt::Type* t, VTArgs& a, VTKwargs& k) {
    return tx.make<BuiltinVariable>(name, Value::obj(t))->call_function(tx, a, k);
  };
  bool odict = cls->module == "collections" && cls->name == "OrderedDict";
  bool ddict = cls->module == "collections" && cls->name == "defaultdict";
  if (odict) {
    auto* d = dynamic_cast<ConstDictVariable*>(call_builtin("dict", I.dict_type, args, kwargs));
    if (!d)
      unimplemented_in_playground("collections.OrderedDict(...) with these arguments inside compiled code",
                                  "call_function " + repr(I) + " " + std::to_string(args.size()));
    d->user_cls = cls;
    return d;
  }
  if (ddict) {
    // DefaultDictVariable.is_supported_arg: a builtin, a Python function (a lambda too) or None.
    VariableTracker* factory = args.empty() ? tx.none() : args[0]->realize(tx);
    bool supported = dynamic_cast<BuiltinVariable*>(factory) || dynamic_cast<UserFunctionVariable*>(factory) ||
                     dynamic_cast<NestedUserFunctionVariable*>(factory) ||
                     (dynamic_cast<ConstantVariable*>(factory) && factory->as_python_constant(tx).is_none());
    if (!supported)
      unimplemented_in_playground("collections.defaultdict with the default factory " + factory->repr(I) +
                                      " inside compiled code",
                                  "call_function " + repr(I) + " " + std::to_string(args.size()));
    VTArgs rest(args.size() > 1 ? args.begin() + 1 : args.end(), args.end());
    auto* d = dynamic_cast<ConstDictVariable*>(call_builtin("dict", I.dict_type, rest, kwargs));
    if (!d)
      unimplemented_in_playground("collections.defaultdict(...) with these arguments inside compiled code",
                                  "call_function " + repr(I) + " " + std::to_string(args.size()));
    d->user_cls = cls;
    d->is_defaultdict = true;
    d->default_factory = factory;
    return d;
  }
  // A user subclass (collections.Counter is one: a Python class in CPython too).
  const char* base = is_dict ? "dict" : is_list ? "list" : "tuple";
  rt::Type* base_t = is_dict ? I.dict_type : is_list ? I.list_type : I.tuple_type;
  auto refuse = [&](const std::string& why) {
    unimplemented_in_playground("constructing `" + cls->name + "`, a user subclass of " + base + " " + why +
                                    ", inside compiled code",
                                "call_function " + repr(I) + " " + std::to_string(args.size()));
  };
  for (const char* slot : {"__setattr__", "__getattribute__", "__delattr__"})
    if (!user_class_attr(I, cls, slot).is_null()) refuse(std::string("whose class defines ") + slot);
  for (rt::Type* k : cls->mro)
    if (k->is_builtin && k != base_t && k != I.object_type) refuse("with another built-in base");
  VariableTracker* self;
  Value user_new = user_class_attr(I, cls, "__new__");
  if (!user_new.is_null()) {
    // A Python __new__ (`return super().__new__(cls, (a, b))`): inlined with the class first; the
    // instance it returns gets __init__ when it is one of cls (type.__call__).
    if (user_new.is_obj() && user_new.o->kind == Kind::StaticMethod) user_new = static_cast<rt::StaticMethod*>(user_new.o)->func;
    if (!(user_new.is_obj() && user_new.o->kind == Kind::Function)) refuse("whose __new__ is not a Python function");
    VTArgs a{this};
    a.insert(a.end(), args.begin(), args.end());
    self = tx.make<UserFunctionVariable>(static_cast<rt::Function*>(user_new.o))->call_function(tx, a, kwargs)->realize(tx);
    UserSubclassPart* part = user_subclass_part(self);
    if (!part || !part->user_cls->is_subtype(cls)) return self;
  } else {
    VariableTracker* iterable = is_tuple && !args.empty() ? args[0] : nullptr;
    if (is_tuple && (args.size() > 1 || !kwargs.empty())) refuse("with these arguments");
    self = new_builtin_subclass_instance(tx, cls, source, iterable);
  }
  UserSubclassPart* part = user_subclass_part(self);
  if (rt::Function* init = user_subclass_override(I, *part, "__init__")) {
    tx.make<UserMethodVariable>(init, self, source ? mro_source(I, cls, source, "__init__") : nullptr)
        ->call_function(tx, args, kwargs);
  } else if (!is_tuple && (!args.empty() || !kwargs.empty() || is_defaultdict_subclass(cls))) {
    // dict.__init__ / list.__init__ / defaultdict.__init__ on the new instance.
    call_builtin_part(tx, self, "__init__", args, kwargs);
  }
  return self;
}

// base.__new__(cls[, iterable]) for a user subclass cls of dict / list / tuple (PyTorch's
// UserDefined*Variable made by track_new_user_defined_object): a new instance made at trace time
// stands for its identity and attributes; a tuple's items are the iterable's.
VariableTracker* new_builtin_subclass_instance(InstructionTranslatorBase& tx, rt::Type* cls, SourcePtr cls_source,
                                               VariableTracker* iterable) {
  rt::Interp& I = tx.interp;
  rt::Type* base_t = cls->is_subtype(I.dict_type) ? I.dict_type : cls->is_subtype(I.list_type) ? I.list_type : I.tuple_type;
  Value base_new = I.lookup_type(base_t, "__new__");
  if (base_new.is_obj() && base_new.o->kind == Kind::StaticMethod) base_new = static_cast<rt::StaticMethod*>(base_new.o)->func;
  Value obj = I.call(base_new, {Value::obj(cls)});
  UserSubclassPart* part;
  VariableTracker* self;
  if (base_t == I.dict_type) {
    auto* d = tx.make<ConstDictVariable>();
    // A user subclass of defaultdict: its factory is set by defaultdict.__init__ (None until then).
    if (is_defaultdict_subclass(cls)) {
      d->is_defaultdict = true;
      d->default_factory = tx.none();
    }
    part = d;
    self = d;
  } else if (base_t == I.list_type) {
    auto* l = tx.make<ListVariable>();
    part = l;
    self = l;
  } else {
    auto* t = tx.make<TupleVariable>();
    if (iterable && !tx.unpack_var_sequence(iterable, t->items))
      unimplemented_in_playground("tuple.__new__ of this iterable for `" + cls->name + "` inside compiled code",
                                  "tuple.__new__ " + iterable->repr(I));
    part = t;
    self = t;
  }
  part->user_cls = cls;
  part->user_obj = obj;
  part->user_new = true;
  part->cls_source = std::move(cls_source);
  return self;
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
  if (VariableTracker* obj = construct_builtin_subclass(tx, args, kwargs)) return obj;
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

namespace dp::dynamo {

// ---- UserDefinedListVariable / UserDefinedTupleVariable / UserDefinedDictVariable
// (torch/_dynamo/variables/user_defined.py): the subclass part of a list/tuple/dict tracker ----

// The classes whose methods are the built-in part: the built-in types, and collections.OrderedDict
// and collections.defaultdict (C types in CPython, traced as ConstDictVariable there).
static bool is_builtin_part_cls(const rt::Type* k) {
  return k->is_builtin || (k->module == "collections" && (k->name == "OrderedDict" || k->name == "defaultdict"));
}

bool is_ordered_dict(const rt::Type* t) {
  for (rt::Type* k : t->mro)
    if (k->module == "collections" && k->name == "OrderedDict") return true;
  return false;
}

bool is_defaultdict_subclass(const rt::Type* t) {
  for (rt::Type* k : t->mro)
    if (k->module == "collections" && k->name == "defaultdict") return true;
  return false;
}

bool ConstDictVariable::builtin_like() const { return !user_cls || is_builtin_part_cls(user_cls); }

UserSubclassPart* user_subclass_part(VariableTracker* v) {
  if (auto* l = dynamic_cast<BaseListVariable*>(v); l && l->user_cls) return l;
  if (auto* d = dynamic_cast<ConstDictVariable*>(v); d && d->user_cls && !d->builtin_like()) return d;
  return nullptr;
}

// _maybe_get_baseclass_method: the attribute `name` of the first class of the MRO that defines it,
// when that class is a user (Python) class ahead of the built-in part; Null otherwise.
static Value user_class_attr(rt::Interp& I, const rt::Type* cls, const std::string& name) {
  for (rt::Type* k : cls->mro) {
    if (is_builtin_part_cls(k)) return Value();
    if (!k->dict) continue;
    Value v = I.dict_get_str(k->dict, name);
    if (!v.is_null()) return v;
  }
  return Value();
}

rt::Function* user_subclass_override(rt::Interp& I, const UserSubclassPart& part, const std::string& name) {
  if (!part.user_cls) return nullptr;
  Value v = user_class_attr(I, part.user_cls, name);
  return v.is_obj() && v.o->kind == Kind::Function ? static_cast<rt::Function*>(v.o) : nullptr;
}

VariableTracker* user_subclass_getattr(InstructionTranslatorBase& tx, VariableTracker* self_vt, UserSubclassPart& part,
                                       const std::string& name) {
  rt::Interp& I = tx.interp;
  auto it = tx.output.attr_overrides.find({part.user_obj.is_obj() ? part.user_obj.o : nullptr, name});
  if (it != tx.output.attr_overrides.end()) return it->second;
  Value descr = user_class_attr(I, part.user_cls, name);
  if (descr.is_obj()) {
    SourcePtr cls_src = self_vt->source ? TypeSource(self_vt->source) : part.cls_source;
    switch (descr.o->kind) {
      case Kind::Function:
        return tx.make<UserMethodVariable>(static_cast<rt::Function*>(descr.o), self_vt,
                                           self_vt->source ? AttrSource(self_vt->source, name)
                                           : cls_src       ? mro_source(I, part.user_cls, cls_src, name)
                                                           : nullptr);
      case Kind::Property: {
        Value fget = static_cast<rt::Property*>(descr.o)->fget;
        if (fget.is_obj() && fget.o->kind == Kind::Function) {
          VTArgs a{self_vt};
          VTKwargs k;
          auto* f = static_cast<rt::Function*>(fget.o);
          return tx.inline_call_(f, f->code, f->globals, a, k, {}, fget);
        }
        break;
      }
      case Kind::ClassMethod: {
        Value fn = static_cast<rt::ClassMethod*>(descr.o)->func;
        if (fn.is_obj() && fn.o->kind == Kind::Function)
          return tx.make<UserMethodVariable>(static_cast<rt::Function*>(fn.o),
                                             tx.make<UserDefinedClassVariable>(part.user_cls));
        break;
      }
      case Kind::StaticMethod: return tx.wrap_sourceless(static_cast<rt::StaticMethod*>(descr.o)->func);
      default: break;
    }
    if (descr.o->kind == Kind::Instance && !I.lookup_type(descr.o->type, "__get__").is_null())
      unimplemented_in_playground("a descriptor on a user subclass of a built-in type",
                                  "getattr " + I.type_name(part.user_obj) + " " + name);
  }
  // The instance dict of an input (read through its source), then a Python __getattr__ (inlined),
  // then class attributes.
  rt::Dict* idict = nullptr;
  if (part.user_obj.is_obj()) {
    rt::Object* o = part.user_obj.o;
    idict = o->kind == Kind::Dict    ? static_cast<rt::Dict*>(o)->attrs
            : o->kind == Kind::List  ? static_cast<rt::List*>(o)->attrs
            : o->kind == Kind::Tuple ? static_cast<rt::Tuple*>(o)->attrs
                                     : nullptr;
  }
  if (!part.user_new && self_vt->source && idict) {
    Value v = I.dict_get_str(idict, name);
    if (!v.is_null()) return tx.wrap_lazy(v, AttrSource(self_vt->source, name));
  }
  if (descr.is_null() && name != "__getattr__")
    if (rt::Function* ga = user_subclass_override(I, part, "__getattr__")) {
      VTArgs a{tx.constant(I.str(name))};
      VTKwargs k;
      return tx.make<UserMethodVariable>(ga, self_vt)->call_function(tx, a, k);
    }
  if (!part.user_new && self_vt->source) {
    Value v = I.getattr_opt(part.user_obj, name);
    if (!v.is_null() && !(v.is_obj() && (v.o->kind == Kind::Builtin || v.o->kind == Kind::BoundMethod)))
      return tx.wrap_lazy(v, AttrSource(self_vt->source, name));
    return nullptr;
  }
  if (!descr.is_null()) return tx.wrap_sourceless(descr);
  return nullptr;
}

VariableTracker* user_subclass_setattr(InstructionTranslatorBase& tx, VariableTracker* self_vt, UserSubclassPart& part,
                                       VariableTracker* name, VariableTracker* value) {
  rt::Interp& I = tx.interp;
  if (user_subclass_override(I, part, "__setattr__")) return nullptr;
  name = name->realize(tx);
  if (!name->is_python_constant()) return nullptr;
  Value n = name->as_python_constant(tx);
  if (!(n.is_obj() && n.o->kind == Kind::Str)) return nullptr;
  std::string attr = I.to_str(n);
  auto key = std::make_pair(static_cast<const rt::Object*>(part.user_obj.o), attr);
  if (auto* d = dynamic_cast<ConstDictVariable*>(self_vt); d && d->is_defaultdict && attr == "default_factory")
    d->default_factory = value;
  if (part.user_new) {
    if (!tx.output.attr_overrides.count(key)) part.new_attrs.push_back(attr);
    tx.output.store_attr_override(key, value);
    return tx.none();
  }
  if (self_vt->source) {
    tx.output.store_attr_override(key, value);
    tx.output.pending_stores.push_back({self_vt->source, attr, value});
    return tx.none();
  }
  return nullptr;
}

}  // namespace dp::dynamo
