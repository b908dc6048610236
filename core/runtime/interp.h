// The interpreter state and the abstract object protocol: what CPython spreads over
// Python/pylifecycle.c (state), Objects/abstract.c (PyObject_GetAttr, PyNumber_*, PyObject_Call),
// Objects/typeobject.c (attribute lookup, MRO) and Python/ceval.c's helpers. The bytecode loop
// itself is in vm.cpp; builtins in builtins.cpp; built-in types' methods in types_*.cpp.
#pragma once
#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "runtime/heap_usage.h"
#include "runtime/object.h"

namespace dp::dynamo {
struct DynamoState;
}

namespace dp::rt {

struct Frame;

// Limits that keep a run bounded. Settable through the JSON options.
struct Budgets {
  // Bytecode instructions executed (eager + traced). A loop of tensor operations runs about a
  // million steps a second natively and three times slower in WebAssembly, so 5 million stop a
  // runaway program within seconds everywhere; the largest test program needs 0.75 million.
  int64_t max_steps = 5'000'000;
  // Instructions the tracer executed symbolically (each costs several eager steps: it builds
  // VariableTrackers, FX nodes and fake values that live until the frame's compile ends). The
  // 10,000-line generated program traces 70 thousand.
  int64_t max_traced_instructions = 500'000;
  int max_recursion = 1000;         // Python frames (RecursionError)
  int64_t max_objects = 5'000'000;  // heap objects (MemoryError)
  int64_t max_tensor_elements = 10'000'000;
  size_t max_output_bytes = 4 << 20;  // stdout + stderr
  // C++ heap bytes a run may add to the warm interpreter's (heap_usage.h): an uncatchable stop,
  // like the step budget. Large enough for every test program (the 10,000-line generated program
  // peaks near 155 MB natively), small enough for a browser tab and wasm32's 2 GiB.
  size_t max_memory_bytes = size_t{512} << 20;
};

struct Interp {
  Interp();
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  // ---- allocation ----
  template <class T, class... A>
  T* make(A&&... a) {
    if (++object_count_ > budgets.max_objects) out_of_memory();
    check_memory();
    T* p = new T(std::forward<A>(a)...);
    heap_.emplace_back(p);
    return p;
  }
  [[noreturn]] void out_of_memory();
  // The memory budget: arm_memory_budget() (at the start of a run, after the budgets are set)
  // allows budgets.max_memory_bytes more than the heap holds now; check_memory() stops the run
  // (BudgetExceeded) once the heap holds more than that. Without arming there is no limit.
  void arm_memory_budget();
  void disarm_memory_budget() {
    memory_limit_ = static_cast<size_t>(-1);
    gc_threshold_ = static_cast<size_t>(-1);
  }
  void check_memory() {
    const size_t used = heap_bytes_in_use();
    if (used > gc_threshold_) {
      gc_requested_ = true;
      gc_check_step_ = 0;  // the next instruction looks for a safe point
    }
    if (used > memory_limit_) memory_budget_exceeded();
  }
  [[noreturn]] void memory_budget_exceeded();

  // ---- constructors of common values ----
  Value str(std::string s);
  Value bytes(std::string s);
  Value tuple(std::vector<Value> items);
  Value list(std::vector<Value> items);
  Dict* new_dict();
  Value dict_value() { return Value::obj(new_dict()); }
  Value builtin(const std::string& name, NativeFn fn, const std::string& module = "builtins");
  Value tensor(torch::Tensor t);
  Value from_const(const py::Const& c);
  Type* new_type(const std::string& name, Type* base, Kind instance_kind = Kind::Instance,
                 const std::string& module = "builtins");
  // Gives a class several bases: __bases__, and its MRO by C3 linearization (raises TypeError).
  void set_bases(Type* t, const std::vector<Type*>& bases);

