// See script_object.h.
#include "runtime/script_object.h"

#include <cstdio>

#include "runtime/prelude.h"

namespace dp::rt {

Value make_script_object(Interp& I, const std::string& qualname, Value impl, std::vector<std::string> methods) {
  ScriptObj* s = I.make<ScriptObj>(I.script_object_type);
  s->qualname = qualname;
  s->impl = impl;
  s->methods = std::move(methods);
  return Value::obj(s);
}

Value clone_script_object(Interp& I, Value obj) {
  auto* s = static_cast<ScriptObj*>(obj.o);
  Value impl = s->impl;
  if (!impl.is_none() && I.hasattr(impl, "_clone")) impl = I.call_method(impl, "_clone", {});
  return make_script_object(I, s->qualname, impl, s->methods);
}

// The type of x._type(): torch._C.ClassType, created with the torch._C module of each interpreter
// (a process-wide cache would outlive its interpreter: run_json makes a new one per program).
static Type* new_class_type(Interp& I) {
  Type* t = I.new_type("ClassType", I.object_type, Kind::Instance, "torch");
  Builtin* q = static_cast<Builtin*>(
      I.builtin("qualified_name", [](Interp& I2, CallArgs& a) { return I2.getattr(a[0], "_qualname"); }).o);
  q->is_method = true;
  I.dict_set_str(t->dict, "qualified_name", Value::obj(q));
  Builtin* r = static_cast<Builtin*>(
      I.builtin("__str__", [](Interp& I2, CallArgs& a) { return I2.getattr(a[0], "_qualname"); }).o);
  r->is_method = true;
  I.dict_set_str(t->dict, "__str__", Value::obj(r));
  return t;
}

static Value make_type_object(Interp& I, const std::string& qualname) {
  auto m = I.modules.find("torch._C");
  Value tv = m == I.modules.end() ? Value() : I.dict_get_str(m->second->dict, "ClassType");
  Type* t = tv.is_obj() && tv.o->kind == Kind::Type ? static_cast<Type*>(tv.o) : new_class_type(I);
  Instance* inst = I.make<Instance>(t);
  inst->dict = I.new_dict();
  I.dict_set_str(inst->dict, "_qualname", I.str(qualname));
  return Value::obj(inst);
}

Value script_object_getattr(Interp& I, Value obj, const std::string& name) {
  auto* s = static_cast<ScriptObj*>(obj.o);
  if (name == "_type") {
    std::string q = s->qualname;
    return I.builtin("_type", [q](Interp& I2, CallArgs&) { return make_type_object(I2, q); });
  }
  if (name == "_method_names") {
    std::vector<std::string> m = s->methods;
    return I.builtin("_method_names", [m](Interp& I2, CallArgs&) {
      std::vector<Value> v;
      for (auto& x : m) v.push_back(I2.str(x));
      return I2.list(v);
    });
  }
  if (name == "__class__") return Value::obj(I.script_object_type);
  if (name == "__deepcopy__") {
    Value b = I.builtin("__deepcopy__", [obj](Interp& I2, CallArgs&) { return clone_script_object(I2, obj); });
    static_cast<Builtin*>(b.o)->refs = {obj};
    return b;
  }
  for (auto& m : s->methods) {
    if (m == name) {
      Value impl = s->impl;
      Value b = I.builtin(name, [impl, name](Interp& I2, CallArgs& a) {
        Value f = I2.getattr(impl, name);
        return I2.call(f, a);
      });
      static_cast<Builtin*>(b.o)->refs = {impl};
      return b;
    }
  }
  I.raise(I.AttributeError, "'" + s->qualname + "' object has no attribute '" + name + "'");
}

// torch/csrc/jit/python/script_init.cpp: torch.ScriptObject defines every name of
// magic_method_names. Each calls the custom class's method of that name when it has one (_Foo's
// __eq__); otherwise __str__ is "ScriptObject <{qualified name}>", __repr__ is
// "<torch.ScriptObject object at 0x...>", and any other raises
// NotImplementedError("'{name}' is not implemented for {qualified name}") (tq == tq, len(tq), tq[0]).
static const char* const kMagicMethodNames[] = {
    "__lt__",      "__le__",      "__eq__",        "__ne__",       "__ge__",       "__gt__",        "__not__",
    "__abs__",     "__add__",     "__and__",       "__floordiv__", "__index__",    "__inv__",       "__invert__",
    "__lshift__",  "__mod__",     "__mul__",       "__matmul__",   "__neg__",      "__or__",        "__pos__",
    "__pow__",     "__rshift__",  "__sub__",       "__truediv__",  "__xor__",      "__concat__",    "__contains__",
    "__delitem__", "__getitem__", "__setitem__",   "__iadd__",     "__iand__",     "__iconcat__",   "__ifloordiv__",
    "__ilshift__", "__imod__",    "__imul__",      "__imatmul__",  "__ior__",      "__ipow__",      "__irshift__",
    "__isub__",    "__itruediv__", "__ixor__",     "__str__",      "__len__",      "__repr__"};

static void install_magic_methods(Interp& I) {
  Type* t = I.script_object_type;
  if (!t) return;
  for (const char* mm : kMagicMethodNames) {
    std::string name = mm;
    Builtin* b = static_cast<Builtin*>(I.builtin(name, [name](Interp& I2, CallArgs& a) -> Value {
      if (a.pos.empty() || !(a[0].is_obj() && a[0].o->kind == Kind::ScriptObject))
        I2.raise(I2.TypeError, "descriptor '" + name + "' requires a 'torch.ScriptObject' object");
      auto* s = static_cast<ScriptObj*>(a[0].o);
      for (auto& m : s->methods) {
        if (m != name) continue;
        CallArgs rest;
        rest.pos.assign(a.pos.begin() + 1, a.pos.end());
        rest.kw = a.kw;
        return I2.call(I2.getattr(s->impl, name), rest);
      }
      if (name == "__str__") return I2.str("ScriptObject <" + s->qualname + ">");
      if (name == "__repr__") {
        char addr[40];
        std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(I2.address_of(a[0].o)));
        return I2.str(std::string("<torch.ScriptObject object at ") + addr + ">");
      }
      I2.raise(I2.NotImplementedError, "'" + name + "' is not implemented for " + s->qualname);
    }).o);
    b->is_method = true;
    I.dict_set_str(t->dict, name, Value::obj(b));
  }
}

