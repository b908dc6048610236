// VariableBuilder (values with a source: frame inputs, globals, attributes) and SourcelessBuilder
// (values created during tracing), plus wrap_fx_proxy. Mirrors torch/_dynamo/variables/builder.py,
// including the ScriptObject branch of _wrap (see docs/torchbind.md §2) and
// torch/_dynamo/variables/lazy.py.
#include <set>

#include "dynamo/eval_frame.h"
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/builder.h"
#include "dynamo/variables/script_object.h"
#include "runtime/script_object.h"
#include "runtime/torch_module.h"
#include "torch/op_registry.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

static bool is_kind(const Value& v, Kind k) { return v.is_obj() && v.o->kind == k; }

// A member of an enum class (its class's metaclass is enum.EnumType, core/prelude/enum.py); an
// IntEnum / IntFlag / StrEnum member is an int / str subclass's instance. PyTorch wraps those as
// EnumVariable: a constant guarded by identity (ID_MATCH).
bool is_enum_member(const Value& v) {
  if (!(is_kind(v, Kind::Instance) || is_kind(v, Kind::Number) || is_kind(v, Kind::Str))) return false;
  if (v.o->type->is_builtin) return false;
  for (rt::Type* k : v.o->type->type->mro)
    if (k->name == "EnumType" && k->module == "enum") return true;
  return false;
}

// torch.device, torch.layout and torch.memory_format values (torch.device('cpu'), torch.strided,
// torch.contiguous_format, ...): in PyTorch's common_constant_types, so VariableBuilder makes them
// constants (CONSTANT_MATCH, which is EQUALS_MATCH for them) and they reach FX nodes as they are.
static bool is_torch_constant_instance(const Value& v) {
  if (!is_kind(v, Kind::Instance)) return false;
  rt::Type* t = v.o->type;
  return t->module == "torch" && (t->name == "device" || t->name == "layout" || t->name == "memory_format");
}

// VariableBuilder.wrap_module's RNN check: with torch._dynamo.config.allow_rnn False (the
// default) an nn.RNN / nn.GRU / nn.LSTM (or a subclass) is a graph break when it is wrapped, so
// the frame runs it eagerly. With allow_rnn True the module is traced like any other: its forward
// calls torch._VF.lstm / gru / rnn_tanh / rnn_relu, one torch.NAME node each.
static void wrap_module_rnn_check(rt::Interp& In, const Value& value) {
  bool is_rnn = false;
  for (rt::Type* k : value.o->type->mro)
    if (k->module == "torch.nn.modules.rnn" && (k->qualname == "RNN" || k->qualname == "GRU" || k->qualname == "LSTM"))
      is_rnn = true;
  if (!is_rnn) return;
  bool allow_rnn = false;
  try {
    Value v = In.getattr_opt(In.import_module("torch._dynamo.config"), "allow_rnn");
    allow_rnn = !v.is_null() && In.truthy(v);
  } catch (rt::PyException&) {
  }
  if (allow_rnn) return;
  unimplemented("Attempted to wrap RNN, GRU, or LSTM", In.to_str(value), "Dynamo does not support RNN, GRU, or LSTM.",
                {graph_break_hints::SUPPORTABLE});
}

std::string LazyVariableTracker::repr(rt::Interp& I) const {
  if (realized) return "LazyVariableTracker(realized: " + realized->repr(I) + ")";
  return "LazyVariableTracker(unrealized: " + I.repr(Value::obj(I.type_of(value))) + ")";
}

VariableTracker* LazyVariableTracker::realize(InstructionTranslatorBase& tx) {
  if (!realized) {
    auto it = tx.output.source_vars.find(source->name());
    if (it != tx.output.source_vars.end() && it->second != this) {
      realized = it->second->realize(tx);
    } else {
      tx.output.source_vars.erase(source->name());
      realized = tx.wrap(value, source);
      if (auto* lz = dynamic_cast<LazyVariableTracker*>(realized)) realized = lz->realize(tx);
      tx.output.source_vars[source->name()] = realized;
    }
  }
  return realized;
}

// ---------------------------------------------------------------------------------------------
// VariableBuilder's ScriptObject branch (builder.py _wrap, TorchScriptObjectVariable.is_matching_cls)

// Realizes every element of a flattened structure (installs guards and graph inputs).
static void realize_all(InstructionTranslatorBase& tx, VariableTracker* v) {
  v = v->realize(tx);
  if (auto* l = dynamic_cast<BaseListVariable*>(v)) {
    for (auto*& e : l->items) {
      e = e->realize(tx);
      realize_all(tx, e);
    }
  }
}

VariableTracker* VariableBuilder::wrap_script_object(Value value) {
  const SourcePtr& src = source;
  auto* so =
      value.o->kind == Kind::ScriptObject ? static_cast<rt::ScriptObj*>(value.o) : nullptr;  // else a FakeScriptObject
  auto has_method = [&](const std::string& m) {
    if (!so) return false;
    for (auto& x : so->methods)
      if (x == m) return true;
    return false;
  };
  // 2. Real-tracing escape hatch.
  if (has_method("tracing_mode")) {
    Value mode = interp.call_method(value, "tracing_mode", {});
    std::string m = interp.to_str(mode);
    if (m == "real") {
      fx::Node* node = output.create_graph_input(src, value, "torch.ScriptObject");
      output.examples[node] = value;
      return TorchScriptObjectVariable::create(tx, node, value, value, src);
    }
    if (m != "fake")
      throw UserFacingError("InternalTorchDynamoError",
                            "AssertionError: tracing_mode can be either real or fake but got " + m);
  }
  Value fake;
  bool opaque = so && so->qualname == rt::kOpaqueTypeStr;
  if (!opaque) {
    // 3. Objects without __obj_flatten__ are plain user-defined objects.
    if (!has_method("__obj_flatten__")) {
      Guard g;
      g.type = Guard::Type::TYPE_MATCH;
      g.source = src;
      g.expected = Value::obj(interp.type_of(value));
      output.guards.add(g);
      auto* u = make<UserDefinedObjectVariable>(value);
      u->source = src;
      return u;
    }
    // Guards on the class name and on the flattened contents.
    tx.wrap(interp.str(so->qualname), ScriptObjectQualifiedNameSource(src));
    Value flat = interp.call_method(value, "__obj_flatten__", {});
    VariableTracker* flat_vt = tx.wrap(flat, FlattenScriptObjectSource(src));
    realize_all(tx, flat_vt);
  }
  // 4. The fake object.
  fake = interp.call(interp.getattr(interp.import_module("torch._library.fake_class_registry"), "maybe_to_fake_obj"),
                     {Value::none(), value});
  // 5. The placeholder (named from the source, e.g. L_tq_).
  fx::Node* node = output.create_graph_input(src, value, "torch.ScriptObject");
  output.examples[node] = fake;
  return TorchScriptObjectVariable::create(tx, node, fake, value, src);
}

