// See guards.h.
#include "dynamo/guards.h"

#include "dynamo/exc.h"
#include "runtime/torch_module.h"
#include "torch/dtype.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

const char* Guard::type_name(Type t) {
  switch (t) {
    case Type::TENSOR_MATCH: return "TENSOR_MATCH";
    case Type::TYPE_MATCH: return "TYPE_MATCH";
    case Type::ID_MATCH: return "ID_MATCH";
    case Type::CONSTANT_MATCH: return "CONSTANT_MATCH";
    case Type::EQUALS_MATCH: return "EQUALS_MATCH";
    case Type::SEQUENCE_LENGTH: return "SEQUENCE_LENGTH";
    case Type::DICT_KEYS_MATCH: return "DICT_KEYS_MATCH";
    case Type::DUPLICATE_INPUT: return "DUPLICATE_INPUT";
    case Type::NO_TENSOR_ALIASING: return "NO_TENSOR_ALIASING";
    case Type::HASATTR: return "HASATTR";
    case Type::SHAPE_ENV: return "SHAPE_ENV";
  }
  return "?";
}

static std::string list_str(const std::vector<int64_t>& v, const std::vector<bool>& dyn) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ", ";
    s += (i < dyn.size() && dyn[i]) ? "None" : std::to_string(v[i]);
  }
  return s + "]";
}

// guards.py SEQUENCE_LENGTH: the code of the length check (a C++ LENGTH_CHECK leaf), `not {ref}`
// for an empty sequence.
static std::string length_code(const std::string& ref, int64_t length) {
  return length == 0 ? "not " + ref : "len(" + ref + ") == " + std::to_string(length);
}

std::string Guard::describe(rt::Interp& I) const {
  if (type == Type::SHAPE_ENV) return "LAMBDA_GUARD: " + shape_verbose;
  std::string n = source->name();
  switch (type) {
    case Type::TENSOR_MATCH:
      return "TENSOR_MATCH: check_tensor(" + n +
             ", Tensor, DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), " + torch::dtype_repr(dtype) +
             ", device=None, requires_grad=" + (requires_grad ? "True" : "False") +
             ", size=" + list_str(sizes, dynamic_dims) + ", stride=" + list_str(strides, dynamic_strides) + ")";
    case Type::TYPE_MATCH:
      return "TYPE_MATCH: ___check_type_id(" + n + ", " + std::to_string(I.address_of(expected.o)) + ")";
    case Type::ID_MATCH: return "ID_MATCH: ___check_obj_id(" + n + ", " + std::to_string(I.id_of(expected)) + ")";
    case Type::CONSTANT_MATCH:
    case Type::EQUALS_MATCH: return std::string(type_name(type)) + ": " + n + " == " + I.repr(expected);
    case Type::SEQUENCE_LENGTH: return "LENGTH_CHECK: " + length_code(n, length);
    case Type::DICT_KEYS_MATCH: return "DICT_KEYS_MATCH: list(" + n + ".keys()) == " + I.repr(expected);
    case Type::DUPLICATE_INPUT: return "DUPLICATE_INPUT: " + n + " is " + other->name();
    case Type::NO_TENSOR_ALIASING: return "NO_TENSOR_ALIASING: check_no_aliasing(" + other->name() + ", " + n + ")";
    case Type::HASATTR: return other ? "NO_HASATTR: not hasattr(" + n + ", " + I.repr(expected) + ")" : "";
  }
  return "";
}

// Tensor names in failure reasons: the local's name for frame locals (as current PyTorch prints).
static std::string tensor_name(const Source& s) { return s.kind == Source::Kind::Local ? s.member : s.name(); }

