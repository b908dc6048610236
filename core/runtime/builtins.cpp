// The `builtins` module: print, len, range, isinstance, the type constructors, super(),
// __build_class__, and the import machinery for the playground's built-in modules (native ones
// registered in C++ and the Python prelude under core/prelude). Mirrors Python/bltinmodule.c,
// Objects/typeobject.c (super) and, very loosely, Lib/importlib.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "python/consts.h"
#include "runtime/interp.h"
#include "runtime/prelude.h"
#include "runtime/torch_module.h"

namespace dp::rt {

Value generator_send(Interp& I, Generator* g, Value v, bool& done);
void init_compile_builtins(Interp& I);
void init_slot_wrappers(Interp& I);
void init_bytearray(Interp& I);
void init_generic_alias(Interp& I);

namespace {

void def(Interp& I, const std::string& name, NativeFn fn) {
  I.dict_set_str(I.builtins, name, I.builtin(name, std::move(fn)));
}

// Installs `ctor` as the type's __new__ (called with cls first).
void ctor(Interp& I, Type* t, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin(t->name, std::move(fn)).o);
  b->qualname = t->name + ".__new__";
  I.dict_set_str(t->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(b))));
}

bool is_str(const Value& v) { return v.is_obj() && v.o->kind == Kind::Str; }

