// Mirrors torch/csrc/utils/python_arg_parser.cpp (binding Python args to schemas, overload
// resolution, TypeError texts), ATen's dispatcher (meta then kernel, FakeTensor = meta only),
// c10/core/ScalarType.h result_type categories and ATen's ExpandUtils infer_size.
#include "torch/op_registry.h"

#include <set>

#include <utility>

#include "torch/autograd/function.h"
#include "torch/kernel_utils.h"
#include "torch/random.h"
#include "torch/tensor_str.h"
#include "torch/zoo_backward.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace dp::torch {

// ---------------------------------------------------------------------------------------------
// Value

Value::Value(const Scalar& s) {
  if (s.is_bool()) v = std::get<bool>(s.v);
  else if (s.is_int()) v = std::get<int64_t>(s.v);
  else v = std::get<double>(s.v);
}

int64_t Value::to_int() const {
  if (is_int()) return std::get<int64_t>(v);
  if (is_bool()) return std::get<bool>(v) ? 1 : 0;
  if (is_double()) return static_cast<int64_t>(std::get<double>(v));
  throw_error("TypeError", "expected an int, got " + py_type_name());
}

double Value::to_double() const {
  if (is_double()) return std::get<double>(v);
  if (is_int()) return static_cast<double>(std::get<int64_t>(v));
  if (is_bool()) return std::get<bool>(v) ? 1.0 : 0.0;
  throw_error("TypeError", "expected a float, got " + py_type_name());
}

Scalar Value::to_scalar() const {
  if (is_bool()) return Scalar(std::get<bool>(v));
  if (is_int()) return Scalar(std::get<int64_t>(v));
  if (is_double()) return Scalar(std::get<double>(v));
  if (is_tensor()) return tensor().item();
  throw_error("TypeError", "expected a Number, got " + py_type_name());
}

std::string Value::py_type_name() const {
  switch (v.index()) {
    case 0: return "NoneType";
    case 1: return "bool";
    case 2: return "int";
    case 3: return "float";
    case 4: return "str";
    case 5: return "tuple";
    case 6: return "Tensor";
    case 7: return "tuple";
    case 8: return "torch.dtype";
    case 9: return "slice";
    case 10: return "ellipsis";
    default: return "tuple";
  }
}

// ---------------------------------------------------------------------------------------------
// Schema parsing

namespace {

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\n");
  return s.substr(a, b - a + 1);
}

std::vector<std::string> split_top(const std::string& s) {
  std::vector<std::string> out;
  int depth = 0;
  std::string cur;
  for (char c : s) {
    if (c == '(' || c == '[') depth++;
    if (c == ')' || c == ']') depth--;
    if (c == ',' && depth == 0) {
      out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!trim(cur).empty()) out.push_back(trim(cur));
  return out;
}

Value parse_default(const std::string& t) {
  if (t == "None") return None{};
  if (t == "True") return true;
  if (t == "False") return false;
  if (!t.empty() && t[0] == '[') {
    std::vector<int64_t> l;
    for (const auto& e : split_top(t.substr(1, t.size() - 2))) l.push_back(std::stoll(e));
    return l;
  }
  if (!t.empty() && (t[0] == '\'' || t[0] == '"')) return t.substr(1, t.size() - 2);
  if (t.find_first_of(".e") != std::string::npos && t.find_first_not_of("0123456789.e-+") == std::string::npos) {
    return std::stod(t);
  }
  if (t.find_first_not_of("0123456789-") == std::string::npos) return static_cast<int64_t>(std::stoll(t));
  DType d;
  if (parse_dtype(t, &d)) return d;
  throw std::runtime_error("bad schema default: " + t);
}

OpArg parse_arg(const std::string& text, bool kwarg_only) {
  OpArg a;
  a.kwarg_only = kwarg_only;
  std::string decl = text;
  size_t eq = text.find('=');
  if (eq != std::string::npos) {
    decl = trim(text.substr(0, eq));
    a.default_text = trim(text.substr(eq + 1));
    a.default_value = parse_default(a.default_text);
    a.has_default = true;
  }
  size_t sp = decl.find_last_of(' ');
  std::string type = sp == std::string::npos ? decl : trim(decl.substr(0, sp));
  a.name = sp == std::string::npos ? "" : trim(decl.substr(sp + 1));
  if (!type.empty() && type.back() == '?') {
    a.optional = true;
    type.pop_back();
  }
  size_t lb = type.find('[');
  if (lb != std::string::npos && type != "Tensor[]") {
    std::string n = type.substr(lb + 1, type.size() - lb - 2);
    a.list_len = n.empty() ? 0 : std::stoi(n);
    type = type.substr(0, lb) + "[]";
  }
  a.type = type;
  return a;
}

}  // namespace