  // ---- type objects ----
  Type* type_type;
  Type* object_type;
  Type* none_type;
  Type* bool_type;
  Type* int_type;
  Type* float_type;
  Type* str_type;
  Type* bytes_type;
  Type* tuple_type;
  Type* list_type;
  Type* dict_type;
  Type* set_type;
  Type* frozenset_type;
  Type* function_type;
  Type* builtin_type;
  Type* method_type;
  Type* module_type;
  Type* cell_type;
  Type* code_type;
  Type* range_type;
  Type* iterator_type;  // CPython's seq iterator (`iterator`); the others: iter_class()
  Type* slice_type;
  Type* property_type;
  Type* classmethod_type;
  Type* staticmethod_type;
  Type* generator_type;
  Type* super_type;
  Type* ellipsis_type;
  Type* notimplemented_type;
  Type* tensor_type = nullptr;
  Type* dtype_type = nullptr;
  Type* size_type = nullptr;
  Type* script_object_type = nullptr;
  Type* parameter_type = nullptr;
  Type* bytearray_type = nullptr;           // bytearray.cpp (instances are Bytes objects)
  Type* wrapper_descriptor_type = nullptr;  // slot_wrappers.cpp: int.__add__
  Type* method_wrapper_type = nullptr;      // (1).__add__

  // exception classes
  Type* BaseException;
  Type* Exception;
  Type* TypeError;
  Type* ValueError;
  Type* AttributeError;
  Type* NameError;
  Type* UnboundLocalError;
  Type* IndexError;
  Type* KeyError;
  Type* LookupError;
  Type* ZeroDivisionError;
  Type* ArithmeticError;
  Type* RuntimeError;
  Type* NotImplementedError;
  Type* RecursionError;
  Type* MemoryError;
  Type* StopIteration;
  Type* AssertionError;
  Type* ImportError;
  Type* ModuleNotFoundError;
  Type* OverflowError;
  Type* SyntaxError;
  Type* KeyboardInterrupt;
  Type* GeneratorExit;
  Type* SystemExit;
  Type* Warning;
  Type* UserWarning;

  Value ellipsis;
  Value not_implemented;

  // ---- protocol ----
  Type* type_of(const Value& v) const;
  std::string type_name(const Value& v) const { return type_of(v)->name; }
  Value getattr(Value obj, const std::string& name);
  // Like getattr but returns Null instead of raising AttributeError.
  Value getattr_opt(Value obj, const std::string& name);
  void setattr(Value obj, const std::string& name, Value v);
  void type_setattr(Type* cls, const std::string& name, Value v);  // type.__setattr__
  Value construct(Type* cls, CallArgs& args);                      // type.__call__: __new__ then __init__
  void delattr(Value obj, const std::string& name);
  bool hasattr(Value obj, const std::string& name) { return !getattr_opt(obj, name).is_null(); }
  bool callable(Value v);  // the builtin callable(v)
  // Looks `name` up along type's MRO; Null if absent.
  Value lookup_type(Type* t, const std::string& name) const;
  // Subclasses of built-in types (docs/runtime-subclasses.md). payload_subclass: v's class when v
  // is an instance of a user subclass of tuple, list, dict or str (it carries that type's payload:
  // a Tuple, List, Dict or Str object), else nullptr. subclass_override: the method `name` a user class
  // of that subclass's MRO defines ahead of the built-in type (CPython's slot_* wrappers), or Null
  // when the built-in's own behaviour applies. Every protocol below asks it first.
  Type* payload_subclass(const Value& v) const;
  Value subclass_override(const Value& v, const std::string& name);
  // Instances of user subclasses of int and float (NumberObj): is_number_subclass says whether v is
  // one; number_payload gives the int or float v carries (v itself for anything else), which is
  // what the number protocols compute with once no override of the subclass applies.
  static bool is_number_subclass(const Value& v) { return v.is_obj() && v.o->kind == Kind::Number; }
  static Value number_payload(const Value& v) {
    return is_number_subclass(v) ? static_cast<const NumberObj*>(v.o)->value : v;
  }
  // The number an int or float subclass's instance of class `cls` carrying `v` (v itself when cls
  // is int or float): int.__new__ / float.__new__ for a subclass.
  Value make_number(Type* cls, Value v);
  // Method-call shortcut used by LOAD_METHOD: returns {func, self-or-Null}.
  std::pair<Value, Value> load_method(Value obj, const std::string& name);

