// Interpreter state and the abstract object protocol. Mirrors, in spirit, CPython's
// Objects/abstract.c (PyObject_GetItem, PyNumber_*), Objects/object.c (PyObject_GetAttr,
// PyObject_Repr/Str, rich comparison), Objects/typeobject.c (MRO lookup, descriptors) and
// Objects/dictobject.c (ordered dict with hash index).
#include "runtime/interp.h"

#include <utility>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>

#include "python/parser.h"
#include "python/pyhash.h"
#include "runtime/torch_module.h"
#include "torch/op_registry.h"

namespace dp::rt {

bool Value::same(const Value& o) const {
  if (tag != o.tag) return false;
  switch (tag) {
    case Tag::Null:
    case Tag::None: return true;
    case Tag::Bool: return b == o.b;
    case Tag::Int: return i == o.i;
    case Tag::Float: return f == o.f || (std::isnan(f) && std::isnan(o.f));
    case Tag::Obj: return this->o == o.o;
  }
  return false;
}

bool Type::is_subtype(const Type* other) const {
  for (const Type* t : mro)
    if (t == other) return true;
  return false;
}

int64_t Range::length() const {
  if (step > 0 && start < stop) return (stop - start + step - 1) / step;
  if (step < 0 && start > stop) return (start - stop - step - 1) / (-step);
  return 0;
}

Value CallArgs::take_kw(const std::string& name) {
  for (size_t i = 0; i < kw.size(); ++i) {
    if (kw[i].first == name) {
      Value v = kw[i].second;
      kw.erase(kw.begin() + static_cast<long>(i));
      return v;
    }
  }
  return Value();
}

void expect_args(Interp& I, CallArgs& a, size_t min, size_t max, const char* fname) {
  if (!a.kw.empty()) I.raise(I.TypeError, std::string(fname) + "() takes no keyword arguments");
  size_t n = a.pos.size();
  if (n < min || n > max) {
    if (min == max)
      I.raise(I.TypeError, std::string(fname) + "() takes exactly " +
                               (min == 1 ? std::string("one argument") : std::to_string(min) + " arguments") + " (" +
                               std::to_string(n) + " given)");
    if (n < min)
      I.raise(I.TypeError, std::string(fname) + " expected at least " + std::to_string(min) + " argument" +
                               (min == 1 ? "" : "s") + ", got " + std::to_string(n));
    I.raise(I.TypeError, std::string(fname) + " expected at most " + std::to_string(max) + " argument" +
                             (max == 1 ? "" : "s") + ", got " + std::to_string(n));
  }
}

// ---------------------------------------------------------------------------------------------
// Construction

void init_builtin_types(Interp& I);  // types.cpp
void init_builtins(Interp& I);       // builtins.cpp
std::string syntax_error_location_text(Interp& I, Value exc);  // bltin_exec.cpp
Value slot_wrapper_attribute(Interp& I, Type* t, const std::string& name, Value self);  // slot_wrappers.cpp
Value bind_slot_wrapper(Interp& I, Builtin* u, Value self);
bool slot_wrapper_repr(Interp& I, const Builtin* b, const std::string& addr, std::string& out,
                       Value bound_to = Value());

Interp::Interp() {
  init_builtin_types(*this);
  init_builtins(*this);
}

Interp::~Interp() = default;

// ---------------------------------------------------------------------------------------------
// Snapshot: the page, the CLI and the tests run many programs in one process; each starts from
// the interpreter as it was right after `import torch`, without paying for the import again.

namespace {

// Drops the entries a run added to a map whose entries, once made, never change or go away.
template <class Map, class Saved>
void erase_new_keys(Map& m, const Saved& saved) {
  if (m.size() == saved.size()) return;
  for (auto it = m.begin(); it != m.end();) {
    if (saved.count(it->first)) ++it;
    else it = m.erase(it);
  }
}

// Equal bytes, compared a 64-bit word at a time: emscripten's memcmp goes byte by byte, and a
// restore compares every dict of the snapshot (hundreds of kilobytes).
bool same_memory(const void* a, const void* b, size_t n) {
  const char* p = static_cast<const char*>(a);
  const char* q = static_cast<const char*>(b);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x, y;
    std::memcpy(&x, p + i, 8);
    std::memcpy(&y, q + i, 8);
    if (x != y) return false;
  }
  for (; i < n; ++i)
    if (p[i] != q[i]) return false;
  return true;
}

// Values and vectors of trivially copyable things compared as bytes (see Dict::same_contents).
template <class T>
bool same_bytes(const T& a, const T& b) {
  static_assert(std::is_trivially_copyable_v<T>);
  return same_memory(&a, &b, sizeof(T));
}
template <class T>
bool same_bytes(const std::vector<T>& a, const std::vector<T>& b) {
  static_assert(std::is_trivially_copyable_v<T>);
  return a.size() == b.size() && (a.empty() || same_memory(a.data(), b.data(), a.size() * sizeof(T)));
}

}  // namespace

// Entries are compared as bytes: equal bytes are equal entries, and an unchanged entry keeps the
// bytes it was copied with (a false "changed", from padding, only costs a copy).
bool Dict::same_contents(const Dict& o) const {
  if (type != o.type || kind != o.kind || live_count != o.live_count || entries.size() != o.entries.size() ||
      attrs != o.attrs)
    return false;
  if (!entries.empty() && !same_memory(entries.data(), o.entries.data(), entries.size() * sizeof(Entry))) return false;
  if (!table || !o.table) return !table && !o.table;
  return table->slot == o.table->slot && table->fill == o.table->fill && table->used == o.table->used &&
         table->finger == o.table->finger && table->dirty == o.table->dirty;
}

bool Function::same_state(const Function& o) const {
  return type == o.type && kind == o.kind && code == o.code && globals == o.globals &&
         same_bytes(defaults, o.defaults) && kwdefaults == o.kwdefaults && same_bytes(closure, o.closure) &&
         name == o.name && qualname == o.qualname && dict == o.dict && same_bytes(module_name, o.module_name) &&
         same_bytes(annotations, o.annotations) && is_resume == o.is_resume;
}

bool Type::same_state(const Type& o) const {
  return type == o.type && kind == o.kind && name == o.name && module == o.module && base == o.base &&
         same_bytes(bases, o.bases) && same_bytes(mro, o.mro) && dict == o.dict && instance_kind == o.instance_kind &&
         is_exception == o.is_exception && is_builtin == o.is_builtin && qualname == o.qualname;
}

struct Interp::Snapshot {
  size_t heap_size = 0;
  std::vector<std::pair<Object*, std::unique_ptr<Object>>> saved;  // mutable objects and their state
  std::map<std::string, Module*> modules;
  Dict* builtins = nullptr;
  std::map<std::string, std::vector<std::string>> file_lines;
  std::unordered_map<const void*, TensorObj*> tensor_objects;
  std::map<int, Value> dtype_objects;
  std::map<std::string, Type*> named_types;
  std::unordered_map<const Object*, uint64_t> addresses;
  uint64_t next_address = 0;
  std::unordered_map<const py::CodeObject*, std::vector<Value>> const_cache;
};

void Interp::take_snapshot() {
  auto s = std::make_unique<Snapshot>();
  s->heap_size = heap_.size();
  for (auto& o : heap_)
    if (auto copy = o->save_state()) s->saved.emplace_back(o.get(), std::move(copy));
  s->modules = modules;
  s->builtins = builtins;
  s->file_lines = file_lines;
  s->tensor_objects = tensor_objects;
  s->dtype_objects = dtype_objects;
  s->named_types = named_types;
  s->addresses = addresses_;
  s->next_address = next_address_;
  s->const_cache = const_cache_;
  snapshot_ = std::move(s);
  restore_snapshot();
}

void Interp::restore_snapshot() {
  Snapshot& s = *snapshot_;
  // Objects made since the snapshot go first (newest first); then the older ones get their
  // saved state back, which drops every reference they gained to the freed ones.
  while (heap_.size() > s.heap_size) heap_.pop_back();
  for (auto& [obj, state] : s.saved) obj->restore_state(*state);
  modules = s.modules;
  builtins = s.builtins;
  // These maps only gain entries during a run (an entry, once made, never changes).
  for (const std::string& name : file_lines_written_) {
    auto saved = s.file_lines.find(name);
    if (saved == s.file_lines.end()) file_lines.erase(name);
    else file_lines[name] = saved->second;  // a run's file named like a prelude file
  }
  file_lines_written_.clear();
  erase_new_keys(tensor_objects, s.tensor_objects);
  erase_new_keys(named_types, s.named_types);
  erase_new_keys(addresses_, s.addresses);
  erase_new_keys(const_cache_, s.const_cache);
  exec_code.clear();
  dtype_objects = s.dtype_objects;
  next_address_ = s.next_address;
  // Per-run fields.
  object_count_ = 0;
  steps = 0;
  budgets = Budgets{};
  memory_limit_ = static_cast<size_t>(-1);
  int_max_str_digits = 4300;
  slept_seconds = 0;
  long_bytes = 0;
  max_stack_bytes = kDefaultMaxStackBytes;
  stack_base = 0;
  frame_stack.clear();
  handled_exc = Value();
  reraising_ = false;
  frame_hook = nullptr;
  gc_extra_roots = nullptr;
  direct_call_ = false;
  indirect_frames_ = 0;
  gc_requested_ = false;
  gc_stress_steps = 0;
  gc_next_stress_ = INT64_MAX;
  gc_check_step_ = INT64_MAX;
  gc_stats = GcStats{};
  gc_threshold_ = static_cast<size_t>(-1);
  gc_base_ = 0;
  gc_pin_upto_ = 0;
  gc_pinned_.clear();
  gc_autograd_refs_.clear();
  source_lines.clear();
  main_filename.clear();
  main_module = nullptr;
  out.clear();
  err.clear();
  dynamo = nullptr;
  dynamo_owner.reset();
  grad_fn_objects.clear();
  warned_locations.clear();
  torch::reset_process_state();
}

void Interp::out_of_memory() {
  object_count_ -= 1000;  // leave room to build the exception itself
  raise(MemoryError,
        "the playground's object budget (" + std::to_string(budgets.max_objects) + " objects) is exhausted");
}

void Interp::set_file_lines(const std::string& filename, std::vector<std::string> lines) {
  file_lines[filename] = std::move(lines);
  if (snapshot_) file_lines_written_.push_back(filename);
}

uint64_t Interp::address_of(const Object* o) {
  auto it = addresses_.find(o);
  if (it != addresses_.end()) return it->second;
  uint64_t a = next_address_;
  next_address_ += 0x40;
  addresses_[o] = a;
  return a;
}

uint64_t Interp::id_of(Value v) {
  if (v.is_obj()) return address_of(v.o);
  return static_cast<uint64_t>(hash(v)) & 0xffffffffffffull;
}

