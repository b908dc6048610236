// The special methods of built-in types as attributes: CPython's slot wrappers
// (Objects/descrobject.c's wrapper_descriptor, `<slot wrapper '__add__' of 'int' objects>`) and
// the method-wrappers they bind to (`<method-wrapper '__add__' of int object at 0x...>`), made from
// the type slots by Objects/typeobject.c's slotdefs. Each built-in type lists the special methods
// its own __dict__ has in CPython 3.11; a name is found along the MRO (bool.__add__ is int's,
// list.__init__ object's' ... ). The wrappers call the interpreter's protocols on the built-in value
// (a subclass's payload, past its overrides), with the wrappers' rules: a binary operator of a
// number returns NotImplemented for an operand of another type (int.__add__(1, 2.0),
// float.__truediv__(1.0, 'a')), a comparison NotImplemented for an unrelated type, and a call with
// a self of the wrong type raises "descriptor '__add__' requires a 'int' object but received a
// 'str'". They are made once per interpreter (before the warm snapshot), so `int.__add__ is
// int.__add__` as in CPython; the type dicts are not changed (the runtime's own lookups of a user
// class's overrides are as before). docs/stdlib.md, "Special methods of built-in types".
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "runtime/interp.h"

namespace dp::rt {

namespace {

// BINARY_OP's operator numbering (ops.cpp's kOpDunders): the stem of each operator's method.
const char* const kOpStems[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                "or",  "pow", "rshift",   "sub",    "truediv", "xor"};

bool is_intlike(const Value& v) {
  Value p = Interp::number_payload(v);
  return p.is_int() || p.is_bool() || is_long(p);
}
bool is_floatlike(const Value& v) {
  Value p = Interp::number_payload(v);
  return p.is_float() || is_intlike(v);
}

// The built-in value a wrapper computes with: an int/float subclass's number, a container
// subclass's contents as a plain object (so that no override of the subclass runs again).
Value plain(Interp& I, Value v) {
  if (Interp::is_number_subclass(v)) return Interp::number_payload(v);
  if (!I.payload_subclass(v)) return v;
  switch (v.o->kind) {
    case Kind::List: return I.list(static_cast<List*>(v.o)->items);
    case Kind::Tuple: return I.tuple(static_cast<Tuple*>(v.o)->items);
    case Kind::Str: return I.str(static_cast<Str*>(v.o)->s);
    case Kind::Dict: {
      Value d = I.dict_value();
      for (auto& e : static_cast<Dict*>(v.o)->entries)
        if (e.live) I.dict_set(static_cast<Dict*>(d.o), e.key, e.value);
      return d;
    }
    default: return v;
  }
}

int op_index(const std::string& stem) {
  for (int i = 0; i < 13; ++i)
    if (stem == kOpStems[i]) return i;
  return -1;
}

int cmp_index(const std::string& n) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int i = 0; i < 6; ++i)
    if (n == names[i]) return i;
  return -1;
}

// Whether `other` is an operand the owner's binary slot handles (else NotImplemented).
bool accepts(Interp& I, const Type* owner, const Value& other) {
  if (owner == I.int_type || owner == I.bool_type) return is_intlike(other);
  if (owner == I.float_type) return is_floatlike(other);
  if (owner == I.set_type || owner == I.frozenset_type)
    return other.is_obj() && (other.o->kind == Kind::Set || other.o->kind == Kind::FrozenSet);
  if (owner == I.dict_type) return other.is_obj() && other.o->kind == Kind::Dict;
  return I.isinstance(other, const_cast<Type*>(owner));
}

[[noreturn]] void arg_count(Interp& I, size_t want, size_t got) {
  I.raise(I.TypeError, "expected " + std::to_string(want) + " argument" + (want == 1 ? "" : "s") + ", got " +
                           std::to_string(got));
}

