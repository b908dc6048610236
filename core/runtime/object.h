// The eager runtime's object model: what CPython calls PyObject (Include/object.h) and the
// concrete built-in objects (Objects/*.c), reduced to what the playground's Python subset needs.
//
// Small values (None, bool, int, float) live unboxed in a tagged `Value`; everything else is a
// heap `Object` owned by the interpreter's arena and freed when the run ends. There is no
// reference counting: a playground run is short, and the allocation budget turns runaway
// allocation into MemoryError.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "python/code.h"
#include "python/longint.h"
#include "torch/tensor.h"

namespace dp::rt {

struct Object;
struct Type;
struct Interp;

// A Python value. `Null` is CPython's NULL (an empty stack slot, an unbound local).
struct Value {
  enum class Tag : uint8_t { Null, None, Bool, Int, Float, Obj };
  Tag tag = Tag::Null;
  union {
    bool b;
    int64_t i;
    double f;
    Object* o;
  };
  Value() : i(0) {}
  static Value none() {
    Value v;
    v.tag = Tag::None;
    return v;
  }
  static Value boolean(bool x) {
    Value v;
    v.tag = Tag::Bool;
    v.b = x;
    return v;
  }
  static Value integer(int64_t x) {
    Value v;
    v.tag = Tag::Int;
    v.i = x;
    return v;
  }
  static Value flt(double x) {
    Value v;
    v.tag = Tag::Float;
    v.f = x;
    return v;
  }
  static Value obj(Object* p) {
    Value v;
    v.tag = Tag::Obj;
    v.o = p;
    return v;
  }

  bool is_null() const { return tag == Tag::Null; }
  bool is_none() const { return tag == Tag::None; }
  bool is_bool() const { return tag == Tag::Bool; }
  bool is_int() const { return tag == Tag::Int; }
  bool is_float() const { return tag == Tag::Float; }
  bool is_obj() const { return tag == Tag::Obj; }
  // Identity (the `is` operator).
  bool same(const Value& other) const;
};

enum class Kind : uint8_t {
  Type,
  Str,
  Bytes,
  Tuple,
  List,
  Dict,
  Set,
  FrozenSet,
  Function,
  Builtin,
  BoundMethod,
  Module,
  Instance,
  Cell,
  Code,
  Range,
  Iterator,
  Slice,
  Property,
  ClassMethod,
  StaticMethod,
  Generator,
  Tensor,
  ScriptObject,
  DType,
  Super,
  Ellipsis,
  Size,
  NotImplemented,
  Long,
  Number,  // an instance of a user subclass of int or float (NumberObj)
  Other
};

// What the tensor collector (tensor_collector.cpp) is shown of an object's references. Null
// pointers and values that are not objects are skipped here, so callers pass any field as it is.
struct RefVisitor {
  virtual ~RefVisitor() = default;
  void visit(const Object* o) {
    if (o) mark(o);
  }
  void visit(const Value& v) {
    if (v.is_obj()) mark(v.o);
  }

