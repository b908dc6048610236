// The native half of the `torch` module: torch.Tensor (methods and properties generated from the
// op registry in core/torch), torch.dtype objects, torch.Size, torch.<op> functions, and the
// operator hooks used by the object protocol. Mirrors torch/csrc/autograd/python_variable*.cpp and
// torch/csrc/utils/python_arg_parser.cpp (Python value <-> ATen argument conversion).
// The Python half (torch.nn, torch._dynamo.testing, fake classes, ...) is the prelude under
// core/prelude/torch.
#include "runtime/torch_module.h"

#include <cmath>
#include <unordered_set>

#include "runtime/prelude.h"
#include "runtime/python_autograd.h"
#include "torch/autograd/function.h"
#include "torch/op_registry.h"
#include "torch/python_arg_parser.h"
#include "torch/random.h"
#include "torch/tensor_str.h"

namespace dp::rt {

namespace T = dp::torch;

namespace {

std::unordered_map<const void*, TensorObj*>& tensor_objects(Interp& I) { return I.tensor_objects; }

}  // namespace

[[noreturn]] void rethrow_torch(Interp& I, const T::TorchError& e) {
  Type* t = I.RuntimeError;
  if (e.type == "IndexError") t = I.IndexError;
  else if (e.type == "TypeError") t = I.TypeError;
  else if (e.type == "ValueError") t = I.ValueError;
  else if (e.type == "NotImplementedError") t = I.NotImplementedError;
  I.raise(t, e.msg);
}

Value wrap_tensor(Interp& I, const T::Tensor& t) {
  auto& objs = tensor_objects(I);
  auto it = objs.find(t.id());
  if (it != objs.end()) return Value::obj(it->second);
  TensorObj* o = I.make<TensorObj>(I.tensor_type, t);
  objs[t.id()] = o;
  return Value::obj(o);
}

Value dtype_value(Interp& I, T::DType d) { return I.dtype_objects.at(static_cast<int>(d)); }

T::Tensor& as_tensor(Interp& I, Value v) {
  if (!(v.is_obj() && v.o->kind == Kind::Tensor)) I.raise(I.TypeError, "expected Tensor, got " + I.type_name(v));
  return static_cast<TensorObj*>(v.o)->t();
}

Value make_size(Interp& I, const std::vector<int64_t>& sizes) {
  std::vector<Value> items;
  for (auto s : sizes) items.push_back(Value::integer(s));
  return Value::obj(I.make<Tuple>(I.size_type, std::move(items), Kind::Size));
}

// ---- conversions ----

T::Value to_torch(Interp& I, Value v);

static T::Value seq_to_torch(Interp& I, const std::vector<Value>& items) {
  bool all_int = true, all_tensor = !items.empty();
  for (auto& x : items) {
    all_int &= x.is_int();
    all_tensor &= x.is_obj() && x.o->kind == Kind::Tensor;
  }
  if (all_int && !items.empty()) {
    std::vector<int64_t> v;
    for (auto& x : items) v.push_back(x.i);
    return T::Value(v);
  }
  if (all_tensor) {
    std::vector<T::Tensor> v;
    for (auto& x : items) v.push_back(static_cast<TensorObj*>(x.o)->t());
    return T::Value(v);
  }
  T::Value::List l;
  for (auto& x : items) l.push_back(to_torch(I, x));
  return T::Value(l);
}

// A Python int outside int64 given to torch (a size, a scalar, tensor data): PyTorch's
// THPUtils_unpackLong refuses it, it never wraps (docs/python-ints.md).
[[noreturn]] static void long_overflow(Interp& I) { I.raise(I.RuntimeError, "Overflow when unpacking long"); }

T::Value to_torch(Interp& I, Value v) {
  switch (v.tag) {
    case Value::Tag::Null:
    case Value::Tag::None: return T::Value();
    case Value::Tag::Bool: return T::Value(v.b);
    case Value::Tag::Int: return T::Value(v.i);
    case Value::Tag::Float: return T::Value(v.f);
    case Value::Tag::Obj: break;
  }
  Object* o = v.o;
  switch (o->kind) {
    case Kind::Number: return to_torch(I, Interp::number_payload(v));  // an int/float subclass's number
    case Kind::Long: long_overflow(I);
    case Kind::Tensor: return T::Value(static_cast<TensorObj*>(o)->t());
    case Kind::Str: return T::Value(static_cast<Str*>(o)->s);
    case Kind::DType: return T::Value(static_cast<DTypeObj*>(o)->dtype);
    case Kind::Tuple:
    case Kind::Size: {
      auto& items = static_cast<Tuple*>(o)->items;
      if (items.empty() && o->kind == Kind::Size) return T::Value(std::vector<int64_t>{});
      if (items.empty()) return T::Value(T::Value::List{});
      return seq_to_torch(I, items);
    }
    case Kind::List: {
      auto& items = static_cast<List*>(o)->items;
      if (items.empty()) return T::Value(T::Value::List{});
      return seq_to_torch(I, items);
    }
    case Kind::Range: {
      // A range is a sequence of ints: torch.tensor(range(3)), x[range(n), target] (advanced indexing
      // with the ints, as PySequence_Check lets it through in PyTorch).
      auto* r = static_cast<Range*>(o);
      int64_t n = r->length();
      if (n == 0) return T::Value(T::Value::List{});
      std::vector<int64_t> v;
      v.reserve(n);
      for (int64_t k = 0; k < n; k++) v.push_back(r->start + k * r->step);
      return T::Value(v);
    }
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      T::Slice sl;
      if (!s->start.is_none()) sl.start = I.index_value(s->start);
      if (!s->stop.is_none()) sl.stop = I.index_value(s->stop);
      if (!s->step.is_none()) sl.step = I.index_value(s->step);
      return T::Value(sl);
    }
    case Kind::Ellipsis: return T::Value(T::Ellipsis{});
    default: break;
  }
  // THPPythonScalarType_Check: a Python scalar type stands for its dtype (dtype=float is torch.float64).
  if (o == I.int_type) return T::Value(T::DType::Int64);
  if (o == I.float_type) return T::Value(T::DType::Float64);
  if (o == I.bool_type) return T::Value(T::DType::Bool);
  if (o->kind == Kind::Type && static_cast<Type*>(o)->name == "complex")
    I.raise(I.TypeError, "not supported by the playground yet: complex tensors (dtype=complex)");
  if (o->kind == Kind::Instance && o->type->name == "device" && o->type->module == "torch")
    return T::Value(I.to_str(v));  // torch.device('cpu') is passed on as "cpu"
  if (o->kind == Kind::Instance && o->type->module == "torch" &&
      (o->type->name == "layout" || o->type->name == "memory_format")) {
    // Every tensor is strided; torch.contiguous_format reaches the ops that take a memory_format
    // (core/torch like_strides), the default torch.preserve_format and torch.strided are None.
    std::string r = I.to_str(v);
    if (r == "torch.contiguous_format") return T::Value(r);
    if (r == "torch.strided" || r == "torch.preserve_format") return T::Value();
    I.raise(I.TypeError, "not supported by the playground yet: " + r +
                             " (tensors are strided, and contiguous or "
                             "as their strides say)");
  }
  if (o->kind == Kind::Instance && o->type->name == "Generator") {
    // A torch.Generator (prelude torch/_generator.py) is passed on as its id (core/torch/random.h).
    Value id = I.getattr_opt(v, "_gen_id");
    if (!id.is_null() && id.tag == Value::Tag::Int)
      return T::Value(std::string(T::kGeneratorTag) + std::to_string(id.i));
  }
  if (o->kind == Kind::Instance) {
    Value ix = I.lookup_type(o->type, "__index__");
    if (!ix.is_null()) return T::Value(I.index_value(v));
  }
  I.raise(I.TypeError, "the playground's torch cannot take an argument of type '" + I.type_name(v) + "'");
}