fx::TensorMeta tensor_meta(const torch::Tensor& t) {
  fx::TensorMeta m;
  m.dtype = fx::dtype_abbr(torch::dtype_repr(t.dtype()));
  for (auto s : t.sizes()) m.sizes.push_back(std::to_string(s));
  for (auto s : t.strides()) m.strides.push_back(std::to_string(s));
  return m;
}

std::vector<sym::Expr> contiguous_sym_strides(const std::vector<sym::Expr>& sizes) {
  std::vector<sym::Expr> st(sizes.size());
  sym::Expr acc = sym::Integer(1);
  for (size_t i = sizes.size(); i-- > 0;) {
    st[i] = acc;
    int64_t v;
    acc = sym::Mul(acc, sym::is_integer(sizes[i], &v) && v == 0 ? sym::Integer(1) : sizes[i]);
  }
  return st;
}

// A function wrapped by torch.compiler.disable (`_torchdynamo_disable` set): calling it is the
// "Skip calling `torch.compiler.disable()`d function" graph break (SkipFunctionVariable).
static SkipFunctionVariable* disabled_function(InstructionTranslatorBase& tx, rt::Function* f, Value v) {
  if (!f->dict) return nullptr;
  rt::Interp& I = tx.interp;
  Value flag = I.dict_get_str(f->dict, "_torchdynamo_disable");
  if (flag.is_null() || !I.truthy(flag)) return nullptr;
  auto* s = tx.make<SkipFunctionVariable>(v);
  s->disabled = true;
  s->disable_msg = I.dict_get_str(f->dict, "_torchdynamo_disable_msg");
  Value rec = I.dict_get_str(f->dict, "_torchdynamo_disable_recursive");
  s->disabled_inline = !rec.is_null() && !I.truthy(rec);
  return s;
}

// The torch.func transforms (prelude torch/_functorch/*.py) and the functions they return: PyTorch
// traces them as higher-order ops (FunctorchHigherOrderVariable) into graphs of its own format,
// which the playground does not produce, so calling one is a "Not supported by the playground
// yet: torch.func.NAME inside compiled code" graph break and the call runs eagerly. NAME is the
// public function the code belongs to (the first part of its qualname: `grad.<locals>.wrapper`
// is grad's; `_vjp_with_argnums.<locals>.wrapper`, vjp's vjp_fn, is vjp's).
static SkipFunctionVariable* functorch_transform(InstructionTranslatorBase& tx, rt::Function* f, Value v,
                                                 const std::string& mod) {
  if (mod.rfind("torch._functorch.", 0) != 0 && mod != "torch.func") return nullptr;
  std::string q = f->code->co_qualname;
  std::string name = q.substr(0, q.find('.'));
  if (name.rfind('_', 0) == 0) {
    name = name.substr(1);
    auto pos = name.find("_with_argnums");
    if (pos != std::string::npos) name = name.substr(0, pos);
  }
  auto* s = tx.make<SkipFunctionVariable>(v);
  s->playground_unsupported = "torch.func." + name;
  return s;
}

// A torch.compile'd function called from traced code is inlined: its original function
// (eval_frame.py `_fn._torchdynamo_inline`).
static rt::Function* compiled_original(InstructionTranslatorBase& tx, Value v) {
  auto& m = tx.state.compiled_originals;
  auto it = m.find(v.o);
  return it == m.end() ? nullptr : it->second;
}

// A function marked with torch._dynamo.allow_in_graph: one call_function node whose target is
// the function (TorchInGraphFunctionVariable, as trace_rules makes it), run on fake values.
static VariableTracker* allowed_in_graph(InstructionTranslatorBase& tx, rt::Function* f, Value v) {
  if (!tx.state.allowed_in_graph.count(f)) return nullptr;
  std::string mod = f->module_name.is_null() ? "__main__" : tx.interp.to_str(f->module_name);
  auto* t = tx.make<TorchInGraphFunctionVariable>(mod + "." + f->name, v);
  t->nonstrict_traceable = tx.state.nonstrict_trace.count(f) > 0;
  return t;
}

static bool is_in_graph_torch_builtin(rt::Interp& I, Value v, std::string& qualname) {
  if (!is_kind(v, Kind::Builtin)) return false;
  auto* b = static_cast<rt::Builtin*>(v.o);
  (void)I;
  if (b->module == "torch" && b->self.is_null() && torch::op_info(b->name)) {
    qualname = "torch." + b->name;
    return true;
  }
  return false;
}

bool is_in_graph_torch_op(rt::Interp& I, Value v) {
  std::string q;
  return is_in_graph_torch_builtin(I, v, q);
}

// A disallowed op (torch._dynamo.disallow_in_graph) is a SkipFunctionVariable: trace_rules.lookup
// answers SkipFunctionVariable for _disallowed_callable_ids.
static SkipFunctionVariable* disallowed_op(InstructionTranslatorBase& tx, Value v) {
  if (!tx.state.disallowed_in_graph.count(v.o)) return nullptr;
  auto* s = tx.make<SkipFunctionVariable>(v);
  s->unknown_builtin = true;
  return s;
}

// torch.nn.functional entries that are C builtins in PyTorch print under their C name.
static std::string functional_qualname(const std::string& name) {
  if (name == "linear" || name == "gelu" || name == "avg_pool2d" || name == "scaled_dot_product_attention")
    return "torch._C._nn." + name;
  if (name == "pixel_shuffle" || name == "pixel_unshuffle") return "torch." + name;
  return "torch.nn.functional." + name;
}

// Python functions of torch.nn.functional, torch.functional (torch.einsum) and torch._VF are in-graph
// functions (trace_rules' torch_name_rule_map): their qualified name, or "" for other functions.
// F.pad is not in those lists (a Python function since PyTorch 2.1): it is inlined. The prelude's
// torch._nn module is torch._C._nn (C builtins in PyTorch: torch_c_binding_in_graph_functions) and
// torch._variable_functions holds composite torch.* C builtins (torch.cosine_similarity, ...).
static std::string in_graph_python_function(const std::string& mod, const std::string& name) {
  if (mod == "torch.nn.functional" && name == "pad") return "";
  if (mod == "torch.nn.functional") return functional_qualname(name);
  if (mod == "torch._nn" && !name.empty() && name[0] != '_') return "torch._C._nn." + name;
  if (mod == "torch._linalg" && !name.empty() && name[0] != '_') return "torch._C._linalg." + name;
  if (mod == "torch._variable_functions" && !name.empty() && name[0] != '_') return "torch." + name;
  // torch.nn.functional's functions the prelude keeps in their own file (multi_head_attention_forward,
  // embedding_bag, pixel_shuffle, ...); its underscore helpers are inlined, as PyTorch inlines them.
  if (mod == "torch.nn._functional_transformer" && !name.empty() && name[0] != '_') return functional_qualname(name);
  // The prelude's torch.functional also holds composites that are C builtins in PyTorch (torch.rot90,
  // torch.diff, ...): only the functions of PyTorch's torch/functional.py print under that module.
  if (mod == "torch.functional" && !name.empty() && name[0] != '_') {
    static const std::set<std::string> python_functions = {
        "atleast_1d", "atleast_2d", "atleast_3d", "align_tensors", "broadcast_shapes", "broadcast_tensors",
        "cartesian_prod", "block_diag", "cdist", "chain_matmul", "einsum", "istft", "lu", "norm", "meshgrid",
        "pca_lowrank", "split", "stft", "svd_lowrank", "tensordot", "unique", "unique_consecutive",
        "unravel_index"};
    if (name == "linalg_det") return "torch._C._linalg.linalg_det";
    return (python_functions.count(name) ? "torch.functional." : "torch.") + name;
  }
  // torch._VF's recurrent functions are C functions in PyTorch (torch._C._VariableFunctions):
  // one torch.lstm_cell / torch.gru / ... node.
  if (mod == "torch._VF" && !name.empty() && name[0] != '_') return "torch." + name;
  return "";
}