 protected:
  virtual void mark(const Object* o) = 0;
};

struct Object {
  Type* type = nullptr;
  Kind kind = Kind::Other;
  uint32_t gc_epoch = 0;  // the tensor collector's mark: the collection that last reached it
  Object(Type* t, Kind k) : type(t), kind(k) {}
  Object(const Object&) = default;
  Object& operator=(const Object&) = default;
  virtual ~Object() = default;
  // Snapshot support (Interp::take_snapshot / restore_snapshot): a copy of this object's state, or
  // nullptr for objects that never change after construction (strings, tuples, builtins, ...).
  // Every object a program can mutate declares DP_SNAPSHOT_STATE.
  virtual std::unique_ptr<Object> save_state() const { return nullptr; }
  virtual void restore_state(const Object&) {}
  // Shows `v` every object this one holds (tensor_collector.cpp implements it for the kinds of
  // this file; a subclass with more fields overrides it and calls its base's).
  virtual void trace_refs(RefVisitor& v) const;
};

// Declares a mutable object kind: its state is saved by copy and restored by assignment.
#define DP_SNAPSHOT_STATE(T)                                                                 \
  std::unique_ptr<Object> save_state() const override { return std::make_unique<T>(*this); } \
  void restore_state(const Object& saved) override { *this = static_cast<const T&>(saved); }
// The same for kinds with many instances that a run rarely changes (functions, classes): the
// saved state is compared first (same_state, which must look at every field), and only a
// changed object is assigned.
#define DP_SNAPSHOT_STATE_COMPARED(T)                                                        \
  std::unique_ptr<Object> save_state() const override { return std::make_unique<T>(*this); } \
  void restore_state(const Object& saved) override {                                         \
    if (!same_state(static_cast<const T&>(saved))) *this = static_cast<const T&>(saved);     \
  }                                                                                          \
  bool same_state(const T& saved) const;

// Insertion-ordered hash map with Python key semantics (used for dict, set, namespaces).
struct Dict;

struct Str : Object {
  std::string s;
  int64_t hash_cache = -1;
  Dict* attrs = nullptr;  // instances of str subclasses: their __dict__ (see Tuple)
  Str(Type* t, std::string v) : Object(t, Kind::Str), s(std::move(v)) {}
};

struct Bytes : Object {
  std::string s;
  Bytes(Type* t, std::string v) : Object(t, Kind::Bytes), s(std::move(v)) {}
};

// Tuple, List, Dict and Str are also the payload of instances of user subclasses of tuple, list,
// dict and str (docs/runtime-subclasses.md): `type` is then the subclass and `attrs` the instance's
// __dict__ (nullptr until an attribute is set; never for classes whose __slots__ forbid it).
struct Tuple : Object {
  std::vector<Value> items;
  Dict* attrs = nullptr;
  // dict.keys() / values() / items() (CPython's dictviews): a view over this dict, view_which 0
  // keys, 1 values, 2 items. Its items are refilled from the dict whenever they are read
  // (Interp::sync_dict_view), so the view is live; len, in and iteration read the dict itself.
  Dict* view_of = nullptr;
  uint8_t view_which = 0;
  Tuple(Type* t, std::vector<Value> v, Kind k = Kind::Tuple) : Object(t, k), items(std::move(v)) {}
};

struct List : Object {
  std::vector<Value> items;
  Dict* attrs = nullptr;  // see Tuple
  List(Type* t, std::vector<Value> v) : Object(t, Kind::List), items(std::move(v)) {}
  DP_SNAPSHOT_STATE(List)
};

// The hash-table layout CPython 3.11 gives a set (Objects/setobject.c): which slot each element
// occupies, since that, not insertion order, is the order sets iterate and print in. The elements
// themselves stay in Dict::entries (found through Dict::index); `slot` holds entry indices.
struct SetTable {
  static constexpr int32_t kEmpty = -1;
  static constexpr int32_t kDummy = -2;                         // a deleted element (CPython's `dummy` key)
  std::vector<int32_t> slot = std::vector<int32_t>(8, kEmpty);  // PySet_MINSIZE
  size_t fill = 0;                                              // active + dummy slots
  size_t used = 0;                                              // active slots
  size_t finger = 0;                                            // where set.pop() starts looking
  bool dirty = false;  // entries are not in slot order (set_sync reorders them)
  size_t mask() const { return slot.size() - 1; }
};

struct Dict : Object {
  struct Entry {
    Value key;
    Value value;
    uint64_t hash = 0;
    bool live = false;
  };
  std::vector<Entry> entries;
  std::unordered_multimap<uint64_t, uint32_t> index;
  size_t live_count = 0;
  std::unique_ptr<SetTable> table;  // sets and frozensets only (created on first insertion)
  Dict* attrs = nullptr;            // instances of dict subclasses: their __dict__ (see Tuple)
  Dict(Type* t, Kind k = Kind::Dict) : Object(t, k) {}
  Dict(const Dict& o) : Object(o) { *this = o; }
  Dict& operator=(const Dict& o) {
    Object::operator=(o);
    entries = o.entries;
    index = o.index;
    live_count = o.live_count;
    attrs = o.attrs;
    if (!o.table) table.reset();
    else if (table) *table = *o.table;
    else table = std::make_unique<SetTable>(*o.table);
    return *this;
  }
  std::unique_ptr<Object> save_state() const override { return std::make_unique<Dict>(*this); }
  // Most dicts (module namespaces, class dicts) are unchanged by a run: compared first, so
  // that only changed ones are copied back.
  void restore_state(const Object& saved) override {
    const Dict& o = static_cast<const Dict&>(saved);
    if (!same_contents(o)) *this = o;
  }
  bool same_contents(const Dict& o) const;
  bool is_set() const { return kind == Kind::Set || kind == Kind::FrozenSet; }
  size_t size() const { return live_count; }
};

struct Cell : Object {
  Value value;  // Null when empty
  explicit Cell(Type* t) : Object(t, Kind::Cell) {}
  DP_SNAPSHOT_STATE(Cell)
};

struct CodeRef : Object {
  std::shared_ptr<const py::CodeObject> code;
  CodeRef(Type* t, std::shared_ptr<const py::CodeObject> c) : Object(t, Kind::Code), code(std::move(c)) {}
};

struct Function : Object {
  std::shared_ptr<const py::CodeObject> code;
  Dict* globals = nullptr;
  std::vector<Value> defaults;  // positional defaults
  Dict* kwdefaults = nullptr;   // may be null
  std::vector<Cell*> closure;
  std::string name;
  std::string qualname;
  Dict* dict = nullptr;  // function attributes (__dict__), lazily created
  Value module_name;
  Value annotations;  // MAKE_FUNCTION's (name, value, ...) tuple, or a dict; Null if none
  // Set by Dynamo for the resume functions it generates (torch_dynamo_resume_in_*).
  bool is_resume = false;
  Function(Type* t) : Object(t, Kind::Function) {}
  DP_SNAPSHOT_STATE_COMPARED(Function)  // same_state (interp.cpp) compares every field above
};

struct CallArgs;
using NativeFn = std::function<Value(Interp&, CallArgs&)>;

// A function implemented in C++ (CPython's builtin_function_or_method / method_descriptor).
struct Builtin : Object {
  std::string name;
  std::string qualname;  // e.g. "list.append", shown in reprs
  NativeFn fn;
  // The Python values `fn` captured, for the tensor collector (it cannot look into `fn`). Every
  // builtin made while a program runs with a capture of a Value lists it here.
  std::vector<Value> refs;
  Value self;              // bound receiver (Null for unbound / module-level functions)
  bool is_method = false;  // lives in a type dict: binds on attribute access
  std::string module;      // "builtins", "torch", ...: for reprs
  Builtin(Type* t) : Object(t, Kind::Builtin) {}
};

struct BoundMethod : Object {
  Value self;
  Value func;
  BoundMethod(Type* t, Value s, Value f) : Object(t, Kind::BoundMethod), self(s), func(f) {}
};

struct Module : Object {
  std::string name;
  Dict* dict = nullptr;
  std::string file;  // shown in repr: <module 'torch' from '...'>
  Module(Type* t) : Object(t, Kind::Module) {}
  DP_SNAPSHOT_STATE(Module)
};

struct TracebackEntry {
  std::string filename;
  int lineno = 0;
  int col = -1;
  int end_col = -1;
  int end_lineno = -1;
  std::string name;
};

// Instances of user classes, and of exception classes (which keep their args and traceback).
struct Instance : Object {
  Dict* dict = nullptr;
  // Exceptions only:
  Value args;  // a Tuple
  std::vector<TracebackEntry> traceback;
  Value cause;    // __cause__ (Null = none)
  Value context;  // __context__
  bool suppress_context = false;
  // NameError / AttributeError raised by the VM: what the traceback's "Did you mean: ...?"
  // suggestion is computed from (only when the traceback is printed).
  std::string err_name;                // the missing name ("" when the user raised it)
  Value err_obj;                       // AttributeError: the object (Null otherwise)
  std::vector<std::string> err_scope;  // NameError: the frame's local variable names
  Dict* err_globals = nullptr;         // NameError: the frame's globals
  // BaseExceptionGroup only (exceptiongroup.cpp): `message` and `exceptions` (a Tuple), set by
  // __new__ whatever args __init__ is given later.
  Value eg_message, eg_excs;
  // For objects whose class derives from a native payload-carrying type.
  Instance(Type* t) : Object(t, Kind::Instance) {}
  DP_SNAPSHOT_STATE(Instance)
};

struct Range : Object {
  int64_t start, stop, step;
  Range(Type* t, int64_t a, int64_t b, int64_t c) : Object(t, Kind::Range), start(a), stop(b), step(c) {}
  int64_t length() const;
};

struct Slice : Object {
  Value start, stop, step;
  Slice(Type* t, Value a, Value b, Value c) : Object(t, Kind::Slice), start(a), stop(b), step(c) {}
};

// Native iterators (over lists, tuples, ranges, dicts, strings, zips, ...).
struct Iterator : Object {
  std::function<bool(Interp&, Value&)> next;  // false when exhausted
  std::vector<Value> refs;                    // the Python values `next` captured (see Builtin)
  Iterator(Type* t) : Object(t, Kind::Iterator) {}
  DP_SNAPSHOT_STATE(Iterator)
};

struct Property : Object {
  Value fget, fset, fdel;
  Property(Type* t) : Object(t, Kind::Property) {}
};

struct ClassMethod : Object {
  Value func;
  ClassMethod(Type* t, Value f) : Object(t, Kind::ClassMethod), func(f) {}
};

struct StaticMethod : Object {
  Value func;
  StaticMethod(Type* t, Value f) : Object(t, Kind::StaticMethod), func(f) {}
};

struct Super : Object {
  Type* start = nullptr;  // the class named in super(C, obj)
  Value obj;
  Super(Type* t) : Object(t, Kind::Super) {}
};

struct Frame;
struct Generator : Object {
  std::shared_ptr<Frame> frame;
  bool started = false;
  bool running = false;
  bool finished = false;
  std::string name;
  std::string qualname;
  // CPython's gi_exc_state: the exception this generator's own except blocks are handling
  // (Null: none, the caller's shows through), and the caller's while the generator runs.
  Value exc_state;
  Value caller_exc;
  Generator(Type* t) : Object(t, Kind::Generator) {}
  DP_SNAPSHOT_STATE(Generator)
};

struct TensorObj : Object {
  TensorObj(Type* ty, torch::Tensor v) : Object(ty, Kind::Tensor), t_(std::move(v)) {}
  DP_SNAPSHOT_STATE(TensorObj)
  // The tensor's __dict__ (python_variable.cpp THPVariable's dict: `t.foo = 1`), made on first use.
  Dict* attrs = nullptr;
  // The tensor. Reading it after the collector released it (it found the object unreachable) is
  // a bug of the collector's roots: it stops the run instead of reading freed memory.
  torch::Tensor& t() {
    if (collected_) collected_tensor_used();
    return t_;
  }
  const torch::Tensor& t() const {
    if (collected_) collected_tensor_used();
    return t_;
  }
  bool collected() const { return collected_; }
  // tensor_collector.cpp: drops this object's handle on its TensorImpl (its storage, its grad_fn).
  void release() {
    t_ = torch::Tensor();
    collected_ = true;
  }
  [[noreturn]] static void collected_tensor_used();