void init_script_objects(Interp& I, Module* m) {
  install_magic_methods(I);
  I.dict_set_str(m->dict, "ClassType", Value::obj(new_class_type(I)));
  I.dict_set_str(m->dict, "_make_script_object",
                 I.builtin(
                     "_make_script_object",
                     [](Interp& I2, CallArgs& a) {
                       std::vector<std::string> methods;
                       for (auto& v : I2.to_vector(a[2])) methods.push_back(I2.to_str(v));
                       return make_script_object(I2, I2.to_str(a[0]), a[1], methods);
                     },
                     "torch._C"));
  I.dict_set_str(m->dict, "_script_object_impl",
                 I.builtin(
                     "_script_object_impl",
                     [](Interp& I2, CallArgs& a) {
                       if (!(a[0].is_obj() && a[0].o->kind == Kind::ScriptObject))
                         I2.raise(I2.TypeError, "expected a ScriptObject");
                       return static_cast<ScriptObj*>(a[0].o)->impl;
                     },
                     "torch._C"));
  I.dict_set_str(m->dict, "_set_script_object_impl",
                 I.builtin(
                     "_set_script_object_impl",
                     [](Interp& I2, CallArgs& a) {
                       if (!(a[0].is_obj() && a[0].o->kind == Kind::ScriptObject))
                         I2.raise(I2.TypeError, "expected a ScriptObject");
                       static_cast<ScriptObj*>(a[0].o)->impl = a[1];
                       return Value::none();
                     },
                     "torch._C"));
  I.dict_set_str(
      m->dict, "_clone_script_object",
      I.builtin(
          "_clone_script_object", [](Interp& I2, CallArgs& a) { return clone_script_object(I2, a[0]); }, "torch._C"));
  I.dict_set_str(
      m->dict, "_is_script_object",
      I.builtin(
          "_is_script_object",
          [](Interp&, CallArgs& a) { return Value::boolean(a[0].is_obj() && a[0].o->kind == Kind::ScriptObject); },
          "torch._C"));
}

}  // namespace dp::rt