Value Interp::str(std::string s) { return Value::obj(make<Str>(str_type, std::move(s))); }
Value Interp::bytes(std::string s) { return Value::obj(make<Bytes>(bytes_type, std::move(s))); }
Value Interp::tuple(std::vector<Value> items) { return Value::obj(make<Tuple>(tuple_type, std::move(items))); }
Value Interp::list(std::vector<Value> items) { return Value::obj(make<List>(list_type, std::move(items))); }
Dict* Interp::new_dict() { return make<Dict>(dict_type); }

Value Interp::builtin(const std::string& name, NativeFn fn, const std::string& module) {
  Builtin* b = make<Builtin>(builtin_type);
  b->name = name;
  b->qualname = name;
  b->fn = std::move(fn);
  b->module = module;
  return Value::obj(b);
}

Value Interp::tensor(torch::Tensor t) { return Value::obj(make<TensorObj>(tensor_type, std::move(t))); }

Value Interp::from_const(const py::Const& c) {
  using K = py::Const::Kind;
  switch (c.kind) {
    case K::None: return Value::none();
    case K::Ellipsis: return ellipsis;
    case K::Bool: return Value::boolean(c.b);
    case K::Int: return c.big ? int_value(*this, *c.big) : Value::integer(c.i);
    case K::Float: return Value::flt(c.f);
    case K::Complex: return make_complex(*this, c.re, c.f);
    case K::Str: return str(c.s);
    case K::Bytes: return bytes(c.s);
    case K::Tuple: {
      std::vector<Value> items;
      for (auto& e : c.items) items.push_back(from_const(e));
      return tuple(std::move(items));
    }
    case K::FrozenSet: {
      // Inserting in the order of the compiler's last build gives CPython's slots (code.h).
      Dict* d = make<Dict>(frozenset_type, Kind::FrozenSet);
      for (auto& e : c.insertion_order.empty() ? c.items : c.insertion_order) dict_set(d, from_const(e), Value::none());
      return Value::obj(d);
    }
    case K::Code: return Value::obj(make<CodeRef>(code_type, c.code));
  }
  return Value::none();
}

Type* Interp::new_type(const std::string& name, Type* base, Kind instance_kind, const std::string& module) {
  Type* t = make<Type>(type_type);
  t->name = name;
  t->qualname = name;
  t->module = module;
  t->base = base;
  t->dict = new_dict();
  t->instance_kind = instance_kind;
  t->mro.push_back(t);
  if (base) {
    t->bases.push_back(base);
    for (Type* b : base->mro) t->mro.push_back(b);
    t->is_exception = base->is_exception;
  }
  return t;
}

// C3 linearization of a class with several bases (the MRO of CPython's new-style classes).
void Interp::set_bases(Type* t, const std::vector<Type*>& bases) {
  t->bases = bases;
  t->base = bases.empty() ? nullptr : bases[0];
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<Type*> out{t};
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) break;
    Type* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* cand = s.front();
      bool in_tail = false;
      for (auto& o : seqs)
        for (size_t i = 1; i < o.size() && !in_tail; ++i) in_tail = o[i] == cand;
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) {
      std::string names;
      for (size_t i = 0; i < bases.size(); ++i) names += (i ? ", " : "") + bases[i]->name;
      raise(TypeError, "Cannot create a consistent method resolution order (MRO) for bases " + names);
    }
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
  t->mro = out;
  t->is_exception = false;
  for (Type* b : bases) t->is_exception = t->is_exception || b->is_exception;
}

Module* Interp::new_module(const std::string& name) {
  Module* m = make<Module>(module_type);
  m->name = name;
  m->dict = new_dict();
  dict_set_str(m->dict, "__name__", str(name));
  modules[name] = m;
  return m;
}

// ---------------------------------------------------------------------------------------------
// Output

void Interp::write_stdout(const std::string& s) {
  if (out.size() + err.size() + s.size() > budgets.max_output_bytes)
    raise(MemoryError, "output limit exceeded (" + std::to_string(budgets.max_output_bytes) + " bytes)");
  out += s;
}

void Interp::write_stderr(const std::string& s) {
  if (out.size() + err.size() + s.size() > budgets.max_output_bytes) return;
  err += s;
}

// ---------------------------------------------------------------------------------------------
// Types and attributes

Type* Interp::type_of(const Value& v) const {
  switch (v.tag) {
    case Value::Tag::Null:
    case Value::Tag::None: return none_type;
    case Value::Tag::Bool: return bool_type;
    case Value::Tag::Int: return int_type;
    case Value::Tag::Float: return float_type;
    case Value::Tag::Obj: return v.o->type;
  }
  return object_type;
}

Value Interp::lookup_type(Type* t, const std::string& name) const {
  for (Type* k : t->mro) {
    Value v = const_cast<Interp*>(this)->dict_get_str(k->dict, name);
    if (!v.is_null()) return v;
  }
  return Value();
}

Value Interp::make_number(Type* cls, Value v) {
  if (cls == int_type || cls == float_type) return v;
  return Value::obj(make<NumberObj>(cls, number_payload(v)));
}

Type* Interp::payload_subclass(const Value& v) const {
  if (!v.is_obj()) return nullptr;
  Kind k = v.o->kind;
  if (k != Kind::Tuple && k != Kind::List && k != Kind::Dict && k != Kind::Str) return nullptr;
  Type* t = v.o->type;
  return t && !t->is_builtin ? t : nullptr;
}

Value Interp::subclass_override(const Value& v, const std::string& name) {
  Type* t = is_number_subclass(v) ? v.o->type : payload_subclass(v);
  if (!t) return Value();
  for (Type* k : t->mro) {
    if (k->is_builtin) break;  // reached the built-in type: its own behaviour applies
    Value f = dict_get_str(k->dict, name);
    if (!f.is_null()) return f;
  }
  return Value();
}

// Whether instances of a user subclass of a built-in type get a __dict__: unless every user class
// in the MRO declares __slots__ (namedtuple classes declare `__slots__ = ()`).
static bool subclass_has_dict(Interp& I, Type* t) {
  for (Type* k : t->mro)
    if (!k->is_builtin && I.dict_get_str(k->dict, "__slots__").is_null()) return true;
  return false;
}

// The __dict__ of an instance of a user subclass of tuple/list/dict/str, made on first use; nullptr
// when its class has none.
static Dict* payload_attrs(Interp& I, const Value& v) {
  Type* t = Interp::is_number_subclass(v) ? v.o->type : I.payload_subclass(v);
  if (!t || !subclass_has_dict(I, t)) return nullptr;
  Dict** slot = v.o->kind == Kind::Number  ? &static_cast<NumberObj*>(v.o)->attrs
                : v.o->kind == Kind::Tuple ? &static_cast<Tuple*>(v.o)->attrs
                : v.o->kind == Kind::List  ? &static_cast<List*>(v.o)->attrs
                : v.o->kind == Kind::Str   ? &static_cast<Str*>(v.o)->attrs
                                           : &static_cast<Dict*>(v.o)->attrs;
  if (!*slot) *slot = I.new_dict();
  return *slot;
}

// __slots__ on plain classes (type_new's slot handling, reduced): when every user class in the
// MRO declares __slots__ and none lists "__dict__", instances have no __dict__ and accept only
// the slot names as attributes. The slot values live in the instance's dict all the same (it is
// not visible); classes get no member descriptors for them.
bool slots_forbid(Interp& I, Type* t, const std::string& name) {
  if (t->is_builtin || t->is_exception || I.dict_get_str(t->dict, "__slots__").is_null()) return false;
  for (Type* k : t->mro) {
    if (k->is_builtin) continue;
    Value s = I.dict_get_str(k->dict, "__slots__");
    if (s.is_null()) return false;
    auto check = [&](const Value& n) {
      return n.is_obj() && n.o->kind == Kind::Str &&
             (static_cast<Str*>(n.o)->s == name || static_cast<Str*>(n.o)->s == "__dict__");
    };
    if (!s.is_obj()) return false;
    if (s.o->kind == Kind::Str) {
      if (check(s)) return false;
    } else if (s.o->kind == Kind::Tuple || s.o->kind == Kind::List) {
      auto& items = s.o->kind == Kind::Tuple ? static_cast<Tuple*>(s.o)->items : static_cast<List*>(s.o)->items;
      for (const Value& n : items)
        if (check(n)) return false;
    } else {
      return false;  // other iterables: not checked
    }
  }
  return true;
}

static Dict* instance_dict(const Value& v) {
  if (!v.is_obj()) return nullptr;
  switch (v.o->kind) {
    case Kind::Instance: return static_cast<Instance*>(v.o)->dict;
    case Kind::Tuple: return static_cast<Tuple*>(v.o)->attrs;
    case Kind::List: return static_cast<List*>(v.o)->attrs;
    case Kind::Dict: return static_cast<Dict*>(v.o)->attrs;
    case Kind::Str: return static_cast<Str*>(v.o)->attrs;
    case Kind::Number: return static_cast<NumberObj*>(v.o)->attrs;
    case Kind::Tensor: return static_cast<TensorObj*>(v.o)->attrs;
    case Kind::Function: return static_cast<Function*>(v.o)->dict;
    case Kind::Module: return static_cast<Module*>(v.o)->dict;
    default: return nullptr;
  }
}

static bool is_python_function(const Value& v) { return v.is_obj() && v.o->kind == Kind::Function; }

// The function a classmethod / staticmethod object wraps.
static Value o_func(const Value& v) {
  return v.o->kind == Kind::ClassMethod ? static_cast<ClassMethod*>(v.o)->func : static_cast<StaticMethod*>(v.o)->func;
}

Value Interp::getattr_opt(Value obj, const std::string& name) {
  try {
    return getattr(obj, name);
  } catch (PyException& e) {
    if (isinstance(e.exc, AttributeError)) return Value();
    throw;
  }
}

// The descriptor protocol for objects of Python classes (CPython's tp_descr_get / tp_descr_set
// slots of a heap type): the class's __get__ / __set__ / __delete__, or Null.
static Value user_descr_method(Interp& I, const Value& descr, const char* which) {
  if (!descr.is_obj() || descr.o->kind != Kind::Instance) return Value();
  Type* dt = descr.o->type;
  if (dt->is_builtin) return Value();
  Value m = I.lookup_type(dt, which);
  return is_python_function(m) ? m : Value();
}

static Value bind_descriptor(Interp& I, Value descr, Value obj, Type* owner) {
  if (!descr.is_obj()) return descr;
  switch (descr.o->kind) {
    case Kind::Function: return Value::obj(I.make<BoundMethod>(I.method_type, obj, descr));
    case Kind::Builtin:
      if (descr.o->type == I.wrapper_descriptor_type && I.wrapper_descriptor_type)
        return bind_slot_wrapper(I, static_cast<Builtin*>(descr.o), obj);
      if (static_cast<Builtin*>(descr.o)->is_method) return Value::obj(I.make<BoundMethod>(I.method_type, obj, descr));
      return descr;
    case Kind::ClassMethod:
      return Value::obj(
          I.make<BoundMethod>(I.method_type, Value::obj(owner), static_cast<ClassMethod*>(descr.o)->func));
    case Kind::StaticMethod: return static_cast<StaticMethod*>(descr.o)->func;
    case Kind::Property: {
      Property* p = static_cast<Property*>(descr.o);
      if (p->fget.is_null() || p->fget.is_none()) I.raise(I.AttributeError, "unreadable attribute");
      return I.call(p->fget, {obj});
    }
    default: return descr;
  }
}