 private:
  torch::Tensor t_;
  bool collected_ = false;
};

// An int outside int64 (Objects/longobject.c): ints that fit stay unboxed in Value; every
// operation returns the unboxed form when the result fits (runtime/longobject.cpp, int_value).
struct LongObj : Object {
  py::BigInt v;
  LongObj(Type* t, py::BigInt x) : Object(t, Kind::Long), v(std::move(x)) {}
};

// An instance of a user subclass of int or float (docs/runtime-subclasses.md). CPython gives it
// the layout of the base (PyLongObject / PyFloatObject) plus a __dict__; here ints and floats are
// unboxed, so the instance is boxed: `value` is the number it carries (an Int, a LongObj beyond
// int64, or a Float; never another NumberObj), `type` the subclass, `attrs` its __dict__ (made on
// first use; never for classes whose __slots__ forbid it). Interp::number_payload unboxes it.
struct NumberObj : Object {
  Value value;
  Dict* attrs = nullptr;
  NumberObj(Type* t, Value v) : Object(t, Kind::Number), value(v) {}
};

// A Python complex (Objects/complexobject.c): an instance of the builtin type `complex`.
struct ComplexObj : Object {
  double re, im;
  ComplexObj(Type* t, double r, double i) : Object(t, Kind::Other), re(r), im(i) {}
};

struct DTypeObj : Object {
  torch::DType dtype;
  DTypeObj(Type* ty, torch::DType d) : Object(ty, Kind::DType), dtype(d) {}
};

struct Type : Object {
  std::string name;
  std::string module = "builtins";
  Type* base = nullptr;
  std::vector<Type*> bases;  // __bases__ (empty for object)
  std::vector<Type*> mro;    // self first
  Dict* dict = nullptr;
  Kind instance_kind = Kind::Instance;
  bool is_exception = false;
  bool is_builtin = true;
  std::string qualname;
  Type(Type* meta) : Object(meta, Kind::Type) {}
  bool is_subtype(const Type* other) const;
  DP_SNAPSHOT_STATE_COMPARED(Type)  // same_state (interp.cpp) compares every field above
};

// Positional + keyword arguments of a call, as a non-owning view when possible.
// Thrown by CallArgs::operator[] for a positional argument the caller did not pass; Interp::call
// turns it into the builtin's TypeError (native functions index their arguments directly).
struct MissingArgument {
  size_t index;
};

struct CallArgs {
  std::vector<Value> pos;
  std::vector<std::pair<std::string, Value>> kw;
  size_t size() const { return pos.size(); }
  Value& operator[](size_t i) {
    if (i >= pos.size()) throw MissingArgument{i};
    return pos[i];
  }
  // Removes and returns a keyword argument, or Null.
  Value take_kw(const std::string& name);
};

// CPython's set algorithms over SetTable (implemented in types.cpp).
// set_table_inserted: entry `index` (a new element) was just appended to d->entries.
// set_table_removed: entry `index` is about to be removed (its slot becomes a dummy).
// set_sync: puts d->entries in slot order (dropping dead entries); call before iterating a set.
void set_table_inserted(Dict* d, uint32_t index);
void set_table_removed(Dict* d, uint32_t index);
void set_sync(Dict* d);
void set_clear(Dict* d);
// set_update_internal (s.update(x), {*x}, SET_UPDATE): from a set, a dict or any iterable.
void set_update(Interp& I, Dict* d, Value other);
// |= &= -= ^= on a set (op as in set_binop: 7 |, 1 &, 10 -, 12 ^); returns `a`.
Value set_inplace_binop(Interp& I, int op, Value a, Value b);

// complex numbers (ops.cpp): make_complex builds one; complex_parts reads an int, bool, float or
// complex as (re, im) and returns false for anything else.
Value make_complex(Interp& I, double re, double im);
bool is_complex(const Value& v);
bool complex_parts(const Value& v, double& re, double& im);
void init_complex(Interp& I);
// ascii(v) / f"{v!a}": repr(v) with non-ASCII characters escaped (\xhh, \uhhhh, \Uhhhhhhhh).
std::string ascii_repr(Interp& I, Value v);  // the `complex` type, its methods and constructor

// A Python exception travelling through C++ frames.
struct PyException : std::exception {
  Value exc;  // an Instance of an exception class
  explicit PyException(Value e) : exc(e) {}
  const char* what() const noexcept override { return "Python exception"; }
};

}  // namespace dp::rt
