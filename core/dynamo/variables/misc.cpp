// Small trackers: constants (torch/_dynamo/variables/constant.py), attribute lookups that are
// called later (GetAttrVariable) and Python modules (PythonModuleVariable) from
// torch/_dynamo/variables/misc.py.
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/builder.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

std::string ConstantVariable::repr(rt::Interp& I) const {
  return "ConstantVariable(" + I.type_name(value) + ": " + I.repr(value) + ")";
}

PArg ConstantVariable::as_proxy(InstructionTranslatorBase&) {
  PArg p;
  p.value = value;
  // EnumVariable.as_proxy: an IntEnum / IntFlag member reaches the graph as a plain int.
  if (rt::Interp::is_number_subclass(value) && is_enum_member(value)) p.value = rt::Interp::number_payload(value);
  return p;
}

VariableTracker* ConstantVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  Value v;
  try {
    v = I.getattr(value, name);
  } catch (rt::PyException& e) {
    raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
  }
  if (v.is_obj() && (v.o->kind == Kind::BoundMethod || v.o->kind == Kind::Builtin))
    return tx.make<GetAttrVariable>(this, name);
  // EnumVariable.var_getattr: a member's attribute (`.value`, `.name`) is built from
  // AttrSource(source, name) when the member has a source, so it is guarded as any input
  // (L['mode'].value == 'train').
  if (source && is_enum_member(value)) return tx.wrap(v, AttrSource(source, name));
  return tx.wrap_sourceless(v);
}

VariableTracker* ConstantVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                               VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  rt::CallArgs ca;
  for (auto*& a : args) {
    a = a->realize(tx);
    if (!a->is_python_constant()) return VariableTracker::call_method(tx, name, args, kwargs);
    ca.pos.push_back(a->as_python_constant(tx));
  }
  for (auto& [k, v] : kwargs) {
    v = v->realize(tx);
    if (!v->is_python_constant()) return VariableTracker::call_method(tx, name, args, kwargs);
    ca.kw.emplace_back(k, v->as_python_constant(tx));
  }
  try {
    Value m = I.getattr(value, name);
    return tx.wrap_sourceless(I.call(m, ca));
  } catch (rt::PyException& e) {
    raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
  }
}

// GetAttrVariable.call_method on `obj.__dict__` of a user object (misc.py): d[key] / d.get(key,
// default) read the attribute (one the trace wrote included) when the key is in the object's
// __dict__, `key in d` answers from it, and d[key] = value is object.__setattr__ without the
// class's own __setattr__ (method_setattr_standard, directly_update_dict). Anything else is
// VariableTracker.call_method's graph break.
VariableTracker* GetAttrVariable::call_method(InstructionTranslatorBase& tx, const std::string& method, VTArgs& args,
                                              VTKwargs& kwargs) {
  auto* udo = name == "__dict__" ? dynamic_cast<UserDefinedObjectVariable*>(obj) : nullptr;
  auto const_key = [&](std::string& key) {
    if (args.empty() || !args[0]->realize(tx)->is_python_constant()) return false;
    rt::Value k = args[0]->as_python_constant(tx);
    if (!(k.is_obj() && k.o->kind == rt::Kind::Str)) return false;
    key = tx.interp.to_str(k);
    return true;
  };
  std::string key;
  if (udo && kwargs.empty() && (method == "__getitem__" || method == "get") && const_key(key)) {
    if (has_key_in_generic_dict(tx, udo, key)) return udo->var_getattr(tx, key);
    if (method == "get") return args.size() == 2 ? args[1] : tx.none();
  } else if (udo && kwargs.empty() && method == "__contains__" && args.size() == 1 && const_key(key)) {
    return tx.constant(rt::Value::boolean(has_key_in_generic_dict(tx, udo, key)));
  } else if (udo && kwargs.empty() && method == "__setitem__" && args.size() == 2) {
    if (VariableTracker* r = object_setattr_standard(tx, udo, args[0], args[1], true)) return r;
  }
  return VariableTracker::call_method(tx, method, args, kwargs);
}

// `obj.__dict__.get` and the other methods of a user object's __dict__: BuiltinVariable.call_getattr
// makes GetAttrVariable(GetAttrVariable(obj, "__dict__"), name) (const_getattr is not
// implemented), which call_function sends to call_method above.
VariableTracker* GetAttrVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& attr) {
  if (name == "__dict__" && dynamic_cast<UserDefinedObjectVariable*>(obj)) return tx.make<GetAttrVariable>(this, attr);
  return VariableTracker::var_getattr(tx, attr);
}