// user_descr_method for super() (builtins.cpp's super_getattr).
Value user_descriptor_slot(Interp& I, const Value& d, const char* slot) { return user_descr_method(I, d, slot); }

static Value type_getattr(Interp& I, Type* cls, const std::string& name) {
  if (name == "__name__") return I.str(cls->name);
  if (name == "__qualname__") return I.str(cls->qualname);
  if (name == "__module__") {
    Value m = I.dict_get_str(cls->dict, "__module__");
    return m.is_null() ? I.str(cls->module) : m;
  }
  if (name == "__mro__") {
    std::vector<Value> v;
    for (Type* t : cls->mro) v.push_back(Value::obj(t));
    return I.tuple(std::move(v));
  }
  if (name == "__bases__") {
    std::vector<Value> v;
    for (Type* b : cls->bases) v.push_back(Value::obj(b));
    return I.tuple(std::move(v));
  }
  if (name == "__base__") return cls->base ? Value::obj(cls->base) : Value::none();
  if (name == "__dict__") return Value::obj(cls->dict);
  if (name == "__class__") return Value::obj(I.type_of(Value::obj(cls)));
  Type* meta = cls->type;
  // A metaclass's properties (data descriptors) win over the class's attributes.
  if (meta != I.type_type) {
    Value md = I.lookup_type(meta, name);
    if (md.is_obj() && md.o->kind == Kind::Property) return bind_descriptor(I, md, Value::obj(cls), meta);
  }
  // The slot wrappers of the built-in types along the MRO (int.__add__, object.__lt__).
  if (Value w = slot_wrapper_attribute(I, cls, name, Value()); !w.is_null()) return w;
  Value v = I.lookup_type(cls, name);
  if (!v.is_null()) {
    if (Value get = user_descr_method(I, v, "__get__"); !get.is_null())
      return I.call(get, {v, Value::none(), Value::obj(cls)});
    if (v.is_obj()) {
      switch (v.o->kind) {
        case Kind::ClassMethod:
          return Value::obj(I.make<BoundMethod>(I.method_type, Value::obj(cls), static_cast<ClassMethod*>(v.o)->func));
        case Kind::StaticMethod: return static_cast<StaticMethod*>(v.o)->func;
        default: return v;
      }
    }
    return v;
  }
  // Metaclass attributes (type's methods such as mro(), a metaclass's methods bound to the class).
  Value mv = I.lookup_type(meta, name);
  if (!mv.is_null()) {
    if (mv.is_obj() && mv.o->kind == Kind::Function)
      return Value::obj(I.make<BoundMethod>(I.method_type, Value::obj(cls), mv));
    return bind_descriptor(I, mv, Value::obj(cls), meta);
  }
  if (meta != I.type_type) {
    Value ga = I.lookup_type(meta, "__getattr__");
    if (is_python_function(ga)) return I.call(ga, {Value::obj(cls), I.str(name)});
  }
  I.raise_attribute_error(Value::obj(cls), name, "type object '" + cls->name + "' has no attribute '" + name + "'");
}

Value super_getattr(Interp& I, Value sup, const std::string& name);          // builtins.cpp
Value script_object_getattr(Interp& I, Value obj, const std::string& name);  // script_object.cpp

Value Interp::getattr(Value obj, const std::string& name) {
  if (obj.is_obj() && obj.o->kind == Kind::Super) return super_getattr(*this, obj, name);
  if (obj.is_obj() && obj.o->kind == Kind::ScriptObject) return script_object_getattr(*this, obj, name);
  if (obj.is_obj() && obj.o->kind == Kind::Type) return type_getattr(*this, static_cast<Type*>(obj.o), name);
  Type* t = type_of(obj);
  Value descr = lookup_type(t, name);
  // Data descriptors (properties, objects whose class has __set__ or __delete__) win over the
  // instance dict; a non-data descriptor's __get__ comes after it.
  if (!descr.is_null() && descr.is_obj() && descr.o->kind == Kind::Property)
    return bind_descriptor(*this, descr, obj, t);
  Value user_get = user_descr_method(*this, descr, "__get__");
  if (!user_get.is_null() && (!user_descr_method(*this, descr, "__set__").is_null() ||
                              !user_descr_method(*this, descr, "__delete__").is_null()))
    return call(user_get, {descr, obj, Value::obj(t)});
  if (Dict* d = instance_dict(obj)) {
    Value v = dict_get_str(d, name);
    if (!v.is_null()) return v;
  }
  // The method-wrappers of the built-in types' slots ((1).__add__, [].__iter__): non-data
  // descriptors, after the instance dict.
  if (Value w = slot_wrapper_attribute(*this, t, name, obj); !w.is_null()) return w;
  if (!user_get.is_null()) return call(user_get, {descr, obj, Value::obj(t)});
  if (!descr.is_null()) return bind_descriptor(*this, descr, obj, t);
  if (name == "__class__") return Value::obj(t);
  if (name == "__dict__" && !(obj.is_obj() && obj.o->kind == Kind::Instance && slots_forbid(*this, t, name))) {
    if (Dict* d = instance_dict(obj)) return Value::obj(d);
    if (obj.is_obj() && obj.o->kind == Kind::Instance) {
      auto* inst = static_cast<Instance*>(obj.o);
      inst->dict = new_dict();
      return Value::obj(inst->dict);
    }
    if (obj.is_obj() && obj.o->kind == Kind::Tensor) {
      auto* to = static_cast<TensorObj*>(obj.o);
      to->attrs = new_dict();
      return Value::obj(to->attrs);
    }
    if (Dict* d = payload_attrs(*this, obj)) return Value::obj(d);
  }
  if (obj.is_obj()) {
    switch (obj.o->kind) {
      case Kind::Function: {
        auto* f = static_cast<Function*>(obj.o);
        if (name == "__name__") return str(f->name);
        if (name == "__qualname__") return str(f->qualname);
        if (name == "__code__") return Value::obj(make<CodeRef>(code_type, f->code));
        if (name == "__module__") return f->module_name.is_null() ? Value::none() : f->module_name;
        if (name == "__defaults__") return f->defaults.empty() ? Value::none() : tuple(f->defaults);
        if (name == "__globals__") return Value::obj(f->globals);
        if (name == "__kwdefaults__") return f->kwdefaults ? Value::obj(f->kwdefaults) : Value::none();
        if (name == "__annotations__") {
          if (!(f->annotations.is_obj() && f->annotations.o->kind == Kind::Dict)) {
            Dict* d = new_dict();
            if (f->annotations.is_obj() && f->annotations.o->kind == Kind::Tuple) {
              auto& items = static_cast<Tuple*>(f->annotations.o)->items;
              for (size_t i = 0; i + 1 < items.size(); i += 2) dict_set(d, items[i], items[i + 1]);
            }
            f->annotations = Value::obj(d);
          }
          return f->annotations;
        }
        if (name == "__doc__" && !(f->dict && !dict_get_str(f->dict, "__doc__").is_null())) {
          // The docstring is the code object's first constant (None when there is none).
          const auto& consts = consts_of(f->code.get());
          if (!consts.empty() && consts[0].is_obj() && consts[0].o->kind == Kind::Str && f->code->co_name != "<lambda>")
            return consts[0];
          return Value::none();
        }
        if (name == "__dict__") {
          if (!f->dict) f->dict = new_dict();
          return Value::obj(f->dict);
        }
        break;
      }
      case Kind::Builtin: {
        auto* b = static_cast<Builtin*>(obj.o);
        if (name == "__name__") return str(b->name);
        if (name == "__qualname__") return str(b->qualname);
        if (name == "__self__") return b->self.is_null() ? Value::none() : b->self;
        break;
      }
      case Kind::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(obj.o);
        if (name == "__self__") return m->self;
        if (name == "__func__") return m->func;
        return getattr(m->func, name);
      }
      case Kind::Code: {
        auto* c = static_cast<CodeRef*>(obj.o);
        if (name == "co_name") return str(c->code->co_name);
        if (name == "co_filename") return str(c->code->co_filename);
        if (name == "co_firstlineno") return Value::integer(c->code->co_firstlineno);
        if (name == "co_qualname") return str(c->code->co_qualname);
        if (name == "co_argcount") return Value::integer(c->code->co_argcount);
        if (name == "co_posonlyargcount") return Value::integer(c->code->co_posonlyargcount);
        if (name == "co_kwonlyargcount") return Value::integer(c->code->co_kwonlyargcount);
        if (name == "co_flags") return Value::integer(c->code->co_flags);
        if (name == "co_varnames") {
          std::vector<Value> v;
          for (auto& s : c->code->co_varnames) v.push_back(str(s));
          return tuple(std::move(v));
        }
        break;
      }
      case Kind::Instance: {
        auto* inst = static_cast<Instance*>(obj.o);
        if (t->is_exception) {
          if (name == "args") return inst->args.is_null() ? tuple({}) : inst->args;
          if (name == "__cause__") return inst->cause.is_null() ? Value::none() : inst->cause;
          if (name == "__context__") return inst->context.is_null() ? Value::none() : inst->context;
          if (name == "__suppress_context__") return Value::boolean(inst->suppress_context);
          if (name == "value" && t->is_subtype(StopIteration)) {
            const Value& args = inst->args;
            if (args.is_obj() && args.o->kind == Kind::Tuple && !static_cast<Tuple*>(args.o)->items.empty())
              return static_cast<Tuple*>(args.o)->items[0];
            return Value::none();
          }
          if (name == "__traceback__") {
            // A chain of traceback objects (core/prelude/traceback.py's _dp_tb: tb_frame, tb_lineno,
            // tb_next) over the entries the exception recorded; None before it is raised.
            if (inst->traceback.empty()) return Value::none();
            Value mod = import_module("traceback");
            return call(getattr(mod, "_dp_tb"), {obj});
          }
        }
        break;
      }
      case Kind::Property: {
        auto* p = static_cast<Property*>(obj.o);
        auto or_none = [](const Value& v) { return v.is_null() ? Value::none() : v; };
        if (name == "fget") return or_none(p->fget);
        if (name == "fset") return or_none(p->fset);
        if (name == "fdel") return or_none(p->fdel);
        if (name == "__isabstractmethod__") {
          for (const Value& f : {p->fget, p->fset, p->fdel})
            if (!f.is_null() && !f.is_none() &&
                truthy(getattr_opt(f, "__isabstractmethod__").is_null() ? Value::boolean(false)
                                                                        : getattr(f, "__isabstractmethod__")))
              return Value::boolean(true);
          return Value::boolean(false);
        }
        break;
      }
      case Kind::ClassMethod:
      case Kind::StaticMethod: {
        Value f = o_func(obj);
        if (name == "__func__") return f;
        if (name == "__isabstractmethod__") {
          Value v = getattr_opt(f, "__isabstractmethod__");
          return v.is_null() ? Value::boolean(false) : v;
        }
        break;
      }
      case Kind::Slice: {
        auto* s = static_cast<Slice*>(obj.o);
        if (name == "start") return s->start;
        if (name == "stop") return s->stop;
        if (name == "step") return s->step;
        break;
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(obj.o);
        if (name == "start") return Value::integer(r->start);
        if (name == "stop") return Value::integer(r->stop);
        if (name == "step") return Value::integer(r->step);
        break;
      }
      case Kind::Generator: {
        auto* g = static_cast<Generator*>(obj.o);
        if (name == "__name__") return str(g->name);
        if (name == "__qualname__") return str(g->qualname);
        if (name == "gi_running") return Value::boolean(g->running);
        if (name == "gi_code" && g->frame) return Value::obj(make<CodeRef>(code_type, g->frame->code));
        if (name == "gi_yieldfrom") {
          Value gen_yieldfrom(Generator*);
          Value yf = gen_yieldfrom(g);
          return yf.is_null() ? Value::none() : yf;
        }
        break;
      }
      default: break;
    }
  }
  Value ga = lookup_type(t, "__getattr__");
  if (!ga.is_null()) return call(ga, {obj, str(name)});
  if (obj.is_obj() && obj.o->kind == Kind::Module) {
    // PEP 562: a module's own __getattr__(name) for names its dict does not hold.
    Value mga = dict_get_str(static_cast<Module*>(obj.o)->dict, "__getattr__");
    if (!mga.is_null()) return call(mga, {str(name)});
    raise_attribute_error(obj, name,
                          "module '" + static_cast<Module*>(obj.o)->name + "' has no attribute '" + name + "'");
  }
  raise_attribute_error(obj, name, "'" + t->name + "' object has no attribute '" + name + "'");
}