static Value named_tuple(Interp& I, const std::string& type_name, const std::vector<std::string>& fields,
                         std::vector<Value> items);

Value from_torch(Interp& I, const T::Value& v, const std::string& return_type = "",
                 const std::vector<std::string>& fields = {}) {
  return std::visit(
      [&](auto&& x) -> Value {
        using X = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<X, T::None>) return Value::none();
        else if constexpr (std::is_same_v<X, bool>) return Value::boolean(x);
        else if constexpr (std::is_same_v<X, int64_t>) return Value::integer(x);
        else if constexpr (std::is_same_v<X, double>) return Value::flt(x);
        else if constexpr (std::is_same_v<X, std::string>) return I.str(x);
        else if constexpr (std::is_same_v<X, std::vector<int64_t>>) {
          std::vector<Value> items;
          for (auto e : x) items.push_back(Value::integer(e));
          return I.list(items);
        } else if constexpr (std::is_same_v<X, T::Tensor>) return wrap_tensor(I, x);
        else if constexpr (std::is_same_v<X, std::vector<T::Tensor>>) {
          std::vector<Value> items;
          for (auto& e : x) items.push_back(wrap_tensor(I, e));
          return I.tuple(items);
        } else if constexpr (std::is_same_v<X, T::DType>) return dtype_value(I, x);
        else if constexpr (std::is_same_v<X, T::Value::List>) {
          std::vector<Value> items;
          for (auto& e : x) items.push_back(from_torch(I, e));
          if (!return_type.empty()) return named_tuple(I, return_type, fields, std::move(items));
          return I.tuple(items);
        } else {
          return Value::none();
        }
      },
      v.v);
}

static Value named_tuple(Interp& I, const std::string& type_name, const std::vector<std::string>& fields,
                         std::vector<Value> items) {
  Type*& t = I.named_types["namedtuple:" + type_name];
  if (!t) {
    size_t dot = type_name.rfind('.');
    t = I.new_type(type_name.substr(dot + 1), I.tuple_type, Kind::Tuple, type_name.substr(0, dot));
    t->is_builtin = true;
    for (size_t k = 0; k < fields.size(); ++k) {
      Property* p = I.make<Property>(I.property_type);
      p->fget = I.builtin(fields[k], [k](Interp&, CallArgs& a) { return static_cast<Tuple*>(a[0].o)->items[k]; });
      I.dict_set_str(t->dict, fields[k], Value::obj(p));
    }
    std::string full = type_name;
    Builtin* r = static_cast<Builtin*>(I.builtin("__repr__", [full, fields](Interp& I2, CallArgs& a) {
                                          auto& it = static_cast<Tuple*>(a[0].o)->items;
                                          std::string s = full + "(\n";
                                          for (size_t k = 0; k < it.size(); ++k) {
                                            s += (k < fields.size() ? fields[k] : "_" + std::to_string(k)) + "=" +
                                                 I2.repr(it[k]);
                                            s += k + 1 < it.size() ? ",\n" : ")";
                                          }
                                          return I2.str(s);
                                        }).o);
    r->is_method = true;
    I.dict_set_str(t->dict, "__repr__", Value::obj(r));
  }
  return Value::obj(I.make<Tuple>(t, std::move(items)));
}

// A CUDA device (`"cuda"`, `"cuda:0"`, `torch.device("cuda")`, a device index) given to a factory's
// `device=` or to Tensor.to: the playground answers as PyTorch's CPU-only build, whose
// torch.cuda._lazy_init raises `AssertionError: Torch not compiled with CUDA enabled`
// (docs/eager-semantics.md "Device and build queries").
static bool is_cuda_device(Interp& I, const Value& v) {
  if (v.is_int()) return true;  // a bare index names a CUDA device
  if (!v.is_obj()) return false;
  std::string s;
  if (v.o->kind == Kind::Str) s = static_cast<Str*>(v.o)->s;
  else if (v.o->kind == Kind::Instance && v.o->type->name == "device" && v.o->type->module == "torch") s = I.to_str(v);
  else return false;
  return s == "cuda" || s.rfind("cuda:", 0) == 0;
}

// A device string is parsed as torch.device parses it (c10/core/Device.cpp), so a misspelt one
// ("gpu") raises PyTorch's "Expected one of cpu, cuda, ... device type at start of device string".
static void parse_device_string(Interp& I, const Value& v) {
  if (v.is_obj() && v.o->kind == Kind::Str) I.call(I.getattr(I.import_module("torch"), "device"), {v});
}

// Any other device that is not the CPU (`"meta"`, `"mps"`, `"xpu"`, ...): PyTorch has the meta
// device on every build (tensors without data: `tensor(..., device='meta', size=(2, 5, 9, 9))`), the
// playground has none, so it says so instead of making a CPU tensor that prints other values.
static std::string other_device_type(Interp& I, const Value& v) {
  if (!v.is_obj()) return "";
  bool is_str = v.o->kind == Kind::Str;
  bool is_device = v.o->kind == Kind::Instance && v.o->type->name == "device" && v.o->type->module == "torch";
  if (!is_str && !is_device) return "";
  Value dev = is_str ? I.call(I.getattr(I.import_module("torch"), "device"), {v}) : v;
  std::string type = I.to_str(I.getattr(dev, "type"));
  return type == "cpu" || type == "cuda" ? "" : type;
}

// The default device of `with torch.device("cuda")` / torch.set_default_device("cuda")
// (core/prelude/torch/__init__.py keeps it in torch._dp_default_device): PyTorch's DeviceContext
// (torch/utils/_device.py) gives it to the factories of _device_constructors() called without a
// device, which on a CPU-only build then raise as for an explicit CUDA device.
static bool default_device_is_cuda(Interp& I) {
  auto m = I.modules.find("torch");
  if (m == I.modules.end()) return false;
  Value v = I.dict_get_str(m->second->dict, "_dp_default_device");
  if (!(v.is_obj() && v.o->kind == Kind::Str)) return false;
  const std::string& s = static_cast<Str*>(v.o)->s;
  return s == "cuda" || s.rfind("cuda:", 0) == 0;
}