Value min_max(Interp& I, CallArgs& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key = a.take_kw("key");
  Value dflt = a.take_kw("default");
  std::vector<Value> items;
  if (a.size() == 1) items = I.to_vector(a[0]);
  else if (a.size() == 0) I.raise(I.TypeError, std::string(name) + " expected at least 1 argument, got 0");
  else items = a.pos;
  if (items.empty()) {
    if (!dflt.is_null()) return dflt;
    I.raise(I.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  Value best_key = key.is_null() || key.is_none() ? best : I.call(key, {best});
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key.is_null() || key.is_none() ? items[i] : I.call(key, {items[i]});
    if (I.truthy(I.compare(is_max ? 4 : 0, k, best_key))) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}

// refs: the Python values fn captured (Iterator::refs).
Value make_iter(Interp& I, Interp::IterClass cls, std::function<bool(Interp&, Value&)> fn, std::vector<Value> refs) {
  Iterator* it = I.make<Iterator>(I.iter_class(cls));
  it->next = std::move(fn);
  it->refs = std::move(refs);
  return Value::obj(it);
}

}  // namespace

// type.__new__(meta, name, bases, ns, **kwargs) (Objects/typeobject.c type_new): a class whose
// type is `meta`, with a copy of ns as its dict; ns's __classcell__ gets the class, descriptors'
// __set_name__ and the base's __init_subclass__(**kwargs) run.
Value make_class(Interp& I, Type* meta, CallArgs& a) {
  if (a.size() != 3) I.raise(I.TypeError, "type() takes 1 or 3 arguments");
  if (!(a[0].is_obj() && a[0].o->kind == Kind::Str))
    I.raise(I.TypeError, "type.__new__() argument 1 must be str, not " + I.type_name(a[0]));
  if (!(a[1].is_obj() && a[1].o->kind == Kind::Tuple))
    I.raise(I.TypeError, "type.__new__() argument 2 must be tuple, not " + I.type_name(a[1]));
  if (!(a[2].is_obj() && a[2].o->kind == Kind::Dict))
    I.raise(I.TypeError, "type.__new__() argument 3 must be dict, not " + I.type_name(a[2]));
  std::string name = I.to_str(a[0]);
  std::vector<Type*> bases;
  // The built-in payload the instances carry (docs/runtime-subclasses.md): tuple, list, dict and
  // str can be subclassed; a class cannot combine two of them (CPython's lay-out conflict).
  // int and float too (a NumberObj payload); int and float are two different lay-outs.
  Kind layout = Kind::Instance;
  Type* number_base = nullptr;
  for (auto& v : static_cast<Tuple*>(a[1].o)->items) {
    if (!(v.is_obj() && v.o->kind == Kind::Type)) I.raise(I.TypeError, "bases must be types");
    Type* b = static_cast<Type*>(v.o);
    if (b == I.bool_type) I.raise(I.TypeError, "type 'bool' is not an acceptable base type");
    // `type` can be subclassed too: metaclasses.
    Kind k = b->instance_kind;
    Type* nb = b->is_subtype(I.int_type) ? I.int_type : b->is_subtype(I.float_type) ? I.float_type : nullptr;
    if (nb) k = Kind::Number;
    if (k != Kind::Instance && b != I.type_type && !b->is_subtype(I.type_type)) {
      if (k != Kind::Tuple && k != Kind::List && k != Kind::Dict && k != Kind::Str && k != Kind::Number)
        I.raise(I.TypeError, "not supported by the playground yet: subclasses of the built-in type '" + b->name + "'");
      if ((layout != Kind::Instance && layout != k) || (nb && number_base && nb != number_base))
        I.raise(I.TypeError, "multiple bases have instance lay-out conflict");
      layout = k;
      if (nb) number_base = nb;
    }
    for (Type* seen : bases)
      if (seen == b) I.raise(I.TypeError, "duplicate base class " + b->name);
    bases.push_back(b);
  }
  Type* base = bases.empty() ? I.object_type : bases[0];
  // The most derived metaclass of meta and the bases' (type(name, bases, ns) with a base made by
  // a metaclass gets that metaclass).
  for (Type* b : bases) {
    Type* bm = b->type;
    if (bm->is_subtype(meta)) meta = bm;
    else if (!meta->is_subtype(bm))
      I.raise(I.TypeError,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
              "metaclasses of all its bases");
  }
  Dict* ns = I.new_dict();
  Dict* src = static_cast<Dict*>(a[2].o);
  Value cell;
  auto items_of = [](Dict* d) {
    std::vector<std::pair<Value, Value>> out;
    for (auto& e : d->entries)
      if (e.live) out.emplace_back(e.key, e.value);
    return out;
  };
  for (auto& [k, v] : items_of(src)) {
    if (k.is_obj() && k.o->kind == Kind::Str && static_cast<Str*>(k.o)->s == "__classcell__") {
      cell = v;
      continue;
    }
    I.dict_set(ns, k, v);
  }
  // type_new's __slots__ check: a slot name may not also be a class attribute of the body.
  Value slots = I.dict_get_str(ns, "__slots__");
  if (!slots.is_null()) {
    std::vector<Value> names;
    if (slots.is_obj() && slots.o->kind == Kind::Str) names.push_back(slots);
    else if (slots.is_obj() && slots.o->kind == Kind::Tuple) names = static_cast<Tuple*>(slots.o)->items;
    else if (slots.is_obj() && slots.o->kind == Kind::List) names = static_cast<List*>(slots.o)->items;
    for (const Value& n : names) {
      if (!(n.is_obj() && n.o->kind == Kind::Str))
        I.raise(I.TypeError, "__slots__ items must be strings, not '" + I.type_name(n) + "'");
      const std::string& s = static_cast<Str*>(n.o)->s;
      if (s != "__dict__" && s != "__weakref__" && !I.dict_get_str(ns, s).is_null())
        I.raise(I.ValueError, I.repr(n) + " in __slots__ conflicts with class variable");
    }
  }
  // type_new_set_attrs: a class without a docstring has __doc__ = None in its dict.
  if (I.dict_get_str(ns, "__doc__").is_null()) I.dict_set_str(ns, "__doc__", Value::none());
  // type_new: a class that defines __eq__ but not __hash__ gets __hash__ = None (unhashable).
  if (!I.dict_get_str(ns, "__eq__").is_null() && I.dict_get_str(ns, "__hash__").is_null())
    I.dict_set_str(ns, "__hash__", Value::none());
  Type* t = I.new_type(name, base, base->is_subtype(I.type_type) ? Kind::Type : layout);
  if (bases.size() > 1) I.set_bases(t, bases);
  t->type = meta;
  t->dict = ns;
  t->is_builtin = false;
  Value mod = I.dict_get_str(ns, "__module__");
  if (mod.is_null()) {
    Frame* f = I.current_frame();
    Value gm = f && f->globals ? I.dict_get_str(f->globals, "__name__") : Value();
    mod = gm.is_null() ? I.str("__main__") : gm;
    I.dict_set_str(ns, "__module__", mod);
  }
  t->module = I.to_str(mod);
  Value qn = I.dict_get_str(ns, "__qualname__");
  t->qualname = qn.is_null() ? name : I.to_str(qn);
  // type_new_set_ht_name: __qualname__ lives in the type, not in its dict (an instance has none).
  if (!qn.is_null()) I.dict_del(ns, I.str("__qualname__"));
  if (cell.is_obj() && cell.o->kind == Kind::Cell) static_cast<Cell*>(cell.o)->value = Value::obj(t);
  // __set_name__ of the attributes' types (Python-level ones), then __init_subclass__.
  for (auto& [k, v] : items_of(ns)) {
    if (!v.is_obj() || !(k.is_obj() && k.o->kind == Kind::Str)) continue;
    Type* vt = I.type_of(v);
    if (vt->is_builtin) continue;
    Value sn = I.lookup_type(vt, "__set_name__");
    if (sn.is_obj() && sn.o->kind == Kind::Function) I.call(sn, {v, Value::obj(t), k});
  }
  // __init_subclass__ in a class body is an implicit classmethod; the call is
  // super(t, t).__init_subclass__(**kwargs).
  Value own = I.dict_get_str(ns, "__init_subclass__");
  if (own.is_obj() && own.o->kind == Kind::Function)
    I.dict_set_str(ns, "__init_subclass__", Value::obj(I.make<ClassMethod>(I.classmethod_type, own)));
  Value init_sub;
  for (size_t i = 1; i < t->mro.size() && init_sub.is_null(); ++i)
    init_sub = I.dict_get_str(t->mro[i]->dict, "__init_subclass__");
  if (init_sub.is_obj() && init_sub.o->kind == Kind::ClassMethod) {
    CallArgs ia;
    ia.pos = {Value::obj(t)};
    ia.kw = a.kw;
    I.call(static_cast<ClassMethod*>(init_sub.o)->func, ia);
  } else if (!a.kw.empty()) {
    I.raise(I.TypeError, name + ".__init_subclass__() takes no keyword arguments");
  }
  return Value::obj(t);
}

Value user_descriptor_slot(Interp& I, const Value& d, const char* slot);  // interp.cpp

Value super_getattr(Interp& I, Value sup, const std::string& name) {
  auto* s = static_cast<Super*>(sup.o);
  Value obj = s->obj;
  bool obj_is_class = obj.is_obj() && obj.o->kind == Kind::Type;
  Type* t = obj_is_class ? static_cast<Type*>(obj.o) : I.type_of(obj);
  // super() in a metaclass's method: obj is a class, an instance of the metaclass.
  if (obj_is_class && std::find(t->mro.begin(), t->mro.end(), s->start) == t->mro.end()) {
    t = I.type_of(obj);
    obj_is_class = false;
  }
  bool after = false;
  for (Type* k : t->mro) {
    if (!after) {
      if (k == s->start) after = true;
      continue;
    }
    Value v = I.dict_get_str(k->dict, name);
    if (v.is_null()) continue;
    if (!v.is_obj()) return v;
    switch (v.o->kind) {
      case Kind::Function:
        if (obj_is_class) return v;
        return Value::obj(I.make<BoundMethod>(I.method_type, obj, v));
      case Kind::Builtin:
        if (static_cast<Builtin*>(v.o)->is_method && !obj_is_class)
          return Value::obj(I.make<BoundMethod>(I.method_type, obj, v));
        return v;
      case Kind::ClassMethod:
        return Value::obj(I.make<BoundMethod>(I.method_type, Value::obj(t), static_cast<ClassMethod*>(v.o)->func));
      case Kind::StaticMethod: return static_cast<StaticMethod*>(v.o)->func;
      case Kind::Property: return I.call(static_cast<Property*>(v.o)->fget, {obj});
      case Kind::Instance:
        if (Value get = user_descriptor_slot(I, v, "__get__"); !get.is_null())
          return I.call(get, {v, obj_is_class ? Value::none() : obj, Value::obj(t)});
        return v;
      default: return v;
    }
  }
  I.raise(I.AttributeError, "'super' object has no attribute '" + name + "'");
}

Value Interp::import_module(const std::string& dotted) {
  auto it = modules.find(dotted);
  if (it != modules.end()) return Value::obj(it->second);
  // Parents first.
  Module* parent = nullptr;
  size_t dot = dotted.rfind('.');
  if (dot != std::string::npos) parent = static_cast<Module*>(import_module(dotted.substr(0, dot)).o);
  it = modules.find(dotted);
  if (it != modules.end()) return Value::obj(it->second);
  const PreludeModule* src = find_prelude_module(dotted);
  if (!src) {
    Instance* e = make<Instance>(ModuleNotFoundError);
    e->args = tuple({str("No module named '" + dotted + "'" + upstream_note("module_note", {dotted}))});
    throw PyException(Value::obj(e));
  }
  Module* m = new_module(dotted);
  m->file = src->filename;
  dict_set_str(m->dict, "__file__", str(src->filename));
  if (parent) dict_set_str(parent->dict, dotted.substr(dot + 1), Value::obj(m));
  if (src->native_init) src->native_init(*this, m);
  if (src->source && *src->source) {
    auto code = compile_prelude(*this, *src);
    run_module_code(code, m);
  }
  return Value::obj(m);
}

void init_math(Interp& I, Module* m);              // mathmodule.cpp
void init_unicodedata_native(Interp& I, Module* m);  // unicodedatamodule.cpp

void init_builtins(Interp& I) {
  register_native_module("math", init_math);
  register_native_module("unicodedata", init_unicodedata_native);
  register_native_module("sys", init_sys_native);
  register_native_module("time", init_time_native);
  register_native_module("_random", init_random_native);
  register_native_module("_dp_warnings", init_dp_warnings_native);
  register_native_module("_dp_iters", init_dp_iters_native);
  register_native_module("traceback", init_traceback_native);
  Module* bm = I.new_module("builtins");
  I.builtins = bm->dict;
  auto type_value = [](Type* t) { return Value::obj(t); };
  for (Type* t : {I.object_type, I.type_type, I.int_type, I.float_type, I.bool_type, I.str_type, I.bytes_type,
                  I.tuple_type, I.list_type, I.dict_type, I.set_type, I.frozenset_type, I.range_type, I.slice_type,
                  I.property_type, I.classmethod_type, I.staticmethod_type, I.super_type})
    I.dict_set_str(I.builtins, t->name, type_value(t));
  for (Type* t : {I.BaseException,     I.Exception,
                  I.TypeError,         I.ValueError,
                  I.AttributeError,    I.NameError,
                  I.UnboundLocalError, I.IndexError,
                  I.KeyError,          I.LookupError,
                  I.ZeroDivisionError, I.ArithmeticError,
                  I.RuntimeError,      I.NotImplementedError,
                  I.RecursionError,    I.MemoryError,
                  I.StopIteration,     I.AssertionError,
                  I.ImportError,       I.ModuleNotFoundError,
                  I.OverflowError,     I.SyntaxError,
                  I.KeyboardInterrupt, I.GeneratorExit,
                  I.SystemExit,        I.Warning,
                  I.UserWarning})
    I.dict_set_str(I.builtins, t->name, type_value(t));
  for (const char* n : {"OSError",
                        "FileNotFoundError",
                        "StopAsyncIteration",
                        "DeprecationWarning",
                        "PendingDeprecationWarning",
                        "SyntaxWarning",
                        "RuntimeWarning",
                        "FutureWarning",
                        "ImportWarning",
                        "UnicodeWarning",
                        "BytesWarning",
                        "ResourceWarning",
                        "EncodingWarning",
                        "BlockingIOError",
                        "ChildProcessError",
                        "FileExistsError",
                        "InterruptedError",
                        "IsADirectoryError",
                        "NotADirectoryError",
                        "PermissionError",
                        "ProcessLookupError",
                        "TimeoutError",
                        "ConnectionError",
                        "BrokenPipeError",
                        "ConnectionAbortedError",
                        "ConnectionRefusedError",
                        "ConnectionResetError",
                        "EOFError",
                        "BufferError",
                        "ReferenceError",
                        "SystemError",
                        "FloatingPointError",
                        "UnicodeError",
                        "UnicodeDecodeError",
                        "UnicodeEncodeError",
                        "UnicodeTranslateError",
                        "IndentationError",
                        "TabError"})
    I.dict_set_str(I.builtins, n, type_value(I.named_types[std::string("builtins.") + n]));
  // EnvironmentError and IOError are OSError (aliases since Python 3.3).
  for (const char* n : {"EnvironmentError", "IOError"})
    I.dict_set_str(I.builtins, n, type_value(I.named_types["builtins.OSError"]));
  I.dict_set_str(I.builtins, "Ellipsis", I.ellipsis);
  I.dict_set_str(I.builtins, "NotImplemented", I.not_implemented);
  I.dict_set_str(I.builtins, "__name__", I.str("builtins"));
  init_complex(I);
  init_exception_groups(I);
  init_compile_builtins(I);  // compile, eval, exec (bltin_exec.cpp)
  init_bytearray(I);         // bytearray.cpp
  init_generic_alias(I);     // genericalias.cpp
  init_slot_wrappers(I);     // int.__add__, (1).__add__ & co. (slot_wrappers.cpp)

  // ---- constructors ----
  // int.__new__(cls, ...) and float.__new__(cls, ...): for a subclass `cls` (docs/
  // runtime-subclasses.md), the number boxed in an instance of cls (Interp::make_number).
  ctor(I, I.int_type, [](Interp& I2, CallArgs& a) -> Value {
    Type* cls = a[0].is_obj() && a[0].o->kind == Kind::Type ? static_cast<Type*>(a[0].o) : nullptr;
    if (!cls || !cls->is_subtype(I2.int_type))
      I2.raise(I2.TypeError, "int.__new__(X): X is not a type object (" + I2.type_name(a[0]) + ")");
    if (cls != I2.int_type) {
      CallArgs b = a;
      b.pos[0] = Value::obj(I2.int_type);
      return I2.make_number(cls,
                            I2.call(static_cast<StaticMethod*>(I2.lookup_type(I2.int_type, "__new__").o)->func, b));
    }
    Value base = a.take_kw("base");
    if (a.size() < 2) return Value::integer(0);
    Value v = a[1];
    if (a.size() > 2) base = a[2];
    if (!base.is_null()) {
      if (!is_str(v)) I2.raise(I2.TypeError, "int() can't convert non-string with explicit base");
      return long_from_string(I2, static_cast<Str*>(v.o)->s, static_cast<int>(I2.index_value(base)));
    }
    v = Interp::number_payload(v);
    if (v.is_int() || is_long(v)) return v;
    if (v.is_bool()) return Value::integer(v.b);
    if (v.is_float()) return float_to_int(I2, v.f);
    if (is_str(v)) return long_from_string(I2, static_cast<Str*>(v.o)->s, 10);
    if (v.is_obj() && v.o->kind == Kind::Tensor) return I2.call_method(v, "__int__", {});
    if (v.is_obj()) {
      Value f = I2.lookup_type(I2.type_of(v), "__int__");
      if (!f.is_null()) return I2.call(f, {v});
      f = I2.lookup_type(I2.type_of(v), "__index__");
      if (!f.is_null()) return I2.call(f, {v});
    }
    I2.raise(I2.TypeError,
             "int() argument must be a string, a bytes-like object or a real number, not '" + I2.type_name(v) + "'");
  });
  ctor(I, I.float_type, [](Interp& I2, CallArgs& a) -> Value {
    Type* cls = a[0].is_obj() && a[0].o->kind == Kind::Type ? static_cast<Type*>(a[0].o) : nullptr;
    if (!cls || !cls->is_subtype(I2.float_type))
      I2.raise(I2.TypeError, "float.__new__(X): X is not a type object (" + I2.type_name(a[0]) + ")");
    if (cls != I2.float_type) {
      CallArgs b = a;
      b.pos[0] = Value::obj(I2.float_type);
      return I2.make_number(cls,
                            I2.call(static_cast<StaticMethod*>(I2.lookup_type(I2.float_type, "__new__").o)->func, b));
    }
    if (a.size() < 2) return Value::flt(0.0);
    Value v = Interp::number_payload(a[1]);
    if (v.is_float()) return v;
    if (v.is_int()) return Value::flt(static_cast<double>(v.i));
    if (v.is_bool()) return Value::flt(v.b ? 1.0 : 0.0);
    if (is_long(v)) return Value::flt(int_to_double(I2, v));
    if (is_str(v)) {
      std::string s = static_cast<Str*>(v.o)->s;
      std::string t;
      for (char c : s)
        if (c != '_') t += c;
      size_t b = t.find_first_not_of(" \t\n"), e = t.find_last_not_of(" \t\n");
      t = b == std::string::npos ? "" : t.substr(b, e - b + 1);
      std::string low = t;
      for (auto& c : low) c = static_cast<char>(tolower(c));
      if (low == "inf" || low == "+inf" || low == "infinity") return Value::flt(INFINITY);
      if (low == "-inf" || low == "-infinity") return Value::flt(-INFINITY);
      if (low == "nan" || low == "+nan" || low == "-nan") return Value::flt(NAN);
      char* end = nullptr;
      double d = std::strtod(t.c_str(), &end);
      if (t.empty() || *end || low.find("x") != std::string::npos)
        I2.raise(I2.ValueError, "could not convert string to float: " + py::str_repr(s));
      return Value::flt(d);
    }
    if (v.is_obj()) {
      Value f = I2.lookup_type(I2.type_of(v), "__float__");
      if (!f.is_null()) return I2.call(f, {v});
    }
    I2.raise(I2.TypeError, "float() argument must be a string or a real number, not '" + I2.type_name(v) + "'");
  });
  ctor(I, I.bool_type, [](Interp& I2, CallArgs& a) { return Value::boolean(a.size() > 1 && I2.truthy(a[1])); });
  ctor(I, I.str_type, [](Interp& I2, CallArgs& a) {
    if (!(a[0].is_obj() && a[0].o->kind == Kind::Type && static_cast<Type*>(a[0].o)->is_subtype(I2.str_type)))
      I2.raise(I2.TypeError, "str.__new__(X): X is not a type object (" + I2.type_name(a[0]) + ")");
    Type* cls = static_cast<Type*>(a[0].o);
    std::string s = a.size() < 2 ? std::string() : I2.to_str(a[1]);
    if (cls != I2.str_type) return Value::obj(I2.make<Str>(cls, std::move(s)));  // a subclass's instance
    return I2.str(std::move(s));
  });
  ctor(I, I.bytes_type, [](Interp& I2, CallArgs& a) {
    if (a.size() < 2) return I2.bytes("");
    if (is_str(a[1])) return I2.bytes(static_cast<Str*>(a[1].o)->s);
    if (a[1].is_int()) return I2.bytes(std::string(static_cast<size_t>(a[1].i), '\0'));
    std::string s;
    for (auto& v : I2.to_vector(a[1])) s += static_cast<char>(I2.index_value(v));
    return I2.bytes(s);
  });
  // tuple.__new__(cls, iterable=()), list.__new__(cls, ...) and dict.__new__(cls, ...): for a
  // subclass `cls`, an instance of it carrying the payload (a list or dict subclass's contents are
  // filled by list.__init__ / dict.__init__, which Interp::call runs next).
  ctor(I, I.tuple_type, [](Interp& I2, CallArgs& a) {
    if (!(a[0].is_obj() && a[0].o->kind == Kind::Type && static_cast<Type*>(a[0].o)->is_subtype(I2.tuple_type)))
      I2.raise(I2.TypeError, "tuple.__new__(" +
                                 (a[0].is_obj() && a[0].o->kind == Kind::Type ? static_cast<Type*>(a[0].o)->name
                                                                              : I2.type_name(a[0])) +
                                 "): " +
                                 (a[0].is_obj() && a[0].o->kind == Kind::Type
                                      ? static_cast<Type*>(a[0].o)->name + " is not a subtype of tuple"
                                      : "X is not a type object (" + I2.type_name(a[0]) + ")"));
    Type* cls = static_cast<Type*>(a[0].o);
    if (!a.kw.empty() && cls == I2.tuple_type) I2.raise(I2.TypeError, "tuple() takes no keyword arguments");
    if (a.size() > 2) I2.raise(I2.TypeError, "tuple expected at most 1 argument, got " + std::to_string(a.size() - 1));
    std::vector<Value> items = a.size() < 2 ? std::vector<Value>{} : I2.to_vector(a[1]);
    if (cls == I2.tuple_type) return I2.tuple(std::move(items));
    return Value::obj(I2.make<Tuple>(cls, std::move(items)));
  });
  ctor(I, I.list_type, [](Interp& I2, CallArgs& a) {
    if (!(a[0].is_obj() && a[0].o->kind == Kind::Type && static_cast<Type*>(a[0].o)->is_subtype(I2.list_type)))
      I2.raise(I2.TypeError, "list.__new__(" +
                                 (a[0].is_obj() && a[0].o->kind == Kind::Type ? static_cast<Type*>(a[0].o)->name
                                                                              : I2.type_name(a[0])) +
                                 "): " +
                                 (a[0].is_obj() && a[0].o->kind == Kind::Type
                                      ? static_cast<Type*>(a[0].o)->name + " is not a subtype of list"
                                      : "X is not a type object (" + I2.type_name(a[0]) + ")"));
    Type* cls = static_cast<Type*>(a[0].o);
    if (cls != I2.list_type) return Value::obj(I2.make<List>(cls, std::vector<Value>{}));
    if (a.size() > 2) I2.raise(I2.TypeError, "list expected at most 1 argument, got " + std::to_string(a.size() - 1));
    return a.size() < 2 ? I2.list({}) : I2.list(I2.to_vector(a[1]));
  });
  ctor(I, I.dict_type, [](Interp& I2, CallArgs& a) {
    if (!(a[0].is_obj() && a[0].o->kind == Kind::Type && static_cast<Type*>(a[0].o)->is_subtype(I2.dict_type)))
      I2.raise(I2.TypeError, "dict.__new__(" +
                                 (a[0].is_obj() && a[0].o->kind == Kind::Type ? static_cast<Type*>(a[0].o)->name
                                                                              : I2.type_name(a[0])) +
                                 "): " +
                                 (a[0].is_obj() && a[0].o->kind == Kind::Type
                                      ? static_cast<Type*>(a[0].o)->name + " is not a subtype of dict"
                                      : "X is not a type object (" + I2.type_name(a[0]) + ")"));
    Type* cls = static_cast<Type*>(a[0].o);
    if (cls != I2.dict_type) return Value::obj(I2.make<Dict>(cls));
    if (a.size() > 2) I2.raise(I2.TypeError, "dict expected at most 1 argument, got " + std::to_string(a.size() - 1));
    Dict* d = I2.new_dict();
    if (a.size() > 1) {
      CallArgs u;
      u.pos = {Value::obj(d), a[1]};
      I2.call_method(Value::obj(d), "update", {a[1]});
    }
    for (auto& [k, v] : a.kw) I2.dict_set_str(d, k, v);
    return Value::obj(d);
  });
  ctor(I, I.set_type, [](Interp& I2, CallArgs& a) {
    Dict* d = I2.make<Dict>(I2.set_type, Kind::Set);
    if (a.size() > 1) set_update(I2, d, a[1]);
    return Value::obj(d);
  });
  ctor(I, I.frozenset_type, [](Interp& I2, CallArgs& a) {
    if (a.size() > 1 && a[1].is_obj() && a[1].o->type == I2.frozenset_type) return a[1];
    Dict* d = I2.make<Dict>(I2.frozenset_type, Kind::FrozenSet);
    if (a.size() > 1) set_update(I2, d, a[1]);
    return Value::obj(d);
  });
  ctor(I, I.range_type, [](Interp& I2, CallArgs& a) {
    size_t n = a.size() - 1;
    if (n < 1 || n > 3)
      I2.raise(I2.TypeError, n < 1 ? "range expected at least 1 argument, got 0"
                                   : "range expected at most 3 arguments, got " + std::to_string(n));
    int64_t start = 0, stop, step = 1;
    if (n == 1) stop = I2.index_value(a[1]);
    else {
      start = I2.index_value(a[1]);
      stop = I2.index_value(a[2]);
      if (n == 3) step = I2.index_value(a[3]);
    }
    if (step == 0) I2.raise(I2.ValueError, "range() arg 3 must not be zero");
    return Value::obj(I2.make<Range>(I2.range_type, start, stop, step));
  });
  ctor(I, I.slice_type, [](Interp& I2, CallArgs& a) {
    size_t n = a.size() - 1;
    Value none = Value::none();
    if (n == 1) return Value::obj(I2.make<Slice>(I2.slice_type, none, a[1], none));
    if (n == 2) return Value::obj(I2.make<Slice>(I2.slice_type, a[1], a[2], none));
    if (n == 3) return Value::obj(I2.make<Slice>(I2.slice_type, a[1], a[2], a[3]));
    I2.raise(I2.TypeError, "slice expected at least 1 argument, got 0");
  });
  ctor(I, I.property_type, [](Interp& I2, CallArgs& a) {
    Property* p = I2.make<Property>(I2.property_type);
    p->fget = a.size() > 1 ? a[1] : Value::none();
    p->fset = a.size() > 2 ? a[2] : Value::none();
    Value fs = a.take_kw("fset");
    if (!fs.is_null()) p->fset = fs;
    return Value::obj(p);
  });
  ctor(I, I.classmethod_type,
       [](Interp& I2, CallArgs& a) { return Value::obj(I2.make<ClassMethod>(I2.classmethod_type, a[1])); });
  ctor(I, I.staticmethod_type,
       [](Interp& I2, CallArgs& a) { return Value::obj(I2.make<StaticMethod>(I2.staticmethod_type, a[1])); });
  ctor(I, I.object_type, [](Interp& I2, CallArgs& a) {
    Type* cls = static_cast<Type*>(a[0].o);
    Instance* inst = I2.make<Instance>(cls);
    if (cls->is_exception) inst->args = I2.tuple(std::vector<Value>(a.pos.begin() + 1, a.pos.end()));
    return Value::obj(inst);
  });
  static_cast<Builtin*>(static_cast<StaticMethod*>(I.dict_get_str(I.object_type->dict, "__new__").o)->func.o)
      ->qualname = "object.__new__";
  ctor(I, I.type_type, [](Interp& I2, CallArgs& a) -> Value {
    // a[0] is the metaclass being called (type or a subclass).
    if (a.size() == 2 && a.kw.empty() && a[0].same(Value::obj(I2.type_type))) return Value::obj(I2.type_of(a[1]));
    if (a.size() != 4) I2.raise(I2.TypeError, "type() takes 1 or 3 arguments");
    CallArgs ca;
    ca.pos.assign(a.pos.begin() + 1, a.pos.end());
    ca.kw = a.kw;
    return make_class(I2, static_cast<Type*>(a[0].o), ca);
  });
  ctor(I, I.super_type, [](Interp& I2, CallArgs& a) -> Value {
    Super* s = I2.make<Super>(I2.super_type);
    if (a.size() >= 3) {
      if (!a[1].is_obj() || a[1].o->kind != Kind::Type)
        I2.raise(I2.TypeError, "super() argument 1 must be a type, not " + I2.type_name(a[1]));
      s->start = static_cast<Type*>(a[1].o);
      s->obj = a[2];
      return Value::obj(s);
    }
    Frame* f = I2.current_frame();
    if (!f || f->code->co_argcount == 0) I2.raise(I2.RuntimeError, "super(): no arguments");
    const auto& c = *f->code;
    Value cls;
    for (size_t i = 0; i < c.localsplusnames.size(); ++i) {
      if (c.localsplusnames[i] == "__class__" && f->fast[i].is_obj() && f->fast[i].o->kind == Kind::Cell)
        cls = static_cast<Cell*>(f->fast[i].o)->value;
    }
    if (cls.is_null()) I2.raise(I2.RuntimeError, "super(): __class__ cell not found");
    Value self = f->fast[0];
    if ((c.localspluskinds[0] & py::kFastCell) && self.is_obj() && self.o->kind == Kind::Cell)
      self = static_cast<Cell*>(self.o)->value;
    s->start = static_cast<Type*>(cls.o);
    s->obj = self;
    return Value::obj(s);
  });

  // ---- functions ----
  def(I, "print", [](Interp& I2, CallArgs& a) {
    Value sep = a.take_kw("sep"), end = a.take_kw("end"), file = a.take_kw("file");
    a.take_kw("flush");
    if (!a.kw.empty()) I2.raise(I2.TypeError, "'" + a.kw[0].first + "' is an invalid keyword argument for print()");
    // file=None means sys.stdout as the program has set it (contextlib.redirect_stdout); the
    // process streams (sys.__stdout__ / sys.__stderr__) are written natively, any other object
    // through its write method, one call per piece as CPython's print makes them.
    Module* sys_mod = nullptr;
    if (auto it = I2.modules.find("sys"); it != I2.modules.end()) sys_mod = it->second;
    if ((file.is_null() || file.is_none()) && sys_mod) {
      file = I2.dict_get_str(sys_mod->dict, "stdout");
      if (file.is_none()) return Value::none();  // sys.stdout = None: print does nothing
    }
    int native = 0;  // 1: stdout, 2: stderr, 0: the object's write method
    if (file.is_null() || file.is_none()) native = 1;
    else if (sys_mod && file.is_obj() && file.o == I2.dict_get_str(sys_mod->dict, "__stdout__").o) native = 1;
    else if (sys_mod && file.is_obj() && file.o == I2.dict_get_str(sys_mod->dict, "__stderr__").o) native = 2;
    std::string sp = (sep.is_null() || sep.is_none()) ? " " : I2.to_str(sep);
    std::string en = (end.is_null() || end.is_none()) ? "\n" : I2.to_str(end);
    if (native) {
      std::string s;
      for (size_t i = 0; i < a.size(); ++i) {
        if (i) s += sp;
        s += I2.to_str(a[i]);
      }
      s += en;
      if (native == 2) I2.write_stderr(s);
      else I2.write_stdout(s);
      return Value::none();
    }
    Value write = I2.getattr(file, "write");
    for (size_t i = 0; i < a.size(); ++i) {
      if (i) I2.call(write, {I2.str(sp)});
      I2.call(write, {I2.str(I2.to_str(a[i]))});
    }
    I2.call(write, {I2.str(en)});
    return Value::none();
  });
  def(I, "len", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "len");
    return Value::integer(I2.len(a[0]));
  });
  def(I, "repr", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "repr");
    return I2.str(I2.repr(a[0]));
  });
  def(I, "ascii", [](Interp& I2, CallArgs& a) { return I2.str(ascii_repr(I2, a[0])); });
  def(I, "id", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 1, 1, "id");
    return Value::integer(static_cast<int64_t>(I2.id_of(a[0])));
  });
  def(I, "hash", [](Interp& I2, CallArgs& a) -> Value {
    // Interp::hash is CPython's hash for numbers and tuples (equal numbers hash equal).
    return Value::integer(static_cast<int64_t>(I2.hash(a[0])));
  });
  def(I, "isinstance", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "isinstance");
    std::function<bool(Value)> check = [&](Value cls) -> bool {
      if (cls.is_obj() && cls.o->kind == Kind::Tuple) {
        for (auto& c : static_cast<Tuple*>(cls.o)->items)
          if (check(c)) return true;
        return false;
      }
      if (!(cls.is_obj() && cls.o->kind == Kind::Type)) {
        // PyObject_IsInstance: an object that is not a class answers through its type's
        // __instancecheck__ (types.GenericAlias raises).
        if (Value h = I2.lookup_type(I2.type_of(cls), "__instancecheck__"); h.is_obj() && h.o->kind == Kind::Function)
          return I2.truthy(I2.call(h, {cls, a[0]}));
        I2.raise(I2.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
      }
      Type* t = static_cast<Type*>(cls.o);
      // A native hook in the class's own dict (torch_legacy.cpp's legacy tensor types); a Python
      // class's own __instancecheck__ is for its instances (types.GenericAlias), not for it.
      Value hook = I2.dict_get_str(t->dict, "__instancecheck__");
      if (hook.is_obj() && hook.o->kind == Kind::Builtin) return I2.truthy(I2.call(hook, {cls, a[0]}));
      if (I2.type_of(a[0])->is_subtype(t)) return true;
      if (t->type != I2.type_type) {  // a metaclass's __instancecheck__ (abc.ABCMeta's registry)
        Value mh = I2.lookup_type(t->type, "__instancecheck__");
        if (mh.is_obj() && mh.o->kind == Kind::Function) return I2.truthy(I2.call(mh, {cls, a[0]}));
      }
      return false;
    };
    return Value::boolean(check(a[1]));
  });
  def(I, "issubclass", [](Interp& I2, CallArgs& a) {
    std::function<bool(Value)> check = [&](Value cls) -> bool {
      if (cls.is_obj() && cls.o->kind == Kind::Tuple) {
        for (auto& c : static_cast<Tuple*>(cls.o)->items)
          if (check(c)) return true;
        return false;
      }
      if (!(cls.is_obj() && cls.o->kind == Kind::Type)) {
        if (Value h = I2.lookup_type(I2.type_of(cls), "__subclasscheck__"); h.is_obj() && h.o->kind == Kind::Function)
          return I2.truthy(I2.call(h, {cls, a[0]}));
      }
      if (!(a[0].is_obj() && a[0].o->kind == Kind::Type)) I2.raise(I2.TypeError, "issubclass() arg 1 must be a class");
      if (!(cls.is_obj() && cls.o->kind == Kind::Type))
        I2.raise(I2.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      Type* t = static_cast<Type*>(cls.o);
      if (static_cast<Type*>(a[0].o)->is_subtype(t)) return true;
      if (t->type != I2.type_type) {  // a metaclass's __subclasscheck__
        Value mh = I2.lookup_type(t->type, "__subclasscheck__");
        if (mh.is_obj() && mh.o->kind == Kind::Function) return I2.truthy(I2.call(mh, {cls, a[0]}));
      }
      return false;
    };
    return Value::boolean(check(a[1]));
  });
  def(I, "getattr", [](Interp& I2, CallArgs& a) {
    if (a.size() < 2) I2.raise(I2.TypeError, "getattr expected at least 2 arguments, got " + std::to_string(a.size()));
    if (!is_str(a[1])) I2.raise(I2.TypeError, "attribute name must be string, not '" + I2.type_name(a[1]) + "'");
    const std::string& name = static_cast<Str*>(a[1].o)->s;
    if (a.size() > 2) {
      Value v = I2.getattr_opt(a[0], name);
      return v.is_null() ? a[2] : v;
    }
    return I2.getattr(a[0], name);
  });
  def(I, "setattr", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 3, 3, "setattr");
    if (!is_str(a[1])) I2.raise(I2.TypeError, "attribute name must be string, not '" + I2.type_name(a[1]) + "'");
    I2.setattr(a[0], static_cast<Str*>(a[1].o)->s, a[2]);
    return Value::none();
  });
  def(I, "delattr", [](Interp& I2, CallArgs& a) {
    I2.delattr(a[0], I2.to_str(a[1]));
    return Value::none();
  });
  def(I, "hasattr", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "hasattr");
    if (!is_str(a[1])) I2.raise(I2.TypeError, "attribute name must be string, not '" + I2.type_name(a[1]) + "'");
    return Value::boolean(I2.hasattr(a[0], static_cast<Str*>(a[1].o)->s));
  });
  def(I, "callable", [](Interp& I2, CallArgs& a) { return Value::boolean(I2.callable(a[0])); });
  def(I, "iter", [](Interp& I2, CallArgs& a) {
    if (!a.kw.empty()) I2.raise(I2.TypeError, "iter() takes no keyword arguments");
    if (a.size() == 0) I2.raise(I2.TypeError, "iter expected at least 1 argument, got 0");
    if (a.size() > 2) I2.raise(I2.TypeError, "iter expected at most 2 arguments, got " + std::to_string(a.size()));
    if (a.size() == 1) return I2.iter(a[0]);
    // iter(callable, sentinel): Objects/iterobject.c calliter, which calls until the result
    // equals the sentinel (and then stays exhausted).
    if (!I2.callable(a[0])) I2.raise(I2.TypeError, "iter(v, w): v must be callable");
    Value fn = a[0], sentinel = a[1];
    bool done = false;
    return make_iter(I2, Interp::IterClass::callable_iterator, [fn, sentinel, done](Interp& I3, Value& out) mutable {
      if (done) return false;
      Value r;
      try {
        r = I3.call(fn, {});
      } catch (PyException& e) {
        if (I3.isinstance(e.exc, I3.StopIteration)) {
          done = true;
          return false;
        }
        throw;
      }
      if (I3.truthy(I3.compare(2, r, sentinel))) {
        done = true;
        return false;
      }
      out = r;
      return true;
    },
                     {fn, sentinel});
  });
  def(I, "next", [](Interp& I2, CallArgs& a) {
    Value v;
    Value ret = Value::none();  // a generator's return value travels in the StopIteration
    if (a.size() >= 1 && a[0].is_obj() && a[0].o->kind == Kind::Generator) {
      bool done = false;
      v = generator_send(I2, static_cast<Generator*>(a[0].o), Value::none(), done);
      if (!done) return v;
      ret = v;
    } else if (I2.next(a[0], v)) {
      return v;
    }
    if (a.size() > 1) return a[1];
    Instance* e = I2.make<Instance>(I2.StopIteration);
    e->args = ret.is_none() ? I2.tuple({}) : I2.tuple({ret});
    throw PyException(Value::obj(e));
  });
  def(I, "abs", [](Interp& I2, CallArgs& a) -> Value {
    Value v = a[0];
    if (Interp::is_number_subclass(v)) {
      Value f = I2.subclass_override(v, "__abs__");
      if (!f.is_null()) return I2.call(f, {v});
      v = Interp::number_payload(v);
    }
    if (v.is_int() && v.i != INT64_MIN) return Value::integer(v.i < 0 ? -v.i : v.i);
    if (v.is_int() || is_long(v)) return int_value(I2, to_bigint(v).abs());
    if (v.is_bool()) return Value::integer(v.b);
    if (v.is_float()) return Value::flt(std::fabs(v.f));
    if (v.is_obj() && v.o->kind == Kind::Tensor) return tensor_unary(I2, "abs", v);
    if (v.is_obj()) {
      Value f = I2.lookup_type(I2.type_of(v), "__abs__");
      if (!f.is_null()) return I2.call(f, {v});
    }
    I2.raise(I2.TypeError, "bad operand type for abs(): '" + I2.type_name(v) + "'");
  });
  def(I, "min", [](Interp& I2, CallArgs& a) { return min_max(I2, a, false); });
  def(I, "max", [](Interp& I2, CallArgs& a) { return min_max(I2, a, true); });
  def(I, "sum", [](Interp& I2, CallArgs& a) {
    Value start = a.take_kw("start");
    if (a.size() > 1) start = a[1];
    Value acc = start.is_null() ? Value::integer(0) : start;
    if (is_str(acc)) I2.raise(I2.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = I2.iter(a[0]);
    Value v;
    while (I2.next(it, v)) acc = I2.binary_op(0, acc, v);
    return acc;
  });
  def(I, "any", [](Interp& I2, CallArgs& a) {
    Value it = I2.iter(a[0]);
    Value v;
    while (I2.next(it, v))
      if (I2.truthy(v)) return Value::boolean(true);
    return Value::boolean(false);
  });
  def(I, "all", [](Interp& I2, CallArgs& a) {
    Value it = I2.iter(a[0]);
    Value v;
    while (I2.next(it, v))
      if (!I2.truthy(v)) return Value::boolean(false);
    return Value::boolean(true);
  });
  def(I, "sorted", [](Interp& I2, CallArgs& a) {
    Value l = I2.list(I2.to_vector(a[0]));
    CallArgs sa;
    sa.pos = {l};
    sa.kw = a.kw;
    Value sortm = I2.lookup_type(I2.list_type, "sort");
    I2.call(sortm, sa);
    return l;
  });
  def(I, "reversed", [](Interp& I2, CallArgs& a) {
    Value seq = a[0];
    if (seq.is_obj() && seq.o->kind == Kind::Instance) {
      Value f = I2.lookup_type(seq.o->type, "__reversed__");
      if (!f.is_null()) return I2.call(f, {seq});
    }
    if (Value f = I2.subclass_override(seq, "__reversed__"); !f.is_null()) return I2.call(f, {seq});
    using IC = Interp::IterClass;
    // The class of the iterator CPython's reversed() returns: the sequence's own __reversed__
    // (list_reverseiterator, range_iterator, the dicts' and views' reverse iterators), else a
    // `reversed` object over __len__ / __getitem__.
    IC cls = IC::reversed;
    if (seq.is_obj()) {
      Object* o = seq.o;
      if (o->kind == Kind::Dict) cls = IC::dict_reversekeyiterator;  // 3.8+
      else if (o->kind == Kind::Tuple && static_cast<Tuple*>(o)->view_of) {
        int which = static_cast<Tuple*>(o)->view_which;
        cls = which == 0 ? IC::dict_reversekeyiterator
              : which == 1 ? IC::dict_reversevalueiterator
                           : IC::dict_reverseitemiterator;
      } else if (o->kind == Kind::List) cls = IC::list_reverseiterator;
      else if (o->kind == Kind::Range) cls = IC::range_iterator;
    }
    if (seq.is_obj() && (seq.o->kind == Kind::Set || seq.o->kind == Kind::Iterator ||
                         seq.o->kind == Kind::Generator))
      I2.raise(I2.TypeError, "'" + I2.type_name(seq) + "' object is not reversible");
    auto items = I2.to_vector(seq);
    std::reverse(items.begin(), items.end());
    return make_seq_iterator(I2, I2.list(items), I2.iter_class(cls));
  });
  def(I, "enumerate", [](Interp& I2, CallArgs& a) {
    Value start = a.take_kw("start");
    if (a.size() > 1) start = a[1];
    int64_t i = start.is_null() ? 0 : I2.index_value(start);
    Value it = I2.iter(a[0]);
    return make_iter(I2, Interp::IterClass::enumerate, [it, i](Interp& I3, Value& out) mutable {
      Value v;
      if (!I3.next(it, v)) return false;
      out = I3.tuple({Value::integer(i++), v});
      return true;
    },
                     {it});
  });
  def(I, "zip", [](Interp& I2, CallArgs& a) {
    Value strict = a.take_kw("strict");
    std::vector<Value> its;
    for (auto& v : a.pos) its.push_back(I2.iter(v));
    bool is_strict = !strict.is_null() && I2.truthy(strict);
    return make_iter(I2, Interp::IterClass::zip, [its, is_strict](Interp& I3, Value& out) {
      if (its.empty()) return false;
      std::vector<Value> row;
      for (size_t k = 0; k < its.size(); ++k) {
        Value v;
        if (!I3.next(its[k], v)) {
          // zip_next's strict checks: "argument 3 is shorter than arguments 1-2"; after the first
          // ran out, any later one that still yields is longer.
          auto than = [](size_t i) { return i == 1 ? std::string(" 1") : "s 1-" + std::to_string(i); };
          if (is_strict && k > 0)
            I3.raise(I3.ValueError, "zip() argument " + std::to_string(k + 1) + " is shorter than argument" + than(k));
          if (is_strict && k == 0)
            for (size_t j = 1; j < its.size(); ++j) {
              Value extra;
              if (I3.next(its[j], extra))
                I3.raise(I3.ValueError, "zip() argument " + std::to_string(j + 1) + " is longer than argument" + than(j));
            }
          return false;
        }
        row.push_back(v);
      }
      out = I3.tuple(row);
      return true;
    },
                     its);
  });
  def(I, "map", [](Interp& I2, CallArgs& a) {
    Value fn = a[0];
    std::vector<Value> its;
    for (size_t k = 1; k < a.size(); ++k) its.push_back(I2.iter(a[k]));
    return make_iter(I2, Interp::IterClass::map, [fn, its](Interp& I3, Value& out) {
      std::vector<Value> args;
      for (auto& it : its) {
        Value v;
        if (!I3.next(it, v)) return false;
        args.push_back(v);
      }
      out = I3.call(fn, args);
      return true;
    },
                     [&] {
                       std::vector<Value> refs = its;
                       refs.push_back(fn);
                       return refs;
                     }());
  });
  def(I, "filter", [](Interp& I2, CallArgs& a) {
    Value fn = a[0];
    Value it = I2.iter(a[1]);
    return make_iter(I2, Interp::IterClass::filter, [fn, it](Interp& I3, Value& out) {
      Value v;
      while (I3.next(it, v)) {
        bool keep = fn.is_none() ? I3.truthy(v) : I3.truthy(I3.call(fn, {v}));
        if (keep) {
          out = v;
          return true;
        }
      }
      return false;
    },
                     {fn, it});
  });
  // The iterator classes: zip, map, filter, enumerate and reversed are the builtins of those
  // names, as in CPython (`type(zip()) is zip`, `isinstance(z, zip)`); their __new__ is the
  // function defined above. The others cannot be instantiated ("cannot create 'list_iterator'
  // instances").
  for (Type* t : I.iter_classes) {
    const std::string n = t->name;
    if (n == "zip" || n == "map" || n == "filter" || n == "enumerate" || n == "reversed") {
      Value fn = I.dict_get_str(I.builtins, n);
      ctor(I, t, [fn](Interp& I2, CallArgs& a) {
        CallArgs rest = a;
        rest.pos.erase(rest.pos.begin());
        return I2.call(fn, rest);
      });
      I.dict_set_str(I.builtins, n, Value::obj(t));
    } else {
      ctor(I, t, [n](Interp& I2, CallArgs&) -> Value { I2.raise(I2.TypeError, "cannot create '" + n + "' instances"); });
    }
  }
  ctor(I, I.iterator_type, [](Interp& I2, CallArgs&) -> Value { I2.raise(I2.TypeError, "cannot create 'iterator' instances"); });
  def(I, "round", [](Interp& I2, CallArgs& a) -> Value {
    Value v = a[0];
    if (Interp::is_number_subclass(v)) {
      Value f = I2.subclass_override(v, "__round__");
      if (!f.is_null()) {
        CallArgs fa = a;
        return I2.call(f, fa);
      }
      v = Interp::number_payload(v);
    }
    Value nd = a.size() > 1 ? a[1] : a.take_kw("ndigits");
    if (is_integral(v)) {
      Value x = v.is_bool() ? Value::integer(v.b) : v;
      if (nd.is_null() || nd.is_none() || I2.index_value(nd) >= 0) return x;
      // Negative ndigits: round half to even at a power of ten (long_round).
      int64_t k = -I2.index_value(nd);
      // 10**k > 2|x|: the nearest multiple is 0 (without building a huge power of ten).
      if (static_cast<double>(k) > static_cast<double>(to_bigint(x).bit_length()) * 0.30103 + 1)
        return Value::integer(0);
      py::BigInt p = py::BigInt(10).pow(static_cast<uint64_t>(k)), q, r;
      py::BigInt::divmod(to_bigint(x), p, q, r);
      int c = py::BigInt::compare(r + r, p);
      py::BigInt one(1);
      if (c > 0 || (c == 0 && !((q & one) == py::BigInt(0)))) q = q + one;
      return int_value(I2, q * p);
    }
    if (v.is_obj() && v.o->kind == Kind::Tensor) return tensor_unary(I2, "round", v);
    if (!v.is_float()) {
      Value f = I2.lookup_type(I2.type_of(v), "__round__");
      if (!f.is_null()) return I2.call(f, {v});
      I2.raise(I2.TypeError, "type " + I2.type_name(v) + " doesn't define __round__ method");
    }
    if (nd.is_null() || nd.is_none()) {
      return float_to_int(I2, std::nearbyint(v.f));
    }
    int64_t n = I2.index_value(nd);
    char buf[512];
    if (n >= 0) {
      std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::min<int64_t>(n, 300)), v.f);
      return Value::flt(std::strtod(buf, nullptr));
    }
    double p = std::pow(10.0, static_cast<double>(-n));
    return Value::flt(std::nearbyint(v.f / p) * p);
  });
  def(I, "divmod", [](Interp& I2, CallArgs& a) {
    auto is_num = [](const Value& v) { return v.is_int() || v.is_bool() || v.is_float(); };
    if (a.size() == 2 && is_num(a[0]) && is_num(a[1]) && I2.eq(a[1], Value::integer(0))) {
      bool flt = a[0].is_float() || a[1].is_float();
      I2.raise(I2.ZeroDivisionError, flt ? "float divmod()" : "integer division or modulo by zero");
    }
    return I2.tuple({I2.binary_op(2, a[0], a[1]), I2.binary_op(6, a[0], a[1])});
  });
  def(I, "pow", [](Interp& I2, CallArgs& a) -> Value {
    Value mod = a.size() > 2 ? a[2] : a.take_kw("mod");
    if (mod.is_null() || mod.is_none()) return I2.binary_op(8, a[0], a[1]);
    // Three-argument pow of int subclasses: the ints they carry (long_pow).
    for (Value* p : {&a[0], &a[1], &mod}) *p = Interp::number_payload(*p);
    if (!is_integral(a[0]) || !is_integral(a[1]) || !is_integral(mod))
      I2.raise(I2.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return long_pow_mod(I2, a[0], a[1], mod);
  });
  def(I, "chr", [](Interp& I2, CallArgs& a) {
    int64_t c = I2.index_value(a[0]);
    std::string s;
    if (c < 0x80) s += static_cast<char>(c);
    else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (c >> 18));
      s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return I2.str(s);
  });
  def(I, "ord", [](Interp& I2, CallArgs& a) {
    if (!is_str(a[0]))
      I2.raise(I2.TypeError, "ord() expected string of length 1, but " + I2.type_name(a[0]) + " found");
    const std::string& s = static_cast<Str*>(a[0].o)->s;
    if (I2.len(a[0]) != 1)
      I2.raise(I2.TypeError,
               "ord() expected a character, but string of length " + std::to_string(I2.len(a[0])) + " found");
    unsigned char c = static_cast<unsigned char>(s[0]);
    int64_t cp = c;
    if (c >= 0xF0) cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    else if (c >= 0xE0) cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    else if (c >= 0xC0) cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
    return Value::integer(cp);
  });
  def(I, "format", [](Interp& I2, CallArgs& a) { return format_value(I2, a[0], a.size() > 1 ? I2.to_str(a[1]) : ""); });
  def(I, "hex", [](Interp& I2, CallArgs& a) { return format_value(I2, a[0], "#x"); });
  def(I, "bin", [](Interp& I2, CallArgs& a) { return format_value(I2, a[0], "#b"); });
  def(I, "oct", [](Interp& I2, CallArgs& a) { return format_value(I2, a[0], "#o"); });
  def(I, "vars", [](Interp& I2, CallArgs& a) {
    Value d = I2.getattr_opt(a[0], "__dict__");
    if (d.is_null()) I2.raise(I2.TypeError, "vars() argument must have __dict__ attribute");
    return d;
  });
  // dir(): the sorted names of the current scope, or of an object (its __dir__ when its class
  // defines one; a module's namespace; a class's attributes along its MRO; an instance's own
  // attributes plus its class's).
  def(I, "dir", [](Interp& I2, CallArgs& a) -> Value {
    if (a.size() > 1) I2.raise(I2.TypeError, "dir expected at most 1 argument, got " + std::to_string(a.size()));
    std::vector<Value> names;
    std::set<std::string> seen;
    auto add_keys = [&](Dict* d) {
      if (!d) return;
      for (auto& e : d->entries)
        if (e.live && e.key.is_obj() && e.key.o->kind == Kind::Str && seen.insert(static_cast<Str*>(e.key.o)->s).second)
          names.push_back(e.key);
    };
    if (a.size() == 0) {
      Frame* f = I2.current_frame();
      if (f->locals_dict) add_keys(f->locals_dict);
      else
        for (size_t i = 0; i < f->code->co_varnames.size(); ++i)
          if (!f->fast[i].is_null() && seen.insert(f->code->co_varnames[i]).second)
            names.push_back(I2.str(f->code->co_varnames[i]));
    } else {
      Value obj = a[0];
      Type* t = I2.type_of(obj);
      Value custom = t->is_builtin ? Value() : I2.lookup_type(t, "__dir__");
      if (!custom.is_null()) {
        names = I2.to_vector(I2.call(custom, {obj}));
      } else if (obj.is_obj() && obj.o->kind == Kind::Module) {
        add_keys(static_cast<Module*>(obj.o)->dict);
      } else {
        Type* cls = obj.is_obj() && obj.o->kind == Kind::Type ? static_cast<Type*>(obj.o) : t;
        if (cls == t && obj.is_obj() && obj.o->kind == Kind::Instance) add_keys(static_cast<Instance*>(obj.o)->dict);
        if (cls == t && I2.payload_subclass(obj)) {  // a tuple/list/dict/str subclass's __dict__
          Value d = I2.getattr_opt(obj, "__dict__");
          if (d.is_obj() && d.o->kind == Kind::Dict) add_keys(static_cast<Dict*>(d.o));
        }
        for (Type* m : cls->mro) add_keys(m->dict);
        if (seen.insert("__class__").second)
          names.push_back(I2.str("__class__"));  // object's, a getattr special case here
      }
    }
    Value l = I2.list(std::move(names));
    CallArgs sa;
    sa.pos = {l};
    I2.call(I2.lookup_type(I2.list_type, "sort"), sa);
    return l;
  });
  def(I, "globals", [](Interp& I2, CallArgs&) { return Value::obj(I2.current_frame()->globals); });
  def(I, "locals", [](Interp& I2, CallArgs&) { return Value::obj(frame_locals(I2, I2.current_frame())); });
  def(I, "input",
      [](Interp& I2, CallArgs&) -> Value { I2.raise(I2.RuntimeError, "input() is not available in the playground"); });
  // open(): files of the run's in-memory file system (prelude _dp_open.py; no disk).
  def(I, "open", [](Interp& I2, CallArgs& a) -> Value {
    Value mod = I2.import_module("_dp_open");
    return I2.call(I2.getattr(mod, "open"), a);
  });
  def(I, "__import__", [](Interp& I2, CallArgs& a) { return I2.import_module(I2.to_str(a[0])); });
  def(I, "__build_class__", [](Interp& I2, CallArgs& a) -> Value {
    if (a.size() < 2) I2.raise(I2.TypeError, "__build_class__: not enough arguments");
    Function* body = static_cast<Function*>(a[0].o);
    std::string name = I2.to_str(a[1]);
    // PEP 560: a base that is not a class may stand for others (its __mro_entries__(bases)).
    std::vector<Value> orig_bases(a.pos.begin() + 2, a.pos.end());
    std::vector<Value> bases;
    bool replaced = false;
    for (auto& ob : orig_bases) {
      if (!(ob.is_obj() && ob.o->kind == Kind::Type)) {
        Value me = I2.getattr_opt(ob, "__mro_entries__");
        if (!me.is_null()) {
          Value entries = I2.call(me, {I2.tuple(orig_bases)});
          if (!(entries.is_obj() && entries.o->kind == Kind::Tuple))
            I2.raise(I2.TypeError, "__mro_entries__ must return a tuple");
          for (auto& e : static_cast<Tuple*>(entries.o)->items) bases.push_back(e);
          replaced = true;
          continue;
        }
      }
      bases.push_back(ob);
    }
    // The metaclass: `metaclass=` or the most derived of the bases' types (builtins.__build_class__
    // and _PyType_CalculateMetaclass).
    Value meta_kw = a.take_kw("metaclass");
    Type* meta = nullptr;
    Value meta_fn;  // a metaclass that is not a class: any callable, called as is
    if (!meta_kw.is_null()) {
      if (meta_kw.is_obj() && meta_kw.o->kind == Kind::Type) meta = static_cast<Type*>(meta_kw.o);
      else meta_fn = meta_kw;
    }
    for (auto& b : bases) {
      if (!meta_fn.is_null() || !(b.is_obj() && b.o->kind == Kind::Type)) continue;
      Type* bm = I2.type_of(b);
      if (!meta || bm->is_subtype(meta)) meta = bm;
      else if (!meta->is_subtype(bm))
        I2.raise(I2.TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                 "metaclasses of all its bases");
    }
    if (!meta) meta = I2.type_type;
    Dict* ns = I2.new_dict();
    if (meta != I2.type_type) {
      Value prep = I2.lookup_type(meta, "__prepare__");
      if (!prep.is_null() && !(prep.is_obj() && prep.o->kind == Kind::Builtin)) {
        CallArgs pa;
        pa.pos = {Value::obj(meta), I2.str(name), I2.tuple(bases)};
        pa.kw = a.kw;
        if (prep.is_obj() && prep.o->kind == Kind::ClassMethod) prep = static_cast<ClassMethod*>(prep.o)->func;
        else if (prep.is_obj() && prep.o->kind == Kind::StaticMethod) {
          prep = static_cast<StaticMethod*>(prep.o)->func;
          pa.pos.erase(pa.pos.begin());
        }
        Value d = I2.call(prep, pa);
        if (!(d.is_obj() && d.o->kind == Kind::Dict))
          I2.raise(I2.TypeError, "the playground supports only a dict from __prepare__, not '" + I2.type_name(d) + "'");
        ns = static_cast<Dict*>(d.o);
      }
    }
    if (replaced) I2.dict_set_str(ns, "__orig_bases__", I2.tuple(orig_bases));
    Value cell = I2.run_class_body(body, ns);
    if (cell.is_obj() && cell.o->kind == Kind::Cell) I2.dict_set_str(ns, "__classcell__", cell);
    CallArgs ca;
    ca.pos = {I2.str(name), I2.tuple(bases), Value::obj(ns)};
    ca.kw = a.kw;
    if (!meta_fn.is_null()) return I2.call(meta_fn, ca);
    if (meta == I2.type_type) return make_class(I2, meta, ca);
    return I2.call(Value::obj(meta), ca);
  });

  init_torch(I);
  // memoryview: a Python class (core/prelude/_memoryview.py), made once at startup.
  I.dict_set_str(I.builtins, "memoryview", I.getattr(I.import_module("_memoryview"), "memoryview"));
}

}  // namespace dp::rt