std::pair<Value, Value> Interp::load_method(Value obj, const std::string& name) {
  if (!(obj.is_obj() && (obj.o->kind == Kind::Type || obj.o->kind == Kind::Module || obj.o->kind == Kind::Super ||
                         obj.o->kind == Kind::ScriptObject))) {
    Type* t = type_of(obj);
    if (Value w = slot_wrapper_attribute(*this, t, name, Value()); !w.is_null()) {
      Dict* d = instance_dict(obj);
      if (!d || dict_get_str(d, name).is_null()) return {w, obj};  // the slot wrapper, called with obj
    }
    Value descr = lookup_type(t, name);
    bool plain_method =
        descr.is_obj() && (descr.o->kind == Kind::Function ||
                           (descr.o->kind == Kind::Builtin && static_cast<Builtin*>(descr.o)->is_method));
    if (plain_method) {
      Dict* d = instance_dict(obj);
      if (!d || dict_get_str(d, name).is_null()) return {descr, obj};
    }
  }
  return {getattr(obj, name), Value()};
}

// type.__setattr__ (type_setattro).
void Interp::type_setattr(Type* cls, const std::string& name, Value v) {
  if (cls->is_builtin) raise(TypeError, "cannot set '" + name + "' attribute of immutable type '" + cls->name + "'");
  // type_set_name / type_set_qualname: the class's own name fields, as getattr reads them.
  if (name == "__name__" || name == "__qualname__") {
    if (!(v.is_obj() && v.o->kind == Kind::Str))
      raise(TypeError, "can only assign string to " + cls->name + "." + name + ", not '" + type_name(v) + "'");
    (name == "__name__" ? cls->name : cls->qualname) = to_str(v);
    return;
  }
  dict_set_str(cls->dict, name, v);
}

void Interp::setattr(Value obj, const std::string& name, Value v) {
  Type* t = type_of(obj);
  if (obj.is_obj() && obj.o->kind == Kind::Type) {
    Type* cls = static_cast<Type*>(obj.o);
    if (cls->type != type_type) {
      Value ms = lookup_type(cls->type, "__setattr__");
      if (is_python_function(ms)) {
        call(ms, {obj, str(name), v});
        return;
      }
    }
    type_setattr(cls, name, v);
    return;
  }
  Value custom = lookup_type(t, "__setattr__");
  if (!custom.is_null() &&
      (is_python_function(custom) || (custom.is_obj() && custom.o->kind == Kind::Builtin && t != object_type &&
                                      !static_cast<Builtin*>(custom.o)->qualname.starts_with("object.")))) {
    call(custom, {obj, str(name), v});
    return;
  }
  Value descr = lookup_type(t, name);
  if (Value set = user_descr_method(*this, descr, "__set__"); !set.is_null()) {
    call(set, {descr, obj, v});
    return;
  }
  if (descr.is_obj() && descr.o->kind == Kind::Property) {
    auto* p = static_cast<Property*>(descr.o);
    if (p->fset.is_null() || p->fset.is_none())
      raise(AttributeError, "property '" + name + "' of '" + t->name + "' object has no setter");
    call(p->fset, {obj, v});
    return;
  }
  if (obj.is_obj()) {
    switch (obj.o->kind) {
      case Kind::Instance: {
        auto* inst = static_cast<Instance*>(obj.o);
        if (slots_forbid(*this, t, name))
          raise(AttributeError, "'" + t->name + "' object has no attribute '" + name + "'");
        if (!inst->dict) inst->dict = new_dict();
        if (t->is_exception && name == "__cause__") {
          inst->cause = v;
          inst->suppress_context = true;
          return;
        }
        dict_set_str(inst->dict, name, v);
        return;
      }
      case Kind::Function: {
        auto* f = static_cast<Function*>(obj.o);
        if (!f->dict) f->dict = new_dict();
        if (name == "__name__") {
          f->name = to_str(v);
          return;
        }
        if (name == "__qualname__") {
          f->qualname = to_str(v);
          return;
        }
        // func_set_defaults / func_set_kwdefaults (Objects/funcobject.c): the values calls bind.
        if (name == "__defaults__") {
          if (!v.is_none() && !(v.is_obj() && v.o->kind == Kind::Tuple))
            raise(TypeError, "__defaults__ must be set to a tuple object");
          f->defaults = v.is_none() ? std::vector<Value>{} : static_cast<Tuple*>(v.o)->items;
          return;
        }
        if (name == "__kwdefaults__") {
          if (!v.is_none() && !(v.is_obj() && v.o->kind == Kind::Dict))
            raise(TypeError, "__kwdefaults__ must be set to a dict object");
          f->kwdefaults = v.is_none() ? nullptr : static_cast<Dict*>(v.o);
          return;
        }
        dict_set_str(f->dict, name, v);
        return;
      }
      case Kind::Module: {
        Dict* d = static_cast<Module*>(obj.o)->dict;
        dict_set_str(d, name, v);
        // A config module's aliases (torch/utils/_config_module.py, Config(alias=...)): the alias and
        // its target are one setting, so writing either writes both (`_config_aliases`, both ways).
        Value aliases = dict_get_str(d, "_config_aliases");
        if (aliases.is_obj() && aliases.o->kind == Kind::Dict) {
          Value target = dict_get_str(static_cast<Dict*>(aliases.o), name);
          if (target.is_obj() && target.o->kind == Kind::Str) dict_set_str(d, static_cast<Str*>(target.o)->s, v);
        }
        return;
      }
      case Kind::Tensor: {
        // A tensor (and a Parameter) has a __dict__ for attributes of the user's own.
        auto* to = static_cast<TensorObj*>(obj.o);
        if (!to->attrs) to->attrs = new_dict();
        dict_set_str(to->attrs, name, v);
        return;
      }
      default:
        if (Dict* d = payload_attrs(*this, obj)) {
          dict_set_str(d, name, v);
          return;
        }
        break;
    }
  }
  raise(AttributeError, "'" + t->name + "' object has no attribute '" + name + "'");
}

void Interp::delattr(Value obj, const std::string& name) {
  // A class's own __delattr__ (Python code: torch.nn.Module's) handles `del obj.name`.
  if (!(obj.is_obj() && obj.o->kind == Kind::Type)) {
    Value custom = lookup_type(type_of(obj), "__delattr__");
    if (!custom.is_null() && is_python_function(custom)) {
      call(custom, {obj, str(name)});
      return;
    }
  }
  if (!(obj.is_obj() && obj.o->kind == Kind::Type)) {
    Value descr = lookup_type(type_of(obj), name);
    if (Value del = user_descr_method(*this, descr, "__delete__"); !del.is_null()) {
      call(del, {descr, obj});
      return;
    }
  }
  Dict* d = nullptr;
  if (obj.is_obj() && obj.o->kind == Kind::Type) d = static_cast<Type*>(obj.o)->dict;
  else d = instance_dict(obj);
  if (!d || !dict_del(d, str(name)))
    raise(AttributeError, "'" + type_name(obj) + "' object has no attribute '" + name + "'");
}

// ---------------------------------------------------------------------------------------------
// Calls