static bool is_device_constructor(const std::string& name) {
  static const std::unordered_set<std::string> names = {
      "empty", "empty_permuted", "empty_strided", "ones", "arange", "bartlett_window", "blackman_window", "eye",
      "fftfreq", "rfftfreq", "full", "hamming_window", "hann_window", "kaiser_window", "linspace", "logspace",
      "rand", "randn", "randint", "randperm", "range", "tril_indices", "triu_indices", "zeros", "tensor",
      "as_tensor", "scalar_tensor", "asarray"};
  return names.count(name) > 0;
}

static void check_device_args(Interp& I, const std::string& name, const std::vector<Value>& pos,
                              const std::vector<std::pair<std::string, Value>>& kw) {
  bool cuda = false;
  bool explicit_device = false;
  std::string other;
  for (auto& [k, v] : kw)
    if (k == "device" && !v.is_none()) {
      explicit_device = true;
      parse_device_string(I, v);
      if (is_cuda_device(I, v)) cuda = true;
      else if (other.empty()) other = other_device_type(I, v);
    }
  if (!explicit_device && is_device_constructor(name) && default_device_is_cuda(I)) cuda = true;
  if (name == "to")
    for (size_t i = 1; i < pos.size(); ++i) {
      if (pos[i].is_int()) continue;
      if (is_cuda_device(I, pos[i])) cuda = true;
      else if (other.empty()) other = other_device_type(I, pos[i]);
    }
  if (cuda) I.raise(I.AssertionError, "Torch not compiled with CUDA enabled");
  if (!other.empty())
    I.raise(I.NotImplementedError, "not supported by the playground yet: tensors on the '" + other +
                                       "' device (the playground runs on the CPU only)");
}

Value call_op(Interp& I, const std::string& name, const std::vector<Value>& pos,
              const std::vector<std::pair<std::string, Value>>& kw) {
  check_device_args(I, name, pos, kw);
  std::vector<T::Value> args;
  args.reserve(pos.size());
  for (auto& p : pos) args.push_back(to_torch(I, p));
  std::vector<std::pair<std::string, T::Value>> kwargs;
  for (auto& [k, v] : kw) kwargs.emplace_back(k, to_torch(I, v));
  T::Value r;
  try {
    r = T::call(name, args, kwargs);
  } catch (const T::TorchError& e) {
    rethrow_torch(I, e);
  } catch (const std::bad_alloc&) {
    // A tensor too large for the machine (or the wasm heap): a Python error, not a crash.
    I.raise(I.MemoryError, "torch." + name + ": cannot allocate memory for the result");
  } catch (const std::length_error&) {
    I.raise(I.MemoryError, "torch." + name + ": cannot allocate memory for the result");
  }
  std::string rt;
  std::vector<std::string> fields;
  if (auto info = T::op_info(name)) {
    for (auto* s : info->overloads) {
      if (!s->return_type_name.empty()) {
        rt = s->return_type_name;
        fields.clear();
        for (auto& ret : s->returns) fields.push_back(ret.name);
        break;
      }
    }
  }
  return from_torch(I, r, rt, fields);
}

// ---- operator hooks ----

static const char* kBinaryOps[] = {"add",        "bitwise_and", "floor_divide", "bitwise_left_shift",  "matmul", "mul",
                                   "remainder",  "bitwise_or",  "pow",          "bitwise_right_shift", "sub",    "div",
                                   "bitwise_xor"};