// The number of arguments (besides self) a wrapper takes: wrap_binaryfunc & co.; max < 0 when
// the wrapper does not check (a method descriptor such as __round__ or __format__, __init__).
std::pair<int, int> wrapper_arity(const std::string& name) {
  static const std::set<std::string> none = {
      "__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__index__", "__len__",
      "__iter__", "__next__", "__hash__", "__repr__", "__str__", "__trunc__", "__floor__", "__ceil__"};
  if (none.count(name)) return {0, 0};
  if (name == "__pow__" || name == "__rpow__") return {1, 2};
  if (name == "__setitem__") return {2, 2};
  if (name == "__round__" || name == "__format__" || name == "__init__" || name == "__call__") return {0, -1};
  return {1, 1};
}

void check_arity(Interp& I, const std::string& name, size_t got) {
  auto [lo, hi] = wrapper_arity(name);
  if (hi < 0 || (got >= static_cast<size_t>(lo) && got <= static_cast<size_t>(hi))) return;
  if (lo != hi)
    I.raise(I.TypeError, "expected " + std::to_string(lo) + " or " + std::to_string(hi) + " arguments, got " +
                             std::to_string(got));
  arg_count(I, static_cast<size_t>(lo), got);
}

Value call_builtin(Interp& I, const char* name, std::vector<Value> args) {
  return I.call(I.dict_get_str(I.builtins, name), std::move(args));
}