Value Interp::call(Value callable, CallArgs& args) {
  // The VM's CALL asked for a direct frame (Frame::direct): passed on through bound methods and
  // __call__ to the Python function finally called; a builtin's or a class's calls are not direct.
  const bool direct = std::exchange(direct_call_, false);
  if (!callable.is_obj()) raise(TypeError, "'" + type_name(callable) + "' object is not callable");
  Object* o = callable.o;
  switch (o->kind) {
    case Kind::Function:
      direct_call_ = direct;
      return call_function(static_cast<Function*>(o), args);
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      if (!b->self.is_null()) args.pos.insert(args.pos.begin(), b->self);
      // int's and float's own methods (m.bit_length(), int.__add__(m, 1)) on an instance of a
      // subclass compute with the number it carries.
      if (!args.pos.empty() && is_number_subclass(args.pos[0]) &&
          (b->qualname.rfind("int.", 0) == 0 || b->qualname.rfind("float.", 0) == 0))
        args.pos[0] = number_payload(args.pos[0]);
      // The math module's functions take any int or float (PyFloat_AsDouble, PyNumber_Index).
      if (b->module == "math")
        for (Value& x : args.pos) x = number_payload(x);
      try {
        return b->fn(*this, args);
      } catch (const MissingArgument& m) {
        // Methods receive self as argument 0; the message counts the others, like CPython's.
        const size_t skip = b->is_method || !b->self.is_null() ? 1 : 0;
        if (m.index < skip) raise(TypeError, "descriptor '" + b->name + "' needs an argument");
        const size_t needed = m.index + 1 - skip;
        const size_t given = args.pos.size() >= skip ? args.pos.size() - skip : 0;
        raise(TypeError, b->qualname + "() takes at least " + std::to_string(needed) + " argument" +
                             (needed == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
      }
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      args.pos.insert(args.pos.begin(), m->self);
      direct_call_ = direct;
      return call(m->func, args);
    }
    case Kind::Type: {
      auto* cls = static_cast<Type*>(o);
      // A metaclass's own __call__ (Python code) decides what calling the class does.
      if (cls->type != type_type) {
        Value mc = lookup_type(cls->type, "__call__");
        if (is_python_function(mc)) {
          args.pos.insert(args.pos.begin(), callable);
          return call(mc, args);
        }
      }
      return construct(cls, args);
    }
    default: {
      Value c = lookup_type(o->type, "__call__");
      if (!c.is_null()) {
        args.pos.insert(args.pos.begin(), callable);
        direct_call_ = direct;
        return call(c, args);
      }
      raise(TypeError, "'" + o->type->name + "' object is not callable");
    }
  }
}

// type.__call__: cls.__new__(cls, ...) then, for an instance of cls, __init__ (a class made by a
// metaclass gets the metaclass's Python __init__ only).
Value Interp::construct(Type* cls, CallArgs& args) {
  Value callable = Value::obj(cls);
  Value newfn = lookup_type(cls, "__new__");
  Value inst;
  if (newfn.is_obj() && newfn.o->kind == Kind::StaticMethod) newfn = static_cast<StaticMethod*>(newfn.o)->func;
  if (!newfn.is_null() && !(newfn.is_obj() && newfn.o->kind == Kind::Builtin &&
                            static_cast<Builtin*>(newfn.o)->qualname == "object.__new__")) {
    CallArgs na = args;
    na.pos.insert(na.pos.begin(), callable);
    inst = call(newfn, na);
    if (!type_of(inst)->is_subtype(cls)) return inst;
    if (inst.is_obj() && inst.o->kind == Kind::Type) {
      Value init = lookup_type(cls, "__init__");
      if (is_python_function(init)) {
        CallArgs ia = args;
        ia.pos.insert(ia.pos.begin(), inst);
        call(init, ia);
      }
      return inst;
    }
    // Built-in kinds are fully built by __new__; instances of user subclasses of tuple, list, dict
    // and str still get __init__ (list.__init__ and dict.__init__ fill them).
    if (inst.is_obj() && inst.o->kind != Kind::Instance && !payload_subclass(inst)) return inst;
  } else {
    Instance* obj = make<Instance>(cls);
    if (cls->is_exception) obj->args = tuple(args.pos);
    inst = Value::obj(obj);
  }
  Value init = lookup_type(cls, "__init__");
  if (!init.is_null()) {
    CallArgs ia = args;
    ia.pos.insert(ia.pos.begin(), inst);
    Value r = call(init, ia);
    if (!r.is_none()) raise(TypeError, "__init__() should return None, not '" + type_name(r) + "'");
  }
  return inst;
}

Value Interp::call_method(Value obj, const std::string& name, std::vector<Value> pos) {
  auto [f, self] = load_method(obj, name);
  if (!self.is_null()) pos.insert(pos.begin(), self);
  CallArgs a;
  a.pos = std::move(pos);
  return call(f, a);
}

// ---------------------------------------------------------------------------------------------
// Dicts

static uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

// CPython hashes a NaN by its identity; here every NaN hashes to 0 (equal to nothing anyway).
static int64_t float_hash(double f) { return std::isnan(f) ? 0 : py::hash_float(f); }

uint64_t Interp::hash(Value v) {
  if (v.is_obj()) check_stack();
  switch (v.tag) {
    case Value::Tag::Null:
    case Value::Tag::None: return 0x1234567;
    case Value::Tag::Bool: return v.b ? 1 : 0;
    case Value::Tag::Int: return static_cast<uint64_t>(py::hash_int(v.i));
    case Value::Tag::Float: return static_cast<uint64_t>(float_hash(v.f));
    case Value::Tag::Obj: break;
  }
  Object* o = v.o;
  if (is_number_subclass(v)) {
    Value h = subclass_override(v, "__hash__");
    if (h.is_none()) raise(TypeError, "unhashable type: '" + o->type->name + "'");
    if (h.is_null()) return hash(number_payload(v));
    Value r = call(h, {v});
    if (is_long(r)) return static_cast<uint64_t>(static_cast<LongObj*>(r.o)->v.hash());
    if (!r.is_int() && !r.is_bool()) raise(TypeError, "__hash__ method should return an integer");
    return static_cast<uint64_t>(py::hash_int(index_value(r)));
  }
  if (payload_subclass(v)) {
    Value h = subclass_override(v, "__hash__");
    if (h.is_none() || (h.is_null() && (o->kind == Kind::List || o->kind == Kind::Dict)))
      raise(TypeError, "unhashable type: '" + o->type->name + "'");
    if (!h.is_null()) {
      Value r = call(h, {v});
      if (is_long(r)) return static_cast<uint64_t>(static_cast<LongObj*>(r.o)->v.hash());
      if (!r.is_int() && !r.is_bool()) raise(TypeError, "__hash__ method should return an integer");
      return static_cast<uint64_t>(py::hash_int(index_value(r)));
    }
  }
  switch (o->kind) {
    case Kind::Long: return static_cast<uint64_t>(static_cast<LongObj*>(o)->v.hash());
    case Kind::Str: {
      // CPython's SipHash-1-3 with PYTHONHASHSEED=0's key (python/pyhash.h), cached like
      // CPython's (-1: not computed yet). dict_get_str computes the same function.
      auto* s = static_cast<Str*>(o);
      if (s->hash_cache == -1) s->hash_cache = py::hash_str(s->s);
      return static_cast<uint64_t>(s->hash_cache);
    }
    case Kind::Bytes: {
      if (o->type == bytearray_type) raise(TypeError, "unhashable type: 'bytearray'");
      auto& raw = static_cast<Bytes*>(o)->s;
      return static_cast<uint64_t>(py::hash_bytes(reinterpret_cast<const unsigned char*>(raw.data()), raw.size()));
    }
    case Kind::Tuple:
    case Kind::Size: {
      if (static_cast<Tuple*>(o)->view_of) raise(TypeError, "unhashable type: '" + o->type->name + "'");
      auto& items = static_cast<Tuple*>(o)->items;
      py::TupleHasher th;
      for (auto& e : items) th.add(hash(e));
      return th.finish(items.size());
    }
    case Kind::FrozenSet: {
      // CPython's frozenset_hash (Objects/setobject.c): order-independent mix of the elements'
      // hashes, then of the size.
      auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
      uint64_t h = 0;
      auto* d = static_cast<Dict*>(o);
      for (auto& e : d->entries)
        if (e.live) h ^= shuffle(e.hash);
      h ^= (static_cast<uint64_t>(d->size()) + 1) * 1927868237ULL;
      h ^= (h >> 11) ^ (h >> 25);
      h = h * 69069U + 907133923ULL;
      if (h == ~uint64_t{0}) h = 590923713ULL;
      return h;
    }
    case Kind::List: raise(TypeError, "unhashable type: 'list'");
    case Kind::Dict: raise(TypeError, "unhashable type: 'dict'");
    case Kind::Set: raise(TypeError, "unhashable type: 'set'");
    case Kind::Instance: {
      Value h = lookup_type(o->type, "__hash__");
      if (h.is_none()) raise(TypeError, "unhashable type: '" + o->type->name + "'");
      if (is_python_function(h)) {
        Value r = call(h, {v});
        if (is_long(r)) return static_cast<uint64_t>(static_cast<LongObj*>(r.o)->v.hash());
        if (!r.is_int() && !r.is_bool()) raise(TypeError, "__hash__ method should return an integer");
        // slot_tp_hash: a result that fits in Py_ssize_t is the hash itself (-1 becomes -2).
        int64_t hv = index_value(r);
        return static_cast<uint64_t>(hv == -1 ? -2 : hv);
      }
      break;
    }
    default:
      if (auto* c = dynamic_cast<ComplexObj*>(o)) {  // complex_hash: hash(re) + 1000003 * hash(im)
        uint64_t h = static_cast<uint64_t>(float_hash(c->re)) + 1000003ULL * static_cast<uint64_t>(float_hash(c->im));
        return h == ~uint64_t{0} ? static_cast<uint64_t>(-2) : h;
      }
      break;
  }
  // object.__hash__: derived from the address (CPython rotates id() right by 4 bits).
  return mix(reinterpret_cast<uintptr_t>(o)) & 0x7fffffffffffffffULL;
}

Value Interp::dict_get(Dict* d, Value key) {
  uint64_t h = hash(key);
  auto range = d->index.equal_range(h);
  for (auto it = range.first; it != range.second; ++it) {
    auto& e = d->entries[it->second];
    if (e.live && (e.key.same(key) || eq(e.key, key))) return e.value;
  }
  return Value();
}

void Interp::dict_set(Dict* d, Value key, Value v) {
  uint64_t h = hash(key);
  auto range = d->index.equal_range(h);
  for (auto it = range.first; it != range.second; ++it) {
    auto& e = d->entries[it->second];
    if (e.live && (e.key.same(key) || eq(e.key, key))) {
      e.value = v;
      return;
    }
  }
  d->index.emplace(h, static_cast<uint32_t>(d->entries.size()));
  d->entries.push_back({key, v, h, true});
  d->live_count++;
  if (d->is_set()) set_table_inserted(d, static_cast<uint32_t>(d->entries.size() - 1));
}

bool Interp::dict_del(Dict* d, Value key) {
  uint64_t h = hash(key);
  auto range = d->index.equal_range(h);
  for (auto it = range.first; it != range.second; ++it) {
    auto& e = d->entries[it->second];
    if (e.live && (e.key.same(key) || eq(e.key, key))) {
      if (d->is_set()) {
        set_table_removed(d, it->second);  // its slot becomes a dummy; set_sync compacts later
        e.live = false;
        e.key = Value();
        e.value = Value();
        d->index.erase(it);
        d->live_count--;
        return true;
      }
      e.live = false;
      e.key = Value();
      e.value = Value();
      d->index.erase(it);
      d->live_count--;
      if (d->entries.size() > 32 && d->live_count * 2 < d->entries.size()) {
        std::vector<Dict::Entry> kept;
        for (auto& x : d->entries)
          if (x.live) kept.push_back(x);
        d->entries = std::move(kept);
        d->index.clear();
        for (uint32_t i = 0; i < d->entries.size(); ++i) d->index.emplace(d->entries[i].hash, i);
      }
      return true;
    }
  }
  return false;
}

Value Interp::dict_get_str(Dict* d, const std::string& key) {
  if (!d) return Value();
  uint64_t h = static_cast<uint64_t>(py::hash_str(key));
  auto range = d->index.equal_range(h);
  for (auto it = range.first; it != range.second; ++it) {
    auto& e = d->entries[it->second];
    if (e.live && e.key.is_obj() && e.key.o->kind == Kind::Str && static_cast<Str*>(e.key.o)->s == key) return e.value;
  }
  return Value();
}

void Interp::dict_set_str(Dict* d, const std::string& key, Value v) {
  // An existing key keeps its str object (as dict_set would): found without making a new str,
  // which the run would otherwise keep until its end (`self.n = ...` in a loop, docs/memory.md).
  if (!d->is_set()) {
    uint64_t h = static_cast<uint64_t>(py::hash_str(key));
    auto range = d->index.equal_range(h);
    for (auto it = range.first; it != range.second; ++it) {
      auto& e = d->entries[it->second];
      if (e.live && e.key.is_obj() && e.key.o->kind == Kind::Str && static_cast<Str*>(e.key.o)->s == key) {
        e.value = v;
        return;
      }
    }
  }
  dict_set(d, str(key), v);
}

// ---------------------------------------------------------------------------------------------
// Errors

Value Interp::new_exception(Type* t, const std::string& msg) {
  Instance* e = make<Instance>(t);
  e->args = tuple({str(msg)});
  return Value::obj(e);
}

void Interp::raise(Type* t, const std::string& msg) { throw PyException(new_exception(t, msg)); }

void Interp::raise_value(Value exc) {
  if (exc.is_obj() && exc.o->kind == Kind::Type) {
    Type* t = static_cast<Type*>(exc.o);
    if (!t->is_exception) raise(TypeError, "exceptions must derive from BaseException");
    exc = call(exc, std::vector<Value>{});
  }
  if (!type_of(exc)->is_exception) raise(TypeError, "exceptions must derive from BaseException");
  throw PyException(exc);
}

std::string Interp::attribute_error_note(Value obj, const std::string& name) {
  // Public names of torch's modules, of tensors and of the Tensor type.
  std::string owner;
  // A private name of a torch module only when PyTorch has a submodule of that name.
  if (!name.empty() && obj.is_obj() && (name[0] != '_' || obj.o->kind == Kind::Module)) {
    if (obj.o->kind == Kind::Module) {
      const std::string& m = static_cast<Module*>(obj.o)->name;
      if (m == "torch" || m.rfind("torch.", 0) == 0) owner = m;
    } else if (tensor_type && (type_of(obj)->is_subtype(tensor_type) ||
                               (obj.o->kind == Kind::Type && static_cast<Type*>(obj.o)->is_subtype(tensor_type)))) {
      owner = "torch.Tensor";
    }
  }
  return owner.empty() ? std::string() : upstream_note("attribute_note", {owner, name});
}

void Interp::raise_attribute_error(Value obj, const std::string& name, const std::string& msg) {
  // A name PyTorch has and the playground lacks: the message says so, and no "Did you mean"
  // suggestion follows it.
  std::string note = attribute_error_note(obj, name);
  Value exc = new_exception(AttributeError, msg + note);
  auto* inst = static_cast<Instance*>(exc.o);
  if (note.empty()) {
    inst->err_name = name;
    inst->err_obj = obj;
  }
  throw PyException(exc);
}

std::string Interp::upstream_note(const char* fn, const std::vector<std::string>& args) {
  if (in_upstream_note) return "";  // a name missing while making the note itself
  in_upstream_note = true;
  std::string note;
  try {
    Value mod = import_module("_dp_missing");
    std::vector<Value> argv;
    for (auto& a : args) argv.push_back(str(a));
    Value r = call(getattr(mod, fn), argv);
    if (r.is_obj() && r.o->kind == Kind::Str) note = to_str(r);
  } catch (PyException&) {
    note.clear();
  }
  in_upstream_note = false;
  return note;
}

void Interp::raise_name_error(const std::string& name, const std::vector<std::string>& scope, Dict* globals) {
  Value exc = new_exception(NameError, "name '" + name + "' is not defined");
  auto* inst = static_cast<Instance*>(exc.o);
  inst->err_name = name;
  inst->err_scope = scope;
  inst->err_globals = globals;
  throw PyException(exc);
}

Value Interp::exception_args(Value exc) {
  if (exc.is_obj() && exc.o->kind == Kind::Instance) {
    auto* i = static_cast<Instance*>(exc.o);
    if (!i->args.is_null()) return i->args;
  }
  return tuple({});
}

static std::string exc_type_display(Interp& I, Type* t) {
  Value m = I.dict_get_str(t->dict, "__module__");
  std::string mod = m.is_null() ? t->module : I.to_str(m);
  if (mod == "builtins" || mod == "__main__") return t->qualname;
  return mod + "." + t->qualname;
}

std::string Interp::format_exception_only(Value exc) {
  std::string name = exc_type_display(*this, type_of(exc));
  // A located SyntaxError: its file, line and carets, then "SyntaxError: msg" (its msg attribute).
  if (std::string where = syntax_error_location_text(*this, exc); !where.empty()) {
    Value m = getattr_opt(exc, "msg");
    std::string msg = m.is_null() ? "" : to_str(m);
    return where + (msg.empty() ? name : name + ": " + msg);
  }
  std::string msg = to_str(exc);
  if (msg.empty()) return name;
  return name + ": " + msg;
}

// ---------------------------------------------------------------------------------------------
// Traceback text (CPython 3.11's layout)

// Number of characters (UTF-8 code points) in the first `bytes` bytes of `s`.
static int char_offset(const std::string& s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && i < static_cast<int>(s.size()); ++i)
    if ((static_cast<unsigned char>(s[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++n;
  return n;
}

static bool tb_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// The "~~~^^^~~~" anchors of a failing expression that is a binary operation or a subscript:
// [left, right) (byte offsets in `segment`) is the operator or the bracketed index, which gets '^';
// the rest of the expression gets '~'. The segment is re-parsed on its own, as CPython does, so
// anything that does not parse as exactly one expression statement has no anchors.
static bool caret_anchors(const std::string& segment, int& left, int& right) {
  py::Module mod;
  try {
    py::SourceLines src;
    src.filename = "<traceback>";
    mod = py::parse_module(segment, src);
  } catch (...) {
    return false;
  }
  if (mod.body.size() != 1 || mod.body[0]->kind != py::StmtKind::Expr || !mod.body[0]->value) return false;
  const py::Expr& e = *mod.body[0]->value;
  const int n = static_cast<int>(segment.size());
  auto at = [&](int i) { return segment[static_cast<size_t>(i)]; };
  if (e.kind == py::ExprKind::BinOp && e.a && e.b) {
    if (e.a->loc.end_lineno != 1 || e.b->loc.lineno != 1) return false;
    const int stop = e.b->loc.col;
    bool found = false;
    for (int i = e.a->loc.end_col; i < stop && i < n; ++i) {
      if (tb_space(at(i))) continue;
      // The operator: one character, or two when the next one is not blank (`//`, `**`, `<<`).
      left = i;
      right = i + 1;
      if (i + 1 < stop && !tb_space(at(i + 1))) ++right;
      found = true;
      if (i + 1 < stop && at(i) == ')') continue;  // a closing parenthesis of the left operand
      break;
    }
    return found;
  }
  if (e.kind == py::ExprKind::Subscript && e.a && e.b) {
    if (e.a->loc.end_lineno != 1 || e.b->loc.end_lineno != 1) return false;
    left = e.a->loc.end_col;
    right = e.b->loc.end_col + 1;
    while (left < n && at(left) != '[') ++left;
    while (right < n && at(right) != ']') ++right;
    if (right < n) ++right;
    return true;
  }
  return false;
}

// The caret line under a traceback's source line, or "" when CPython 3.11 prints none.
// `line` is the whole source line (indentation included); columns are UTF-8 byte offsets.
static std::string caret_line(const std::string& line, int lineno, int end_lineno, int col, int end_col) {
  if (col < 0 || end_col < 0 || lineno <= 0 || end_lineno < lineno) return "";
  int indent = 0;  // leading blanks that the source line is printed without (in characters)
  while (indent < static_cast<int>(line.size()) && tb_space(line[static_cast<size_t>(indent)])) ++indent;
  const int line_chars = char_offset(line, static_cast<int>(line.size()));
  int start = char_offset(line, col);
  int end;
  int left = -1, right = -1;  // anchors in characters of the whole line; -1 when there are none
  if (end_lineno == lineno) {
    if (end_col > static_cast<int>(line.size()) || col > end_col) return "";
    end = char_offset(line, end_col);
    const std::string segment = line.substr(static_cast<size_t>(col), static_cast<size_t>(end_col - col));
    int l = 0, r = 0;
    if (caret_anchors(segment, l, r)) {
      left = start + char_offset(segment, l);
      right = start + char_offset(segment, r);
    }
  } else {
    // An expression that continues on later lines: underline up to the last non-blank character.
    int last = static_cast<int>(line.size());
    while (last > 0 && tb_space(line[static_cast<size_t>(last - 1)])) --last;
    end = char_offset(line, last);
  }
  const bool anchored = left >= 0 || right >= 0;
  // No caret line when the plain '^' span would cover the whole printed line.
  if (end - start == line_chars - indent && !anchored) return "";
  if (start < indent || end <= start) return "";
  std::string out = "    ";
  for (int pos = indent + 1; pos <= end; ++pos) {
    if (pos <= start) out += ' ';
    else if (anchored && left < pos && pos <= right) out += '^';
    else out += anchored ? '~' : '^';
  }
  return out + "\n";
}

static std::string format_tb_entry(Interp& I, const TracebackEntry& e) {
  std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + ", in " + e.name + "\n";
  auto it = I.file_lines.find(e.filename);
  if (it == I.file_lines.end() || e.lineno < 1 || e.lineno > static_cast<int>(it->second.size())) return out;
  const std::string& line = it->second[static_cast<size_t>(e.lineno - 1)];
  size_t lead = 0;
  while (lead < line.size() && tb_space(line[lead])) ++lead;
  if (lead == line.size()) return out;
  // The line is printed without its indentation; trailing blanks stay, as in CPython 3.11.
  out += "    " + line.substr(lead) + "\n";
  out += caret_line(line, e.lineno, e.end_lineno, e.col, e.end_col);
  return out;
}

// Entries of one traceback; runs of more than three identical entries (same file, line and
// function, as in a recursion) are cut short with "[Previous line repeated N more times]".
static std::string format_tb_entries(Interp& I, const std::vector<TracebackEntry>& tb);

std::string format_traceback_entries(Interp& I, const std::vector<TracebackEntry>& tb) {
  return format_tb_entries(I, tb);
}

static std::string format_tb_entries(Interp& I, const std::vector<TracebackEntry>& tb) {
  constexpr int kRecursiveCutoff = 3;
  // Like CPython, only the last 1000 entries are shown.
  size_t first = tb.size() > 1000 ? tb.size() - 1000 : 0;
  std::string out;
  const TracebackEntry* last = nullptr;
  int count = 0;
  auto flush = [&]() {
    if (count > kRecursiveCutoff) {
      int more = count - kRecursiveCutoff;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (size_t i = first; i < tb.size(); ++i) {
    const TracebackEntry& e = tb[i];
    if (!last || last->filename != e.filename || last->lineno != e.lineno || last->name != e.name) {
      flush();
      last = &e;
      count = 0;
    }
    ++count;
    if (count > kRecursiveCutoff) continue;
    out += format_tb_entry(I, e);
  }
  flush();
  return out;
}

// "Did you mean" suggestions (CPython 3.11 prints them after NameError / AttributeError messages).
// The distance is Levenshtein's with weights: changing only the case of a letter costs 1, any other
// edit 2; a candidate qualifies when at most about a third of the characters involved change.
namespace {

constexpr size_t kEditCost = 2;
constexpr size_t kMaxSuggestionLen = 40;
constexpr size_t kMaxCandidates = 750;

size_t substitute_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  if ((a & 31) == (b & 31) && lower(a) == lower(b)) return 1;
  return kEditCost;
}

// Weighted edit distance of a and b, or limit + 1 when it exceeds limit.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kEditCost;
  if (a.size() > kMaxSuggestionLen || b.size() > kMaxSuggestionLen) return limit + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kEditCost > limit) return limit + 1;
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kEditCost;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diag = j * kEditCost;  // cost of b[:j] vs a[:0]
    result = diag;
    size_t row_min = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = diag + substitute_cost(b[j], a[i]);
      diag = row[i];
      result = std::min(std::min(result, diag) + kEditCost, substitute);
      row[i] = result;
      row_min = std::min(row_min, result);
    }
    if (row_min > limit) return limit + 1;
  }
  return result;
}

// The closest candidate to `name` (the first one among equally close ones), or "".
std::string closest_name(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    size_t limit = (name.size() + c.size() + 3) * kEditCost / 6;
    if (best_distance != SIZE_MAX) limit = std::min(limit, best_distance - 1);
    size_t d = edit_distance(name, c, limit);
    if (d > limit) continue;
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::vector<std::string> dict_str_keys(Interp& I, Dict* d) {
  std::vector<std::string> keys;
  if (!d) return keys;
  for (auto& e : d->entries)
    if (e.live && e.key.is_obj() && e.key.o->kind == Kind::Str) keys.push_back(static_cast<Str*>(e.key.o)->s);
  (void)I;
  return keys;
}

// What dir(obj) would list, for the suggestion of an AttributeError.
std::vector<std::string> dir_names(Interp& I, Value obj) {
  std::vector<std::string> names;
  auto add_type = [&](Type* t) {
    for (Type* k : t->mro) {
      if (k == I.object_type) continue;
      auto keys = dict_str_keys(I, k->dict);
      names.insert(names.end(), keys.begin(), keys.end());
    }
  };
  if (obj.is_obj() && obj.o->kind == Kind::Module) {
    names = dict_str_keys(I, static_cast<Module*>(obj.o)->dict);
  } else {
    if (obj.is_obj() && obj.o->kind == Kind::Type) {
      add_type(static_cast<Type*>(obj.o));
    } else {
      if (obj.is_obj() && obj.o->kind == Kind::Instance) {
        auto keys = dict_str_keys(I, static_cast<Instance*>(obj.o)->dict);
        names.insert(names.end(), keys.begin(), keys.end());
      }
      add_type(I.type_of(obj));
    }
    // object's own attributes, as CPython 3.11 lists them.
    for (const char* n : {"__class__",   "__delattr__", "__dir__",           "__doc__",         "__eq__",
                          "__format__",  "__ge__",      "__getattribute__",  "__getstate__",    "__gt__",
                          "__hash__",    "__init__",    "__init_subclass__", "__le__",          "__lt__",
                          "__ne__",      "__new__",     "__reduce__",        "__reduce_ex__",   "__repr__",
                          "__setattr__", "__sizeof__",  "__str__",           "__subclasshook__"})
      names.push_back(n);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string suggestion_for(Interp& I, Value exc) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Instance)) return "";
  auto* inst = static_cast<Instance*>(exc.o);
  if (inst->err_name.empty()) return "";
  Type* t = I.type_of(exc);
  if (t->is_subtype(I.AttributeError) && !inst->err_obj.is_null())
    return closest_name(dir_names(I, inst->err_obj), inst->err_name);
  if (t->is_subtype(I.NameError)) {
    std::string s = closest_name(inst->err_scope, inst->err_name);
    if (s.empty()) s = closest_name(dict_str_keys(I, inst->err_globals), inst->err_name);
    if (s.empty()) s = closest_name(dict_str_keys(I, I.builtins), inst->err_name);
    return s;
  }
  return "";
}

}  // namespace

// traceback.py's TracebackException.format (which CPython 3.11's C printer of uncaught exceptions
// matches): the chain of causes and contexts, and exception groups boxed by a "  | " margin, as
// deep as max_group_depth 10 and as wide as max_group_width 15.
namespace {

struct TbContext {
  int depth = 0;  // exception_group_depth
  bool need_close = false;
  std::unordered_set<Object*> seen;
};

void tb_emit(std::string& out, const TbContext& ctx, const std::string& text, char margin = '|') {
  std::string indent(static_cast<size_t>(2 * ctx.depth), ' ');
  if (ctx.depth) {
    indent += margin;
    indent += ' ';
  }
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t stop = nl == std::string::npos ? text.size() : nl + 1;
    out += indent;
    out.append(text, start, stop - start);
    start = stop;
  }
}

void tb_format(Interp& I, Value exc, TbContext& ctx, std::string& out);

}  // namespace