Value tensor_binary(Interp& I, int op, Value a, Value b, bool inplace) {
  bool a_t = a.is_obj() && a.o->kind == Kind::Tensor;
  const char* name = kBinaryOps[op];
  static const char* syms[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  if (!name)
    I.raise(I.TypeError, std::string("unsupported operand type(s) for ") + syms[op] + ": '" + I.type_name(a) +
                             "' and '" + I.type_name(b) + "'");
  if (is_long(a) || is_long(b)) long_overflow(I);
  bool b_ok = b.is_obj() ? (b.o->kind == Kind::Tensor) : (b.is_int() || b.is_float() || b.is_bool());
  bool a_ok = a.is_obj() ? (a.o->kind == Kind::Tensor) : (a.is_int() || a.is_float() || a.is_bool());
  if (!a_ok || !b_ok) {
    // CPython: Tensor.__radd__ gives NotImplemented, then the sequence's concatenation refuses.
    auto seq = [&](Kind k) { return a.is_obj() && a.o->kind == k; };
    if (op == 0 && !inplace && (seq(Kind::List) || seq(Kind::Tuple) || seq(Kind::Str))) {
      std::string tn = I.type_name(a);
      I.raise(I.TypeError, "can only concatenate " + tn + " (not \"" + I.type_name(b) + "\") to " + tn);
    }
    if (inplace)
      I.raise(I.TypeError, std::string("unsupported operand type(s) for ") + syms[op] + "=: '" + I.type_name(a) +
                               "' and '" + I.type_name(b) + "'");
    I.raise(I.TypeError, std::string("unsupported operand type(s) for ") + syms[op] + ": '" + I.type_name(a) +
                             "' and '" + I.type_name(b) + "'");
  }
  if (inplace && a_t) {
    std::string in = std::string(name) + "_";
    if (T::op_info(in)) return call_op(I, in, {a, b}, {});
  }
  if (a_t) return call_op(I, name, {a, b}, {});
  // Reflected: number (op) tensor. Tensor.__radd__, __rmul__, __rand__, __ror__ and __rxor__ are the
  // forward methods bound with the tensor as self (python_variable_methods.cpp), so the tensor is the
  // first input of the op and of its grad_fn's next_functions; __rsub__ / __rtruediv__ are rsub and
  // rdiv (tensor first too); the others call torch.<op>(number, tensor) (torch/_tensor.py).
  switch (op) {
    case 0:
    case 1:
    case 5:
    case 7:
    case 12: return call_op(I, name, {b, a}, {});
    case 10: return call_op(I, "rsub", {b, a}, {});
    case 11: return call_op(I, "rdiv", {b, a}, {});
    default: return call_op(I, name, {a, b}, {});
  }
}

Value tensor_compare(Interp& I, int cmp, Value a, Value b) {
  static const char* names[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  static const int swapped[] = {4, 5, 2, 3, 0, 1};
  bool a_t = a.is_obj() && a.o->kind == Kind::Tensor;
  Value other = a_t ? b : a;
  if (is_long(other)) long_overflow(I);
  bool ok = other.is_obj() ? other.o->kind == Kind::Tensor : (other.is_int() || other.is_float() || other.is_bool());
  if (!ok) {
    if (cmp == 2) return Value::boolean(false);
    if (cmp == 3) return Value::boolean(true);
    static const char* syms[] = {"<", "<=", "==", "!=", ">", ">="};
    I.raise(I.TypeError, std::string("'") + syms[cmp] + "' not supported between instances of '" + I.type_name(a) +
                             "' and '" + I.type_name(b) + "'");
  }
  if (a_t) return call_op(I, names[cmp], {a, b}, {});
  return call_op(I, names[swapped[cmp]], {b, a}, {});
}

Value tensor_unary(Interp& I, const std::string& op, Value a) {
  // Tensor.__invert__ (python_variable_methods.cpp THPVariable_invert) checks the dtype itself.
  if (op == "bitwise_not" && T::is_floating(as_tensor(I, a).dtype()))
    I.raise(I.TypeError, "~ (operator.invert) is only implemented on integer and Boolean-type tensors");
  return call_op(I, op, {a}, {});
}
// A Python list as the whole index (torch/csrc/autograd/python_variable_indexing.cpp): fewer than
// 32 items with a tensor, sequence, slice, Ellipsis or None among them is taken as a tuple
// (treatSequenceAsTuple); any other list becomes an index tensor, bool when every item is a bool
// (a mask) and int64 otherwise (indexing_tensor_from_data).
// An index item PyTorch cannot convert (python_variable_indexing.cpp applySlicing): a str is a
// sequence, so it reaches indexing_tensor_from_data and fails there as a tensor's data; an object that
// is neither a sequence nor has __index__ is invalid_index()'s IndexError.
static void check_index_item(Interp& I, const Value& v) {
  if (!v.is_obj()) return;
  switch (v.o->kind) {
    case Kind::Str: I.raise(I.TypeError, "new(): invalid data type 'str'");
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet:
    case Kind::Function:
    case Kind::Builtin:
    case Kind::Type:
    case Kind::Module:
      I.raise(I.IndexError,
              "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices "
              "(got " +
                  I.type_name(v) + ")");
    default: break;
  }
}

static Value index_key(Interp& I, Value key) {
  check_index_item(I, key);
  if (key.is_obj() && key.o->kind == Kind::Tuple)
    for (const Value& v : static_cast<Tuple*>(key.o)->items) check_index_item(I, v);
  // A range is a sequence of ints, never taken as a tuple: an int64 index tensor (x[range(n), y]'s
  // first item goes through to_torch's range case).
  if (key.is_obj() && key.o->kind == Kind::Range)
    return call_op(I, "tensor", {key}, {{"dtype", dtype_value(I, T::DType::Int64)}});
  if (!(key.is_obj() && key.o->kind == Kind::List)) return key;
  auto& items = static_cast<List*>(key.o)->items;
  if (items.size() < 32) {
    for (const Value& v : items) {
      if (v.is_none()) return I.tuple(items);
      if (!v.is_obj()) continue;
      switch (v.o->kind) {
        case Kind::Tensor:
        case Kind::List:
        case Kind::Tuple:
        case Kind::Size:
        case Kind::Str:
        case Kind::Range:
        case Kind::Slice:
        case Kind::Ellipsis: return I.tuple(items);
        default: break;
      }
    }
  }
  Value t = call_op(I, "tensor", {key}, {});
  if (as_tensor(I, t).dtype() != T::DType::Bool)
    t = call_op(I, "tensor", {key}, {{"dtype", dtype_value(I, T::DType::Int64)}});
  return t;
}

Value tensor_getitem(Interp& I, Value t, Value key) { return call_op(I, "getitem", {t, index_key(I, key)}, {}); }
void tensor_setitem(Interp& I, Value t, Value key, Value v) { call_op(I, "setitem", {t, index_key(I, key), v}, {}); }

int64_t tensor_len(Interp& I, Value v) {
  auto& t = as_tensor(I, v);
  if (t.dim() == 0) I.raise(I.TypeError, "len() of a 0-d tensor");
  return t.sizes()[0];
}

Value tensor_iter(Interp& I, Value v) {
  auto& t = as_tensor(I, v);
  if (t.dim() == 0) I.raise(I.TypeError, "iteration over a 0-d tensor");
  std::vector<Value> items;
  for (int64_t i = 0; i < t.sizes()[0]; ++i) items.push_back(tensor_getitem(I, v, Value::integer(i)));
  return make_seq_iterator(I, I.tuple(std::move(items)));
}

static Value item_value(Interp& I, const T::Tensor& t) {
  if (t.is_fake())
    I.raise(I.RuntimeError, "Tensor.item() cannot be called on a FakeTensor: its value is unknown while tracing");
  T::Scalar s;
  try {
    s = t.item();
  } catch (const T::TorchError& e) {
    rethrow_torch(I, e);
  }
  if (s.is_bool()) return Value::boolean(s.to_bool());
  if (s.is_int()) return Value::integer(s.to_int());
  return Value::flt(s.to_double());
}

bool tensor_truthy(Interp& I, Value v) {
  auto& t = as_tensor(I, v);
  if (t.numel() != 1) {
    if (t.numel() == 0) I.raise(I.RuntimeError, "Boolean value of Tensor with no values is ambiguous");
    I.raise(I.RuntimeError, "Boolean value of Tensor with more than one value is ambiguous");
  }
  return I.truthy(item_value(I, t));
}

int64_t tensor_index(Interp& I, Value v) {
  auto& t = as_tensor(I, v);
  if (t.numel() != 1 || !T::is_integral(t.dtype(), true))
    I.raise(I.TypeError, "only integer tensors of a single element can be converted to an index");
  return I.index_value(item_value(I, t));
}

bool tensor_contains(Interp& I, Value t, Value item) {
  Value r = call_op(I, "eq", {t, item}, {});
  return I.truthy(call_op(I, "any", {r}, {}));
}

static Value tolist(Interp& I, const T::Tensor& t, int64_t dim, int64_t offset_index) {
  (void)offset_index;
  if (t.dim() == 0) return item_value(I, t);
  std::vector<Value> items;
  for (int64_t i = 0; i < t.sizes()[0]; ++i) {
    T::Tensor sub = T::call_t("select", {T::Value(t), T::Value(int64_t{0}), T::Value(i)});
    items.push_back(tolist(I, sub, dim + 1, 0));
  }
  return I.list(items);
}

// ---- python_arg_parser ----

// An argument as torch's python_arg_parser sees it (torch/python_arg_parser.h): its kind and its
// type's tp_name (C types carry their module: torch.dtype, torch.Size, torch.device).
static T::PyArg py_arg(Interp& I, Value v, bool elements = true) {
  using K = T::PyArg::Kind;
  T::PyArg a;
  switch (v.tag) {
    case Value::Tag::Null:
    case Value::Tag::None:
      a.kind = K::None;
      a.type_name = "NoneType";
      return a;
    case Value::Tag::Bool:
      a.kind = K::Bool;
      a.type_name = "bool";
      return a;
    case Value::Tag::Int:
      a.kind = K::Int;
      a.type_name = "int";
      return a;
    case Value::Tag::Float:
      a.kind = K::Float;
      a.type_name = "float";
      return a;
    case Value::Tag::Obj: break;
  }
  Object* o = v.o;
  a.type_name = I.type_name(v);
  switch (o->kind) {
    case Kind::Long: a.kind = K::Int; return a;
    case Kind::Number: {
      // An instance of a user subclass of int / float (an IntEnum member): PyLong_Check /
      // PyFloat_Check accept it, so it parses as its number; the type name stays the subclass's.
      T::PyArg n = py_arg(I, Interp::number_payload(v), false);
      n.type_name = a.type_name;
      return n;
    }
    case Kind::Str:
      a.kind = K::Str;
      a.text = static_cast<Str*>(o)->s;
      return a;
    case Kind::DType:
      a.kind = K::DType;
      a.type_name = "torch.dtype";
      return a;
    case Kind::Tensor: {
      const T::Tensor& t = static_cast<TensorObj*>(o)->t();
      a.kind = K::Tensor;
      if (t.is_fake()) a.type_name = "FakeTensor";
      a.integral = T::is_integral(t.dtype(), true);
      a.is_bool_dtype = t.dtype() == T::DType::Bool;
      a.requires_grad = t.requires_grad();
      a.dim = t.dim();
      a.numel = t.numel();
      return a;
    }
    case Kind::Size:
    case Kind::Tuple:
    case Kind::List: {
      a.kind = o->kind == Kind::List ? K::List : K::Tuple;
      if (o->kind == Kind::Size) a.type_name = "torch.Size";
      const auto& items = o->kind == Kind::List ? static_cast<List*>(o)->items : static_cast<Tuple*>(o)->items;
      // The parser looks one level into a sequence (its elements' kinds and type names).
      if (elements)
        for (const auto& x : items) a.elems.push_back(py_arg(I, x, false));
      return a;
    }
    default: break;
  }
  if (a.type_name == "complex") {
    a.kind = K::Complex;
  } else if (o->kind == Kind::Type &&
             (o == I.int_type || o == I.float_type || o == I.bool_type || static_cast<Type*>(o)->name == "complex")) {
    a.kind = K::DType;  // THPPythonScalarType_Check: int, float, bool and complex stand for dtypes
  } else if (o->kind == Kind::Instance && o->type->module == "torch" && a.type_name == "device") {
    a.kind = K::Device;
    a.type_name = "torch.device";
  } else if (o->kind == Kind::Instance && a.type_name == "layout") {
    a.kind = K::Layout;
    a.type_name = "torch.layout";
  } else if (o->kind == Kind::Instance && a.type_name == "memory_format") {
    a.kind = K::MemoryFormat;
    a.type_name = "torch.memory_format";
  } else if (o->kind == Kind::Instance && a.type_name == "Generator") {
    a.kind = K::Generator;
    a.type_name = "torch._C.Generator";
  } else if (o->kind == Kind::Instance && !I.lookup_type(o->type, "__index__").is_null()) {
    a.kind = K::Index;
  }
  return a;
}

// torch.NAME(...) / Tensor.NAME(...) go through PyTorch's argument parser first when the
// playground has the op's Python signatures: its TypeErrors (and a dimension name's RuntimeError)
// are raised before the op's own binding.
// An int / float subclass's instance given to an op is read as its number (PyLong_AsLong /
// PyFloat_AsDouble read the payload of a subclass), at the top level and inside a list or tuple.
static void unbox_number_args(Interp& I, CallArgs& a) {
  auto unbox_seq = [&](Value& v) {
    if (!v.is_obj() || (v.o->kind != Kind::List && v.o->kind != Kind::Tuple)) return;
    auto& items = v.o->kind == Kind::List ? static_cast<List*>(v.o)->items : static_cast<Tuple*>(v.o)->items;
    bool any = false;
    for (const auto& x : items) any |= Interp::is_number_subclass(x);
    if (!any) return;
    std::vector<Value> copy;
    for (const auto& x : items) copy.push_back(Interp::number_payload(x));
    v = v.o->kind == Kind::List ? Value::obj(I.make<List>(I.list_type, std::move(copy)))
                                  : Value::obj(I.make<Tuple>(I.tuple_type, std::move(copy)));
  };
  for (auto& v : a.pos) {
    v = Interp::number_payload(v);
    unbox_seq(v);
  }
  for (auto& [k, v] : a.kw) {
    v = Interp::number_payload(v);
    unbox_seq(v);
  }
}

static void check_arg_parser(Interp& I, const std::string& name, bool method, CallArgs& a) {
  if (!T::has_python_signatures(name, method)) {
    unbox_number_args(I, a);
    return;
  }
  std::vector<T::PyArg> args;
  for (size_t i = method ? 1 : 0; i < a.pos.size(); ++i) args.push_back(py_arg(I, a.pos[i]));
  std::vector<T::PyKwarg> kwargs;
  for (auto& [k, v] : a.kw) kwargs.push_back({k, py_arg(I, v)});
  int64_t self_dim = -1;
  if (method && !a.pos.empty() && a.pos[0].is_obj() && a.pos[0].o->kind == Kind::Tensor)
    self_dim = static_cast<TensorObj*>(a.pos[0].o)->t().dim();
  try {
    T::check_python_args(name, method, args, kwargs, self_dim);
  } catch (const T::TorchError& e) {
    rethrow_torch(I, e);
  }
  unbox_number_args(I, a);
}

// ---- module init ----

static void tensor_method(Interp& I, const std::string& name, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn), "torch").o);
  b->is_method = true;
  b->qualname = "Tensor." + name;
  I.dict_set_str(I.tensor_type->dict, name, Value::obj(b));
}