VariableTracker* GetAttrVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  if (builtin_part) return call_builtin_part(tx, obj, name, args, kwargs);
  // dict.items(d), list.append(l, x), tuple.count(t, x), dict.__setitem__(d, k, v): the built-in
  // type's method called with the instance first (BuiltinVariable.call_method), on the
  // built-in part of a subclass instance too.
  if (auto* b = dynamic_cast<BuiltinVariable*>(obj); b && b->fn.is_obj() && b->fn.o->kind == rt::Kind::Type &&
                                                        !args.empty()) {
    rt::Interp& I = tx.interp;
    auto* t = static_cast<rt::Type*>(b->fn.o);
    VariableTracker* self = args[0]->realize(tx);
    // dict.fromkeys(iterable, value=None) (BuiltinVariable.call_custom_dict_fromkeys): the keys
    // must be constants.
    if (t == I.dict_type && name == "fromkeys" && args.size() <= 2 && kwargs.empty()) {
      std::vector<VariableTracker*> keys;
      if (tx.unpack_var_sequence(args[0], keys)) {
        auto* d = tx.make<ConstDictVariable>();
        VariableTracker* v = args.size() > 1 ? args[1] : tx.none();
        for (auto* k : keys) {
          k = k->realize(tx);
          if (!k->is_python_constant())
            unimplemented("Unsupported method call", "dict.fromkeys key " + k->repr(I),
                          "Dynamo requires dict keys to be constants.", {graph_break_hints::SUPPORTABLE});
          d->store(I, k->as_python_constant(tx), v);
        }
        return d;
      }
    }
    bool fits = (t == I.dict_type && dynamic_cast<ConstDictVariable*>(self)) ||
                (t == I.list_type && dynamic_cast<ListVariable*>(self) && !dynamic_cast<DictViewVariable*>(self)) ||
                (t == I.tuple_type && dynamic_cast<TupleVariable*>(self));
    if (fits) {
      VTArgs rest(args.begin() + 1, args.end());
      return call_builtin_part(tx, self, name, rest, kwargs);
    }
    // set.union(s, t), frozenset.__or__(p, q): the method of the set tracker of that exact type
    // (another receiver is eager's TypeError: left to the generic path).
    if (auto* s = dynamic_cast<SetVariable*>(self);
        s && (t == I.set_type ? !s->frozen : t == I.frozenset_type && s->frozen)) {
      VTArgs rest(args.begin() + 1, args.end());
      return s->call_method(tx, name, rest, kwargs);
    }
    // dict.__new__(cls), list.__new__(cls), tuple.__new__(cls, iterable) for a user subclass.
    auto* c = dynamic_cast<UserDefinedClassVariable*>(self);
    if (name == "__new__" && c && c->cls->is_subtype(t) && !c->cls->is_builtin && kwargs.empty() &&
        (t == I.dict_type || t == I.list_type || t == I.tuple_type) &&
        args.size() <= (t == I.tuple_type ? 2u : static_cast<size_t>(args.size())))
      return new_builtin_subclass_instance(tx, c->cls, c->source, t == I.tuple_type && args.size() > 1 ? args[1] : nullptr);
  }
  if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(obj))
    return local_generator_method(tx, g, name, args, kwargs);
  // BuiltinVariable.call_method for str and float: `str.upper(s)` (a method of str's
  // str_methods) on a constant is the constant's own method call (ConstantVariable.call_method);
  // `float.hex(1.5)` calls float's method on the constant alone. Nothing of the kind for int:
  // `int.__add__(1, 2)` reaches VariableTracker.call_method's graph break, as in PyTorch.
  if (auto* b = dynamic_cast<BuiltinVariable*>(obj); b && b->fn.is_obj() && !args.empty()) {
    rt::Interp& I = tx.interp;
    auto* c = dynamic_cast<ConstantVariable*>(args[0]->realize(tx));
    if (c && !is_enum_member(c->value) && b->fn.o == I.str_type && !I.dict_get_str(I.str_type->dict, name).is_null()) {
      VTArgs rest(args.begin() + 1, args.end());
      return c->call_method(tx, name, rest, kwargs);
    }
    if (c && !is_enum_member(c->value) && b->fn.o == I.float_type) {
      rt::CallArgs ca;
      ca.pos.push_back(c->value);
      try {
        return tx.wrap_sourceless(I.call(I.getattr(b->fn, name), ca));
      } catch (rt::PyException& e) {
        raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
      }
    }
  }
  if (auto* b = dynamic_cast<BuiltinVariable*>(obj); b && name == "__setattr__") {  // object.__setattr__
    UserDefinedObjectVariable* target =
        args.size() == 3 && kwargs.empty() ? dynamic_cast<UserDefinedObjectVariable*>(args[0]->realize(tx)) : nullptr;
    if (VariableTracker* r = target ? object_setattr_standard(tx, target, args[1], args[2]) : nullptr) return r;
    unimplemented_in_playground("`object.__setattr__` on a " + (args.empty() ? std::string("missing object")
                                                                             : args[0]->python_type_name(tx.interp)),
                                "call_method BuiltinVariable(object) __setattr__");
  }
  // A namedtuple's _make / _replace (lists.cpp namedtuple_make_replace).
  if (name == "_make" || name == "_replace") {
    if (auto* c = dynamic_cast<UserDefinedClassVariable*>(obj))
      return namedtuple_make_replace(tx, c->cls, nullptr, name, args, kwargs);
    if (auto* t = dynamic_cast<TupleVariable*>(obj); t && t->named_type)
      return namedtuple_make_replace(tx, t->named_type, t, name, args, kwargs);
  }
  return obj->call_method(tx, name, args, kwargs);
}