std::string Interp::format_traceback(Value exc) {
  std::string out;
  TbContext ctx;
  tb_format(*this, exc, ctx, out);
  return out;
}

namespace {

std::string exception_only_with_notes(Interp& I, Value exc) {
  std::string out = I.format_exception_only(exc);
  std::string hint = suggestion_for(I, exc);
  if (!hint.empty()) out += ". Did you mean: '" + hint + "'?";
  out += "\n";
  auto* inst = static_cast<Instance*>(exc.o);
  Value notes = inst->dict ? I.dict_get_str(inst->dict, "__notes__") : Value();
  if (notes.is_obj() && (notes.o->kind == Kind::List || notes.o->kind == Kind::Tuple)) {
    for (auto& n : I.to_vector(notes)) out += (n.is_obj() && n.o->kind == Kind::Str ? I.to_str(n) : I.repr(n)) + "\n";
  } else if (!notes.is_null()) {
    out += I.repr(notes) + "\n";
  }
  return out;
}

void tb_format(Interp& I, Value exc, TbContext& ctx, std::string& out) {
  auto present = [](const Value& v) { return !v.is_null() && !v.is_none(); };
  std::vector<std::pair<const char*, Value>> chain;  // (message before it, exception), outermost first
  Value e = exc;
  auto unseen = [&](const Value& v) { return present(v) && v.is_obj() && !ctx.seen.count(v.o); };
  while (e.is_obj() && e.o->kind == Kind::Instance) {
    ctx.seen.insert(e.o);
    auto* inst = static_cast<Instance*>(e.o);
    const char* msg = nullptr;
    Value next;
    if (unseen(inst->cause)) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      next = inst->cause;
    } else if (unseen(inst->context) && !inst->suppress_context) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      next = inst->context;
    }
    chain.emplace_back(msg, e);
    e = next;
    if (!msg) break;
  }
  if (chain.empty()) {  // not an exception instance
    tb_emit(out, ctx, I.format_exception_only(exc) + "\n");
    return;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (it->first) tb_emit(out, ctx, it->first);
    Value x = it->second;
    auto* inst = static_cast<Instance*>(x.o);
    if (!is_exception_group(I, x)) {
      if (!inst->traceback.empty()) {
        tb_emit(out, ctx, "Traceback (most recent call last):\n");
        tb_emit(out, ctx, format_tb_entries(I, inst->traceback));
      }
      tb_emit(out, ctx, exception_only_with_notes(I, x));
      continue;
    }
    if (ctx.depth > 10) {
      tb_emit(out, ctx, "... (max_group_depth is 10)\n");
      continue;
    }
    bool toplevel = ctx.depth == 0;
    if (toplevel) ++ctx.depth;
    if (!inst->traceback.empty()) {
      tb_emit(out, ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      tb_emit(out, ctx, format_tb_entries(I, inst->traceback));
    }
    tb_emit(out, ctx, exception_only_with_notes(I, x));
    const std::vector<Value>& excs = exception_group_items(x);
    const size_t width = 15, num = excs.size(), n = num <= width ? num : width + 1;
    ctx.need_close = false;
    for (size_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) ctx.need_close = true;
      bool truncated = i >= width;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out += std::string(static_cast<size_t>(2 * ctx.depth), ' ') + (i == 0 ? "+-" : "  ") + "+---------------- " +
             title + " ----------------\n";
      ++ctx.depth;
      if (!truncated) {
        tb_format(I, excs[i], ctx, out);
      } else {
        size_t remaining = num - width;
        tb_emit(out, ctx, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
      }
      if (last && ctx.need_close) {
        out += std::string(static_cast<size_t>(2 * ctx.depth), ' ') + "+------------------------------------\n";
        ctx.need_close = false;
      }
      --ctx.depth;
    }
    if (toplevel) ctx.depth = 0;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Truth, repr, str

bool Interp::truthy(Value v) {
  switch (v.tag) {
    case Value::Tag::Null:
    case Value::Tag::None: return false;
    case Value::Tag::Bool: return v.b;
    case Value::Tag::Int: return v.i != 0;
    case Value::Tag::Float: return v.f != 0.0;
    case Value::Tag::Obj: break;
  }
  Object* o = v.o;
  if (is_number_subclass(v)) {
    if (Value b = subclass_override(v, "__bool__"); !b.is_null()) {
      Value r = call(b, {v});
      if (!r.is_bool()) raise(TypeError, "__bool__ should return bool, returned " + type_name(r));
      return r.b;
    }
    return truthy(number_payload(v));
  }
  if (payload_subclass(v)) {
    if (Value b = subclass_override(v, "__bool__"); !b.is_null()) {
      Value r = call(b, {v});
      if (!r.is_bool()) raise(TypeError, "__bool__ should return bool, returned " + type_name(r));
      return r.b;
    }
    return len(v) != 0;  // a __len__ override counts
  }
  switch (o->kind) {
    case Kind::Long: return true;
    case Kind::Str: return !static_cast<Str*>(o)->s.empty();
    case Kind::Bytes: return !static_cast<Bytes*>(o)->s.empty();
    case Kind::Tuple:
    case Kind::Size:
      if (auto* d = static_cast<Tuple*>(o)->view_of) return d->size() != 0;
      return !static_cast<Tuple*>(o)->items.empty();
    case Kind::List: return !static_cast<List*>(o)->items.empty();
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet: return static_cast<Dict*>(o)->size() != 0;
    case Kind::Range: return static_cast<Range*>(o)->length() != 0;
    case Kind::Tensor: return tensor_truthy(*this, v);
    case Kind::Instance: {
      Value b = lookup_type(o->type, "__bool__");
      if (!b.is_null()) {
        Value r = call(b, {v});
        if (!r.is_bool()) raise(TypeError, "__bool__ should return bool, returned " + type_name(r));
        return r.b;
      }
      Value l = lookup_type(o->type, "__len__");
      if (!l.is_null()) return index_value(call(l, {v})) != 0;
      return true;
    }
    default: return true;
  }
}

bool Interp::callable(Value v) {
  if (!v.is_obj()) return false;
  Kind k = v.o->kind;
  return k == Kind::Function || k == Kind::Builtin || k == Kind::BoundMethod || k == Kind::Type ||
         !lookup_type(v.o->type, "__call__").is_null();
}

std::string Interp::repr(Value v) {
  if (v.is_obj()) check_stack(" while getting the repr of an object");
  switch (v.tag) {
    case Value::Tag::Null: return "<NULL>";
    case Value::Tag::None: return "None";
    case Value::Tag::Bool: return v.b ? "True" : "False";
    case Value::Tag::Int: return int_to_str(v.i);
    case Value::Tag::Float: return float_repr(v.f);
    case Value::Tag::Obj: break;
  }
  Object* o = v.o;
  if (o->kind == Kind::Long) return long_to_str(*this, static_cast<LongObj*>(o)->v);
  // User-level __repr__ overrides.
  if (o->kind == Kind::Instance || !o->type->is_builtin) {
    Value r = lookup_type(o->type, "__repr__");
    if (is_python_function(r)) {
      Value s = call(r, {v});
      if (!(s.is_obj() && s.o->kind == Kind::Str))
        raise(TypeError, "__repr__ returned non-string (type " + type_name(s) + ")");
      return static_cast<Str*>(s.o)->s;
    }
  }
  if (o->kind == Kind::Number) return repr(number_payload(v));  // int.__repr__ / float.__repr__
  Value r = lookup_type(o->type, "__repr__");
  if (r.is_obj() && r.o->kind == Kind::Builtin && static_cast<Builtin*>(r.o)->qualname != "object.__repr__") {
    Value s = call(r, {v});
    return to_str(s);
  }
  char addr[32];
  std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(address_of(o)));
  switch (o->kind) {
    case Kind::Type: {
      auto* t = static_cast<Type*>(o);
      std::string mod = t->module;
      Value m = dict_get_str(t->dict, "__module__");
      if (!m.is_null()) mod = to_str(m);
      if (mod == "builtins") return "<class '" + t->qualname + "'>";
      return "<class '" + mod + "." + t->qualname + "'>";
    }
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      // The operator module's functions are C builtins in CPython (`_operator`); the prelude writes
      // them in Python but they print as CPython's do.
      if (!f->module_name.is_null() && to_str(f->module_name) == "operator" &&
          f->qualname.find('.') == std::string::npos)
        return "<built-in function " + f->qualname + ">";
      return "<function " + f->qualname + " at " + addr + ">";
    }
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      if (std::string w; slot_wrapper_repr(*this, b, addr, w)) return w;
      if (!b->self.is_null())
        return "<built-in method " + b->name + " of " + type_name(b->self) + " object at " + addr + ">";
      // torch.sin & co. are methods of one type object in PyTorch (torch._C._VariableFunctions).
      if (b->module == "torch" && torch::op_info(b->name)) {
        std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(address_of(type_of(Value::obj(o)))));
        return "<built-in method " + b->name + " of type object at " + addr + ">";
      }
      return "<built-in function " + b->name + ">";
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      std::string fname;
      if (is_python_function(m->func)) fname = static_cast<Function*>(m->func.o)->qualname;
      else if (m->func.is_obj() && m->func.o->kind == Kind::Builtin) {
        auto* b = static_cast<Builtin*>(m->func.o);
        if (std::string w; slot_wrapper_repr(*this, b, addr, w, m->self)) return w;
        return "<built-in method " + b->name + " of " + type_name(m->self) + " object at " + addr + ">";
      }
      return "<bound method " + fname + " of " + repr(m->self) + ">";
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      if (m->file.empty()) return "<module '" + m->name + "' (built-in)>";
      return "<module '" + m->name + "' from '" + m->file + "'>";
    }
    case Kind::Instance: {
      auto* inst = static_cast<Instance*>(o);
      if (o->type->is_exception) {
        Value args = inst->args.is_null() ? tuple({}) : inst->args;
        auto& items = static_cast<Tuple*>(args.o)->items;
        std::string inner;
        if (items.size() == 1) inner = repr(items[0]);
        else {
          std::string t = repr(args);
          inner = t.substr(1, t.size() - 2);
          if (items.size() == 1 && !inner.empty() && inner.back() == ',') inner.pop_back();
        }
        return o->type->name + "(" + inner + ")";
      }
      std::string mod = o->type->module;
      Value m = dict_get_str(o->type->dict, "__module__");
      if (!m.is_null()) mod = to_str(m);
      if (mod == "builtins") return "<" + o->type->qualname + " object at " + addr + ">";  // object_repr
      return "<" + mod + "." + o->type->qualname + " object at " + addr + ">";
    }
    case Kind::Cell: return std::string("<cell at ") + addr + ">";
    case Kind::Code: {
      auto* c = static_cast<CodeRef*>(o);
      return "<code object " + c->code->co_name + " at " + addr + ", file \"" + c->code->co_filename + "\", line " +
             std::to_string(c->code->co_firstlineno) + ">";
    }
    case Kind::Generator:
      return "<" + o->type->name + " object " + static_cast<Generator*>(o)->qualname + " at " + addr + ">";
    case Kind::Ellipsis: return "Ellipsis";
    case Kind::NotImplemented: return "NotImplemented";
    default: break;
  }
  std::string mod = o->type->module;
  if (mod == "builtins") return "<" + o->type->name + " object at " + addr + ">";
  return "<" + mod + "." + o->type->name + " object at " + addr + ">";
}

