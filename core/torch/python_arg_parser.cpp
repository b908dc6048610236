// Mirrors torch/csrc/utils/python_arg_parser.cpp (FunctionParameter, FunctionSignature::parse and
// toString, PythonArgParser::raw_parse / print_error, PythonArgs::intlist / symintlist element
// conversion) and torch/csrc/utils/invalid_arguments.cpp (format_invalid_args) of PyTorch 2.9,
// over the signature strings of python_signatures.cpp. Names follow PyTorch's. The facts are in
// docs/eager-semantics.md, "Argument-parser messages".
#include "torch/python_arg_parser.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <algorithm>
#include <map>
#include <stdexcept>

#include "torch/tensor.h"

namespace dp::torch {

namespace {

enum class ParameterType {
  TENSOR,
  SCALAR,
  INT64,
  SYM_INT,
  DOUBLE,
  COMPLEX,
  TENSOR_LIST,
  INT_LIST,
  SYM_INT_LIST,
  FLOAT_LIST,
  GENERATOR,
  BOOL,
  STORAGE,
  PYOBJECT,
  SCALARTYPE,
  LAYOUT,
  MEMORY_FORMAT,
  QSCHEME,
  DEVICE,
  STREAM,
  STRING,
  DIMNAME,
  DIMNAME_LIST,
  SCALAR_LIST
};

const std::map<std::string, ParameterType>& type_map() {
  static const std::map<std::string, ParameterType> m = {
      {"Tensor", ParameterType::TENSOR},
      {"Scalar", ParameterType::SCALAR},
      {"int64_t", ParameterType::INT64},
      {"SymInt", ParameterType::SYM_INT},
      {"double", ParameterType::DOUBLE},
      {"complex", ParameterType::COMPLEX},
      {"TensorList", ParameterType::TENSOR_LIST},
      {"IntArrayRef", ParameterType::INT_LIST},
      {"SymIntArrayRef", ParameterType::SYM_INT_LIST},
      {"ArrayRef<double>", ParameterType::FLOAT_LIST},
      {"Generator", ParameterType::GENERATOR},
      {"bool", ParameterType::BOOL},
      {"Storage", ParameterType::STORAGE},
      {"PyObject*", ParameterType::PYOBJECT},
      {"ScalarType", ParameterType::SCALARTYPE},
      {"Layout", ParameterType::LAYOUT},
      {"MemoryFormat", ParameterType::MEMORY_FORMAT},
      {"QScheme", ParameterType::QSCHEME},
      {"Device", ParameterType::DEVICE},
      {"Stream", ParameterType::STREAM},
      {"std::string", ParameterType::STRING},
      {"c10::string_view", ParameterType::STRING},
      {"Dimname", ParameterType::DIMNAME},
      {"DimnameList", ParameterType::DIMNAME_LIST},
      {"ScalarList", ParameterType::SCALAR_LIST},
  };
  return m;
}

// python_arg_parser.cpp should_allow_numbers_as_tensors.
bool should_allow_numbers_as_tensors(const std::string& name) {
  static const char* allowed[] = {"add",
                                  "add_",
                                  "add_out",
                                  "div",
                                  "div_",
                                  "div_out",
                                  "divide",
                                  "divide_",
                                  "divide_out",
                                  "mul",
                                  "mul_",
                                  "mul_out",
                                  "multiply",
                                  "multiply_",
                                  "multiply_out",
                                  "sub",
                                  "sub_",
                                  "sub_out",
                                  "subtract",
                                  "subtract_",
                                  "subtract_out",
                                  "true_divide",
                                  "true_divide_",
                                  "true_divide_out",
                                  "to",
                                  "_to_copy",
                                  "copy_",
                                  "copy",
                                  "floor_divide",
                                  "floor_divide_",
                                  "floor_divide_out",
                                  "_conj"};
  for (const char* a : allowed)
    if (name == a) return true;
  return false;
}

struct FunctionParameter {
  ParameterType type_;
  bool optional = false;    // has a default
  bool allow_none = false;  // `?` or a None default
  bool keyword_only = false;
  bool allow_numbers_as_tensors = false;
  int size = 0;
  std::string name;
  std::string default_value;
  std::vector<std::string> numpy_python_names;