static void tensor_property(Interp& I, const std::string& name, NativeFn get, NativeFn set = nullptr) {
  Property* p = I.make<Property>(I.property_type);
  p->fget = I.builtin(name, std::move(get), "torch");
  p->fset = set ? I.builtin(name, std::move(set), "torch") : Value::none();
  I.dict_set_str(I.tensor_type->dict, name, Value::obj(p));
}

static void init_torch_native(Interp& I, Module* m) {
  Dict* d = m->dict;
  I.dict_set_str(d, "Tensor", Value::obj(I.tensor_type));
  I.dict_set_str(d, "Size", Value::obj(I.size_type));
  init_torch_legacy(I, d);
  I.dict_set_str(d, "dtype", Value::obj(I.dtype_type));
  I.dict_set_str(d, "ScriptObject", Value::obj(I.script_object_type));
  I.dict_set_str(d, "_Parameter", Value::obj(I.parameter_type));
  for (T::DType dt : T::kAllDTypes) {
    std::string n = T::dtype_short_name(dt);
    I.dict_set_str(d, n, dtype_value(I, dt));
  }
  I.dict_set_str(d, "float", dtype_value(I, T::DType::Float32));
  I.dict_set_str(d, "double", dtype_value(I, T::DType::Float64));
  I.dict_set_str(d, "long", dtype_value(I, T::DType::Int64));
  I.dict_set_str(d, "int", dtype_value(I, T::DType::Int32));
  I.dict_set_str(d, "bool", dtype_value(I, T::DType::Bool));
  I.dict_set_str(d, "uint8", dtype_value(I, T::DType::UInt8));
  I.dict_set_str(d, "half", dtype_value(I, T::DType::Float16));

  for (const auto& name : T::op_names()) {
    auto info = T::op_info(name);
    if (!info) continue;
    if (info->is_function) {
      Value fn = I.builtin(
          name,
          [name](Interp& I2, CallArgs& a) {
            check_arg_parser(I2, name, false, a);
            return call_op(I2, name, a.pos, a.kw);
          },
          "torch");
      I.dict_set_str(d, name, fn);
    }
    if (info->is_method && I.dict_get_str(I.tensor_type->dict, name).is_null()) {
      tensor_method(I, name, [name](Interp& I2, CallArgs& a) {
        check_arg_parser(I2, name, true, a);
        T::set_next_call_is_method();
        return call_op(I2, name, a.pos, a.kw);
      });
    }
  }
  I.dict_set_str(d, "manual_seed",
                 I.builtin(
                     "manual_seed",
                     [](Interp& I2, CallArgs& a) {
                       call_op(I2, "manual_seed", a.pos, a.kw);
                       return Value::none();
                     },
                     "torch"));
  I.dict_set_str(
      d, "is_tensor",
      I.builtin(
          "is_tensor",
          [](Interp&, CallArgs& a) { return Value::boolean(a[0].is_obj() && a[0].o->kind == Kind::Tensor); }, "torch"));
  I.dict_set_str(d, "is_grad_enabled",
                 I.builtin(
                     "is_grad_enabled", [](Interp&, CallArgs&) { return Value::boolean(T::grad_enabled()); }, "torch"));
  // torch.return_types.NAME(fields...) for the prelude's composites (torch.histogram): the same
  // structseq type the registered ops' results have.
  I.dict_set_str(d, "_return_type",
                 I.builtin(
                     "_return_type",
                     [](Interp& I2, CallArgs& a) {
                       std::vector<std::string> fields;
                       for (const Value& f : I2.to_vector(a[1])) fields.push_back(I2.to_str(f));
                       return named_tuple(I2, I2.to_str(a[0]), fields, I2.to_vector(a[2]));
                     },
                     "torch"));
  // torch.inference_mode's state (c10::InferenceMode), set by the prelude's inference_mode.
  I.dict_set_str(d, "_set_inference_mode_enabled",
                 I.builtin(
                     "_set_inference_mode_enabled",
                     [](Interp& I2, CallArgs& a) {
                       T::set_inference_mode_enabled(I2.truthy(a[0]));
                       return Value::none();
                     },
                     "torch"));
  I.dict_set_str(d, "is_inference_mode_enabled",
                 I.builtin(
                     "is_inference_mode_enabled",
                     [](Interp&, CallArgs&) { return Value::boolean(T::inference_mode_enabled()); }, "torch"));
  I.dict_set_str(d, "is_inference",
                 I.builtin(
                     "is_inference",
                     [](Interp& I2, CallArgs& a) {
                       if (a.size() != 1 || !(a[0].is_obj() && a[0].o->kind == Kind::Tensor))
                         I2.raise(I2.TypeError, "is_inference(): argument 'input' (position 1) must be Tensor, not " +
                                                    (a.size() ? I2.type_name(a[0]) : std::string("NoneType")));
                       return Value::boolean(as_tensor(I2, a[0]).is_inference());
                     },
                     "torch"));
  I.dict_set_str(d, "_set_grad_enabled",
                 I.builtin(
                     "_set_grad_enabled",
                     [](Interp& I2, CallArgs& a) {
                       T::set_grad_enabled(I2.truthy(a[0]));
                       return Value::none();
                     },
                     "torch"));
  // Tensor methods PyTorch writes in Python (torch/_tensor.py's Tensor class): the prelude adds
  // them to the (otherwise immutable) Tensor type through this hook while `import torch` runs.
  I.dict_set_str(d, "_add_tensor_method",
                 I.builtin(
                     "_add_tensor_method",
                     [](Interp& I2, CallArgs& a) {
                       I2.dict_set_str(I2.tensor_type->dict, I2.to_str(a[0]), a[1]);
                       return Value::none();
                     },
                     "torch"));
  // torch._tensor_str.set_printoptions stores into PRINT_OPTS; here the options live natively
  // (torch/tensor_str.h). Arguments: precision, threshold, edgeitems, linewidth (None keeps the
  // current value; a float threshold such as inf means "never summarize"), sci_mode (always set).
  I.dict_set_str(d, "_set_printoptions",
                 I.builtin(
                     "_set_printoptions",
                     [](Interp& I2, CallArgs& a) {
                       T::PrintOptions& po = T::print_options();
                       auto num = [&](size_t i) -> std::optional<int64_t> {
                         if (a[i].is_none()) return std::nullopt;
                         if (a[i].is_float()) {
                           double f = a[i].f;
                           if (!(f < 9.2e18)) return INT64_MAX;
                           return static_cast<int64_t>(f);
                         }
                         return I2.index_value(a[i]);
                       };
                       if (auto v = num(0)) po.precision = static_cast<int>(*v);
                       if (auto v = num(1)) po.threshold = *v;
                       if (auto v = num(2)) po.edgeitems = *v;
                       if (auto v = num(3)) po.linewidth = *v;
                       if (a[4].is_none()) po.sci_mode.reset();
                       else po.sci_mode = I2.truthy(a[4]);
                       return Value::none();
                     },
                     "torch"));
  init_autograd_bindings(I, d);
  I.dict_set_str(
      d, "get_default_dtype",
      I.builtin(
          "get_default_dtype", [](Interp& I2, CallArgs&) { return dtype_value(I2, T::kDefaultFloat); }, "torch"));
}