  Value call(Value callable, CallArgs& args);
  Value call(Value callable, std::vector<Value> pos) {
    CallArgs a;
    a.pos = std::move(pos);
    return call(callable, a);
  }
  Value call_method(Value obj, const std::string& name, std::vector<Value> pos);

  bool truthy(Value v);
  std::string repr(Value v);
  std::string to_str(Value v);
  Value binary_op(int nb_op, Value a, Value b);  // BINARY_OP argument numbering
  Value compare(int op, Value a, Value b);       // COMPARE_OP: < <= == != > >=
  bool eq(Value a, Value b);
  bool eq_base(Value a, Value b);  // eq past a subclass's __eq__ override (both are objects)
  bool contains(Value container, Value item);
  Value unary_neg(Value v);
  Value unary_pos(Value v);
  Value unary_invert(Value v);
  uint64_t hash(Value v);
  Value getitem(Value obj, Value key);
  void setitem(Value obj, Value key, Value v);
  // The built-in types' own behaviour, skipping a subclass's overrides: what tuple.__getitem__,
  // dict.__setitem__, list.__len__ & co. do (super().__getitem__(k) in an override).
  Value base_getitem(Value obj, Value key);
  void base_setitem(Value obj, Value key, Value v);
  int64_t base_len(Value v);
  // A dict view (Tuple::view_of): refills its items from its dict; other objects are left alone.
  void sync_dict_view(Object* o);
  bool base_contains(Value container, Value item);
  Value base_iter(Value v);
  void delitem(Value obj, Value key);
  Value iter(Value v);
  // Advances an iterator; false at the end.
  bool next(Value it, Value& out);
  std::vector<Value> to_vector(Value iterable);
  int64_t len(Value v);
  bool isinstance(Value v, Type* t) const { return type_of(v)->is_subtype(t); }
  int64_t index_value(Value v);  // __index__ (ints, bools)

  // ---- dicts ----
  Value dict_get(Dict* d, Value key);  // Null if absent
  void dict_set(Dict* d, Value key, Value v);
  bool dict_del(Dict* d, Value key);
  Value dict_get_str(Dict* d, const std::string& key);
  void dict_set_str(Dict* d, const std::string& key, Value v);

  // ---- errors ----
  Value new_exception(Type* t, const std::string& msg);
  [[noreturn]] void raise(Type* t, const std::string& msg);
  [[noreturn]] void raise_value(Value exc);
  // AttributeError / NameError that remember what a traceback suggestion needs.
  [[noreturn]] void raise_attribute_error(Value obj, const std::string& name, const std::string& msg);
  [[noreturn]] void raise_name_error(const std::string& name, const std::vector<std::string>& scope, Dict* globals);
  // The note a missing name gets when PyTorch 2.9 or CPython 3.11 has it (core/prelude/_dp_missing.py,
  // docs/upstream-names.md): `fn` is "attribute_note" (args: owner, name) or "module_note" (args:
  // the dotted module name); "" when there is nothing to say or the note cannot be made.
  std::string upstream_note(const char* fn, const std::vector<std::string>& args);
  // The note for `obj.name` missing (a public name of a torch module or of Tensor), or "".
  std::string attribute_error_note(Value obj, const std::string& name);
  std::string format_exception_only(Value exc);  // "ValueError: msg"
  std::string format_traceback(Value exc);       // full "Traceback (most recent call last):..."
  Value exception_args(Value exc);