  std::string type_name() const;
  bool check(const PyArg& obj, int argnum, int64_t* failed_idx) const;
};

// WARNING (as in PyTorch): invalid_arguments parses these names back.
std::string FunctionParameter::type_name() const {
  switch (type_) {
    case ParameterType::TENSOR: return "Tensor";
    case ParameterType::SCALAR: return "Number";
    case ParameterType::INT64:
    case ParameterType::SYM_INT: return "int";
    case ParameterType::DOUBLE: return "float";
    case ParameterType::COMPLEX: return "complex";
    case ParameterType::TENSOR_LIST: return "tuple of Tensors";
    case ParameterType::INT_LIST: return "tuple of ints";
    case ParameterType::FLOAT_LIST: return "tuple of floats";
    case ParameterType::GENERATOR: return "torch.Generator";
    case ParameterType::BOOL: return "bool";
    case ParameterType::STORAGE: return "torch.Storage";
    case ParameterType::PYOBJECT: return "object";
    case ParameterType::SCALARTYPE: return "torch.dtype";
    case ParameterType::LAYOUT: return "torch.layout";
    case ParameterType::MEMORY_FORMAT: return "torch.memory_format";
    case ParameterType::QSCHEME: return "torch.qscheme";
    case ParameterType::DEVICE: return "torch.device";
    case ParameterType::STREAM: return "torch.Stream";
    case ParameterType::STRING: return "str";
    case ParameterType::DIMNAME: return "name";
    case ParameterType::DIMNAME_LIST: return "tuple of names";
    case ParameterType::SCALAR_LIST: return "tuple of Scalars";
    case ParameterType::SYM_INT_LIST: return "tuple of ints";
  }
  return "object";
}

using K = PyArg::Kind;

bool is_seq(const PyArg& o) { return o.kind == K::List || o.kind == K::Tuple; }
// THPUtils_checkLong: an int that is not a bool.
bool check_long(const PyArg& o) { return o.kind == K::Int; }
// THPUtils_checkScalar: float, int (bool included), complex.
bool check_scalar(const PyArg& o) {
  return o.kind == K::Float || o.kind == K::Int || o.kind == K::Bool || o.kind == K::Complex;
}
// THPUtils_checkDouble: float or int (bool included).
bool check_double(const PyArg& o) { return o.kind == K::Float || o.kind == K::Int || o.kind == K::Bool; }
bool check_dimname(const PyArg& o) { return o.kind == K::None || o.kind == K::Str; }

// is_int_or_symint: an int-valued tensor of one element, or anything THPUtils_checkIndex takes
// (not a bool; an int or an object with __index__).
bool is_int_or_symint(const PyArg& o) {
  if (o.kind == K::Tensor) return o.numel == 1 && o.integral;
  return o.kind == K::Int || o.kind == K::Index;
}

// is_int_or_symint_list: only the first element of a sequence is looked at.
bool is_int_or_symint_list(const PyArg& o, int broadcast_size, int64_t* failed_idx) {
  if (is_seq(o)) {
    if (o.elems.empty()) return true;
    if (is_int_or_symint(o.elems[0])) return true;
    if (failed_idx) *failed_idx = 0;
    return false;
  }
  return broadcast_size > 0 && is_int_or_symint(o);
}

bool FunctionParameter::check(const PyArg& obj, int argnum, int64_t* failed_idx) const {
  switch (type_) {
    case ParameterType::TENSOR:
      if (obj.kind == K::Tensor) return true;
      if (allow_numbers_as_tensors) return check_scalar(obj);
      return false;
    case ParameterType::SCALAR:
      if (check_scalar(obj)) return true;
      [[fallthrough]];
    case ParameterType::COMPLEX:
      if (obj.kind == K::Complex) return true;
      [[fallthrough]];
    case ParameterType::DOUBLE:
      if (check_double(obj)) return true;
      if (obj.kind == K::Tensor) return !obj.requires_grad && obj.dim == 0;
      return false;
    case ParameterType::INT64:
      if (check_long(obj)) return true;
      if (obj.kind == K::Tensor) return obj.integral && !obj.is_bool_dtype && !obj.requires_grad && obj.dim == 0;
      return false;
    case ParameterType::DIMNAME: return check_dimname(obj);
    case ParameterType::DIMNAME_LIST:
      if (is_seq(obj) && (obj.elems.empty() || check_dimname(obj.elems[0]))) return true;
      return size == 1 && check_dimname(obj);
    case ParameterType::TENSOR_LIST:
      // is_tensor_list_and_append_overloaded(..., throw_error=true): a sequence holding a
      // non-tensor is an error even while the overloads are only being tried.
      if (!is_seq(obj)) return false;
      for (size_t idx = 0; idx < obj.elems.size(); ++idx) {
        if (obj.elems[idx].kind != K::Tensor) {
          throw_error("TypeError", "expected Tensor as element " + std::to_string(idx) + " in argument " +
                                       std::to_string(argnum) + ", but got " + obj.elems[idx].type_name);
        }
      }
      return true;
    case ParameterType::FLOAT_LIST:
      if (!is_seq(obj)) return false;
      return obj.elems.empty() || check_double(obj.elems[0]) || obj.elems[0].kind == K::Complex;
    case ParameterType::GENERATOR: return obj.kind == K::Generator;
    case ParameterType::BOOL: return obj.kind == K::Bool;
    case ParameterType::STORAGE: return false;
    case ParameterType::PYOBJECT: return true;
    case ParameterType::SCALARTYPE: return obj.kind == K::DType;
    case ParameterType::LAYOUT: return obj.kind == K::Layout;
    case ParameterType::MEMORY_FORMAT: return obj.kind == K::MemoryFormat;
    case ParameterType::QSCHEME: return false;
    case ParameterType::DEVICE: return check_long(obj) || obj.kind == K::Str || obj.kind == K::Device;
    case ParameterType::STREAM: return false;
    case ParameterType::STRING: return obj.kind == K::Str;
    case ParameterType::SCALAR_LIST:
      if (!is_seq(obj)) return false;
      for (const auto& e : obj.elems)
        if (!check_scalar(e)) return false;
      return true;
    case ParameterType::SYM_INT: return is_int_or_symint(obj);
    case ParameterType::INT_LIST:
    case ParameterType::SYM_INT_LIST: return is_int_or_symint_list(obj, size, failed_idx);
  }
  return false;
}

const std::map<std::string, std::vector<std::string>>& numpy_compatibility_arg_names() {
  static const std::map<std::string, std::vector<std::string>> m = {
      {"dim", {"axis"}}, {"keepdim", {"keepdims"}}, {"input", {"x", "a", "x1"}}, {"other", {"x2"}}};
  return m;
}

FunctionParameter parse_parameter(const std::string& fmt, bool keyword_only) {
  FunctionParameter p;
  p.keyword_only = keyword_only;
  size_t space = fmt.find(' ');
  if (space == std::string::npos) throw std::runtime_error("FunctionParameter(): missing type: " + fmt);
  std::string type_str = fmt.substr(0, space);
  size_t question = type_str.find('?');
  if (question != std::string::npos) {
    p.allow_none = true;
    type_str = type_str.substr(0, question);
  }
  size_t bracket = type_str.find('[');
  if (bracket != std::string::npos) {
    p.size = std::atoi(type_str.substr(bracket + 1, type_str.size() - bracket - 2).c_str());
    type_str = type_str.substr(0, bracket);
  }
  auto it = type_map().find(type_str);
  if (it == type_map().end()) throw std::runtime_error("FunctionParameter(): invalid type string: " + type_str);
  p.type_ = it->second;
  std::string name_str = fmt.substr(space + 1);
  size_t eq = name_str.find('=');
  if (eq != std::string::npos) {
    p.name = name_str.substr(0, eq);
    p.optional = true;
    p.default_value = name_str.substr(eq + 1);
    if (p.default_value == "None") p.allow_none = true;
  } else {
    p.name = name_str;
  }
  auto np = numpy_compatibility_arg_names().find(p.name);
  if (np != numpy_compatibility_arg_names().end()) p.numpy_python_names = np->second;
  return p;
}

struct FunctionSignature {
  std::string name;
  std::vector<FunctionParameter> params;
  size_t min_args = 0, max_args = 0, max_pos_args = 0;
  bool hidden = false, deprecated = false;