static VariableTracker* wrap_tensor(InstructionTranslatorBase& tx, Value v, SourcePtr src) {
  rt::Interp& I = tx.interp;
  OutputGraph& out = tx.output;
  auto& t = rt::as_tensor(I, v);
  // The same tensor object reached through two sources: one graph input, DUPLICATE_INPUT guard.
  auto dup = out.tensor_vars_by_object.find(v.o);
  if (dup != out.tensor_vars_by_object.end() && src) {
    check_script_object_aliasing(src, dup->second->source);
    Guard g;
    g.type = Guard::Type::DUPLICATE_INPUT;
    g.source = src;
    g.other = dup->second->source;
    out.guards.add(g);
    return dup->second;
  }
  auto* tv = out.make<TensorVariable>();
  tv->source = src;
  tv->example = I.tensor(t.to_fake());
  std::string type = v.o->type == I.tensor_type ? "torch.Tensor" : v.o->type->module + "." + v.o->type->name;
  // Dynamic dims (builder.py _automatic_dynamic): a symbol per dynamic size, each bound by a
  // placeholder inserted just before the tensor's own.
  std::vector<std::string> reasons;
  std::vector<fx::DimDynamic> dims = tx.dim_dynamism(v, src, &reasons);
  SymShape shape;
  std::vector<fx::Node*> new_symbol_nodes;
  bool symbolic = false;
  for (auto d : dims) symbolic |= d != fx::DimDynamic::STATIC;
  if (symbolic) {
    std::string loc = out.user_loc();
    for (size_t i = 0; i < dims.size(); ++i) {
      SourcePtr ss = TensorPropertySource(src, "size", static_cast<int64_t>(i));
      sym::Expr e = out.shape_env.create_symbol(t.sizes()[i], ss->name(), dims[i], loc);
      shape.sizes.push_back(e);
      std::string name;
      if (sym::is_symbol(e, &name) && !out.symbol_exprs.count(name))
        out.symbol_log.push_back({name, ss->name(), reasons[i], t.sizes()[i]});
      if (sym::is_symbol(e, &name)) out.symbol_exprs[name] = e;
      if (sym::is_symbol(e, &name) && !out.symbol_nodes.count(name)) {
        fx::Node* sn = out.create_graph_input(ss, Value::integer(t.sizes()[i]), "torch.SymInt", name);
        out.symbol_nodes[name] = sn;
        out.sym_exprs[sn] = e;
        out.examples[sn] = Value::integer(t.sizes()[i]);
        new_symbol_nodes.push_back(sn);
      }
    }
    shape.strides = contiguous_sym_strides(shape.sizes);
    for (size_t i = 0; i < dims.size(); ++i) {
      SourcePtr ss = TensorPropertySource(src, "size", static_cast<int64_t>(i));
      out.shape_env.track_input(ss->name(), shape.sizes[i]);
      out.tracked_sources[ss->name()] = ss;
    }
    for (size_t i = 0; i < dims.size(); ++i) {
      SourcePtr ss = TensorPropertySource(src, "stride", static_cast<int64_t>(i));
      out.shape_env.track_input(ss->name(), shape.strides[i]);
      out.tracked_sources[ss->name()] = ss;
    }
  }
  tv->node = out.create_graph_input(src, v, type);
  tv->node->meta.tensor = tensor_meta(t);
  out.examples[tv->node] = tv->example;
  if (symbolic) out.set_sym_shape(rt::as_tensor(I, tv->example), shape);
  out.tensor_vars_by_object[v.o] = tv;
  Guard g;
  g.type = Guard::Type::TENSOR_MATCH;
  g.source = src;
  g.dtype = t.dtype();
  g.sizes = t.sizes();
  g.strides = t.strides();
  g.requires_grad = t.requires_grad();
  if (symbolic) {
    g.sym_sizes = shape.sizes;
    g.sym_strides = shape.strides;
    g.dynamic_dims.assign(dims.size(), false);
    g.dynamic_strides.assign(dims.size(), false);
    for (size_t i = 0; i < dims.size(); ++i) {
      g.dynamic_dims[i] = !sym::is_integer(shape.sizes[i]);
      g.dynamic_strides[i] = !sym::is_integer(shape.strides[i]);
    }
  }
  out.guards.add(g);
  return tv;
}

VariableTracker* InstructionTranslatorBase::wrap_lazy(Value v, SourcePtr src) {
  if (!src) return wrap_sourceless(v);
  auto it = output.source_vars.find(src->name());
  if (it != output.source_vars.end()) return it->second;
  if (v.is_obj() && (v.o->kind == Kind::Tensor || v.o->kind == Kind::ScriptObject || v.o->kind == Kind::Module ||
                     v.o->kind == Kind::Function || v.o->kind == Kind::Instance || v.o->kind == Kind::List ||
                     v.o->kind == Kind::Tuple || v.o->kind == Kind::Dict || v.o->kind == Kind::Set ||
                     v.o->kind == Kind::FrozenSet)) {
    auto* lz = make<LazyVariableTracker>();
    lz->value = v;
    lz->source = src;
    output.source_vars[src->name()] = lz;
    return lz;
  }
  return wrap(v, src);
}

VariableTracker* InstructionTranslatorBase::wrap(Value v, SourcePtr src) {
  return VariableBuilder(*this, std::move(src))(v);
}

VariableTracker* InstructionTranslatorBase::wrap_sourceless(Value v) { return SourcelessBuilder::create(*this, v); }