  // ---- running code ----
  Value run_module_code(std::shared_ptr<const py::CodeObject> code, Module* module);
  Value run_class_body(Function* body, Dict* ns);
  const std::vector<Value>& consts_of(const py::CodeObject* code);
  std::unordered_map<const py::CodeObject*, std::vector<Value>> const_cache_;
  Value handled_exc;        // sys.exc_info()[1] (Null when none)
  bool reraising_ = false;  // RERAISE in progress: do not add a traceback entry
  Value call_function(Function* f, CallArgs& args);
  // A fresh frame for `f` with the arguments bound (raises TypeError like a call would).
  std::shared_ptr<Frame> make_frame(Function* f, CallArgs& args);
  // Dynamo's frame evaluation hook (eval_frame): may run `f` itself and return true.
  std::function<bool(Function*, CallArgs&, Value&)> frame_hook;
  // Runs a frame (or resumes a generator frame) until return or yield.
  Value run_frame(Frame* f);
  [[noreturn]] void step_budget_exceeded();
  // Stops the run because `budget` (the option's name, e.g. "max_traced_instructions") ended.
  [[noreturn]] void budget_exceeded(const char* budget);
  // Guards the C++ stack: the VM recurses in C++ for every Python call (and for nested containers
  // in ==, repr, hash), so RecursionError is raised once this many bytes of stack are in use, well
  // before a native thread (8 MiB) or the wasm module (TOTAL_STACK = 8 MiB) would overflow.
  uintptr_t stack_base = 0;
  static constexpr size_t kDefaultMaxStackBytes = 4u << 20;
  size_t max_stack_bytes = kDefaultMaxStackBytes;
  void check_stack(const char* what = "") {
    char here;
    uintptr_t p = reinterpret_cast<uintptr_t>(&here);
    if (!stack_base) stack_base = p;
    size_t used = stack_base > p ? stack_base - p : p - stack_base;
    if (used > max_stack_bytes) raise(RecursionError, std::string("maximum recursion depth exceeded") + what);
  }
  Frame* current_frame() const { return frame_stack.empty() ? nullptr : frame_stack.back(); }

  // ---- modules ----
  Module* new_module(const std::string& name);
  Value import_module(const std::string& dotted);
  std::map<std::string, Module*> modules;
  Dict* builtins = nullptr;
  Module* main_module = nullptr;
  bool in_upstream_note = false;  // upstream_note is running (it never nests)

  // ---- output ----
  void write_stdout(const std::string& s);
  void write_stderr(const std::string& s);
  std::string out;
  std::string err;