  explicit FunctionSignature(const std::string& fmt);
  std::string toString() const;
  // On success `dst[i]` is the argument bound to params[i] (nullptr: not given or None), and
  // `varargs` says params[0] took all the positional arguments.
  bool parse(const std::vector<PyArg>& args, const std::vector<PyKwarg>& kwargs, bool raise_exception,
             std::vector<const PyArg*>* dst, bool* varargs) const;
};

FunctionSignature::FunctionSignature(const std::string& fmt) {
  size_t open_paren = fmt.find('(');
  if (open_paren == std::string::npos) throw std::runtime_error("missing opening parenthesis: " + fmt);
  name = fmt.substr(0, open_paren);
  bool allow_numbers = should_allow_numbers_as_tensors(name);
  size_t last_offset = open_paren + 1;
  bool keyword_only = false;
  bool done = false;
  while (!done) {
    size_t offset = fmt.find(", ", last_offset);
    size_t next_offset = offset + 2;
    if (offset == std::string::npos) {
      offset = fmt.find(')', last_offset);
      done = true;
      next_offset = offset + 1;
      if (offset == last_offset) {  // fn()
        last_offset = next_offset;
        break;
      }
    }
    if (offset == std::string::npos) throw std::runtime_error("missing closing parenthesis: " + fmt);
    std::string param_str = fmt.substr(last_offset, offset - last_offset);
    last_offset = next_offset;
    if (param_str == "*") {
      keyword_only = true;
    } else {
      params.push_back(parse_parameter(param_str, keyword_only));
      params.back().allow_numbers_as_tensors = allow_numbers;
    }
  }
  std::string rest = fmt.substr(last_offset);
  if (rest == "|deprecated") hidden = deprecated = true;
  else if (rest == "|hidden") hidden = true;
  max_args = params.size();
  for (const auto& p : params) {
    if (!p.optional) min_args++;
    if (!p.keyword_only) max_pos_args++;
  }
}

std::string FunctionSignature::toString() const {
  std::string ss = "(";
  bool keyword_already = false;
  for (size_t i = 0; i < params.size(); ++i) {
    const auto& param = params[i];
    if (i != 0) ss += ", ";
    if (param.keyword_only && !keyword_already) {
      ss += "*, ";
      keyword_already = true;
    }
    ss += param.type_name() + " " + param.name;
    if (param.optional) ss += " = " + param.default_value;
  }
  return ss + ")";
}

[[noreturn]] void extra_args(const FunctionSignature& s, size_t nargs) {
  if (s.min_args != s.max_pos_args) {
    throw_error("TypeError", s.name + "() takes from " + std::to_string(s.min_args) + " to " +
                                 std::to_string(s.max_pos_args) + " positional arguments but " + std::to_string(nargs) +
                                 " were given");
  }
  throw_error("TypeError", s.name + "() takes " + std::to_string(s.max_pos_args) + " positional argument" +
                               (s.max_pos_args == 1 ? "" : "s") + " but " + std::to_string(nargs) +
                               (nargs == 1 ? " was" : " were") + " given");
}

[[noreturn]] void missing_args(const FunctionSignature& s, size_t idx) {
  int num_missing = 0;
  std::string ss;
  for (size_t i = idx; i < s.params.size(); ++i) {
    if (s.params[i].optional) continue;
    if (num_missing > 0) ss += ", ";
    ss += "\"" + s.params[i].name + "\"";
    num_missing++;
  }
  // (sic) PyTorch's plural test is inverted: one missing argument says "arguments".
  throw_error("TypeError", s.name + "() missing " + std::to_string(num_missing) + " required positional argument" +
                               (num_missing == 1 ? "s" : "") + ": " + ss);
}

[[noreturn]] void extra_kwargs(const FunctionSignature& s, const std::vector<PyKwarg>& kwargs, size_t num_pos_args) {
  for (const auto& kw : kwargs) {
    long param_idx = -1;
    for (size_t i = 0; i < s.params.size(); ++i) {
      if (s.params[i].name == kw.name) {
        param_idx = static_cast<long>(i);
        break;
      }
    }
    if (param_idx < 0) throw_error("TypeError", s.name + "() got an unexpected keyword argument '" + kw.name + "'");
    if (static_cast<size_t>(param_idx) < num_pos_args)
      throw_error("TypeError", s.name + "() got multiple values for argument '" + kw.name + "'");
  }
  throw_error("TypeError", "invalid keyword arguments");
}

const PyArg* find_kwarg(const std::vector<PyKwarg>& kwargs, const std::string& name) {
  for (const auto& kw : kwargs)
    if (kw.name == name) return &kw.value;
  return nullptr;
}

bool FunctionSignature::parse(const std::vector<PyArg>& args, const std::vector<PyKwarg>& kwargs, bool raise_exception,
                              std::vector<const PyArg*>* dst, bool* varargs) const {
  const size_t nargs = args.size();
  long remaining_kwargs = static_cast<long>(kwargs.size());
  size_t arg_pos = 0;
  dst->assign(params.size(), nullptr);
  *varargs = false;
  // A single positional int list takes var-args: expand(5, 3) is expand((5, 3)).
  const bool allow_varargs_intlist = max_pos_args == 1 && (params[0].type_ == ParameterType::INT_LIST ||
                                                           params[0].type_ == ParameterType::SYM_INT_LIST);
  if (nargs > max_pos_args && !allow_varargs_intlist) {
    if (raise_exception) extra_args(*this, nargs);
    return false;
  }
  // The whole positional tuple, for var-args messages.
  PyArg args_tuple;
  args_tuple.kind = K::Tuple;
  args_tuple.type_name = "tuple";
  args_tuple.elems = args;
  size_t i = 0;
  for (const auto& param : params) {
    const PyArg* obj = nullptr;
    bool is_kwd = false;
    if (arg_pos < nargs) {
      if (param.keyword_only) {  // extra positional args after a single positional int list
        if (raise_exception) extra_args(*this, nargs);
        return false;
      }
      obj = &args[arg_pos];
    } else if (!kwargs.empty()) {
      obj = find_kwarg(kwargs, param.name);
      for (const auto& np : param.numpy_python_names) {
        if (obj) break;
        obj = find_kwarg(kwargs, np);
      }
      is_kwd = true;
    }
    int64_t failed_idx = -1;
    const bool varargs_eligible = allow_varargs_intlist && arg_pos == 0 && !is_kwd;
    if ((!obj && param.optional) || (obj && obj->kind == K::None && param.allow_none)) {
      (*dst)[i++] = nullptr;
    } else if (!obj) {
      if (raise_exception) missing_args(*this, i);
      return false;
    } else if (param.check(*obj, static_cast<int>(i), &failed_idx)) {
      (*dst)[i++] = obj;
    } else if (varargs_eligible && is_int_or_symint_list(args_tuple, param.size, &failed_idx)) {
      (*dst)[i++] = nullptr;
      *varargs = true;
      arg_pos = nargs;
      continue;
    } else if (raise_exception) {
      if (is_kwd) {
        throw_error("TypeError", name + "(): argument '" + param.name + "' must be " + param.type_name() + ", not " +
                                     obj->type_name);
      }
      if (failed_idx != -1) {
        const PyArg* seq = is_seq(*obj) ? obj : &args_tuple;
        throw_error("TypeError", name + "(): argument '" + param.name + "' (position " + std::to_string(arg_pos + 1) +
                                     ") must be " + param.type_name() + ", but found element of type " +
                                     seq->elems[failed_idx].type_name + " at pos " + std::to_string(failed_idx));
      }
      throw_error("TypeError", name + "(): argument '" + param.name + "' (position " + std::to_string(arg_pos + 1) +
                                   ") must be " + param.type_name() + ", not " + obj->type_name);
    } else {
      return false;
    }
    if (!is_kwd) arg_pos++;
    else if (obj) remaining_kwargs--;
  }
  if (remaining_kwargs > 0) {
    if (raise_exception) extra_kwargs(*this, kwargs, nargs);
    return false;
  }
  return true;
}

// ---- invalid_arguments.cpp ------------------------------------------------------------------

}  // namespace

// libstdc++'s std::hash<std::string> (std::_Hash_bytes, 64-bit, seed 0xc70f6907): PyTorch
// collects the keyword arguments of an "invalid combination" message into a
// std::unordered_map<std::string, PyObject*>, so their order is that map's iteration order.
static uint64_t hash_bytes(const std::string& s) {
  const uint64_t mul = (uint64_t{0xc6a4a793} << 32) + uint64_t{0x5bd1e995};
  auto shift_mix = [](uint64_t v) { return v ^ (v >> 47); };
  const size_t len = s.size();
  const size_t len_aligned = len & ~size_t{7};
  uint64_t hash = uint64_t{0xc70f6907} ^ (uint64_t{len} * mul);
  for (size_t p = 0; p < len_aligned; p += 8) {
    uint64_t v = 0;
    for (int b = 7; b >= 0; --b) v = (v << 8) | static_cast<unsigned char>(s[p + b]);
    hash ^= shift_mix(v * mul) * mul;
    hash *= mul;
  }
  if ((len & 7) != 0) {
    uint64_t v = 0;
    for (size_t b = len; b-- > len_aligned;) v = (v << 8) | static_cast<unsigned char>(s[b]);
    hash ^= v;
    hash *= mul;
  }
  hash = shift_mix(hash) * mul;
  return shift_mix(hash);
}

// The iteration order of a std::unordered_map (libstdc++ _Hashtable with the prime rehash
// policy) after emplacing `names` in order, simulated node by node: a singly linked list from a
// before-begin node, each bucket pointing at the node before its first one; a node for an empty
// bucket goes to the list's front, any other node right after its bucket's before-node.
std::vector<size_t> unordered_map_order(const std::vector<std::string>& names) {
  constexpr long kBefore = -1, kEmpty = -2;
  std::vector<long> next(names.size(), kBefore);  // kBefore here: end of list
  long first = kBefore;                           // _M_before_begin._M_nxt
  std::vector<uint64_t> codes(names.size());      // 64-bit on every target (wasm32 too)
  auto nxt = [&](long n) -> long& { return n == kBefore ? first : next[n]; };
  size_t nbkt = 1, next_resize = 0, count = 0;
  std::vector<long> buckets(1, kEmpty);
  auto rehash = [&](size_t n) {
    std::vector<long> nb(n, kEmpty);
    long p = first;
    first = kBefore;
    size_t bbegin_bkt = 0;
    while (p != kBefore) {
      long pn = next[p];
      size_t b = static_cast<size_t>(codes[p] % n);
      if (nb[b] == kEmpty) {
        next[p] = first;
        first = p;
        nb[b] = kBefore;
        if (next[p] != kBefore) nb[bbegin_bkt] = p;
        bbegin_bkt = b;
      } else {
        next[p] = nxt(nb[b]);
        nxt(nb[b]) = p;
      }
      p = pn;
    }
    buckets = std::move(nb);
    nbkt = n;
  };
  // _Prime_rehash_policy::_M_next_bkt for the sizes a call's keywords can reach.
  auto next_bkt = [&](size_t n) -> size_t {
    static const unsigned char fast_bkt[] = {2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13};
    static const size_t primes[] = {17,  19,  23,  29,  31,  37,  41,  43,  47,  53,  59,  61,
                                    67,  71,  73,  79,  83,  89,  97,  103, 109, 113, 127, 137,
                                    139, 149, 157, 167, 179, 193, 199, 211, 227, 241, 257};
    size_t r = n;
    if (n < sizeof fast_bkt) {
      r = n == 0 ? 1 : fast_bkt[n];
    } else {
      for (size_t p : primes)
        if (p >= n) {
          r = p;
          break;
        }
    }
    next_resize = r;
    return r;
  };
  for (size_t n = 0; n < names.size(); ++n) {
    codes[n] = hash_bytes(names[n]);
    bool dup = false;
    for (long p = first; p != kBefore; p = next[p]) dup |= names[p] == names[n];
    if (dup) continue;
    if (count + 1 > next_resize) {
      const size_t min_bkts = std::max<size_t>(count + 1, next_resize ? 0 : 11);
      if (min_bkts >= nbkt) rehash(next_bkt(std::max<size_t>(min_bkts + 1, nbkt * 2)));
      else next_resize = nbkt;
    }
    size_t b = static_cast<size_t>(codes[n] % nbkt);
    long node = static_cast<long>(n);
    if (buckets[b] != kEmpty) {
      next[node] = nxt(buckets[b]);
      nxt(buckets[b]) = node;
    } else {
      next[node] = first;
      first = node;
      if (next[node] != kBefore) buckets[static_cast<size_t>(codes[next[node]] % nbkt)] = node;
      buckets[b] = kBefore;
    }
    count++;
  }
  std::vector<size_t> order;
  for (long p = first; p != kBefore; p = next[p]) order.push_back(static_cast<size_t>(p));
  return order;
}

namespace {

struct Argument {
  std::string name;
  std::string type_name;  // as _parseOption cuts it out of the printed signature
};

struct Option {
  std::vector<Argument> arguments;
};

std::vector<std::string> split_string(const std::string& s, const std::string& delim) {
  std::vector<std::string> tokens;
  size_t start = 0, end;
  while ((end = s.find(delim, start)) != std::string::npos) {
    tokens.push_back(s.substr(start, end - start));
    start = end + delim.size();
  }
  tokens.push_back(s.substr(start));
  return tokens;
}

// _parseOption: splits the printed signature at ", " and takes the text after the last space of
// each piece as the argument's name and the text before it as its type. So `*` is an argument of
// its own, and `bool keepdim = False` has the type `bool keepdim =` and the name `False`.
Option parse_option(const std::string& option_str) {
  Option option;
  for (const auto& arg : split_string(option_str.substr(1, option_str.size() - 2), ", ")) {
    size_t type_end_idx = arg.find_last_of(' ');
    size_t name_start_idx = type_end_idx + 1;  // npos + 1 == 0
    option.arguments.push_back({arg.substr(name_start_idx), arg.substr(0, type_end_idx)});
  }
  return option;
}

// _buildType(...)->is_matching: "float" and "int" accept a few names, anything else must be the
// argument's type name exactly.
bool is_matching(const std::string& type_name, const PyArg& arg) {
  if (type_name == "float") return arg.type_name == "float" || arg.type_name == "int" || arg.type_name == "long";
  if (type_name == "int") return arg.type_name == "int" || arg.type_name == "long";
  return arg.type_name == type_name;
}

bool argcount_match(const Option& option, size_t nargs, size_t nkwargs) {
  return nargs + nkwargs == option.arguments.size();
}

std::string formatted_arg_desc(const Option& option, const std::vector<PyArg>& arguments,
                               const std::vector<PyKwarg>& kwargs) {
  const size_t num_args = arguments.size() + kwargs.size();
  std::string result = "(";
  for (size_t i = 0; i < num_args; ++i) {
    const bool is_kwarg = i >= arguments.size();
    const PyArg* arg = is_kwarg ? find_kwarg(kwargs, option.arguments[i].name) : &arguments[i];
    const bool matching = i < option.arguments.size() && is_matching(option.arguments[i].type_name, *arg);
    result += matching ? "" : "!";
    if (is_kwarg) result += option.arguments[i].name + "=";
    if (is_seq(*arg)) {
      result += arg->type_name + " of ";
      result += arg->kind == K::Tuple ? "(" : "[";
      for (size_t k = 0; k < arg->elems.size(); ++k) result += (k ? ", " : "") + arg->elems[k].type_name;
      if (arg->kind == K::Tuple) result += std::string(arg->elems.size() == 1 ? "," : "") + ")";
      else result += "]";
    } else {
      result += arg->type_name;
    }
    result += matching ? "" : "!";
    result += ", ";
  }
  if (!arguments.empty()) result.erase(result.size() - 2);
  return result + ")";
}

std::string arg_desc(const std::vector<PyArg>& arguments, const std::vector<const PyKwarg*>& kwargs) {
  std::string result = "(";
  for (const auto& a : arguments) result += a.type_name + ", ";
  for (const auto* kw : kwargs) result += kw->name + "=" + kw->value.type_name + ", ";
  if (!arguments.empty()) result.erase(result.size() - 2);
  return result + ")";
}

std::vector<std::string> try_match_kwargs(const Option& option, const std::vector<const PyKwarg*>& kwargs) {
  std::vector<std::string> unmatched;
  long start_idx = static_cast<long>(option.arguments.size()) - static_cast<long>(kwargs.size());
  if (start_idx < 0) start_idx = 0;
  for (const auto* kw : kwargs) {
    bool found = false;
    for (size_t i = start_idx; i < option.arguments.size(); ++i) found |= option.arguments[i].name == kw->name;
    if (!found) unmatched.push_back(kw->name);
  }
  return unmatched;
}

std::string format_invalid_args(const std::vector<PyArg>& args, const std::vector<PyKwarg>& kwargs_in,
                                const std::string& function_name, const std::vector<std::string>& options) {
  std::string error_msg = function_name + " received an invalid combination of arguments - ";
  // kwargs as the std::unordered_map holds them (a repeated name keeps its first value).
  std::vector<std::string> names;
  for (const auto& kw : kwargs_in) names.push_back(kw.name);
  std::vector<const PyKwarg*> kwargs;
  for (size_t n : unordered_map_order(names)) kwargs.push_back(&kwargs_in[n]);
  const bool has_kwargs = !kwargs.empty();
  if (options.size() == 1) {
    Option option = parse_option(options[0]);
    std::vector<std::string> unmatched;
    if (has_kwargs) unmatched = try_match_kwargs(option, kwargs);
    if (!unmatched.empty()) {
      error_msg += "got unrecognized keyword arguments: ";
      for (size_t k = 0; k < unmatched.size(); ++k) error_msg += (k ? ", " : "") + unmatched[k];
    } else {
      error_msg += "got ";
      if (argcount_match(option, args.size(), kwargs.size())) error_msg += formatted_arg_desc(option, args, kwargs_in);
      else error_msg += arg_desc(args, kwargs);
      error_msg += ", but expected " + options[0];
    }
    return error_msg;
  }
  error_msg += "got " + arg_desc(args, kwargs) + ", but expected one of:\n";
  for (const auto& option_str : options) {
    Option option = parse_option(option_str);
    error_msg += " * " + option_str + "\n";
    if (!argcount_match(option, args.size(), kwargs.size())) continue;
    std::vector<std::string> unmatched;
    if (has_kwargs) unmatched = try_match_kwargs(option, kwargs);
    if (!unmatched.empty()) {
      error_msg += "      didn't match because some of the keywords were incorrect: ";
      for (size_t k = 0; k < unmatched.size(); ++k) error_msg += (k ? ", " : "") + unmatched[k];
      error_msg += "\n";
    } else {
      error_msg += "      didn't match because some of the arguments have invalid types: ";
      error_msg += formatted_arg_desc(option, args, kwargs_in) + "\n";
    }
  }
  return error_msg;
}

// ---- PythonArgParser -------------------------------------------------------------------------

struct PythonArgParser {
  std::vector<FunctionSignature> signatures_;
  std::string function_name;