// An instance of a user subclass of str, or of int/float: not traced yet (both builders refuse it
// the same way). collections.OrderedDict / defaultdict read from the frame are ConstDictVariables
// with that user_cls; other subclasses of tuple/list/dict are UserDefined*Variables.
static void refuse_builtin_subclass(rt::Interp& In, const Value& v, const std::string& context) {
  if (rt::Interp::is_number_subclass(v)) {
    bool is_int = In.type_of(v)->is_subtype(In.int_type);
    unimplemented_in_playground("an instance of `" + In.type_name(v) + "`, a user subclass of " +
                                    std::string(is_int ? "int" : "float") + ", inside compiled code",
                                context);
  }
  // Subclasses of tuple, list and dict are traced (UserDefined{Tuple,List,Dict}Variable); str's are not.
  rt::Type* sub = In.payload_subclass(v);
  if (!sub || v.o->kind != Kind::Str) return;
  unimplemented_in_playground("an instance of `" + sub->name + "`, a user subclass of str, inside compiled code",
                              context);
}

// A dict view made outside the traced code (rt::Tuple::view_of): PyTorch wraps it as a
// DictKeysVariable & co. over its dict; the playground does not trace one yet.
static void refuse_dict_view(const Value& v) {
  if (v.o->kind != Kind::Tuple || !static_cast<rt::Tuple*>(v.o)->view_of) return;
  unimplemented_in_playground("a " + v.o->type->name + " view made outside the compiled code, used inside it",
                              "wrap " + v.o->type->name);
}

static bool is_defaultdict_cls(const rt::Type* t) { return t->module == "collections" && t->name == "defaultdict"; }
static bool has_defaultdict_base(const rt::Type* t) {
  for (rt::Type* k : t->mro)
    if (is_defaultdict_cls(k)) return true;
  return false;
}

VariableBuilder::VariableBuilder(InstructionTranslatorBase& t, SourcePtr s)
    : tx(t), interp(t.interp), state(t.state), output(t.output), source(std::move(s)) {}

template <class T, class... A>
T* VariableBuilder::make(A&&... a) {
  return output.make<T>(std::forward<A>(a)...);
}

VariableTracker* VariableBuilder::operator()(Value v) {
  if (!source) return SourcelessBuilder::create(tx, v);
  // Lazily realized (placeholder order = first use): locals, globals and attributes start lazy.
  auto it = output.source_vars.find(source->name());
  if (it != output.source_vars.end()) return it->second;
  // The same mutable object (list, dict, object of a user class) reached through a second source
  // is the same tracker, as VariableBuilder.__call__ finds it in side_effects: a mutation through
  // one name is seen through the other, `p is q` holds, and a DUPLICATE_INPUT guard keeps the
  // entry to calls where the two are still one object (tensors: wrap_tensor).
  bool by_identity =
      v.is_obj() &&
      (v.o->kind == Kind::List || v.o->kind == Kind::Dict || v.o->kind == Kind::Set ||
       (v.o->kind == Kind::Instance && !is_enum_member(v) && !TorchScriptObjectVariable::is_matching_cls(interp, v)));
  if (by_identity) {
    auto dup = output.vars_by_object.find(v.o);
    if (dup != output.vars_by_object.end() && dup->second->source) {
      Guard g;
      g.type = Guard::Type::DUPLICATE_INPUT;
      g.source = source;
      g.other = dup->second->source;
      output.guards.add(g);
      return dup->second;
    }
  }
  VariableTracker* r = _wrap(v);
  if (by_identity && r && !dynamic_cast<LazyVariableTracker*>(r)) output.vars_by_object.emplace(v.o, r);
  return r;
}