// strip_local_scope: L['x'] -> x in recompile reasons.
static std::string strip_local_scope(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, 3, "L['") == 0) {
      size_t e = s.find("']", i + 3);
      if (e != std::string::npos) {
        out += s.substr(i + 3, e - i - 3);
        i = e + 2;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

std::string Guard::check(rt::Interp& I, const FrameView& f) const {
  if (type == Type::SHAPE_ENV) {
    bool bad = false;
    int64_t r = 0;
    try {
      r = sym::evaluate(shape_expr, [&](const std::string& name) -> int64_t {
        auto it = shape_sources.find(name);
        Value v = it == shape_sources.end() ? Value() : it->second->resolve(I, f);
        if (!v.is_int()) {
          bad = true;
          return 0;
        }
        return v.i;
      });
    } catch (const std::exception&) {
      bad = true;
    }
    if (bad || r == 0) return strip_local_scope(shape_verbose);
    return "";
  }
  Value v;
  try {
    v = source->resolve(I, f);
  } catch (rt::PyException&) {
    return "guard source " + source->name() + " could not be evaluated";
  }
  std::string n = source->name();
  switch (type) {
    case Type::TENSOR_MATCH: {
      n = tensor_name(*source);
      if (!(v.is_obj() && v.o->kind == Kind::Tensor))
        return "expected type of '" + n + "' to be a tensor type, ' but found " + I.repr(Value::obj(I.type_of(v)));
      const auto& t = static_cast<rt::TensorObj*>(v.o)->t();
      if (t.dtype() != dtype)
        return "tensor '" + n + "' dtype mismatch. expected " + torch::aten_name(dtype) + ", actual " +
               torch::aten_name(t.dtype());
      if (t.requires_grad() != requires_grad)
        return "tensor '" + n +
               "' requires_grad mismatch. expected requires_grad=" + std::to_string(requires_grad ? 1 : 0);
      if (t.dim() != static_cast<int64_t>(sizes.size()))
        return "tensor '" + n + "' rank mismatch. expected " + std::to_string(sizes.size()) + ", actual " +
               std::to_string(t.dim());
      for (size_t i = 0; i < sizes.size(); ++i) {
        if (i < dynamic_dims.size() && dynamic_dims[i]) continue;
        if (t.sizes()[i] != sizes[i])
          return "tensor '" + n + "' size mismatch at index " + std::to_string(i) + ". expected " +
                 std::to_string(sizes[i]) + ", actual " + std::to_string(t.sizes()[i]);
      }
      for (size_t i = 0; i < strides.size(); ++i) {
        if (i < dynamic_strides.size() && dynamic_strides[i]) continue;
        if (t.strides()[i] != strides[i])
          return "tensor '" + n + "' stride mismatch at index " + std::to_string(i) + ". expected " +
                 std::to_string(strides[i]) + ", actual " + std::to_string(t.strides()[i]);
      }
      return "";
    }
    case Type::TYPE_MATCH:
      if (!expected.same(Value::obj(I.type_of(v)))) return "type(" + n + ") is not " + I.repr(expected);
      return "";
    case Type::ID_MATCH:
      if (!v.same(expected) && !(v.is_none() && expected.is_none()))
        return "___check_obj_id(" + n + ", " + std::to_string(I.id_of(expected)) + ")";
      return "";
    case Type::CONSTANT_MATCH:
    case Type::EQUALS_MATCH: {
      bool ok = I.type_of(v) == I.type_of(expected) && I.eq(v, expected);
      if (!ok) return n + " == " + I.repr(expected);
      return "";
    }
    case Type::SEQUENCE_LENGTH: {
      if (!expected.same(Value::obj(I.type_of(v)))) return "type(" + n + ") is not " + I.repr(expected);
      if (I.len(v) != length) return length_code(n, length);
      return "";
    }
    case Type::DICT_KEYS_MATCH: {
      std::string code = "list(" + n + ".keys()) == " + I.repr(expected);
      if (!(v.is_obj() && v.o->kind == Kind::Dict)) return code;
      std::vector<Value> want = I.to_vector(expected);
      std::vector<Value> have;
      for (auto& e : static_cast<rt::Dict*>(v.o)->entries)
        if (e.live) have.push_back(e.key);
      if (have.size() != want.size()) return code;
      for (size_t i = 0; i < have.size(); ++i)
        if (I.type_of(have[i]) != I.type_of(want[i]) || !I.eq(have[i], want[i])) return code;
      return "";
    }
    case Type::DUPLICATE_INPUT: {
      Value w = other->resolve(I, f);
      if (!v.same(w)) return n + " is " + other->name();
      return "";
    }
    case Type::NO_TENSOR_ALIASING: {
      Value w = other->resolve(I, f);
      if (v.same(w)) return "check_no_aliasing(" + other->name() + ", " + n + ")";
      return "";
    }
    case Type::HASATTR: {
      if (!other) return "";  // present: resolving the attribute's source above was the check
      bool has = false;
      try {
        has = !I.getattr_opt(v, I.to_str(expected)).is_null();
      } catch (rt::PyException&) {
        has = false;
      }
      if (has) return "not hasattr(" + n + ", " + I.repr(expected) + ")";
      return "";
    }
  }
  return "";
}

// Guards are a set, as in PyTorch (a Guard hashes by its source name and its builder function):
// the same check on the same source, installed again by a second use of the value, is one guard.
void GuardSet::add(Guard g) {
  if (g.type != Guard::Type::SHAPE_ENV && g.source) {
    std::string key =
        std::string(Guard::type_name(g.type)) + '\0' + g.source->name() + '\0' + (g.other ? g.other->name() : "");
    if (!keys.insert(std::move(key)).second) return;
  }
  guards.push_back(std::move(g));
}

std::string GuardSet::check(rt::Interp& I, const FrameView& f) const {
  for (auto& g : guards) {
    std::string r = g.check(I, f);
    if (!r.empty()) return strip_local_scope(r);  // get_guard_fail_reason: L['n'] prints as n
  }
  return "";
}

std::string GuardSet::format_tree(rt::Interp& I) const {
  std::string s = "\nTREE_GUARD_MANAGER:\n+- RootGuardManager\n";
  s += "| +- DEFAULT_DEVICE: utils_device.CURRENT_DEVICE == None\n";
  s += "| +- GLOBAL_STATE: ___check_global_state()\n";
  s += "| +- TORCH_FUNCTION_MODE_STACK: ___check_torch_function_mode_stack()\n";
  std::vector<std::string> sources;
  for (auto& g : guards) {
    if (g.type == Guard::Type::SHAPE_ENV) continue;
    std::string n = g.source->name();
    bool seen = false;
    for (auto& x : sources) seen |= x == n;
    if (!seen) sources.push_back(n);
  }
  for (auto& src : sources) {
    s += "| +- GuardManager: source=" + src + "\n";
    for (auto& g : guards)
      if (g.type != Guard::Type::SHAPE_ENV && g.source->name() == src) {
        std::string leaf = g.describe(I);
        if (!leaf.empty()) s += "| | +- " + leaf + "\n";
      }
  }
  // Shape guards: one Python lambda leaf at the root, checked after everything else (epilogue).
  for (auto& g : guards)
    if (g.type == Guard::Type::SHAPE_ENV) s += "+- " + g.describe(I) + "\n";
  return s;
}

static bool is_from_flatten_script_object_source(const SourcePtr& s) {
  for (const Source* p = s.get(); p; p = p->base.get())
    if (p->kind == Source::Kind::Flatten) return true;
  return false;
}

void check_script_object_aliasing(const SourcePtr& obj_source, const SourcePtr& dupe_source) {
  if (is_from_flatten_script_object_source(obj_source) || is_from_flatten_script_object_source(dupe_source))
    throw UnsafeScriptObjectError(obj_source->name() + " is aliasing " + dupe_source->name() +
                                  ". This is not supported. Please do a clone for corresponding input.");
}

}  // namespace dp::dynamo