  explicit PythonArgParser(const std::vector<const char*>& fmts) {
    for (const char* f : fmts) signatures_.emplace_back(f);
    if (!signatures_.empty()) function_name = signatures_[0].name;
    // Deprecated signatures are tried last.
    std::stable_partition(signatures_.begin(), signatures_.end(),
                          [](const FunctionSignature& s) { return !s.deprecated; });
  }

  std::vector<std::string> get_signatures() const {
    std::vector<std::string> options;
    for (const auto& s : signatures_)
      if (!s.hidden) options.push_back(s.toString());
    return options;
  }

  const FunctionSignature& raw_parse(const std::vector<PyArg>& args, const std::vector<PyKwarg>& kwargs,
                                     std::vector<const PyArg*>* dst, bool* varargs) const {
    if (signatures_.size() == 1) {
      signatures_[0].parse(args, kwargs, true, dst, varargs);
      return signatures_[0];
    }
    for (const auto& s : signatures_)
      if (s.parse(args, kwargs, false, dst, varargs)) return s;
    print_error(args, kwargs, dst, varargs);
  }

  [[noreturn]] void print_error(const std::vector<PyArg>& args, const std::vector<PyKwarg>& kwargs,
                                std::vector<const PyArg*>* dst, bool* varargs) const {
    const size_t num_args = args.size() + kwargs.size();
    std::vector<size_t> plausible_idxs;
    for (size_t i = 0; i < signatures_.size(); ++i) {
      const auto& s = signatures_[i];
      if (num_args >= s.min_args && num_args <= s.max_args && !s.hidden) plausible_idxs.push_back(i);
    }
    if (plausible_idxs.size() == 1) signatures_[plausible_idxs[0]].parse(args, kwargs, true, dst, varargs);
    throw_error("TypeError", format_invalid_args(args, kwargs, function_name + "()", get_signatures()));
  }
};

const PythonArgParser* find_parser(const std::string& name, bool method) {
  static const auto parsers = [] {
    std::map<std::pair<std::string, bool>, PythonArgParser> m;
    for (const auto& t : python_signature_tables())
      m.emplace(std::make_pair(std::string(t.name), t.method), PythonArgParser(t.signatures));
    return m;
  }();
  auto it = parsers.find({name, method});
  return it == parsers.end() ? nullptr : &it->second;
}

// PythonArgs::intlist / symintlist: each element of an int-list argument is unpacked as an index;
// one that is not an int (or an integer tensor of one element) fails.
void unpack_intlist(const FunctionSignature& s, size_t i, const PyArg& seq) {
  for (size_t idx = 0; idx < seq.elems.size(); ++idx) {
    const PyArg& e = seq.elems[idx];
    bool ok = e.kind == K::Int || e.kind == K::Bool || e.kind == K::Index ||
              (e.kind == K::Tensor && e.numel == 1 && e.integral);
    if (!ok) {
      throw_error("TypeError", s.name + "(): argument '" + s.params[i].name + "' failed to unpack the object at pos " +
                                   std::to_string(idx + 1) + " with error \"type must be " + s.params[i].type_name() +
                                   ",but got " + e.type_name + "\"");
    }
  }
}

}  // namespace

bool has_python_signatures(const std::string& name, bool method) { return find_parser(name, method) != nullptr; }

std::vector<std::string> python_signature_strings(const std::string& name, bool method) {
  const PythonArgParser* p = find_parser(name, method);
  return p ? p->get_signatures() : std::vector<std::string>{};
}

void check_python_args(const std::string& name, bool method, const std::vector<PyArg>& args,
                       const std::vector<PyKwarg>& kwargs, int64_t self_dim) {
  const PythonArgParser* parser = find_parser(name, method);
  if (!parser) return;
  std::vector<const PyArg*> dst;
  bool varargs = false;
  const FunctionSignature& s = parser->raw_parse(args, kwargs, &dst, &varargs);
  // The bound function converts its arguments in order: int lists element by element.
  PyArg args_tuple;
  args_tuple.kind = K::Tuple;
  args_tuple.elems = args;
  for (size_t i = 0; i < s.params.size(); ++i) {
    const auto t = s.params[i].type_;
    if (t != ParameterType::INT_LIST && t != ParameterType::SYM_INT_LIST) continue;
    if (i == 0 && varargs) unpack_intlist(s, i, args_tuple);
    else if (dst[i] && is_seq(*dst[i])) unpack_intlist(s, i, *dst[i]);
  }
  // A dimension name given to a tensor without names: the op's dimname_to_position fails
  // (aten/src/ATen/NamedTensorUtils.cpp). Tensors here never have names. A list of names is looked
  // up in order; separate Dimname arguments are looked up as arguments of one C++ call
  // (transpose.Dimname: at::transpose(self, dimname_to_position(self, dim0),
  // dimname_to_position(self, dim1))), which GCC evaluates right to left: the last one fails first.
  const PyArg* failing = nullptr;
  for (size_t i = 0; i < s.params.size(); ++i) {
    const auto t = s.params[i].type_;
    const PyArg* a = dst[i];
    if (!a) continue;
    if (t == ParameterType::DIMNAME && a->kind == K::Str) failing = a;
    if (t == ParameterType::DIMNAME_LIST && !failing) {
      if (a->kind == K::Str) failing = a;
      else if (is_seq(*a) && !a->elems.empty() && a->elems[0].kind == K::Str) failing = &a->elems[0];
    }
  }
  if (!failing) return;
  int64_t dim = self_dim;
  if (!method) {
    dim = -1;
    for (size_t k = 0; k < s.params.size(); ++k)
      if (s.params[k].name == "input" && dst[k] && dst[k]->kind == K::Tensor) dim = dst[k]->dim;
  }
  if (dim < 0) return;
  std::string names;
  for (int64_t d = 0; d < dim; ++d) names += d ? ", None" : "None";
  throw_error("RuntimeError", "Name '" + failing->text + "' not found in Tensor[" + names + "].");
}

}  // namespace dp::torch