  // ---- state ----
  Budgets budgets;
  int64_t steps = 0;
  int64_t int_max_str_digits = 4300;  // sys.set_int_max_str_digits (per run)
  double slept_seconds = 0;
  int64_t long_bytes =
      0;  // bytes of big ints made this run (longobject.cpp's budget)           // time.sleep's total this run: added to the clocks, never waited
  std::vector<Frame*> frame_stack;
  // Code objects compiled by eval / exec this run (bltin_exec.cpp): kept alive until the run ends,
  // as const_cache_ is keyed by their address.
  std::vector<std::shared_ptr<const py::CodeObject>> exec_code;
  std::vector<std::string> source_lines;  // of the main file, for tracebacks
  std::string main_filename;
  std::map<std::string, std::vector<std::string>> file_lines;  // filename -> lines (prelude too); read-only:
  void set_file_lines(const std::string& filename, std::vector<std::string> lines);  // the one writer
  // Per-run caches of the torch binding (they must die with the interpreter: a page reuses one
  // WebAssembly instance for many runs).
  std::unordered_map<const void*, TensorObj*> tensor_objects;  // TensorImpl -> its Python object
  std::map<int, Value> dtype_objects;
  std::map<std::string, Type*> named_types;  // lazily made native types
  // The classes of the built-in iterators, as CPython names them (Objects/listobject.c,
  // tupleobject.c, rangeobject.c, setobject.c, dictobject.c, unicodeobject.c, bytesobject.c,
  // bytearrayobject.c, iterobject.c, enumobject.c, bltinmodule.c): made at startup.
  enum class IterClass {
    list_iterator, list_reverseiterator, tuple_iterator, range_iterator, set_iterator,
    dict_keyiterator, dict_valueiterator, dict_itemiterator,
    dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator,
    str_ascii_iterator, str_iterator, bytes_iterator, bytearray_iterator, callable_iterator,
    reversed, enumerate, zip, map, filter,
    deque_iterator, deque_reverse_iterator, odict_iterator, memory_iterator,  // itersmodule.cpp
    count_
  };
  Type* iter_classes[static_cast<int>(IterClass::count_)] = {};
  Type* iter_class(IterClass c) const { return iter_classes[static_cast<int>(c)]; }
  // The slot wrappers of the built-in types by (type, name) (slot_wrappers.cpp): made once at
  // startup, before the snapshot, and never changed.
  std::map<std::pair<const Type*, std::string>, Value> slot_wrappers;
  // Per-run: grad_fn objects by autograd Node (python_autograd.cpp) and the locations a warning
  // was printed at (printed once per location, like Python's default warning filter).
  std::unordered_map<const void*, Object*> grad_fn_objects;
  std::set<std::string> warned_locations;
  dynamo::DynamoState* dynamo = nullptr;
  std::shared_ptr<void> dynamo_owner;
  // Fake-address counter: ids and reprs print stable addresses.
  uint64_t address_of(const Object* o);
  // id(v): an object's address; for an unboxed value (None, bools, small ints, floats) a number
  // made from its hash. Guards print the same number (`___check_obj_id`).
  uint64_t id_of(Value v);
  std::unordered_map<const Object*, uint64_t> addresses_;
  uint64_t next_address_ = 0x7f3a00000000ull;

  // ---- the tensor collector (tensor_collector.cpp; docs/memory.md "The tensor collector") ----
  // Objects live until the run ends, but the storage of a tensor whose Python object nothing
  // reachable holds any more is given back: a training loop makes new tensors at every step.
  // A collection runs at a safe point: between two instructions of a frame, when every frame on
  // the stack was entered by the VM's own CALL (Frame::direct), so that no C++ code between them
  // holds a Value the marking cannot see. It is requested when the heap has grown by
  // kGcGrowthBytes since the run started or the last collection ended.
  static constexpr size_t kGcGrowthBytes = size_t{64} << 20;
  // The VM calls it between instructions once `steps` reaches gc_check_step_ (one comparison per
  // instruction otherwise): a collection is pending, or the stress option's next one is due.
  void gc_safe_point();
  void collect_tensors();
  // Roots beyond the frames, the modules and the warm interpreter's objects:
  void gc_pin(Value v) { gc_pinned_.push_back(v); }  // until the run ends
  // Every object made so far stays a root (Dynamo calls it when a compile ends: its guards,
  // graphs and recipes hold values the marking does not walk).
  void gc_pin_existing() { gc_pin_upto_ = heap_.size(); }
  // A Python value held by the autograd graph (a hook, a custom Function's backward): a root
  // while `owner` (the tensor or node holding it) lives.
  void gc_autograd_ref(std::weak_ptr<const void> owner, Value v) { gc_autograd_refs_.emplace_back(std::move(owner), v); }
  // Dynamo's own roots (resume functions and compiled functions it keeps), set with frame_hook.
  std::function<void(RefVisitor&)> gc_extra_roots;
  bool direct_call_ = false;  // set by CALL / CALL_FUNCTION_EX, taken by the next Interp::call
  int indirect_frames_ = 0;   // frames on frame_stack that are not Frame::direct
  bool gc_requested_ = false;
  int64_t gc_stress_steps = 0;  // test option: request a collection every this many steps
  int64_t gc_next_stress_ = INT64_MAX;  // the step of the stress option's next request
  int64_t gc_check_step_ = INT64_MAX;   // the VM calls gc_safe_point() from this step on
  struct GcStats {
    int64_t collections = 0;
    int64_t tensors_released = 0;
  } gc_stats;