// What the wrapper `name` of `owner` does with self and the other arguments.
Value slot_call(Interp& I, const Type* owner, const std::string& name, Value self, CallArgs& a) {
  std::vector<Value>& args = a.pos;
  auto want = [&](size_t n) {
    if (args.size() != n) arg_count(I, n, args.size());
  };
  auto no_kw = [&] {
    if (!a.kw.empty()) I.raise(I.TypeError, "wrapper " + name + "() takes no keyword arguments");
  };
  const std::string stem = name.substr(2, name.size() - 4);
  // Comparisons (richcmp wrappers).
  if (int c = cmp_index(name); c >= 0) {
    no_kw();
    want(1);
    Value other = args[0];
    if (owner == I.object_type) {
      if (c == 2) return self.same(other) ? Value::boolean(true) : I.not_implemented;
      if (c == 3) {
        if (!self.same(other)) {
          Value r = I.call(I.getattr(self, "__eq__"), {other});
          if (r.is_obj() && r.o->kind == Kind::NotImplemented) return r;
          return Value::boolean(!I.truthy(r));
        }
        return Value::boolean(false);
      }
      return I.not_implemented;
    }
    if (owner == I.dict_type && c != 2 && c != 3) return I.not_implemented;
    if (owner == I.int_type && !is_intlike(other)) return I.not_implemented;
    if (!accepts(I, owner, other)) return I.not_implemented;
    return I.compare(c, plain(I, self), plain(I, other));
  }
  // Binary operators, reflected (__radd__) and in-place (__iadd__) forms.
  if (stem == "divmod" || stem == "rdivmod") {
    no_kw();
    want(1);
    if (!accepts(I, owner, args[0])) return I.not_implemented;
    Value x = plain(I, self), y = plain(I, args[0]);
    return stem == "divmod" ? call_builtin(I, "divmod", {x, y}) : call_builtin(I, "divmod", {y, x});
  }
  {
    bool reflected = false, inplace = false;
    int op = op_index(stem);
    if (op < 0 && stem.size() > 1 && stem[0] == 'r' && (op = op_index(stem.substr(1))) >= 0) reflected = true;
    if (op < 0 && stem.size() > 1 && stem[0] == 'i' && (op = op_index(stem.substr(1))) >= 0) inplace = true;
    if (op >= 0) {
      no_kw();
      if (stem == "pow" || stem == "rpow") {
        if (args.empty() || args.size() > 2) I.raise(I.TypeError, "expected 1 or 2 arguments, got " + std::to_string(args.size()));
      } else {
        want(1);
      }
      Value other = args[0];
      const bool number = owner == I.int_type || owner == I.bool_type || owner == I.float_type;
      const bool sequence = owner == I.str_type || owner == I.bytes_type || owner == I.list_type || owner == I.tuple_type;
      if (sequence && op == 5) {  // sq_repeat: the count is an index, whatever the side
        I.index_value(other);
        Value r = I.binary_op(5, plain(I, self), other);
        if (inplace) {  // list.__imul__
          static_cast<List*>(self.o)->items = static_cast<List*>(r.o)->items;
          return self;
        }
        return r;
      }
      if (sequence && op == 0) {  // sq_concat raises for another type
        if (inplace) return I.binary_op(13, self, other);
        Value r = I.binary_op(0, plain(I, self), accepts(I, owner, other) ? plain(I, other) : other);
        return r;
      }
      if (op == 6 && (owner == I.str_type || owner == I.bytes_type)) {  // printf-style formatting
        if (reflected)  // str.__rmod__(self, fmt): fmt % self when fmt is of the same type
          return accepts(I, owner, other) ? I.binary_op(6, plain(I, other), plain(I, self)) : I.not_implemented;
        return I.binary_op(6, plain(I, self), other);
      }
      if (owner == I.dict_type && inplace) {  // dict.__ior__: update in place
        I.call(I.lookup_type(I.dict_type, "update"), {self, other});
        return self;
      }
      if (number || owner == I.set_type || owner == I.frozenset_type || owner == I.dict_type) {
        if (!accepts(I, owner, other)) return I.not_implemented;
        if (inplace) return I.binary_op(13 + op, self, other);
        Value x = plain(I, self), y = plain(I, other);
        if (args.size() == 2) return call_builtin(I, "pow", reflected ? std::vector<Value>{y, x, args[1]} : std::vector<Value>{x, y, args[1]});
        return reflected ? I.binary_op(op, y, x) : I.binary_op(op, x, y);
      }
      return I.not_implemented;
    }
  }
  no_kw();
  // Unary and conversion slots.
  if (name == "__neg__" || name == "__pos__" || name == "__invert__" || name == "__abs__" || name == "__bool__" ||
      name == "__int__" || name == "__float__" || name == "__index__" || name == "__len__" || name == "__iter__" ||
      name == "__next__" || name == "__hash__" || name == "__repr__" || name == "__str__" || name == "__trunc__" ||
      name == "__floor__" || name == "__ceil__") {
    want(0);
    Value x = plain(I, self);
    if (name == "__neg__") return I.unary_neg(x);
    if (name == "__pos__") return I.unary_pos(x);
    if (name == "__invert__") return I.unary_invert(x);
    if (name == "__abs__") return call_builtin(I, "abs", {x});
    if (name == "__bool__") return Value::boolean(I.truthy(x));
    if (name == "__int__" || name == "__index__") return is_intlike(x) ? (x.is_bool() ? Value::integer(x.b ? 1 : 0) : x) : call_builtin(I, "int", {x});
    if (name == "__float__") return call_builtin(I, "float", {x});
    if (name == "__len__") return Value::integer(I.base_len(self));
    if (name == "__iter__") return owner->instance_kind == Kind::Iterator ? self : I.base_iter(self);
    if (name == "__next__") {
      Value out;
      if (!I.next(self, out)) I.raise_value(I.call(Value::obj(I.StopIteration), {}));
      return out;
    }
    if (name == "__hash__") return Value::integer(static_cast<int64_t>(I.hash(x)));
    if (name == "__repr__") {
      if (owner == I.object_type) return I.call(I.lookup_type(I.object_type, "__repr__"), {self});
      return I.str(I.repr(x));
    }
    if (name == "__str__") return I.str(I.to_str(self));
    if (name == "__trunc__") return is_intlike(x) ? x : float_to_int(I, std::trunc(x.f));
    if (name == "__floor__") return is_intlike(x) ? x : float_to_int(I, std::floor(x.f));
    if (name == "__ceil__") return is_intlike(x) ? x : float_to_int(I, std::ceil(x.f));
  }
  if (name == "__round__") {
    if (args.size() > 1) I.raise(I.TypeError, "__round__ expected at most 1 argument, got " + std::to_string(args.size()));
    std::vector<Value> rargs{plain(I, self)};
    if (!args.empty()) rargs.push_back(args[0]);
    return call_builtin(I, "round", rargs);
  }
  if (name == "__getitem__") {
    want(1);
    return I.base_getitem(self, args[0]);
  }
  if (name == "__contains__") {
    want(1);
    return Value::boolean(I.base_contains(self, args[0]));
  }
  if (name == "__setitem__") {
    want(2);
    I.base_setitem(self, args[0], args[1]);
    return Value::none();
  }
  if (name == "__delitem__") {
    want(1);
    I.delitem(self, args[0]);
    return Value::none();
  }
  if (name == "__getattribute__") {
    want(1);
    if (!(args[0].is_obj() && args[0].o->kind == Kind::Str))
      I.raise(I.TypeError, "attribute name must be string, not '" + I.type_name(args[0]) + "'");
    return I.getattr(self, static_cast<Str*>(args[0].o)->s);
  }
  if (name == "__format__") {
    want(1);
    if (!(args[0].is_obj() && args[0].o->kind == Kind::Str))
      I.raise(I.TypeError, "__format__() argument must be str, not " + I.type_name(args[0]));
    if (owner == I.object_type && !static_cast<Str*>(args[0].o)->s.empty())
      I.raise(I.TypeError, "unsupported format string passed to " + I.type_name(self) + ".__format__");
    return format_value(I, plain(I, self), static_cast<Str*>(args[0].o)->s);
  }
  if (name == "__call__") {
    CallArgs rest;
    rest.pos = args;
    rest.kw = a.kw;
    return I.call(self, rest);
  }
  if (name == "__init__") {
    CallArgs rest;
    rest.pos = args;
    rest.pos.insert(rest.pos.begin(), self);
    rest.kw = a.kw;
    return I.call(I.lookup_type(const_cast<Type*>(owner), "__init__"), rest);
  }
  I.raise(I.TypeError, "not supported by the playground yet: " + owner->name + "." + name);
}