VariableTracker* PythonModuleVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  Value v = I.getattr_opt(module, name);
  if (v.is_null()) {
    // Submodules not imported yet (torch._dynamo, torch.nn.functional, ...).
    std::string full = static_cast<rt::Module*>(module.o)->name + "." + name;
    try {
      v = I.import_module(full);
    } catch (rt::PyException&) {
      raise_observed_exception("AttributeError: module '" + static_cast<rt::Module*>(module.o)->name +
                               "' has no attribute '" + name + "'" + I.attribute_error_note(module, name));
    }
  }
  return tx.wrap_lazy(v, source ? AttrSource(source, name) : nullptr);
}

}  // namespace dp::dynamo

namespace dp::dynamo {

// ExceptionVariable.var_getattr: `e.args` is the tuple of its arguments; other attributes are
// not tracked (VariableTracker's unsupported getattr).
VariableTracker* ExceptionVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  if (name == "args") {
    auto* t = tx.make<TupleVariable>();
    t->items = args;
    return t;
  }
  return VariableTracker::var_getattr(tx, name);
}

}  // namespace dp::dynamo

namespace dp::dynamo {

VariableTracker* StringFormatVariable::create(InstructionTranslatorBase& tx, const std::string& format_string,
                                              std::vector<VariableTracker*> args,
                                              std::vector<std::pair<std::string, VariableTracker*>> kwargs) {
  bool all_constant = true;
  for (auto*& a : args) {
    a = a->realize(tx);
    all_constant &= a->is_python_constant();
  }
  for (auto& [k, v] : kwargs) {
    v = v->realize(tx);
    all_constant &= v->is_python_constant();
  }
  if (!all_constant) return tx.make<StringFormatVariable>(format_string, std::move(args), std::move(kwargs));
  rt::Interp& I = tx.interp;
  rt::CallArgs ca;
  for (auto* a : args) ca.pos.push_back(a->as_python_constant(tx));
  for (auto& [k, v] : kwargs) ca.kw.emplace_back(k, v->as_python_constant(tx));
  return tx.constant(I.call(I.getattr(I.str(format_string), "format"), ca));
}

std::string StringFormatVariable::repr(rt::Interp& I) const {
  std::string out = "StringFormatVariable(" + I.repr(I.str(format_string)) + ", [";
  for (size_t i = 0; i < sym_args.size(); ++i) out += (i ? ", " : "") + sym_args[i]->repr(I);
  out += "], {";
  for (size_t i = 0; i < sym_kwargs.size(); ++i)
    out += (i ? ", " : "") + I.repr(I.str(sym_kwargs[i].first)) + ": " + sym_kwargs[i].second->repr(I);
  return out + "})";
}

}  // namespace dp::dynamo