std::string Interp::to_str(Value v) {
  if (v.is_obj()) {
    Object* o = v.o;
    // int and float have no __str__ of their own (object.__str__ calls repr, so a subclass's
    // __repr__ shows): only a __str__ a user class defines.
    if (o->kind == Kind::Number) {
      Value f = subclass_override(v, "__str__");
      if (f.is_null()) return repr(v);
      Value r = call(f, {v});
      if (!(r.is_obj() && r.o->kind == Kind::Str))
        raise(TypeError, "__str__ returned non-string (type " + type_name(r) + ")");
      return static_cast<Str*>(r.o)->s;
    }
    if (o->kind == Kind::Str) {
      Value f = subclass_override(v, "__str__");
      if (f.is_null()) return static_cast<Str*>(o)->s;
      Value r = call(f, {v});
      if (!(r.is_obj() && r.o->kind == Kind::Str))
        raise(TypeError, "__str__ returned non-string (type " + type_name(r) + ")");
      return static_cast<Str*>(r.o)->s;
    }
    Value s = lookup_type(o->type, "__str__");
    if (is_python_function(s) ||
        (s.is_obj() && s.o->kind == Kind::Builtin && static_cast<Builtin*>(s.o)->qualname != "object.__str__")) {
      Value r = call(s, {v});
      if (!(r.is_obj() && r.o->kind == Kind::Str))
        raise(TypeError, "__str__ returned non-string (type " + type_name(r) + ")");
      return static_cast<Str*>(r.o)->s;
    }
    if (o->kind == Kind::Instance && o->type->is_exception) {
      auto* inst = static_cast<Instance*>(o);
      Value args = inst->args.is_null() ? tuple({}) : inst->args;
      auto& items = static_cast<Tuple*>(args.o)->items;
      if (items.empty()) return "";
      if (o->type->is_subtype(KeyError) && items.size() == 1) return repr(items[0]);
      if (items.size() == 1) return to_str(items[0]);
      return repr(args);
    }
  }
  return repr(v);
}