void init_torch(Interp& I) {
  tensor_objects(I).clear();
  I.tensor_type = I.new_type("Tensor", I.object_type, Kind::Tensor, "torch");
  I.dtype_type = I.new_type("dtype", I.object_type, Kind::DType, "torch");
  I.size_type = I.new_type("Size", I.tuple_type, Kind::Size, "torch");
  I.script_object_type = I.new_type("ScriptObject", I.object_type, Kind::ScriptObject, "torch");
  for (T::DType dt : T::kAllDTypes)
    I.dtype_objects[static_cast<int>(dt)] = Value::obj(I.make<DTypeObj>(I.dtype_type, dt));
  // Each run starts from PyTorch's process defaults.
  T::reset_generators();
  T::set_grad_enabled(true);
  T::set_fake_mode(false);

  Builtin* drepr = static_cast<Builtin*>(I.builtin("__repr__", [](Interp& I2, CallArgs& a) {
                                            return I2.str(T::dtype_repr(static_cast<DTypeObj*>(a[0].o)->dtype));
                                          }).o);
  drepr->is_method = true;
  I.dict_set_str(I.dtype_type->dict, "__repr__", Value::obj(drepr));
  Property* isf = I.make<Property>(I.property_type);
  isf->fget = I.builtin("is_floating_point", [](Interp&, CallArgs& a) {
    return Value::boolean(T::is_floating(static_cast<DTypeObj*>(a[0].o)->dtype));
  });
  I.dict_set_str(I.dtype_type->dict, "is_floating_point", Value::obj(isf));
  Property* isz = I.make<Property>(I.property_type);
  isz->fget = I.builtin("itemsize", [](Interp&, CallArgs& a) {
    return Value::integer(static_cast<int64_t>(T::itemsize(static_cast<DTypeObj*>(a[0].o)->dtype)));
  });
  I.dict_set_str(I.dtype_type->dict, "itemsize", Value::obj(isz));
  Property* iss = I.make<Property>(I.property_type);
  iss->fget = I.builtin("is_signed", [](Interp&, CallArgs& a) {
    T::DType dt = static_cast<DTypeObj*>(a[0].o)->dtype;
    return Value::boolean(dt != T::DType::Bool && dt != T::DType::UInt8);
  });
  I.dict_set_str(I.dtype_type->dict, "is_signed", Value::obj(iss));

  Builtin* srepr = static_cast<Builtin*>(I.builtin("__repr__", [](Interp& I2, CallArgs& a) {
                                            std::string s = "torch.Size([";
                                            auto& items = static_cast<Tuple*>(a[0].o)->items;
                                            for (size_t i = 0; i < items.size(); ++i)
                                              s += (i ? ", " : "") + I2.repr(items[i]);
                                            return I2.str(s + "])");
                                          }).o);
  srepr->is_method = true;
  I.dict_set_str(I.size_type->dict, "__repr__", Value::obj(srepr));
  Builtin* snumel = static_cast<Builtin*>(I.builtin("numel", [](Interp& I2, CallArgs& a) {
                                             int64_t n = 1;
                                             for (auto& v : static_cast<Tuple*>(a[0].o)->items) n *= I2.index_value(v);
                                             return Value::integer(n);
                                           }).o);
  snumel->is_method = true;
  I.dict_set_str(I.size_type->dict, "numel", Value::obj(snumel));

  // Tensor methods that are not ops.
  tensor_method(I, "__repr__", [](Interp& I2, CallArgs& a) { return I2.str(T::repr(as_tensor(I2, a[0]))); });
  tensor_method(I, "size", [](Interp& I2, CallArgs& a) -> Value {
    auto& t = as_tensor(I2, a[0]);
    Value dim = a.size() > 1 ? a[1] : a.take_kw("dim");
    if (dim.is_null() || dim.is_none()) return make_size(I2, t.sizes());
    try {
      return Value::integer(t.size(I2.index_value(dim)));
    } catch (const T::TorchError& e) {
      rethrow_torch(I2, e);
    }
  });
  tensor_method(I, "stride", [](Interp& I2, CallArgs& a) -> Value {
    auto& t = as_tensor(I2, a[0]);
    if (a.size() > 1) {
      try {
        return Value::integer(t.stride(I2.index_value(a[1])));
      } catch (const T::TorchError& e) {
        rethrow_torch(I2, e);
      }
    }
    std::vector<Value> v;
    for (auto s : t.strides()) v.push_back(Value::integer(s));
    return I2.tuple(v);
  });
  tensor_method(I, "dim", [](Interp& I2, CallArgs& a) { return Value::integer(as_tensor(I2, a[0]).dim()); });
  tensor_method(I, "ndimension", [](Interp& I2, CallArgs& a) { return Value::integer(as_tensor(I2, a[0]).dim()); });
  tensor_method(I, "numel", [](Interp& I2, CallArgs& a) { return Value::integer(as_tensor(I2, a[0]).numel()); });
  tensor_method(I, "nelement", [](Interp& I2, CallArgs& a) { return Value::integer(as_tensor(I2, a[0]).numel()); });
  tensor_method(I, "element_size", [](Interp& I2, CallArgs& a) {
    return Value::integer(static_cast<int64_t>(T::itemsize(as_tensor(I2, a[0]).dtype())));
  });
  tensor_method(I, "is_inference",
                [](Interp& I2, CallArgs& a) { return Value::boolean(as_tensor(I2, a[0]).is_inference()); });
  tensor_method(I, "is_contiguous",
                [](Interp& I2, CallArgs& a) { return Value::boolean(as_tensor(I2, a[0]).is_contiguous()); });
  tensor_method(I, "is_floating_point",
                [](Interp& I2, CallArgs& a) { return Value::boolean(T::is_floating(as_tensor(I2, a[0]).dtype())); });
  tensor_method(I, "item", [](Interp& I2, CallArgs& a) { return item_value(I2, as_tensor(I2, a[0])); });
  tensor_method(I, "tolist", [](Interp& I2, CallArgs& a) { return tolist(I2, as_tensor(I2, a[0]), 0, 0); });
  // int(t) / float(t): python_variable_methods.cpp dispatch_to checks the element count itself
  // (a ValueError), before item()'s own RuntimeError.
  auto one_element = [](Interp& I2, const T::Tensor& t) {
    if (t.numel() != 1) I2.raise(I2.ValueError, "only one element tensors can be converted to Python scalars");
  };
  tensor_method(I, "__int__", [one_element](Interp& I2, CallArgs& a) -> Value {
    one_element(I2, as_tensor(I2, a[0]));
    Value v = item_value(I2, as_tensor(I2, a[0]));
    if (v.is_float()) return Value::integer(static_cast<int64_t>(v.f));
    return Value::integer(I2.index_value(v));
  });
  tensor_method(I, "__float__", [one_element](Interp& I2, CallArgs& a) -> Value {
    one_element(I2, as_tensor(I2, a[0]));
    Value v = item_value(I2, as_tensor(I2, a[0]));
    return v.is_float() ? v : Value::flt(static_cast<double>(I2.index_value(v)));
  });
  // The in-place operator methods (x.__iadd__(y) is what `x += y` runs in PyTorch's
  // torch/_tensor.py / python_variable_methods.cpp): the interpreter's own `+=` on a Tensor does not
  // look them up (binary_op calls tensor_binary directly), so these serve explicit calls.
  {
    static const std::pair<const char*, int> kInplaceDunders[] = {
        {"__iadd__", 0},      {"__iand__", 1},  {"__ifloordiv__", 2}, {"__ilshift__", 3}, {"__imul__", 5},
        {"__imod__", 6},      {"__ior__", 7},   {"__ipow__", 8},      {"__irshift__", 9}, {"__isub__", 10},
        {"__itruediv__", 11}, {"__idiv__", 11}, {"__ixor__", 12}};
    for (const auto& [dunder, op] : kInplaceDunders) {
      int op_index = op;
      tensor_method(I, dunder, [op_index](Interp& I2, CallArgs& a) -> Value {
        if (a.size() != 2) I2.raise(I2.TypeError, "expected 1 argument");
        return tensor_binary(I2, op_index, a[0], a[1], true);
      });
    }
  }
  tensor_method(I, "__index__", [](Interp& I2, CallArgs& a) { return Value::integer(tensor_index(I2, a[0])); });
  tensor_method(I, "__len__", [](Interp& I2, CallArgs& a) { return Value::integer(tensor_len(I2, a[0])); });
  tensor_method(I, "__hash__", [](Interp& I2, CallArgs& a) {
    return Value::integer(static_cast<int64_t>(I2.address_of(a[0].o) >> 4));
  });
  tensor_method(I, "data_ptr", [](Interp& I2, CallArgs& a) {
    return Value::integer(
        static_cast<int64_t>(reinterpret_cast<uintptr_t>(as_tensor(I2, a[0]).data_ptr()) & 0xffffffffffff));
  });
  tensor_method(I, "requires_grad_", [](Interp& I2, CallArgs& a) {
    bool r = a.size() > 1 ? I2.truthy(a[1]) : true;
    try {
      as_tensor(I2, a[0]).set_requires_grad(r);
    } catch (const T::TorchError& e) {
      rethrow_torch(I2, e);
    }
    return a[0];
  });
  tensor_property(I, "shape", [](Interp& I2, CallArgs& a) { return make_size(I2, as_tensor(I2, a[0]).sizes()); });
  tensor_property(I, "dtype", [](Interp& I2, CallArgs& a) { return dtype_value(I2, as_tensor(I2, a[0]).dtype()); });
  tensor_property(I, "ndim", [](Interp& I2, CallArgs& a) { return Value::integer(as_tensor(I2, a[0]).dim()); });
  // Every tensor lives on the CPU: torch.device('cpu') (the prelude's torch.device class).
  tensor_property(I, "device", [](Interp& I2, CallArgs&) {
    return I2.call(I2.getattr(I2.import_module("torch"), "device"), {I2.str("cpu")});
  });
  // Tensor._base / Tensor._is_view() (python_variable.cpp THPVariable_get_base, _is_view): a view's
  // base is the tensor whose storage it views (never itself a view); None for a non-view.
  tensor_property(I, "_base", [](Interp& I2, CallArgs& a) {
    T::TensorImpl* impl = as_tensor(I2, a[0]).impl();
    if (!impl->is_view || !impl->view_base) return Value::none();
    return wrap_tensor(I2, T::Tensor(impl->view_base));
  });
  tensor_method(I, "_is_view", [](Interp& I2, CallArgs& a) {
    T::TensorImpl* impl = as_tensor(I2, a[0]).impl();
    return Value::boolean(impl->is_view && impl->view_base != nullptr);
  });
  tensor_property(I, "is_leaf", [](Interp& I2, CallArgs& a) {
    T::autograd::refresh_view_grad_fn(as_tensor(I2, a[0]));
    return Value::boolean(as_tensor(I2, a[0]).is_leaf());
  });
  tensor_property(
      I, "requires_grad",
      [](Interp& I2, CallArgs& a) {
        T::autograd::refresh_view_grad_fn(as_tensor(I2, a[0]));
        return Value::boolean(as_tensor(I2, a[0]).requires_grad());
      },
      [](Interp& I2, CallArgs& a) {
        try {
          as_tensor(I2, a[0]).set_requires_grad(I2.truthy(a[1]));
        } catch (const T::TorchError& e) {
          rethrow_torch(I2, e);
        }
        return Value::none();
      });
  tensor_property(I, "T", [](Interp& I2, CallArgs& a) { return call_op(I2, "t", {a[0]}, {}); });

  // torch.nn.Parameter: a Tensor subclass whose instances alias the data and require grad.
  Type* param = I.new_type("Parameter", I.tensor_type, Kind::Tensor, "torch.nn.parameter");
  {
    Builtin* pn = static_cast<Builtin*>(I.builtin("Parameter", [param](Interp& I2, CallArgs& a) -> Value {
                                           Value data = a.size() > 1 ? a[1] : a.take_kw("data");
                                           Value rg = a.size() > 2 ? a[2] : a.take_kw("requires_grad");
                                           T::Tensor t = data.is_null() || data.is_none()
                                                             ? T::Tensor::make({0}, T::DType::Float32)
                                                             : as_tensor(I2, data);
                                           T::Tensor alias;
                                           try {
                                             alias = T::call_t("detach", {T::Value(t)});
                                             bool req = rg.is_null() || I2.truthy(rg);
                                             if (req) alias.set_requires_grad(true);
                                           } catch (const T::TorchError& e) {
                                             rethrow_torch(I2, e);
                                           }
                                           TensorObj* o = I2.make<TensorObj>(param, alias);
                                           tensor_objects(I2)[alias.id()] = o;
                                           return Value::obj(o);
                                         }).o);
    pn->qualname = "Parameter.__new__";
    I.dict_set_str(param->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(pn))));
    Builtin* pr = static_cast<Builtin*>(I.builtin("__repr__", [](Interp& I2, CallArgs& a) {
                                           return I2.str("Parameter containing:\n" + T::repr(as_tensor(I2, a[0])));
                                         }).o);
    pr->is_method = true;
    I.dict_set_str(param->dict, "__repr__", Value::obj(pr));
  }
  I.parameter_type = param;
  register_native_module("torch", init_torch_native);
}