// The names each built-in type's own __dict__ holds as wrappers in CPython 3.11 (less those the
// runtime already has as methods in the type's dict, which are found first).
const char* const kObjectSlots[] = {"__repr__", "__hash__", "__str__", "__getattribute__", "__lt__", "__le__",
                                    "__eq__",   "__ne__",   "__gt__",  "__ge__",           "__format__"};
const char* const kCompare[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kNumber[] = {"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__",
                               "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__",
                               "__abs__", "__bool__", "__int__", "__float__", "__floordiv__", "__rfloordiv__",
                               "__truediv__", "__rtruediv__", "__trunc__", "__floor__", "__ceil__", "__round__"};
const char* const kIntOnly[] = {"__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
                                "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__index__"};
const char* const kBitwise[] = {"__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__"};
const char* const kSequence[] = {"__iter__", "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__"};
const char* const kSetOps[] = {"__sub__", "__rsub__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
                               "__iter__", "__len__", "__contains__"};

}  // namespace

void init_slot_wrappers(Interp& I) {
  Type* wrapper_t = I.new_type("wrapper_descriptor", I.object_type);
  Type* method_wrapper_t = I.new_type("method-wrapper", I.object_type);
  I.wrapper_descriptor_type = wrapper_t;
  I.method_wrapper_type = method_wrapper_t;
  I.named_types["builtins.wrapper_descriptor"] = wrapper_t;
  I.named_types["builtins.method-wrapper"] = method_wrapper_t;
  auto add = [&](Type* owner, const char* name) {
    std::string n = name;
    Builtin* b = I.make<Builtin>(wrapper_t);
    b->name = n;
    b->qualname = owner->name + "." + n;
    b->module = "builtins";
    b->fn = [owner, n](Interp& I2, CallArgs& a) -> Value {
      if (a.pos.empty()) I2.raise(I2.TypeError, "descriptor '" + n + "' of '" + owner->name + "' object needs an argument");
      Value self = a.pos[0];
      if (!I2.type_of(self)->is_subtype(const_cast<Type*>(owner)))
        I2.raise(I2.TypeError, "descriptor '" + n + "' requires a '" + owner->name + "' object but received a '" +
                                   I2.type_name(self) + "'");
      CallArgs rest;
      rest.pos.assign(a.pos.begin() + 1, a.pos.end());
      rest.kw = a.kw;
      check_arity(I2, n, rest.pos.size());
      return slot_call(I2, owner, n, self, rest);
    };
    I.slot_wrappers[{owner, n}] = Value::obj(b);
  };
  auto add_all = [&](Type* t, const auto& names) {
    for (const char* n : names) add(t, n);
  };
  add_all(I.object_type, kObjectSlots);
  add(I.object_type, "__init__");
  for (Type* t : {I.int_type, I.float_type}) {
    add_all(t, kCompare);
    add_all(t, kNumber);
    add(t, "__repr__");
    add(t, "__hash__");
    add(t, "__format__");
  }
  add_all(I.int_type, kIntOnly);
  add_all(I.bool_type, kBitwise);
  add(I.bool_type, "__repr__");
  for (Type* t : {I.str_type, I.bytes_type, I.list_type, I.tuple_type}) {
    add_all(t, kCompare);
    add_all(t, kSequence);
    add(t, "__repr__");
  }
  for (Type* t : {I.str_type, I.bytes_type}) {
    add(t, "__mod__");
    add(t, "__rmod__");
    add(t, "__hash__");
    add(t, "__str__");
  }
  add(I.tuple_type, "__hash__");
  for (const char* n : {"__setitem__", "__delitem__", "__iadd__", "__imul__", "__init__"}) add(I.list_type, n);
  for (Type* t : {I.dict_type}) {
    add_all(t, kCompare);
    for (const char* n : {"__repr__", "__iter__", "__init__", "__or__", "__ror__", "__ior__", "__len__", "__getitem__",
                          "__setitem__", "__delitem__", "__contains__"})
      add(t, n);
  }
  for (Type* t : {I.set_type, I.frozenset_type}) {
    add_all(t, kCompare);
    add_all(t, kSetOps);
    add(t, "__repr__");
  }
  for (const char* n : {"__isub__", "__iand__", "__ixor__", "__ior__", "__init__"}) add(I.set_type, n);
  add(I.frozenset_type, "__hash__");
  for (const char* n : {"__repr__", "__hash__", "__iter__", "__bool__", "__len__", "__getitem__", "__contains__"})
    add(I.range_type, n);
  add_all(I.range_type, kCompare);
  for (Type* t : I.iter_classes) {
    add(t, "__iter__");
    add(t, "__next__");
  }
  add(I.iterator_type, "__iter__");
  add(I.iterator_type, "__next__");
  add(I.none_type, "__repr__");
  add(I.none_type, "__bool__");
  add(I.function_type, "__call__");
  add(I.function_type, "__repr__");
  add(I.builtin_type, "__call__");
  add(I.builtin_type, "__repr__");
  add(I.builtin_type, "__hash__");
  // The special methods the runtime already has natively in a type's dict (int.__add__, str.__len__,
  // list.__getitem__ ...) keep their code, found first as before: they become slot wrappers too
  // (type, repr, binding to a method-wrapper) and check self's type and the argument count first.
  for (auto& [key, w] : I.slot_wrappers) {
    Type* owner = const_cast<Type*>(key.first);
    const std::string n = key.second;
    Value existing = I.dict_get_str(owner->dict, n);
    if (!(existing.is_obj() && existing.o->kind == Kind::Builtin)) continue;
    auto* b = static_cast<Builtin*>(existing.o);
    if (!b->is_method) continue;
    b->type = wrapper_t;
    NativeFn orig = b->fn;
    b->fn = [owner, n, orig](Interp& I2, CallArgs& a) -> Value {
      if (a.pos.empty()) I2.raise(I2.TypeError, "descriptor '" + n + "' of '" + owner->name + "' object needs an argument");
      if (!I2.type_of(a.pos[0])->is_subtype(owner))
        I2.raise(I2.TypeError, "descriptor '" + n + "' requires a '" + owner->name + "' object but received a '" +
                                   I2.type_name(a.pos[0]) + "'");
      check_arity(I2, n, a.pos.size() - 1);
      return orig(I2, a);
    };
  }
}