OpSchema parse_schema(const std::string& text) {
  OpSchema s;
  s.text = text;
  size_t lp = text.find('(');
  size_t arrow = text.rfind("->");
  size_t rp = text.rfind(')', arrow);
  std::string full = trim(text.substr(0, lp));
  size_t dot = full.find('.');
  s.name = dot == std::string::npos ? full : full.substr(0, dot);
  s.overload = dot == std::string::npos ? "" : full.substr(dot + 1);
  bool kw = false;
  for (const auto& part : split_top(text.substr(lp + 1, rp - lp - 1))) {
    if (part == "*") {
      kw = true;
      continue;
    }
    s.args.push_back(parse_arg(part, kw));
  }
  std::string ret = trim(text.substr(arrow + 2));
  if (!ret.empty() && ret[0] == '(') ret = ret.substr(1, ret.size() - 2);
  for (const auto& part : split_top(ret)) s.returns.push_back(parse_arg(part, false));
  if (s.returns.size() > 1 && !s.returns[0].name.empty()) {
    s.return_type_name = "torch.return_types." + s.name;
  }
  // Varargs int list: the only positional parameter besides a leading `Tensor self`.
  int npos = 0, idx = -1;
  for (size_t i = 0; i < s.args.size(); ++i) {
    const OpArg& a = s.args[i];
    if (a.kwarg_only) continue;
    if (i == 0 && a.name == "self") continue;
    npos++;
    idx = static_cast<int>(i);
  }
  if (npos == 1 && s.args[idx].type == "int[]") s.varargs_index = idx;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Args

const Value& Args::get(const std::string& name) const {
  for (size_t i = 0; i < schema->args.size(); ++i) {
    if (schema->args[i].name == name) return values[i];
  }
  throw std::runtime_error("op " + schema->name + " has no argument " + name);
}
const Value* Args::find(const std::string& name) const {
  for (size_t i = 0; i < schema->args.size(); ++i) {
    if (schema->args[i].name == name) return &values[i];
  }
  return nullptr;
}
bool Args::has(const std::string& name) const {
  const Value* v = find(name);
  return v && !v->is_none();
}
const Tensor& Args::tensor(const std::string& name) const { return get(name).tensor(); }
std::vector<Tensor> Args::tensors(const std::string& name) const { return std::get<std::vector<Tensor>>(get(name).v); }
int64_t Args::i(const std::string& name) const { return get(name).to_int(); }
double Args::f(const std::string& name) const { return get(name).to_double(); }
bool Args::b(const std::string& name) const { return get(name).to_bool(); }
Scalar Args::scalar(const std::string& name) const { return get(name).to_scalar(); }
Shape Args::ints(const std::string& name) const { return std::get<std::vector<int64_t>>(get(name).v); }
std::optional<DType> Args::dtype(const std::string& name) const {
  const Value& v = get(name);
  if (v.is_none()) return std::nullopt;
  return std::get<DType>(v.v);
}
std::string Args::s(const std::string& name) const {
  const Value& v = get(name);
  return v.is_none() ? std::string() : v.str();
}

Shape like_strides(const Args& a, const Tensor& self) {
  const Value* mf = a.find("memory_format");
  if (mf && !mf->is_none() && mf->str() == "torch.contiguous_format") return contiguous_strides(self.sizes());
  return preserve_format_strides(self);
}

// ---------------------------------------------------------------------------------------------
// Binding

namespace {

std::string expected_type_name(const OpArg& a) {
  if (a.type == "Tensor") return "Tensor";
  if (a.type == "Tensor|Scalar" || a.type == "Scalar") return "Number";
  if (a.type == "Tensor[]") return "tuple of Tensors";
  if (a.type == "int[]") return "tuple of ints";
  if (a.type == "ScalarType") return "torch.dtype";
  return a.type;
}

// Checks and normalizes v for parameter a. Returns false on a type mismatch.
bool coerce(const OpArg& a, const Value& v, Value* out) {
  if (v.is_none()) {
    if (a.optional || a.type == "Any") {
      *out = v;
      return true;
    }
    return false;
  }
  const std::string& t = a.type;
  if (t == "Any") {
    *out = v;
    return true;
  }
  if (t == "Tensor") {
    if (!v.is_tensor()) return false;
    *out = v;
    return true;
  }
  if (t == "Tensor|Scalar") {
    if (!v.is_tensor() && !v.is_number()) return false;
    *out = v;
    return true;
  }
  if (t == "Scalar") {
    // python_arg_parser's SCALAR also takes a 0-dim tensor that does not require grad, as its value.
    if (v.is_tensor() && v.tensor().dim() == 0 && !v.tensor().requires_grad() && !v.tensor().is_fake()) {
      *out = Value(v.tensor().item());
      return true;
    }
    if (!v.is_number()) return false;
    *out = v;
    return true;
  }
  if (t == "Tensor[]") {
    if (v.is_tensor_list()) {
      *out = v;
      return true;
    }
    if (v.is_list()) {
      std::vector<Tensor> ts;
      for (const auto& e : v.list()) {
        if (!e.is_tensor()) return false;
        ts.push_back(e.tensor());
      }
      *out = std::move(ts);
      return true;
    }
    return false;
  }
  if (t == "int") {
    if (!v.is_int()) return false;
    *out = v;
    return true;
  }
  if (t == "int[]") {
    if (v.is_int_list()) {
      *out = v;
      return true;
    }
    if (v.is_int()) {
      *out = std::vector<int64_t>{std::get<int64_t>(v.v)};
      return true;
    }
    if (v.is_list()) {
      std::vector<int64_t> l;
      for (const auto& e : v.list()) {
        if (!e.is_int()) return false;
        l.push_back(std::get<int64_t>(e.v));
      }
      *out = std::move(l);
      return true;
    }
    return false;
  }
  if (t == "float") {
    if (!v.is_number()) return false;
    *out = v.to_double();
    return true;
  }
  if (t == "bool") {
    if (!v.is_bool()) return false;
    *out = v;
    return true;
  }
  if (t == "str") {
    if (!v.is_string()) return false;
    *out = v;
    return true;
  }
  if (t == "ScalarType") {
    if (!v.is_dtype()) return false;
    *out = v;
    return true;
  }
  return false;
}

// python_arg_parser numbers a method's arguments without `self` (x.unsqueeze(None): position 1).
bool g_next_call_is_method = false;
bool g_binding_method = false;

bool bind(const OpSchema& s, const std::vector<Value>& args_in,
          const std::vector<std::pair<std::string, Value>>& kwargs, Args* out, std::string* err) {
  std::vector<Value> args = args_in;
  // Varargs int list: zeros(2, 3) / x.view(2, 3).
  if (s.varargs_index >= 0 && static_cast<int>(args.size()) > s.varargs_index && args[s.varargs_index].is_int()) {
    std::vector<int64_t> l;
    for (size_t i = s.varargs_index; i < args.size(); ++i) {
      if (!args[i].is_int()) {
        *err = s.name + "(): argument '" + s.args[s.varargs_index].name +
               "' must be tuple of ints, but found element of type " + args[i].py_type_name() + " at pos " +
               std::to_string(i - s.varargs_index);
        return false;
      }
      l.push_back(std::get<int64_t>(args[i].v));
    }
    args.resize(s.varargs_index);
    args.push_back(std::move(l));
  }
  size_t npos = 0;
  for (const auto& a : s.args) npos += a.kwarg_only ? 0 : 1;
  if (args.size() > npos) {
    *err = s.name + "() takes " + std::to_string(npos) + " positional argument" + (npos == 1 ? "" : "s") + " but " +
           std::to_string(args.size()) + (args.size() == 1 ? " was" : " were") + " given";
    return false;
  }
  std::vector<Value> vals(s.args.size());
  std::vector<bool> set(s.args.size(), false);
  for (size_t i = 0; i < args.size(); ++i) {
    if (!coerce(s.args[i], args[i], &vals[i])) {
      const size_t pos = g_binding_method && i > 0 ? i : i + 1;
      *err = s.name + "(): argument '" + s.args[i].name + "' (position " + std::to_string(pos) + ") must be " +
             expected_type_name(s.args[i]) + ", not " + args[i].py_type_name();
      return false;
    }
    set[i] = true;
  }
  for (const auto& [k, v] : kwargs) {
    size_t idx = s.args.size();
    for (size_t i = 0; i < s.args.size(); ++i) {
      if (s.args[i].name == k) idx = i;
    }
    // PyTorch accepts `input` as the keyword for `self` in torch.* functions.
    if (idx == s.args.size() && k == "input" && !s.args.empty() && s.args[0].name == "self") idx = 0;
    // NumPy's spellings (python_arg_parser's numpy_compatibility_arg_names): axis for dim,
    // keepdims for keepdim, x / a / x1 for input, x2 for other.
    if (idx == s.args.size()) {
      const char* target = k == "axis"                           ? "dim"
                           : k == "keepdims"                     ? "keepdim"
                           : (k == "x" || k == "a" || k == "x1") ? "input"
                           : k == "x2"                           ? "other"
                                                                 : nullptr;
      if (target) {
        for (size_t i = 0; i < s.args.size(); ++i)
          if (s.args[i].name == target || (std::string(target) == "input" && i == 0 && s.args[i].name == "self"))
            idx = i;
      }
    }
    if (idx == s.args.size()) {
      *err = s.name + "() got an unexpected keyword argument '" + k + "'";
      return false;
    }
    if (set[idx]) {
      *err = s.name + "() got multiple values for argument '" + s.args[idx].name + "'";
      return false;
    }
    if (!coerce(s.args[idx], v, &vals[idx])) {
      *err = s.name + "(): argument '" + s.args[idx].name + "' must be " + expected_type_name(s.args[idx]) + ", not " +
             v.py_type_name();
      return false;
    }
    set[idx] = true;
  }
  for (size_t i = 0; i < s.args.size(); ++i) {
    if (set[i]) continue;
    if (s.args[i].has_default) {
      vals[i] = s.args[i].default_value;
      continue;
    }
    *err = s.name + "() missing 1 required positional arguments: \"" + s.args[i].name + "\"";
    return false;
  }
  out->schema = &s;
  out->values = std::move(vals);
  return true;
}

void collect_tensors(const Value& v, std::vector<Tensor>* out) {
  if (v.is_tensor()) out->push_back(v.tensor());
  else if (v.is_tensor_list()) {
    for (const auto& t : std::get<std::vector<Tensor>>(v.v)) out->push_back(t);
  } else if (v.is_list()) {
    for (const auto& e : v.list()) collect_tensors(e, out);
  }
}

void materialize(const Tensor& t) {
  if (!t.storage() || !t.storage()->fake) return;
  auto st = std::make_shared<Storage>();
  st->nbytes = t.storage()->nbytes;
  st->inference = t.storage()->inference;
  st->bytes.reset(allocate_storage_bytes(st->nbytes));
  t.impl()->storage = st;
}

thread_local bool g_fake_mode = false;
thread_local std::string g_grad_override;

}  // namespace

bool fake_mode() { return g_fake_mode; }
void set_grad_fn_override(const std::string& name) { g_grad_override = name; }
void set_fake_mode(bool on) { g_fake_mode = on; }

void reset_process_state() {
  reset_generators();
  set_grad_enabled(true);
  set_inference_mode_enabled(false);
  g_fake_mode = false;
  g_grad_override.clear();
  print_options() = PrintOptions{};
}

bool any_fake(const Args& args) {
  std::vector<Tensor> ts;
  for (const auto& v : args.values) collect_tensors(v, &ts);
  for (const auto& t : ts) {
    if (t.is_fake()) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Registry

Registry& Registry::get() {
  static Registry* r = [] {
    auto* reg = new Registry();
    register_factory_ops(*reg);
    register_elementwise_ops(*reg);
    register_reduce_ops(*reg);
    register_view_ops(*reg);
    register_linalg_ops(*reg);
    register_random_ops(*reg);
    register_nn_ops(*reg);
    register_tutorial_ops(*reg);
    register_stats_ops(*reg);
    register_pointwise_ops(*reg);
    register_conv_ops(*reg);
    register_scatter_ops(*reg);
    register_pad_distance_ops(*reg);
    register_shape_ops(*reg);
    register_activation_ops(*reg);
    register_loss_ops(*reg);
    register_norm_ops(*reg);
    register_alias_ops(*reg);
    return reg;
  }();
  return *r;
}

OpDef& Registry::add(const std::string& schema_text, OpKind kind, MetaFn meta, KernelFn kernel, std::string grad_fn) {
  OpDef d;
  d.schema = parse_schema(schema_text);
  d.kind = kind;
  d.meta = std::move(meta);
  d.kernel = std::move(kernel);
  d.grad_fn = std::move(grad_fn);
  if (d.schema.args.empty() || d.schema.args[0].name != "self") d.is_method = false;
  if (kind == OpKind::InPlace) d.is_function = false;
  auto& v = ops_[d.schema.name];
  v.push_back(std::move(d));
  return v.back();
}

const std::vector<OpDef>* Registry::find(const std::string& name) const {
  auto it = ops_.find(name);
  return it == ops_.end() ? nullptr : &it->second;
}

std::vector<OpDef>* Registry::find_mut(const std::string& name) {
  auto it = ops_.find(name);
  return it == ops_.end() ? nullptr : &it->second;
}

void Registry::add_alias(const std::string& alias, const std::string& base) {
  auto it = ops_.find(base);
  if (it == ops_.end()) throw std::runtime_error("alias " + alias + " of an unknown op " + base);
  ops_[alias] = it->second;
}

std::vector<std::string> Registry::names() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : ops_) out.push_back(k);
  return out;
}

std::vector<std::string> op_names() { return Registry::get().names(); }

std::optional<OpInfo> op_info(const std::string& name) {
  const auto* ops = Registry::get().find(name);
  if (!ops) return std::nullopt;
  OpInfo info;
  info.name = name;
  for (const auto& d : *ops) {
    info.is_function |= d.is_function;
    info.is_method |= d.is_method;
    info.overloads.push_back(&d.schema);
  }
  return info;
}

namespace {

// `x[i] = v` with a basic index (integers, slices, None; no index tensors) writes into a view of x
// (python_variable_indexing.cpp: applySelect / applySlice, then copy_), so on a leaf PyTorch
// reports the view error; an advanced index or `...` alone writes into x itself (index_put_).
bool setitem_through_a_view(const OpDef& op, const Args& a) {
  if (op.schema.name != "setitem") return false;
  const Value& index = a.values[1];
  std::vector<Value> items;
  if (index.is_list()) items = index.list();
  else if (index.is_int_list()) return true;
  else if (index.is_tensor_list()) return false;
  else items.push_back(index);
  bool view = false;
  for (const auto& it : items) {
    if (it.is_tensor() || it.is_int_list() || it.is_list()) return false;
    if (it.is_int() || it.is_none() || std::holds_alternative<Slice>(it.v)) view = true;
  }
  return view;
}

Value run(const OpDef& op, const Args& a) {
  std::vector<Tensor> inputs;
  for (const auto& v : a.values) collect_tensors(v, &inputs);
  for (const auto& t : inputs) autograd::refresh_view_grad_fn(t);
  bool any_rg = false;
  for (const auto& t : inputs) any_rg |= t.requires_grad();
  bool track = grad_enabled() && any_rg;
  std::string grad_name = op.grad_fn_fn ? op.grad_fn_fn(a) : op.grad_fn;
  if (op.kind == OpKind::InPlace && track && !grad_name.empty()) {
    const Tensor& self = a.values[0].tensor();
    if (self.is_leaf() && self.requires_grad() && !setitem_through_a_view(op, a)) {
      throw_error("RuntimeError", "a leaf Variable that requires grad is being used in an in-place operation.");
    }
    if (self.impl()->view_of_leaf || (self.is_leaf() && self.requires_grad())) {
      throw_error("RuntimeError",
                  "a view of a leaf Variable that requires grad is being used in an in-place "
                  "operation.");
    }
  }

  // MemOverlap.cpp assert_no_internal_overlap: an in-place write into a tensor whose elements
  // share memory (a stride of 0 over a dim longer than 1, as expand makes) is refused.
  static const std::set<std::string> metadata_inplace = {"transpose_", "t_", "unsqueeze_", "squeeze_"};
  if (op.kind == OpKind::InPlace && !metadata_inplace.count(op.schema.name) && !a.values.empty() &&
      a.values[0].is_tensor()) {
    const Tensor& self = a.values[0].tensor();
    for (int64_t d = 0; d < self.dim(); ++d)
      if (self.sizes()[d] > 1 && self.strides()[d] == 0)
        throw_error("RuntimeError",
                    "unsupported operation: more than one element of the written-to tensor refers to a single "
                    "memory location. Please clone() the tensor before performing the operation.");
  }
  bool fake = fake_mode() || any_fake(a);
  // Nested calls made by a meta function must not see or steal this call's override.
  std::string outer_override = std::move(g_grad_override);
  g_grad_override.clear();
  Value out = op.meta(a);
  if (!g_grad_override.empty()) grad_name = g_grad_override;
  g_grad_override = std::move(outer_override);
  // The backward graph is recorded for real tensors only (a fake tensor has no values to save).
  bool record = track && !fake && !grad_name.empty() && op.kind != OpKind::Factory;
  Tensor original_self;
  std::vector<Tensor> saved_extra;
  if (!fake) {
    // Inputs are real, so every output with fake storage is a fresh output of meta.
    std::vector<Tensor> outs;
    collect_tensors(out, &outs);
    for (const auto& t : outs) materialize(t);
    if (record && op.kind == OpKind::InPlace && autograd::inplace_needs_original(op.schema.name)) {
      original_self = autograd::copy_before_inplace(a.values[0].tensor());
    }
    struct SinkScope {
      std::vector<Tensor>* prev;
      explicit SinkScope(std::vector<Tensor>* s) : prev(autograd::set_saved_sink(s)) {}
      ~SinkScope() { autograd::set_saved_sink(prev); }
    } sink(record ? &saved_extra : nullptr);
    if (op.kernel) op.kernel(a, out);
    if (op.kind == OpKind::InPlace && a.values[0].is_tensor() && a.values[0].tensor().storage()) {
      a.values[0].tensor().storage()->version++;
    }
  } else if (op.data_dependent) {
    throw_error("RuntimeError", "aten." + op.schema.name +
                                    ": data-dependent output on a fake tensor (FakeTensor has no "
                                    "data)");
  }

  // Autograd bookkeeping: record the grad_fn name PyTorch would show.
  if (op.kind == OpKind::Factory) {
    for (size_t i = 0; i < op.schema.args.size(); ++i) {
      if (op.schema.args[i].name == "requires_grad" && a.values[i].is_bool() && a.values[i].to_bool() &&
          out.is_tensor()) {
        Tensor t = out.tensor();
        // A factory's requires_grad=True goes through AutogradMeta::set_requires_grad, whose
        // message starts with a capital letter (the Python setters' does not).
        if (!is_floating(t.dtype())) {
          throw_error("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
        }
        t.set_requires_grad(true);
      }
    }
    return out;
  }
  if (!track || grad_name.empty()) return out;
  if (record) autograd::record(op, a, out, grad_name, original_self, std::move(saved_extra));
  if (op.kind == OpKind::InPlace) {
    const Tensor& self = a.values[0].tensor();
    if (is_floating(self.dtype())) {
      self.impl()->requires_grad = true;
      self.impl()->grad_fn = grad_name;
    }
    return out;
  }
  std::vector<Tensor> outs;
  collect_tensors(out, &outs);
  bool of_leaf = false;
  if (op.kind == OpKind::View && !inputs.empty()) {
    const Tensor& base = inputs[0];
    of_leaf = (base.is_leaf() && base.requires_grad()) || base.impl()->view_of_leaf;
  }
  for (const auto& t : outs) {
    if (of_leaf && shares_storage(t, inputs[0])) t.impl()->view_of_leaf = true;
    bool is_input = false;
    for (const auto& in : inputs) is_input |= in.id() == t.id();
    if (is_input || !is_floating(t.dtype())) continue;
    t.impl()->requires_grad = true;
    t.impl()->grad_fn = grad_name;
  }
  return out;
}

}  // namespace

void set_next_call_is_method() { g_next_call_is_method = true; }

// Named tensors: these ops have overloads taking a dimension name (`Dimname dim` / `Dimname[] dim`
// in native_functions.yaml), so a str dim binds and then fails in dimname_to_position because the
// playground's tensors are never named ("Name 'rows' not found in Tensor[None, None].").
static void refuse_dimname_dim(const std::string& name, const std::vector<Value>& args,
                               const std::vector<std::pair<std::string, Value>>& kwargs) {
  static const std::set<std::string> kDimnameOps = {
      "sum",       "mean",    "nansum",      "prod",      "max",      "min",      "median",
      "nanmedian", "mode",    "std",         "var",       "std_mean", "var_mean", "logsumexp",
      "all",       "any",     "cumsum",      "cumprod",   "cummax",   "cummin",   "logcumsumexp",
      "kthvalue",  "softmax", "log_softmax", "squeeze",   "unbind",   "select",   "index_select",
      "gather",    "sort",    "argsort",     "transpose", "flatten",  "size",     "stride"};
  if (!kDimnameOps.count(name) || args.empty() || !args[0].is_tensor()) return;
  const Value* dim = args.size() > 1 ? &args[1] : nullptr;
  for (const auto& [k, v] : kwargs) {
    if (k == "dim") dim = &v;
  }
  if (!dim) return;
  std::string first;
  if (dim->is_string()) {
    first = dim->str();
  } else if (dim->is_list() && !dim->list().empty() && dim->list()[0].is_string()) {
    first = dim->list()[0].str();
  } else {
    return;
  }
  std::string repr = "Tensor[";
  for (int64_t i = 0; i < args[0].tensor().dim(); ++i) repr += i ? ", None" : "None";
  throw_error("RuntimeError", "Name '" + first + "' not found in " + repr + "].");
}

Value call_without_out(const std::string& name, const std::vector<Value>& args,
                       const std::vector<std::pair<std::string, Value>>& kwargs);

// `out=` of a function whose schema here has no out argument (torch.matmul(a, b, out=c),
// torch.add(x, y, out=r)): the result is computed as usual, then copied into `out` with copy_
// (a cast where ATen's out= variants allow it), and `out` is returned. As in PyTorch, out= refuses
// arguments that require grad while grad mode is on; an `out` of another shape (which ATen
// resizes) is not supported by the playground yet.
Value call(const std::string& name, const std::vector<Value>& args,
           const std::vector<std::pair<std::string, Value>>& kwargs) {
  size_t out_at = kwargs.size();
  for (size_t i = 0; i < kwargs.size(); ++i) {
    if (kwargs[i].first == "out") out_at = i;
  }
  if (out_at == kwargs.size()) return call_without_out(name, args, kwargs);
  const auto* ops = Registry::get().find(name);
  if (!ops) throw_error("NotImplementedError", "torch op '" + name + "' is not supported");
  for (const auto& op : *ops) {
    for (const auto& arg : op.schema.args) {
      if (arg.name == "out") return call_without_out(name, args, kwargs);
    }
  }
  std::vector<std::pair<std::string, Value>> rest;
  for (size_t i = 0; i < kwargs.size(); ++i) {
    if (i != out_at) rest.push_back(kwargs[i]);
  }
  const Value& out = kwargs[out_at].second;
  if (out.is_none()) return call_without_out(name, args, rest);
  if (!out.is_tensor()) {
    throw_error("TypeError", name + "(): argument 'out' must be Tensor, not " + out.py_type_name());
  }
  if (grad_enabled()) {
    std::vector<Tensor> inputs;
    for (const auto& v : args) collect_tensors(v, &inputs);
    for (const auto& kv : rest) collect_tensors(kv.second, &inputs);
    inputs.push_back(out.tensor());
    for (const auto& t : inputs) {
      if (t.requires_grad()) {
        throw_error("RuntimeError", name +
                                        "(): functions with out=... arguments don't support automatic "
                                        "differentiation, but one of the arguments requires grad.");
      }
    }
  }
  Value res = call_without_out(name, args, rest);
  if (!res.is_tensor()) {
    throw_error("NotImplementedError", "not supported by the playground yet: out= for " + name);
  }
  const Tensor& dst = out.tensor();
  const Tensor& src = res.tensor();
  if (dst.sizes() != src.sizes()) {
    throw_error("NotImplementedError", "not supported by the playground yet: out= with a tensor of shape " +
                                           shape_str(dst.sizes()) + " for a result of shape " + shape_str(src.sizes()) +
                                           " (PyTorch resizes it)");
  }
  detail::check_cast(src.dtype(), dst.dtype());
  call_without_out("copy_", {out, res}, {});
  return out;
}

Value call_without_out(const std::string& name, const std::vector<Value>& args,
                       const std::vector<std::pair<std::string, Value>>& kwargs) {
  const auto* ops = Registry::get().find(name);
  if (!ops) throw_error("NotImplementedError", "torch op '" + name + "' is not supported");
  std::string first_err;
  const bool as_method = std::exchange(g_next_call_is_method, false);
  for (const auto& op : *ops) {
    Args a;
    std::string err;
    g_binding_method = as_method;
    bool ok = bind(op.schema, args, kwargs, &a, &err);
    g_binding_method = false;
    if (ok) return run(op, a);
    if (first_err.empty()) first_err = err;
  }
  refuse_dimname_dim(name, args, kwargs);
  if (ops->size() == 1) throw_error("TypeError", first_err);
  std::string got;
  for (size_t i = as_method ? 1 : 0; i < args.size(); ++i) got += (got.empty() ? "" : ", ") + args[i].py_type_name();
  for (const auto& [k, v] : kwargs) got += (got.empty() ? "" : ", ") + k + "=" + v.py_type_name();
  std::string msg = name + "() received an invalid combination of arguments - got (" + got + "), but expected one of:";
  for (const auto& op : *ops) {
    std::string sig;
    for (const auto& arg : op.schema.args) {
      if (!sig.empty()) sig += ", ";
      sig += arg.type + (arg.optional ? "?" : "") + " " + arg.name;
      if (arg.has_default) sig += " = " + arg.default_text;
    }
    msg += "\n * (" + sig + ")";
  }
  throw_error("TypeError", msg);
}

Tensor call_t(const std::string& name, const std::vector<Value>& args,
              const std::vector<std::pair<std::string, Value>>& kwargs) {
  Value v = call(name, args, kwargs);
  if (!v.is_tensor()) throw_error("RuntimeError", name + " did not return a Tensor");
  return v.tensor();
}

// ---------------------------------------------------------------------------------------------
// Promotion / broadcasting helpers

Operand operand_of(const Value& v) {
  if (v.is_tensor()) return Operand{v.tensor(), false};
  Scalar s = v.to_scalar();
  // A Python float is wrapped as a double tensor, as c10's scalar_to_tensor does (an int as int64,
  // a bool as bool): its value is not rounded to float32 before a float64 op reads it
  // (`t64 + 0.1`, `t64[0] = 0.1`, `t64.fill_(0.1)`). result_type still counts it as the default
  // float dtype's category (below), and a float32 kernel reads it as float.
  return Operand{Tensor::scalar_tensor(s, s.is_float() ? DType::Float64 : s.natural_dtype()), true};
}

namespace {
std::optional<DType> combine_categories(std::optional<DType> higher, std::optional<DType> lower) {
  if (!higher) return lower;
  if (!lower) return higher;
  if (is_floating(*higher)) return higher;
  if (*higher == DType::Bool || is_floating(*lower)) return promote_types(*higher, *lower);
  return higher;
}
void promote_into(std::optional<DType>* acc, DType t) { *acc = *acc ? promote_types(**acc, t) : t; }
}  // namespace

DType result_type(const std::vector<Operand>& ops) {
  std::optional<DType> dim_r, zero_r, wrapped_r;
  for (const auto& o : ops) {
    DType cur = o.t.dtype();
    if (o.wrapped) {
      if (is_floating(cur)) cur = kDefaultFloat;
      promote_into(&wrapped_r, cur);
    } else if (o.t.dim() == 0) {
      promote_into(&zero_r, cur);
    } else {
      promote_into(&dim_r, cur);
    }
  }
  return *combine_categories(dim_r, combine_categories(zero_r, wrapped_r));
}

Shape broadcast_shapes(const Shape& a, const Shape& b) {
  size_t n = std::max(a.size(), b.size());
  Shape out(n);
  for (size_t k = 0; k < n; ++k) {
    int64_t i = static_cast<int64_t>(n) - 1 - static_cast<int64_t>(k);
    int64_t da = static_cast<int64_t>(a.size()) - 1 - static_cast<int64_t>(k);
    int64_t db = static_cast<int64_t>(b.size()) - 1 - static_cast<int64_t>(k);
    int64_t sa = da >= 0 ? a[da] : 1;
    int64_t sb = db >= 0 ? b[db] : 1;
    if (!(sa == sb || sa == 1 || sb == 1)) {
      throw_error("RuntimeError", "The size of tensor a (" + std::to_string(sa) +
                                      ") must match the size of tensor b (" + std::to_string(sb) +
                                      ") at non-singleton dimension " + std::to_string(i));
    }
    out[i] = sa == 1 ? sb : sa;
  }
  return out;
}

bool can_cast(DType from, DType to) {
  if (is_floating(from) && !is_floating(to)) return false;
  if (from != DType::Bool && to == DType::Bool) return false;
  return true;
}

}  // namespace dp::torch