void init_torch_C_tensors(Interp& I, Module* torch_C) {
  I.dict_set_str(
      torch_C->dict, "_swap_tensor_impl",
      I.builtin(
          "_swap_tensor_impl",
          [](Interp& I2, CallArgs& a) -> Value {
            // THPModule_swap_tensor_impl: each Python object now owns the other's tensor, and the
            // table from a TensorImpl to its Python object follows. The classes are swapped here
            // too (torch.utils.swap_tensors swaps __class__ and __dict__ first; the playground's
            // tensors have no __dict__).
            if (a.size() != 2 || !(a[0].is_obj() && a[0].o->kind == Kind::Tensor) ||
                !(a[1].is_obj() && a[1].o->kind == Kind::Tensor))
              I2.raise(I2.TypeError, "_swap_tensor_impl(): arguments must be two Tensors");
            auto* x = static_cast<TensorObj*>(a[0].o);
            auto* y = static_cast<TensorObj*>(a[1].o);
            std::swap(x->t(), y->t());
            std::swap(x->type, y->type);  // swap_tensors' swap_attr("__class__")
            auto& objs = tensor_objects(I2);
            objs[x->t().id()] = x;
            objs[y->t().id()] = y;
            return Value::none();
          },
          "torch._C"));
}

}  // namespace dp::rt