// The slot wrapper `name` of the first built-in type along t's MRO that has one, unless a type
// before it holds `name` in its dict (a user class's method, or a method the runtime has natively):
// Null then, and when no type has it. cls.__add__ is the unbound one; with `self` non-Null it is
// the method-wrapper bound to it: obj.__add__.
Value slot_wrapper_attribute(Interp& I, Type* t, const std::string& name, Value self) {
  if (name.size() < 5 || name[0] != '_' || name[1] != '_') return Value();
  for (Type* m : t->mro) {
    if (m->dict && !I.dict_get_str(m->dict, name).is_null()) return Value();
    if (!m->is_builtin) continue;
    // Tensors and the other torch types answer their special methods themselves.
    if (m == I.tensor_type || m == I.parameter_type || m == I.size_type || m == I.dtype_type ||
        m == I.script_object_type)
      return Value();
    auto it = I.slot_wrappers.find({m, name});
    if (it == I.slot_wrappers.end()) continue;
    if (self.is_null()) return it->second;
    auto* u = static_cast<Builtin*>(it->second.o);
    Builtin* b = I.make<Builtin>(I.method_wrapper_type);
    b->name = u->name;
    b->qualname = u->qualname;
    b->module = u->module;
    b->fn = u->fn;
    b->self = self;
    return Value::obj(b);
  }
  return Value();
}