VariableTracker* VariableBuilder::_wrap(Value v) {
  const SourcePtr& src = source;
  rt::Interp& In = interp;
  auto add_guard = [&](Guard::Type type, Value expected) {
    Guard g;
    g.type = type;
    g.source = src;
    g.expected = expected;
    output.guards.add(g);
  };
  if (v.is_null()) return make<ConstantVariable>(Value::none());
  if (v.is_int() && !v.is_bool() && tx.int_is_dynamic(v, src)) {
    // wrap_symint: the int is a graph input (torch.SymInt) with an unspecialized symbol, guarded on
    // its type only.
    add_guard(Guard::Type::TYPE_MATCH, Value::obj(In.type_of(v)));
    auto* sn = make<SymNodeVariable>();
    sn->source = src;
    sn->example = v;
    sn->expr = output.shape_env.create_unspecified_symbol(v.i, src->name(), output.user_loc());
    sn->node = output.create_graph_input(src, v, "torch.SymInt");
    std::string name;
    if (sym::is_symbol(sn->expr, &name)) {
      output.symbol_log.push_back(
          {name, src->name(), output.assume_static_by_default ? "automatic" : "dynamic=True", v.i});
      output.symbol_nodes[name] = sn->node;
      output.symbol_exprs[name] = sn->expr;
    }
    output.sym_exprs[sn->node] = sn->expr;
    output.shape_env.track_input(src->name(), sn->expr);
    output.tracked_sources[src->name()] = src;
    output.examples[sn->node] = v;
    output.source_vars[src->name()] = sn;
    return sn;
  }
  if (is_enum_member(v) && !is_kind(v, Kind::Instance)) {
    add_guard(Guard::Type::ID_MATCH, v);
    auto* c = make<ConstantVariable>(v);
    c->source = src;
    return c;
  }
  if ((rt::Interp::is_number_subclass(v) || (is_kind(v, Kind::Str) && In.payload_subclass(v))) &&
      !is_enum_member(v)) {
    // VariableBuilder.wrap_user_defined: an instance of a user subclass of int / float / str is a
    // UserDefinedObjectVariable guarded on its type (ConstantVariable.is_literal is false for it).
    add_guard(Guard::Type::TYPE_MATCH, Value::obj(v.o->type));
    auto* u = make<UserDefinedObjectVariable>(v);
    u->source = src;
    return u;
  }
  refuse_builtin_subclass(In, v, "wrap " + src->name());
  // Ints outside int64 are never symbolic: a constant guarded by value (docs/python-ints.md).
  if (v.is_none() || v.is_bool() || v.is_int() || v.is_float() || is_kind(v, Kind::Str) || is_kind(v, Kind::Long)) {
    add_guard(v.is_none() ? Guard::Type::ID_MATCH : Guard::Type::EQUALS_MATCH, v);
    auto* c = make<ConstantVariable>(v);
    c->source = src;
    return c;
  }
  if (TorchScriptObjectVariable::is_matching_cls(In, v)) return wrap_script_object(v);
  switch (v.o->kind) {
    case Kind::Tensor: return wrap_tensor(tx, v, src);
    case Kind::Tuple:
    case Kind::List:
    case Kind::Size: {
      refuse_dict_view(v);
      auto& items = v.o->kind == Kind::List ? static_cast<rt::List*>(v.o)->items : static_cast<rt::Tuple*>(v.o)->items;
      Guard g;
      g.type = Guard::Type::SEQUENCE_LENGTH;
      g.source = src;
      g.length = static_cast<int64_t>(items.size());
      g.expected = Value::obj(In.type_of(v));
      output.guards.add(g);
      BaseListVariable* l;
      if (v.o->kind == Kind::List) l = make<ListVariable>();
      else if (v.o->kind == Kind::Size) l = make<SizeVariable>();
      else l = make<TupleVariable>();
      if (v.o->kind == Kind::Tuple && v.o->type != In.tuple_type &&
          (v.o->type->is_builtin || is_namedtuple_cls(In, v.o->type))) {  // a namedtuple (NamedTupleVariable)
        static_cast<TupleVariable*>(l)->named_type = v.o->type;
        if (v.o->type->is_builtin) static_cast<TupleVariable*>(l)->named_example = v;
      } else if (rt::Type* sub = In.payload_subclass(v)) {  // UserDefinedTupleVariable / UserDefinedListVariable
        l->user_cls = sub;
        l->user_obj = v;
      }
      l->source = src;
      for (size_t i = 0; i < items.size(); ++i) {
        auto* lz = make<LazyVariableTracker>();
        lz->value = items[i];
        // A list subclass's items: ListGetItemSource (`list.__getitem__(L['l'], 0)`).
        lz->source = l->user_cls && v.o->kind == Kind::List ? ListGetItemSource(src, static_cast<int64_t>(i))
                                                            : GetItemSource(src, Value::integer(static_cast<int64_t>(i)));
        l->items.push_back(lz);
      }
      return l;
    }
    case Kind::Dict: {
      auto* d = make<ConstDictVariable>();
      d->source = src;
      if (In.type_of(v) != In.dict_type) {
        d->user_cls = In.type_of(v);
        d->user_obj = v;
      }
      add_guard(Guard::Type::TYPE_MATCH, Value::obj(In.type_of(v)));
      if (d->user_cls && has_defaultdict_base(d->user_cls)) {
        // DefaultDictVariable (or a user subclass of defaultdict, its built-in part): the
        // default_factory wrapped from `L['d'].default_factory`.
        d->is_defaultdict = true;
        output.source_vars[src->name()] = d;
        d->default_factory = tx.wrap(In.getattr(v, "default_factory"), AttrSource(src, "default_factory"));
      }
      std::vector<Value> keys;
      for (auto& e : static_cast<rt::Dict*>(v.o)->entries)
        if (e.live) keys.push_back(e.key);
      d->source_keys = In.list(keys);
      for (auto& e : static_cast<rt::Dict*>(v.o)->entries) {
        if (!e.live) continue;
        auto* lz = make<LazyVariableTracker>();
        lz->value = e.value;
        lz->source = GetItemSource(src, e.key);
        d->items.emplace_back(e.key, lz);
      }
      return d;
    }
    case Kind::Set:
    case Kind::FrozenSet: return wrap_set(v);
    case Kind::Module: {
      auto* m = make<PythonModuleVariable>(v);
      m->source = src;
      return m;
    }
    case Kind::Function: {
      add_guard(Guard::Type::ID_MATCH, v);
      auto* f = static_cast<rt::Function*>(v.o);
      std::string mod = f->module_name.is_null() ? "" : In.to_str(f->module_name);
      if (std::string q = in_graph_python_function(mod, f->name); !q.empty()) {
        auto* t = make<TorchInGraphFunctionVariable>(q, v);
        t->source = src;
        return t;
      }
      if (auto* s = disabled_function(tx, f, v)) {
        s->source = src;
        return s;
      }
      if (auto* a = allowed_in_graph(tx, f, v)) {
        a->source = src;
        return a;
      }
      if (auto* s = functorch_transform(tx, f, v, mod)) {
        s->source = src;
        return s;
      }
      if (mod.starts_with("torch") && In.dict_get_str(f->globals, "__dynamo_skip__").is_obj()) {
        auto* s = make<SkipFunctionVariable>(v);
        s->source = src;
        return s;
      }
      auto* u = make<UserFunctionVariable>(f);
      u->source = src;
      return u;
    }
    case Kind::Builtin: {
      std::string q;
      if (auto* s = disallowed_op(tx, v)) {
        s->source = src;
        return s;
      }
      if (is_in_graph_torch_builtin(In, v, q)) {
        auto* t = make<TorchInGraphFunctionVariable>(q, v);
        t->source = src;
        return t;
      }
      if (rt::Function* orig = compiled_original(tx, v)) {
        add_guard(Guard::Type::ID_MATCH, v);
        auto* u = make<UserFunctionVariable>(orig);
        u->source = src;
        return u;
      }
      return SourcelessBuilder::create(tx, v);
    }
    case Kind::BoundMethod: {
      // VariableBuilder's MethodType case: a method read through a source (a resume function's
      // `___stack0` holding `lst.append`, a method passed in) is that object on every call: its
      // `__self__` is wrapped from its own source, so the object the method is bound to is the
      // input's (rebuilt and mutated as such), never the first call's object kept as a constant.
      auto* bm = static_cast<rt::BoundMethod*>(v.o);
      if (bm->func.is_obj() && bm->func.o->kind == Kind::Function &&
          !disabled_function(tx, static_cast<rt::Function*>(bm->func.o), bm->func)) {
        Guard fg;  // the function it calls is the traced one (FUNCTION_MATCH on __func__)
        fg.type = Guard::Type::ID_MATCH;
        fg.source = AttrSource(src, "__func__");
        fg.expected = bm->func;
        output.guards.add(fg);
        auto* m = make<UserMethodVariable>(static_cast<rt::Function*>(bm->func.o),
                                           tx.wrap(bm->self, AttrSource(src, "__self__")));
        m->source = src;
        return m;
      }
      auto* u = make<UserDefinedObjectVariable>(v);
      u->source = src;
      return u;
    }
    case Kind::Type: {
      add_guard(Guard::Type::ID_MATCH, v);
      // A builtin class read through a source (`field.default_factory` being `list`): a
      // BuiltinVariable, as SourcelessBuilder makes it (VariableBuilder's is_builtin_callable case).
      auto* bt = static_cast<rt::Type*>(v.o);
      if (bt->is_builtin && bt->module == "builtins" && !bt->is_subtype(In.BaseException)) {
        auto* b = make<BuiltinVariable>(bt->name, v);
        b->source = src;
        return b;
      }
      auto* c = make<UserDefinedClassVariable>(static_cast<rt::Type*>(v.o));
      c->source = src;
      return c;
    }
    case Kind::Instance: {
      rt::Type* t = v.o->type;
      if (is_torch_constant_instance(v)) {
        add_guard(Guard::Type::EQUALS_MATCH, v);
        auto* c = make<ConstantVariable>(v);
        c->source = src;
        return c;
      }
      if (is_enum_member(v)) {
        add_guard(Guard::Type::ID_MATCH, v);
        auto* c = make<ConstantVariable>(v);
        c->source = src;
        return c;
      }
      add_guard(Guard::Type::TYPE_MATCH, Value::obj(t));
      // A types.UnionType input (`isinstance(x, u)` folds on its arguments): the same object.
      if (t->qualname == "UnionType" && t->module == "types") add_guard(Guard::Type::ID_MATCH, v);
      if (is_functools_partial(t)) {
        // Its parts are wrapped now, from their sources (L['p'].func, .args[i], .keywords['k']).
        auto* p = make<FunctoolsPartialVariable>();
        p->source = src;
        p->partial_type = t;
        output.source_vars[src->name()] = p;
        Value fn = In.getattr(v, "func"), pargs = In.getattr(v, "args"), kws = In.getattr(v, "keywords");
        p->func = tx.wrap(fn, AttrSource(src, "func"));
        SourcePtr args_src = AttrSource(src, "args");
        Guard len;
        len.type = Guard::Type::SEQUENCE_LENGTH;
        len.source = args_src;
        len.expected = Value::obj(In.type_of(pargs));
        len.length = static_cast<int64_t>(In.len(pargs));
        output.guards.add(len);
        std::vector<Value> items = In.to_vector(pargs);
        for (size_t i = 0; i < items.size(); ++i)
          p->args.push_back(tx.wrap(items[i], GetItemSource(args_src, Value::integer(static_cast<int64_t>(i)))));
        SourcePtr kw_src = AttrSource(src, "keywords");
        std::vector<Value> keys;
        if (kws.is_obj() && kws.o->kind == Kind::Dict)
          for (auto& e : static_cast<rt::Dict*>(kws.o)->entries) {
            if (!e.live) continue;
            keys.push_back(e.key);
            p->keywords.emplace_back(In.to_str(e.key), tx.wrap(e.value, GetItemSource(kw_src, e.key)));
          }
        Guard kg;
        kg.type = Guard::Type::DICT_KEYS_MATCH;
        kg.source = kw_src;
        kg.expected = In.list(keys);
        output.guards.add(kg);
        return p;
      }
      std::string mod = t->module;
      for (rt::Type* k : t->mro) {
        if (k->qualname == "Module" && k->module == "torch.nn.modules.module") {
          wrap_module_rnn_check(In, v);
          auto* m = make<UnspecializedNNModuleVariable>(v);
          m->source = src;
          return m;
        }
        // A custom operator (its packet, an overload, or torch.library.custom_op's CustomOpDef, which
        // Dynamo records as its default overload): one call_function node.
        if ((k->qualname == "OpOverloadPacket" || k->qualname == "OpOverload") && k->module == "torch._ops" ||
            (k->qualname == "CustomOpDef" && k->module == "torch._library.custom_ops")) {
          Value q = In.getattr(v, "_qualified_op_name");
          auto* f = make<TorchInGraphFunctionVariable>("torch.ops." + In.to_str(q), v, true);
          f->source = src;
          return f;
        }
      }
      auto* u = make<UserDefinedObjectVariable>(v);
      u->source = src;
      return u;
    }
    default: break;
  }
  return SourcelessBuilder::create(tx, v);
}