  // ---- snapshot (a warm interpreter reused across runs) ----
  // take_snapshot records the current state (builtins, `import torch` done) as the state every
  // later run starts from; restore_snapshot frees every object made since, puts each mutable object
  // back as it was, and resets the per-run fields above. Every field of Interp is either per-run
  // (reset here) or part of the snapshot: a field added above must be added to one of the two.
  void take_snapshot();
  void restore_snapshot();
  bool has_snapshot() const { return snapshot_ != nullptr; }
  size_t heap_size() const { return heap_.size(); }

 private:
  struct Snapshot;
  std::vector<std::unique_ptr<Object>> heap_;
  int64_t object_count_ = 0;
  size_t memory_limit_ = static_cast<size_t>(-1);  // arm_memory_budget()
  size_t gc_threshold_ = static_cast<size_t>(-1);  // check_memory() requests a collection above it
  size_t gc_base_ = 0;                              // heap_.size() when the run started
  size_t gc_pin_upto_ = 0;                          // gc_pin_existing()
  std::vector<Value> gc_pinned_;
  std::vector<std::pair<std::weak_ptr<const void>, Value>> gc_autograd_refs_;
  uint32_t gc_epoch_ = 0;
  void mark_and_release(size_t pinned);  // collect_tensors' marking and sweep
  std::unique_ptr<Snapshot> snapshot_;
  std::vector<std::string> file_lines_written_;  // since the snapshot
};

// Python frame state (CPython's _PyInterpreterFrame).
struct Frame {
  std::shared_ptr<const py::CodeObject> code;
  Function* func = nullptr;
  Dict* globals = nullptr;
  Dict* locals_dict = nullptr;  // module / class bodies (LOAD_NAME)
  Dict* f_locals = nullptr;     // a function's locals() dict, refreshed at each call (frame_locals)
  std::vector<Value> fast;      // localsplus
  std::vector<Value> stack;
  int pc = 0;       // byte offset of the next instruction
  int last_pc = 0;  // byte offset of the instruction being executed
  Generator* gen = nullptr;
  Value kw_names;  // pending KW_NAMES tuple
  // Pre-converted constants (co_consts as Values).
  const std::vector<Value>* consts = nullptr;
  bool yielded = false;  // run_frame returned because of YIELD_VALUE
  Value pending_throw;   // generator.throw(): raised at last_pc when run_frame resumes
  int steps_left = -1;   // >=0: stop after this many instructions (Dynamo runs one)
  bool stopped = false;  // run_frame returned because steps_left reached 0
  // Entered by the VM's CALL of a Python function (or the main module's frame): its callers
  // hold nothing in C++ that they use after it returns, so the tensor collector may run in it.
  bool direct = false;
};

// Thrown (not as a Python exception, so `except:` cannot swallow it) when the step budget
// ("max_steps") or the memory budget ("max_memory_bytes") ends. Where the program was: the
// innermost frame of the main file, the eager one when thrown (Interp::budget_position), and the
// traced instruction instead when it is thrown while tracing (the translator sets `traced`).
struct BudgetExceeded : std::exception {
  const char* budget;
  int64_t steps;
  int lineno = 0, col = 0;  // col: 1-based
  bool traced = false;
  BudgetExceeded(const char* b, int64_t s) : budget(b), steps(s) {}
  const char* what() const noexcept override { return "budget exceeded"; }
};

// locals() of a frame (PyFrame_FastToLocalsWithError): a module's or class body's namespace, or a
// function's one dict, refreshed from its fast locals, cells and free variables (bltin_exec.cpp).
Dict* frame_locals(Interp& I, Frame* f);

// A bytes result shaped like `like`: a bytearray for a bytearray, else bytes (bytearray.cpp).
Value bytes_like(Interp& I, const Value& like, std::string s);

// Helpers for argument checking in builtins.
void expect_args(Interp& I, CallArgs& a, size_t min, size_t max, const char* fname);

// Python formatting helpers (format.cpp).
std::string float_repr(double d);
std::string int_to_str(int64_t v);

// ints beyond 64 bits (longobject.cpp; docs/python-ints.md).
bool is_long(const Value& v);              // a LongObj (an int outside int64)
bool is_integral(const Value& v);          // int, bool or LongObj
py::BigInt to_bigint(const Value& v);      // of an integral value
Value int_value(Interp& I, py::BigInt v);  // unboxed when it fits in int64
// An integral binary op (nb_op numbering of ops.cpp) done in arbitrary precision; a float operand
// converts the int (OverflowError when too large). Null when not applicable.
Value long_binop(Interp& I, int op, Value a, Value b);
// Compares two numbers (int, bool, float, big int) exactly: -1, 0, 1, or 2 when unordered (NaN).
int num_compare(const Value& a, const Value& b);
// int(float): ValueError for NaN, OverflowError for infinities.
Value float_to_int(Interp& I, double f);
// int -> float, OverflowError "int too large to convert to float".
double int_to_double(Interp& I, const Value& v);
// str(int) of any size, honouring sys.set_int_max_str_digits (ValueError).
std::string long_to_str(Interp& I, const py::BigInt& v);
// int(text, base) for any size (PyLong_FromString: underscores, whitespace, the digit limit).
Value long_from_string(Interp& I, const std::string& text, int base);
// 3-argument pow(a, e, m) of integers.
Value long_pow_mod(Interp& I, Value a, Value e, Value m);
void init_long(Interp& I);
// Native parts of prelude modules (sysmodule.cpp): sys.set_int_max_str_digits, get_int_max_str_digits,
// exc_info; the `time` module; traceback's formatting of an exception.
void init_sys_native(Interp& I, Module* m);
void init_time_native(Interp& I, Module* m);
void init_random_native(Interp& I, Module* m);       // randommodule.cpp: `_random`
void init_dp_warnings_native(Interp& I, Module* m);  // warningsmodule.cpp: `_dp_warnings`
void init_dp_iters_native(Interp& I, Module* m);     // itersmodule.cpp: `_dp_iters`
void init_traceback_native(Interp& I, Module* m);

// Exception groups and except* (exceptiongroup.cpp).
void init_exception_groups(Interp& I);
bool is_exception_group(Interp& I, const Value& v);
const std::vector<Value>& exception_group_items(const Value& eg);  // eg.exceptions
void check_except_star_type(Interp& I, Value match_type);          // CHECK_EG_MATCH's TypeErrors
void exception_group_match(Interp& I, Value exc, Value match_type, Value& match, Value& rest);
Value prep_reraise_star(Interp& I, Value orig, Value excs_list);  // PREP_RERAISE_STAR

// Helpers shared by the built-in types (ops.cpp / types.cpp).
// Installs a native method (or classmethod) in a built-in type's dict.
void method(Interp& I, Type* t, const std::string& name, NativeFn fn);
void classmethod(Interp& I, Type* t, const std::string& name, NativeFn fn);
void slice_indices(Interp& I, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step);
Value percent_format(Interp& I, const std::string& fmt, Value args);
Value set_binop(Interp& I, int op, Value a, Value b);
// An iterator over a list's or tuple's items (cls: its class, by default list_iterator or
// tuple_iterator by seq's kind).
Value generic_alias(Interp& I, Value origin, Value args);  // types.GenericAlias(origin, args)
Value make_seq_iterator(Interp& I, Value seq, Type* cls = nullptr);
Value format_value(Interp& I, Value v, const std::string& spec);  // format(v, spec)

}  // namespace dp::rt
