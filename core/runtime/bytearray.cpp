// bytearray: the mutable bytes. Mirrors Objects/bytearrayobject.c of CPython 3.11. An instance is
// a Bytes object (Kind::Bytes) whose class is bytearray, so everything the runtime does by kind
// for bytes (indexing, slicing, iteration, len, in, comparisons with bytes, +, *) holds for it, and
// bytes' methods (bytesmethods.cpp, registered on both types) give back a bytearray for a
// bytearray. Here: the constructor, the repr, unhashability, and the mutating methods (item and
// slice assignment and deletion, append, extend, insert, pop, remove, reverse, clear, copy,
// += and *=), which edit the object in place.
#include "runtime/interp.h"

namespace dp::rt {

namespace {

bool is_bytes_like(const Value& v) { return v.is_obj() && v.o->kind == Kind::Bytes; }
std::string& data(const Value& v) { return static_cast<Bytes*>(v.o)->s; }

uint8_t byte_value(Interp& I, const Value& v) {
  Value n = Interp::number_payload(v);
  if (!(n.is_int() || n.is_bool() || is_long(n)))
    I.raise(I.TypeError, "'" + I.type_name(v) + "' object cannot be interpreted as an integer");
  int64_t b = I.index_value(n);
  if (b < 0 || b > 255) I.raise(I.ValueError, "byte must be in range(0, 256)");
  return static_cast<uint8_t>(b);
}

// The bytes of an iterable of ints or a bytes-like object (bytearray_setslice's and extend's).
std::string bytes_from(Interp& I, const Value& v) {
  if (is_bytes_like(v)) return data(v);
  std::string out;
  for (auto& x : I.to_vector(v)) out += static_cast<char>(byte_value(I, x));
  return out;
}

Value ints_list(Interp& I, const std::string& s) {
  std::vector<Value> v;
  v.reserve(s.size());
  for (unsigned char c : s) v.push_back(Value::integer(c));
  return I.list(std::move(v));
}

std::string from_ints(Interp& I, const Value& list) {
  std::string out;
  for (auto& x : static_cast<List*>(list.o)->items) out += static_cast<char>(byte_value(I, x));
  return out;
}

Bytes* self_of(Interp& I, CallArgs& a, const char* name) {
  if (a.size() < 1 || !(a[0].is_obj() && a[0].o->kind == Kind::Bytes && I.isinstance(a[0], I.bytearray_type)))
    I.raise(I.TypeError, std::string("descriptor '") + name + "' requires a 'bytearray' object");
  return static_cast<Bytes*>(a[0].o);
}

}  // namespace

// A bytes result shaped like `like`: a bytearray for a bytearray, else bytes.
Value bytes_like(Interp& I, const Value& like, std::string s) {
  if (I.bytearray_type && like.is_obj() && like.o->type == I.bytearray_type)
    return Value::obj(I.make<Bytes>(I.bytearray_type, std::move(s)));
  return I.bytes(std::move(s));
}

void init_bytearray(Interp& I) {
  Type* BA = I.bytearray_type;
  // bytearray(), bytearray(n), bytearray(bytes-like or iterable of ints), bytearray(str, encoding).
  {
    Builtin* b = static_cast<Builtin*>(I.builtin("bytearray", [](Interp& I2, CallArgs& a) -> Value {
                                          Type* cls = static_cast<Type*>(a[0].o);
                                          Value src = a.size() > 1 ? a[1] : a.take_kw("source");
                                          Value enc = a.size() > 2 ? a[2] : a.take_kw("encoding");
                                          std::string s;
                                          if (src.is_null()) {
                                          } else if (src.is_obj() && src.o->kind == Kind::Str) {
                                            if (enc.is_null()) I2.raise(I2.TypeError, "string argument without an encoding");
                                            Value encoded = I2.call(I2.getattr(src, "encode"), {enc});
                                            s = data(encoded);
                                          } else if (!enc.is_null()) {
                                            I2.raise(I2.TypeError, "encoding without a string argument");
                                          } else if (src.is_int() || is_long(src)) {
                                            int64_t n = I2.index_value(src);
                                            if (n < 0) I2.raise(I2.ValueError, "negative count");
                                            s.assign(static_cast<size_t>(n), '\0');
                                          } else {
                                            if (!is_bytes_like(src) && I2.getattr_opt(src, "__iter__").is_null())
                                              I2.raise(I2.TypeError, "cannot convert '" + I2.type_name(src) + "' object to bytearray");
                                            s = bytes_from(I2, src);
                                          }
                                          return Value::obj(I2.make<Bytes>(cls, std::move(s)));
                                        }).o);
    b->qualname = "bytearray.__new__";
    I.dict_set_str(BA->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(b))));
  }
  // bytearray_repr: bytes' repr, except that a single quote is always escaped.
  method(I, BA, "__repr__", [](Interp& I2, CallArgs& a) {
    std::string r = I2.repr(I2.bytes(data(a[0])));
    if (r.size() > 2 && r[1] == '"') {
      std::string body;
      for (size_t i = 2; i + 1 < r.size(); ++i) body += r[i] == '\'' ? std::string("\\'") : std::string(1, r[i]);
      r = "b\"" + body + "\"";
    }
    return I2.str("bytearray(" + r + ")");
  });
  I.dict_set_str(BA->dict, "__hash__", Value::none());
  method(I, BA, "__setitem__", [](Interp& I2, CallArgs& a) {
    Bytes* self = self_of(I2, a, "__setitem__");
    Value key = a[1];
    if (key.is_obj() && key.o->kind == Kind::Slice) {
      Value l = ints_list(I2, self->s);
      I2.base_setitem(l, key, ints_list(I2, bytes_from(I2, a[2])));
      self->s = from_ints(I2, l);
      return Value::none();
    }
    if (!(key.is_int() || key.is_bool() || is_long(key) || Interp::is_number_subclass(key)))
      I2.raise(I2.TypeError, "bytearray indices must be integers or slices, not " + I2.type_name(key));
    int64_t n = static_cast<int64_t>(self->s.size());
    int64_t i = I2.index_value(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) I2.raise(I2.IndexError, "bytearray index out of range");
    self->s[static_cast<size_t>(i)] = static_cast<char>(byte_value(I2, a[2]));
    return Value::none();
  });
  method(I, BA, "__delitem__", [](Interp& I2, CallArgs& a) {
    Bytes* self = self_of(I2, a, "__delitem__");
    Value key = a[1];
    if (key.is_obj() && key.o->kind == Kind::Slice) {
      Value l = ints_list(I2, self->s);
      I2.delitem(l, key);
      self->s = from_ints(I2, l);
      return Value::none();
    }
    int64_t n = static_cast<int64_t>(self->s.size());
    int64_t i = I2.index_value(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) I2.raise(I2.IndexError, "bytearray index out of range");
    self->s.erase(static_cast<size_t>(i), 1);
    return Value::none();
  });
  method(I, BA, "append", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "append");
    self_of(I2, a, "append")->s += static_cast<char>(byte_value(I2, a[1]));
    return Value::none();
  });
  method(I, BA, "extend", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "extend");
    Bytes* self = self_of(I2, a, "extend");
    if (!is_bytes_like(a[1]) && I2.getattr_opt(a[1], "__iter__").is_null())
      I2.raise(I2.TypeError, "can't extend bytearray with " + I2.type_name(a[1]));
    self->s += bytes_from(I2, a[1]);
    return Value::none();
  });
  method(I, BA, "insert", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 3, 3, "insert");
    Bytes* self = self_of(I2, a, "insert");
    int64_t n = static_cast<int64_t>(self->s.size());
    int64_t i = I2.index_value(a[1]);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    self->s.insert(static_cast<size_t>(i), 1, static_cast<char>(byte_value(I2, a[2])));
    return Value::none();
  });
  method(I, BA, "pop", [](Interp& I2, CallArgs& a) {
    Bytes* self = self_of(I2, a, "pop");
    if (self->s.empty()) I2.raise(I2.IndexError, "pop from empty bytearray");
    int64_t n = static_cast<int64_t>(self->s.size());
    int64_t i = a.size() > 1 ? I2.index_value(a[1]) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) I2.raise(I2.IndexError, "pop index out of range");
    unsigned char c = static_cast<unsigned char>(self->s[static_cast<size_t>(i)]);
    self->s.erase(static_cast<size_t>(i), 1);
    return Value::integer(c);
  });
  method(I, BA, "remove", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "remove");
    Bytes* self = self_of(I2, a, "remove");
    size_t p = self->s.find(static_cast<char>(byte_value(I2, a[1])));
    if (p == std::string::npos) I2.raise(I2.ValueError, "value not found in bytearray");
    self->s.erase(p, 1);
    return Value::none();
  });
  method(I, BA, "reverse", [](Interp& I2, CallArgs& a) {
    Bytes* self = self_of(I2, a, "reverse");
    std::reverse(self->s.begin(), self->s.end());
    return Value::none();
  });
  method(I, BA, "clear", [](Interp& I2, CallArgs& a) {
    self_of(I2, a, "clear")->s.clear();
    return Value::none();
  });
  method(I, BA, "copy", [](Interp& I2, CallArgs& a) {
    return Value::obj(I2.make<Bytes>(I2.bytearray_type, self_of(I2, a, "copy")->s));
  });
  method(I, BA, "__iadd__", [](Interp& I2, CallArgs& a) {
    Bytes* self = self_of(I2, a, "__iadd__");
    if (!is_bytes_like(a[1]))
      I2.raise(I2.TypeError, "can't concat " + I2.type_name(a[1]) + " to bytearray");
    self->s += data(a[1]);
    return a[0];
  });
  method(I, BA, "__imul__", [](Interp& I2, CallArgs& a) {
    Bytes* self = self_of(I2, a, "__imul__");
    int64_t k = I2.index_value(a[1]);
    std::string r;
    for (int64_t i = 0; i < k; ++i) r += self->s;
    self->s = std::move(r);
    return a[0];
  });
  I.dict_set_str(I.builtins, "bytearray", Value::obj(BA));
}

}  // namespace dp::rt