// ConstantVariable.is_literal: a constant of a common type, or a tuple / frozenset of literals.
static bool is_literal(rt::Interp& In, const Value& v) {
  if (v.is_none() || v.is_bool() || v.is_int() || v.is_float()) return true;
  if (!v.is_obj() || In.payload_subclass(v) || rt::Interp::is_number_subclass(v) || is_enum_member(v)) return false;
  switch (v.o->kind) {
    case Kind::Str:
    case Kind::Long:
    case Kind::Bytes: return true;
    case Kind::Tuple:
    case Kind::FrozenSet:
    case Kind::Set: {
      if (v.o->kind == Kind::Tuple && v.o->type != In.tuple_type) return false;
      for (auto& e : In.to_vector(v))
        if (!is_literal(In, e)) return false;
      return true;
    }
    default: return false;
  }
}

// A set / frozenset read from the frame (VariableBuilder._wrap): one of literals is
// `wrap_literal`'s ConstantVariable (a SetVariable of its elements, in the set's iteration order)
// guarded by CONSTANT_MATCH (`L['s'] == {1, 2}`); a set holding tensors is PyTorch's "Attempted to
// wrap a set with tensors" graph break.
VariableTracker* VariableBuilder::wrap_set(Value v) {
  rt::Interp& In = interp;
  std::vector<Value> elems = In.to_vector(v);
  if (v.o->kind == Kind::Set && v.o->type == In.set_type)
    for (auto& e : elems)
      if (is_kind(e, Kind::Tensor))
        unimplemented("Attempted to wrap a set with tensors", "Python set containing torch.Tensor elements",
                      "Dynamo cannot trace sets of tensors. To get a stable ordering, Dynamo needs to convert the set "
                      "into a list and the order might not be stable if the set contains tensors.",
                      {"Use a dictionary where the keys are tensors.", graph_break_hints::SUPPORTABLE});
  if (v.o->type != In.set_type && v.o->type != In.frozenset_type)
    unimplemented_in_playground("an instance of `" + v.o->type->name + "`, a user subclass of " +
                                    (v.o->kind == Kind::Set ? "set" : "frozenset") + ", inside compiled code",
                                "wrap " + source->name());
  if (!is_literal(In, v))
    unimplemented_in_playground(std::string("a ") + (v.o->kind == Kind::Set ? "set" : "frozenset") +
                                    " whose elements are not constants, from outside the compiled code",
                                "wrap " + source->name());
  Guard g;
  g.type = Guard::Type::EQUALS_MATCH;
  g.source = source;
  // The value at trace time (the set itself may be mutated later).
  g.expected = In.call(In.dict_get_str(In.builtins, v.o->kind == Kind::Set ? "set" : "frozenset"),
                       std::vector<Value>{v});
  output.guards.add(g);
  auto* s = make<SetVariable>();
  s->frozen = v.o->kind == Kind::FrozenSet;
  s->source = source;
  for (auto& e : elems) s->items.push_back(SourcelessBuilder::create(tx, e));
  return s;
}