int64_t Interp::index_value(Value v) {
  if (v.is_int()) return v.i;
  if (is_number_subclass(v)) {
    if (Value f = subclass_override(v, "__index__"); !f.is_null()) return index_value(call(f, {v}));
    if (number_payload(v).is_float())
      raise(TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
    if (is_long(number_payload(v)))
      raise(OverflowError, "cannot fit '" + type_name(v) + "' into an index-sized integer");
    return index_value(number_payload(v));
  }
  if (is_long(v)) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  if (v.is_bool()) return v.b ? 1 : 0;
  if (v.is_obj() && v.o->kind == Kind::Tensor) return tensor_index(*this, v);
  if (v.is_obj()) {
    Value ix = lookup_type(v.o->type, "__index__");
    if (!ix.is_null()) return index_value(call(ix, {v}));
  }
  raise(TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
}

int64_t Interp::len(Value v) {
  if (Value f = subclass_override(v, "__len__"); !f.is_null()) {
    int64_t n = index_value(call(f, {v}));
    if (n < 0) raise(ValueError, "__len__() should return >= 0");
    return n;
  }
  return base_len(v);
}

void Interp::sync_dict_view(Object* o) {
  if (o->kind != Kind::Tuple) return;
  auto* t = static_cast<Tuple*>(o);
  if (!t->view_of) return;
  std::vector<Value> out;
  out.reserve(t->view_of->size());
  for (auto& e : t->view_of->entries) {
    if (!e.live) continue;
    out.push_back(t->view_which == 0 ? e.key : t->view_which == 1 ? e.value : tuple({e.key, e.value}));
  }
  t->items = std::move(out);
}

int64_t Interp::base_len(Value v) {
  if (v.is_obj()) {
    Object* o = v.o;
    switch (o->kind) {
      case Kind::Str: {
        int64_t n = 0;
        for (unsigned char c : static_cast<Str*>(o)->s) n += (c & 0xC0) != 0x80;
        return n;
      }
      case Kind::Bytes: return static_cast<int64_t>(static_cast<Bytes*>(o)->s.size());
      case Kind::Tuple:
      case Kind::Size:
        if (auto* d = static_cast<Tuple*>(o)->view_of) return static_cast<int64_t>(d->size());
        return static_cast<int64_t>(static_cast<Tuple*>(o)->items.size());
      case Kind::List: return static_cast<int64_t>(static_cast<List*>(o)->items.size());
      case Kind::Dict:
      case Kind::Set:
      case Kind::FrozenSet: return static_cast<int64_t>(static_cast<Dict*>(o)->size());
      case Kind::Range: return static_cast<Range*>(o)->length();
      case Kind::Tensor: return tensor_len(*this, v);
      default: {
        Value l = lookup_type(o->type, "__len__");
        if (!l.is_null()) {
          int64_t n = index_value(call(l, {v}));
          if (n < 0) raise(ValueError, "__len__() should return >= 0");
          return n;
        }
      }
    }
  }
  raise(TypeError, "object of type '" + type_name(v) + "' has no len()");
}

}  // namespace dp::rt