// Reprs: <slot wrapper '__add__' of 'int' objects>, <method-wrapper '__add__' of int object at 0x...>;
// also for the special methods the runtime has natively in a type's dict (int.__add__, str.__len__:
// builtins named "int.__add__") and their bound forms (bound_to).
bool slot_wrapper_repr(Interp& I, const Builtin* b, const std::string& addr, std::string& out, Value bound_to) {
  auto wt = I.named_types.find("builtins.wrapper_descriptor");
  if (wt == I.named_types.end()) return false;
  const std::string owner = b->qualname.substr(0, b->qualname.rfind('.'));
  bool wrapper = b->type == wt->second || b->type == I.named_types["builtins.method-wrapper"];
  if (!wrapper) {
    for (auto& [key, v] : I.slot_wrappers)
      if (key.second == b->name && key.first->name == owner) wrapper = b->is_method;
    if (!wrapper) return false;
  }
  Value self = !bound_to.is_null() ? bound_to : b->self;
  if (self.is_null()) out = "<slot wrapper '" + b->name + "' of '" + owner + "' objects>";
  else out = "<method-wrapper '" + b->name + "' of " + I.type_name(self) + " object at " + addr + ">";
  return true;
}

}  // namespace dp::rt

namespace dp::rt {

// A slot wrapper found in a type's dict, bound to obj: the method-wrapper (interp.cpp's
// bind_descriptor).
Value bind_slot_wrapper(Interp& I, Builtin* u, Value self) {
  Builtin* b = I.make<Builtin>(I.method_wrapper_type);
  b->name = u->name;
  b->qualname = u->qualname;
  b->module = u->module;
  b->fn = u->fn;
  b->self = self;
  return Value::obj(b);
}

}  // namespace dp::rt