VariableTracker* SourcelessBuilder::create(InstructionTranslatorBase& tx, Value v) {
  rt::Interp& In = tx.interp;
  if (v.is_null() || v.is_none() || v.is_bool() || v.is_int() || v.is_float())
    return tx.make<ConstantVariable>(v.is_null() ? Value::none() : v);
  if (is_enum_member(v)) return tx.make<ConstantVariable>(v);
  refuse_builtin_subclass(In, v, "SourcelessBuilder.create");
  switch (v.o->kind) {
    case Kind::Str:
    case Kind::Long:
    case Kind::Bytes:
    case Kind::DType:
    case Kind::Slice:
    case Kind::Ellipsis:
    case Kind::Code: return tx.make<ConstantVariable>(v);
    case Kind::Range: {
      auto* r = static_cast<rt::Range*>(v.o);
      return tx.make<RangeVariable>(r->start, r->stop, r->step);
    }
    case Kind::Tuple:
    case Kind::List:
    case Kind::Size: {
      refuse_dict_view(v);
      auto& items = v.o->kind == Kind::List ? static_cast<rt::List*>(v.o)->items : static_cast<rt::Tuple*>(v.o)->items;
      BaseListVariable* l;
      if (v.o->kind == Kind::List) l = tx.make<ListVariable>();
      else if (v.o->kind == Kind::Size) l = tx.make<SizeVariable>();
      else l = tx.make<TupleVariable>();
      if (v.o->kind == Kind::Tuple && v.o->type != In.tuple_type &&
          (v.o->type->is_builtin || is_namedtuple_cls(In, v.o->type))) {  // a namedtuple (NamedTupleVariable)
        static_cast<TupleVariable*>(l)->named_type = v.o->type;
        if (v.o->type->is_builtin) static_cast<TupleVariable*>(l)->named_example = v;
      } else if (rt::Type* sub = In.payload_subclass(v)) {
        l->user_cls = sub;
        l->user_obj = v;
      }
      for (auto& e : items) l->items.push_back(create(tx, e));
      return l;
    }
    case Kind::Dict: {
      auto* d = tx.make<ConstDictVariable>();
      if (In.type_of(v) != In.dict_type) {
        d->user_cls = In.type_of(v);
        d->user_obj = v;
      }
      for (auto& e : static_cast<rt::Dict*>(v.o)->entries)
        if (e.live) d->items.emplace_back(e.key, create(tx, e.value));
      return d;
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      if (v.o->type != In.set_type && v.o->type != In.frozenset_type) return tx.make<UserDefinedObjectVariable>(v);
      auto* s = tx.make<SetVariable>();
      s->frozen = v.o->kind == Kind::FrozenSet;
      for (auto& e : In.to_vector(v)) s->items.push_back(create(tx, e));
      return s;
    }
    case Kind::Module: return tx.make<PythonModuleVariable>(v);
    case Kind::Function: {
      auto* f = static_cast<rt::Function*>(v.o);
      std::string mod = f->module_name.is_null() ? "" : In.to_str(f->module_name);
      if (std::string q = in_graph_python_function(mod, f->name); !q.empty())
        return tx.make<TorchInGraphFunctionVariable>(q, v);
      if (auto* s = disabled_function(tx, f, v)) return s;
      if (auto* a = allowed_in_graph(tx, f, v)) return a;
      if (auto* s = functorch_transform(tx, f, v, mod)) return s;
      return tx.make<UserFunctionVariable>(f);
    }
    case Kind::BoundMethod: {
      auto* bm = static_cast<rt::BoundMethod*>(v.o);
      if (bm->func.is_obj() && bm->func.o->kind == Kind::Function &&
          !disabled_function(tx, static_cast<rt::Function*>(bm->func.o), bm->func))
        return tx.make<UserMethodVariable>(static_cast<rt::Function*>(bm->func.o), create(tx, bm->self));
      return tx.make<UserDefinedObjectVariable>(v);
    }
    case Kind::Builtin: {
      std::string q;
      if (auto* s = disallowed_op(tx, v)) return s;
      if (is_in_graph_torch_builtin(In, v, q)) return tx.make<TorchInGraphFunctionVariable>(q, v);
      if (rt::Function* orig = compiled_original(tx, v)) return tx.make<UserFunctionVariable>(orig);
      auto* b = static_cast<rt::Builtin*>(v.o);
      // A built-in type's __new__ (`tuple.__new__`, reached through super() or the class): the
      // method of the type, not the type's constructor.
      if (b->qualname.ends_with(".__new__")) {
        std::string tn = b->qualname.substr(0, b->qualname.size() - 8);
        for (rt::Type* t : {In.dict_type, In.list_type, In.tuple_type})
          if (t->name == tn) return tx.make<GetAttrVariable>(tx.make<BuiltinVariable>(t->name, Value::obj(t)), "__new__");
        return tx.make<SkipFunctionVariable>(v);
      }
      // Builtins and the math module's functions (constant-folded on constants, as PyTorch's
      // BuiltinVariable folds math.sqrt & co.).
      if ((b->module == "builtins" || b->module == "math") && b->self.is_null())
        return tx.make<BuiltinVariable>(b->name, v);
      // The prelude deque's iterator (core/runtime/itersmodule.cpp): traced as iter() or
      // reversed() of its backing list, as PyTorch's DequeVariable iterates its items.
      if (b->module == "_dp_iters" && b->name == "deque_iter") return tx.make<BuiltinVariable>("_dp_deque_iter", v);
      auto* s = tx.make<SkipFunctionVariable>(v);
      // unicodedata's functions are C builtins of an extension module in CPython: inspect.getfile
      // cannot place them, so SkipFunctionVariable explains them as an unknown builtin.
      s->unknown_builtin = b->module == "unicodedata";
      return s;
    }
    case Kind::Type: {
      auto* t = static_cast<rt::Type*>(v.o);
      if (t->is_builtin && t->module == "builtins") return tx.make<BuiltinVariable>(t->name, v);
      return tx.make<UserDefinedClassVariable>(t);
    }
    case Kind::Tensor:
      unimplemented_in_playground("embedding a tensor created outside the frame without a source", "tensor constant");
    case Kind::Instance: {
      if (is_enum_member(v) || is_torch_constant_instance(v)) return tx.make<ConstantVariable>(v);
      for (rt::Type* k : v.o->type->mro) {
        if ((k->qualname == "OpOverloadPacket" || k->qualname == "OpOverload") && k->module == "torch._ops" ||
            (k->qualname == "CustomOpDef" && k->module == "torch._library.custom_ops")) {
          Value q = In.getattr(v, "_qualified_op_name");
          return tx.make<TorchInGraphFunctionVariable>("torch.ops." + In.to_str(q), v, true);
        }
      }
      return tx.make<UserDefinedObjectVariable>(v);
    }
    default: return tx.make<UserDefinedObjectVariable>(v);
  }
}

VariableTracker* InstructionTranslatorBase::wrap_fx_proxy(fx::Node* node, Value example) {
  rt::Interp& In = interp;
  if (is_kind(example, Kind::Tensor)) {
    auto* tv = make<TensorVariable>();
    tv->node = node;
    tv->example = example;
    node->meta.tensor = tensor_meta(rt::as_tensor(In, example));
    output.examples[node] = example;
    return tv;
  }
  if (example.is_none() || example.is_int() || example.is_float() || example.is_bool()) return constant(example);
  if (is_kind(example, Kind::Tuple) || is_kind(example, Kind::List)) {
    auto& items = is_kind(example, Kind::List) ? static_cast<rt::List*>(example.o)->items
                                               : static_cast<rt::Tuple*>(example.o)->items;
    BaseListVariable* l = is_kind(example, Kind::List) ? static_cast<BaseListVariable*>(make<ListVariable>())
                                                       : static_cast<BaseListVariable*>(make<TupleVariable>());
    for (size_t i = 0; i < items.size(); ++i) {
      NodeExec e;
      e.kind = NodeExec::Kind::GetItem;
      PArg src;
      src.kind = PArg::Kind::Node;
      src.node = node;
      PArg idx;
      idx.value = Value::integer(static_cast<int64_t>(i));
      e.args = {src, idx};
      Value ex;
      fx::Node* n = output.create_proxy(fx::Op::CallFunction, fx::Target::op("getitem"), e, e.args, {}, ex);
      l->items.push_back(wrap_fx_proxy(n, ex));
    }
    if (auto* tv = dynamic_cast<TupleVariable*>(l); tv && example.o->type != In.tuple_type) {
      tv->named_type = example.o->type;
      tv->named_example = example;
    }
    return l;
  }
  if (is_fake_script_object(In, example))
    return TorchScriptObjectVariable::create(*this, node, example, Value(), nullptr);
  std::string typestr = "<class '" + In.type_name(example) + "'>";
  unimplemented("torch.* op returned non-Tensor",
                "example_value type: " + typestr + "; op: " + fx::op_name(node->op()) +
                    "; target: " + node->target().qualified_name(),
                "torch.* ops that return a non-Tensor cannot be traced into the Dynamo FX graph output", {});
}

}  // namespace dp::dynamo

namespace dp::dynamo {

void FrameStateAtom::merge(const FrameStateAtom& o) {
  if (o.state == State::Unset) return;
  if (state == State::Unset) {
    *this = o;
    return;
  }
  if (state == State::AutoDynamic || o.state == State::AutoDynamic || value != o.value) state = State::AutoDynamic;
}

static FrameStateAtom atom_value(int64_t v) {
  FrameStateAtom a;
  a.state = FrameStateAtom::State::Value;
  a.value = v;
  return a;
}
static FrameStateAtom atom_dynamic() {
  FrameStateAtom a;
  a.state = FrameStateAtom::State::AutoDynamic;
  return a;
}

// builder.py _automatic_dynamic: the policy of each dim of a tensor input.
std::vector<fx::DimDynamic> InstructionTranslatorBase::dim_dynamism(Value v, SourcePtr src,
                                                                    std::vector<std::string>* reasons) {
  const auto& t = rt::as_tensor(interp, v);
  size_t n = static_cast<size_t>(t.dim());
  std::vector<fx::DimDynamic> dims(n, fx::DimDynamic::STATIC);
  if (reasons) reasons->assign(n, "");
  // Parameters always have static shapes (force_parameter_static_shapes).
  if (v.o->type == interp.parameter_type) return dims;
  // Frame state: a dim is auto-dynamic once two compiles saw different sizes.
  FrameStateSizeEntry& fs = state.caches[output.frame.code].frame_state[src->name()];
  fs.scalar.merge(atom_dynamic());
  if (fs.size_tuple.state == FrameStateAtom::State::Unset) {
    fs.size_tuple = atom_value(static_cast<int64_t>(n));
    for (auto s : t.sizes()) fs.size.push_back(atom_value(s));
  } else if (fs.size_tuple.state == FrameStateAtom::State::Value && fs.size.size() != n) {
    fs.size_tuple = atom_dynamic();
  } else if (fs.size_tuple.state == FrameStateAtom::State::Value) {
    for (size_t i = 0; i < n; ++i) fs.size[i].merge(atom_value(t.sizes()[i]));
  }
  auto marks = [&](auto& m) -> const std::set<int64_t>* {
    auto it = m.find(t.impl());
    return it == m.end() ? nullptr : &it->second;
  };
  const std::set<int64_t>* md = marks(state.marked_dynamic);
  const std::set<int64_t>* mm = marks(state.marked_maybe_dynamic);
  const std::set<int64_t>* ms = marks(state.marked_static);
  // Dims of non-contiguous inputs stay static (their strides would need symbols of their own).
  if (!t.is_contiguous()) return dims;
  for (size_t i = 0; i < n; ++i) {
    int64_t d = static_cast<int64_t>(i);
    bool auto_dyn = output.automatic_dynamic_shapes &&
                    (fs.size_tuple.state == FrameStateAtom::State::AutoDynamic ||
                     (i < fs.size.size() && fs.size[i].state == FrameStateAtom::State::AutoDynamic));
    std::string why;
    if ((md && md->count(d)) || (mm && mm->count(d)))
      dims[i] = fx::DimDynamic::DYNAMIC, why = md && md->count(d) ? "mark_dynamic" : "maybe_mark_dynamic";
    else if (ms && ms->count(d)) dims[i] = fx::DimDynamic::STATIC;
    else if (auto_dyn) dims[i] = fx::DimDynamic::DYNAMIC, why = "automatic";
    else if (output.assume_static_by_default) dims[i] = fx::DimDynamic::STATIC;
    else dims[i] = fx::DimDynamic::DUCK, why = "dynamic=True";
    if (reasons) (*reasons)[i] = why;
  }
  return dims;
}

// builder.py wrap_literal / wrap_symint: a local int is traced as a SymInt when it changed between
// compiles (automatic dynamic) or when shapes are dynamic by default (dynamic=True).
// An int inside a script object's flattened state (L['foo'].__obj_flatten__()[0][1]) is local too
// (its guard source is its base's), so it follows the same rule: FakeFoo still gets the real int
// (maybe_to_fake_obj flattens the object itself), only the guard changes (docs/torchbind.md §2).
static bool local_int_source(const SourcePtr& src) {
  if (src->kind == Source::Kind::Local) return true;
  const Source* s = src.get();
  while (s && s->kind == Source::Kind::GetItem) s = s->base.get();
  if (!s || s->kind != Source::Kind::Flatten) return false;
  s = s->base.get();
  while (s && s->kind == Source::Kind::GetItem) s = s->base.get();
  return s && s->kind == Source::Kind::Local;
}

bool InstructionTranslatorBase::int_is_dynamic(Value v, SourcePtr src) {
  if (!local_int_source(src)) return false;
  FrameStateSizeEntry& fs = state.caches[output.frame.code].frame_state[src->name()];
  fs.scalar.merge(atom_value(v.i));
  fs.size_tuple.merge(atom_dynamic());
  if (!output.assume_static_by_default) return true;
  return output.automatic_dynamic_shapes && fs.scalar.state == FrameStateAtom::State::AutoDynamic;
}

VariableTracker* InstructionTranslatorBase::sym_node(const sym::Expr& expr, Value hint, fx::Node* node) {
  sym::Expr e = output.shape_env.simplify(expr);
  int64_t v;
  if (sym::is_integer(e, &v)) return constant(Value::integer(v));
  std::string name;
  if (!node && sym::is_symbol(e, &name)) {
    auto it = output.symbol_nodes.find(name);
    if (it != output.symbol_nodes.end()) node = it->second;
  }
  if (!node) return nullptr;
  auto* sn = make<SymNodeVariable>();
  sn->node = node;
  sn->example = hint;
  sn->expr = e;
  if (!output.sym_exprs.count(node)) output.sym_exprs[node] = e;
  return sn;
}

}  // namespace dp::dynamo
