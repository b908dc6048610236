// The Python face of the eager autograd engine (core/torch/autograd/, docs/autograd.md). Mirrors
// torch/csrc/autograd/python_variable.cpp (Tensor.grad, .grad_fn, .data, .is_leaf, retain_grad,
// .backward), python_cpp_function.cpp (grad_fn objects: one Python type per node name, `name()`,
// `next_functions`, AccumulateGrad's `variable`) and python_engine.cpp
// (torch._C._run_backward, used by the prelude's torch.autograd.backward / grad).
#include "runtime/python_autograd.h"

#include <algorithm>

#include "runtime/torch_module.h"
#include "torch/autograd/engine.h"
#include "torch/autograd/function.h"

namespace dp::rt {

namespace T = dp::torch;
namespace A = dp::torch::autograd;

Value wrap_tensor(Interp& I, const T::Tensor& t);

namespace {

// A grad_fn object: holds its node alive, like a PyObject owning a shared_ptr<Node>.
struct GradFnObj : Object {
  std::shared_ptr<A::Node> node;
  GradFnObj(Type* t, std::shared_ptr<A::Node> n) : Object(t, Kind::Other), node(std::move(n)) {}
};

std::shared_ptr<A::Node>& node_of(Interp& I, Value v) {
  if (!(v.is_obj() && v.o->kind == Kind::Other && dynamic_cast<GradFnObj*>(v.o)))
    I.raise(I.TypeError, "expected a grad_fn object, got " + I.type_name(v));
  return static_cast<GradFnObj*>(v.o)->node;
}

Value wrap_node(Interp& I, const std::shared_ptr<A::Node>& n);

void add_method(Interp& I, Type* t, const std::string& name, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn), "builtins").o);
  b->is_method = true;
  b->qualname = t->name + "." + name;
  I.dict_set_str(t->dict, name, Value::obj(b));
}

void add_property(Interp& I, Type* t, const std::string& name, NativeFn get, NativeFn set = nullptr) {
  Property* p = I.make<Property>(I.property_type);
  p->fget = I.builtin(name, std::move(get), "builtins");
  p->fset = set ? I.builtin(name, std::move(set), "builtins") : Value::none();
  I.dict_set_str(t->dict, name, Value::obj(p));
}

// One type per node name (PyTorch generates a class per backward function), made on first use.
// The node of a custom autograd.Function (a CallbackNode) gets a class of the module
// torch.autograd.function, as FunctionMeta makes `<Name>Backward` there: its repr is
// `<torch.autograd.function.LinearFunctionBackward object at 0x...>`.
Type* node_type(Interp& I, const std::string& name, bool custom_function = false) {
  std::string key = (custom_function ? "autograd.function." : "autograd.") + name;
  auto it = I.named_types.find(key);
  if (it != I.named_types.end()) return it->second;
  Type* t = I.new_type(name, I.object_type, Kind::Other, custom_function ? "torch.autograd.function" : "builtins");
  // name() is the C++ class name for nodes that are not generated (AccumulateGrad, CopySlices:
  // "torch::autograd::AccumulateGrad"), the generated name otherwise.
  add_method(I, t, "name", [](Interp& I2, CallArgs& a) {
    const std::string& n = node_of(I2, a[0])->name();
    return I2.str(n == "AccumulateGrad" || n == "CopySlices" ? "torch::autograd::" + n : n);
  });
  add_property(I, t, "next_functions", [](Interp& I2, CallArgs& a) {
    std::vector<Value> items;
    for (const auto& e : node_of(I2, a[0])->next_edges)
      items.push_back(I2.tuple({wrap_node(I2, e.function), Value::integer(e.is_valid() ? e.input_nr : 0)}));
    return I2.tuple(items);
  });
  if (name == "AccumulateGrad") {
    add_property(I, t, "variable", [](Interp& I2, CallArgs& a) {
      auto* acc = static_cast<A::AccumulateGrad*>(node_of(I2, a[0]).get());
      return wrap_tensor(I2, T::Tensor(acc->variable));
    });
  }
  I.named_types[key] = t;
  return t;
}

Value wrap_node(Interp& I, const std::shared_ptr<A::Node>& n) {
  if (!n) return Value::none();
  auto it = I.grad_fn_objects.find(n.get());
  if (it != I.grad_fn_objects.end()) return Value::obj(it->second);
  auto cb = std::dynamic_pointer_cast<A::CallbackNode>(n);
  bool custom = cb && cb->custom_function;
  GradFnObj* o = I.make<GradFnObj>(node_type(I, n->name(), custom), n);
  I.grad_fn_objects[n.get()] = o;
  return Value::obj(o);
}

// PyTorch's C++ warnings reach Python as warnings.warn at the calling line (printed once per
// location by the default filter): "FILE:LINE: UserWarning: MSG\n  SOURCE\n".
void warn_once(Interp& I, const std::string& msg) {
  if (I.frame_stack.empty()) return;
  Frame* f = I.frame_stack.back();
  const auto& code = *f->code;
  int line = 0;
  size_t unit = static_cast<size_t>(f->last_pc / 2);
  if (unit < code.positions.size()) line = code.positions[unit].lineno;
  // With the warnings module imported, its filters decide (warnings.filterwarnings("ignore")
  // silences PyTorch's warnings as in CPython); otherwise the default filter's once-per-location.
  auto wm = I.modules.find("warnings");
  if (wm != I.modules.end()) {
    Value hook = I.dict_get_str(wm->second->dict, "_dp_runtime_warn");
    if (!hook.is_null()) {
      Value mod = f->globals ? I.dict_get_str(f->globals, "__name__") : Value();
      I.call(hook, {I.str(msg), I.str(code.co_filename), Value::integer(line), mod.is_null() ? Value::none() : mod});
      return;
    }
  }
  std::string where = code.co_filename + ":" + std::to_string(line);
  if (!I.warned_locations.insert(where + "\n" + msg).second) return;
  std::string src;
  auto fl = I.file_lines.find(code.co_filename);
  if (fl != I.file_lines.end() && line >= 1 && static_cast<size_t>(line) <= fl->second.size()) {
    src = fl->second[line - 1];
    src.erase(0, src.find_first_not_of(" \t"));
  }
  I.write_stderr(where + ": UserWarning: " + msg + "\n" + (src.empty() ? "" : "  " + src + "\n"));
}

T::Tensor opt_tensor(Interp& I, Value v) {
  if (v.is_null() || v.is_none()) return T::Tensor();
  return as_tensor(I, v);
}

std::vector<T::Tensor> tensor_seq(Interp& I, Value v) {
  std::vector<T::Tensor> out;
  if (v.is_null() || v.is_none()) return out;
  if (v.is_obj() && v.o->kind == Kind::Tensor) return {as_tensor(I, v)};
  Value it = I.iter(v);
  Value x;
  while (I.next(it, x)) out.push_back(opt_tensor(I, x));
  return out;
}

}  // namespace

void init_autograd_bindings(Interp& I, Dict* torch_dict) {
  auto method = [&](const std::string& name, NativeFn fn) {
    Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn), "torch").o);
    b->is_method = true;
    b->qualname = "Tensor." + name;
    I.dict_set_str(I.tensor_type->dict, name, Value::obj(b));
  };
  auto property = [&](const std::string& name, NativeFn get, NativeFn set) {
    Property* p = I.make<Property>(I.property_type);
    p->fget = I.builtin(name, std::move(get), "torch");
    p->fset = set ? I.builtin(name, std::move(set), "torch") : Value::none();
    I.dict_set_str(I.tensor_type->dict, name, Value::obj(p));
  };

  property(
      "grad",
      [](Interp& I2, CallArgs& a) -> Value {
        T::Tensor& t = as_tensor(I2, a[0]);
        T::TensorImpl* impl = t.impl();
        if (!t.is_leaf() && !impl->retains_grad && !impl->grad) {
          warn_once(I2,
                    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute "
                    "won't be populated during autograd.backward(). If you indeed want the .grad field to be "
                    "populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the "
                    "non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
                    "github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at "
                    "/pytorch/build/aten/src/ATen/core/TensorBody.h:494.)");
        }
        if (!impl->grad) return Value::none();
        return wrap_tensor(I2, T::Tensor(impl->grad));
      },
      [](Interp& I2, CallArgs& a) -> Value {
        T::Tensor& t = as_tensor(I2, a[0]);
        if (a[1].is_none()) {
          t.impl()->grad = nullptr;
          return Value::none();
        }
        if (!(a[1].is_obj() && a[1].o->kind == Kind::Tensor))
          I2.raise(I2.TypeError,
                   "assigned grad expected to be a Tensor or None but got grad of type " + I2.type_name(a[1]));
        T::Tensor& g = as_tensor(I2, a[1]);
        if (g.dtype() != t.dtype()) I2.raise(I2.RuntimeError, "assigned grad has data of a different type");
        if (g.sizes() != t.sizes()) I2.raise(I2.RuntimeError, "assigned grad has data of a different size");
        t.impl()->grad = g.impl_ptr();
        return Value::none();
      });
  property(
      "grad_fn",
      [](Interp& I2, CallArgs& a) {
        T::autograd::refresh_view_grad_fn(as_tensor(I2, a[0]));
        return wrap_node(I2, as_tensor(I2, a[0]).impl()->grad_node);
      },
      nullptr);
  property(
      "retains_grad", [](Interp& I2, CallArgs& a) { return Value::boolean(as_tensor(I2, a[0]).impl()->retains_grad); },
      nullptr);
  property(
      "data",
      [](Interp& I2, CallArgs& a) -> Value {
        T::Tensor& t = as_tensor(I2, a[0]);
        T::Tensor d = T::Tensor::make_view(t, t.sizes(), t.strides(), t.storage_offset());
        d.impl()->view_base = nullptr;
        return wrap_tensor(I2, d);
      },
      [](Interp& I2, CallArgs& a) -> Value {
        // `x.data = y`: x now has y's data and metadata, and keeps its autograd identity.
        T::Tensor& t = as_tensor(I2, a[0]);
        T::Tensor& src = as_tensor(I2, a[1]);
        T::TensorImpl* impl = t.impl();
        impl->dtype = src.dtype();
        impl->sizes = src.sizes();
        impl->strides = src.strides();
        impl->offset = src.storage_offset();
        impl->storage = src.storage();
        return Value::none();
      });
  method("retain_grad", [](Interp& I2, CallArgs& a) -> Value {
    T::Tensor& t = as_tensor(I2, a[0]);
    if (!t.requires_grad()) I2.raise(I2.RuntimeError, "can't retain_grad on Tensor that has requires_grad=False");
    if (t.is_leaf() || t.impl()->retains_grad) return Value::none();
    t.impl()->retains_grad = true;
    if (auto& n = t.impl()->grad_node) n->retained.push_back({t.impl()->output_nr, t.impl_ptr()});
    return Value::none();
  });
  method("register_hook", [](Interp& I2, CallArgs& a) -> Value {
    T::Tensor& t = as_tensor(I2, a[0]);
    Value fn = a[1];
    Interp* ip = &I2;
    int id = 0;
    try {
      id = A::register_hook(t, [ip, fn](const std::shared_ptr<T::TensorImpl>& g) -> std::shared_ptr<T::TensorImpl> {
        Value r = ip->call(fn, {wrap_tensor(*ip, T::Tensor(g))});
        if (r.is_none()) return nullptr;
        return as_tensor(*ip, r).impl_ptr();
      });
    } catch (const T::TorchError& e) {
      rethrow_torch(I2, e);
    }
    // The hook lives on the leaf, or on the node computing a non-leaf's gradient.
    if (t.is_leaf()) I2.gc_autograd_ref(t.impl_ptr(), fn);
    else I2.gc_autograd_ref(t.impl()->grad_node, fn);
    // torch.utils.hooks.RemovableHandle (prelude) with .remove().
    Value handle_cls = I2.getattr(I2.import_module("torch.utils.hooks"), "RemovableHandle");
    Value remover = I2.builtin("remove", [t, id](Interp&, CallArgs&) {
      A::remove_hook(t, id);
      return Value::none();
    });
    return I2.call(handle_cls, {remover});
  });
  method("detach_", [](Interp& I2, CallArgs& a) -> Value {
    T::Tensor& t = as_tensor(I2, a[0]);
    t.impl()->requires_grad = false;
    t.impl()->grad_fn.clear();
    t.impl()->grad_node = nullptr;
    return a[0];
  });
  method("backward", [](Interp& I2, CallArgs& a) -> Value {
    Value gradient = a.size() > 1 ? a[1] : a.take_kw("gradient");
    Value retain = a.size() > 2 ? a[2] : a.take_kw("retain_graph");
    Value create = a.size() > 3 ? a[3] : a.take_kw("create_graph");
    Value inputs = a.size() > 4 ? a[4] : a.take_kw("inputs");
    if (!inputs.is_null() && !inputs.is_none())
      I2.raise(I2.NotImplementedError, "not supported by the playground yet: backward(inputs=...)");
    // torch.autograd.backward makes a tuple of `gradient` unless it is a Tensor.
    if (!gradient.is_null() && !gradient.is_none() && !(gradient.is_obj() && gradient.o->kind == Kind::Tensor))
      I2.raise(I2.TypeError, "'" + I2.type_name(gradient) + "' object is not iterable");
    bool create_graph = !create.is_null() && I2.truthy(create);
    bool keep = (retain.is_null() || retain.is_none()) ? create_graph : I2.truthy(retain);
    try {
      A::run_backward({as_tensor(I2, a[0])}, {opt_tensor(I2, gradient)}, keep, create_graph, {}, false);
    } catch (const T::TorchError& e) {
      rethrow_torch(I2, e);
    }
    return Value::none();
  });

  // torch._autograd_function_record(name, backward, args, outputs, dirty, non_differentiable): the
  // graph part of torch.autograd.Function.apply (python_function.cpp THPFunction_apply /
  // _wrap_outputs): one node named NAME with an edge per forward argument (empty for
  // non-tensors and tensors that do not require grad); each differentiable output gets the node
  // (a dirty input is rebased onto it, an undirtied input that is returned becomes a view of it);
  // `backward(*grads)` returns one gradient (or None) per argument. Returns the outputs. A true
  // 7th argument (torch.autograd.Function.apply passes it) marks the node as a user Function's,
  // whose grad_fn class is then in torch.autograd.function.
  I.dict_set_str(torch_dict, "_autograd_function_record",
                 I.builtin(
                     "_autograd_function_record",
                     [](Interp& I2, CallArgs& a) -> Value {
                       auto items = [&](Value v) { return static_cast<Tuple*>(v.o)->items; };
                       std::string name = static_cast<Str*>(a[0].o)->s;
                       Value backward = a[1];
                       std::vector<Value> args = items(a[2]), outs = items(a[3]), dirty = items(a[4]),
                                          nondiff = items(a[5]);
                       // Fake tensors (Dynamo's propagation) carry no graph.
                       for (const Value& v : outs)
                         if (v.is_obj() && v.o->kind == Kind::Tensor && as_tensor(I2, v).is_fake()) return a[3];
                       auto in_list = [&](const std::vector<Value>& l, const T::Tensor& t) {
                         for (const Value& v : l)
                           if (v.is_obj() && v.o->kind == Kind::Tensor && as_tensor(I2, v).id() == t.id()) return true;
                         return false;
                       };
                       std::vector<A::Edge> edges;
                       for (const Value& v : args) {
                         bool t = v.is_obj() && v.o->kind == Kind::Tensor && as_tensor(I2, v).requires_grad();
                         edges.push_back(t ? A::gradient_edge(as_tensor(I2, v)) : A::Edge{});
                       }
                       Interp* ip = &I2;
                       size_t n_args = args.size();
                       auto node = std::make_shared<A::CallbackNode>(
                           name, [ip, backward, n_args](A::variable_list&& grads) -> A::variable_list {
                             std::vector<Value> gv;
                             for (const auto& g : grads) gv.push_back(wrap_tensor(*ip, g));
                             Value r = ip->call(backward, gv);
                             A::variable_list res(n_args);
                             auto& rs = static_cast<Tuple*>(r.o)->items;
                             for (size_t i = 0; i < n_args && i < rs.size(); ++i)
                               if (!rs[i].is_none()) res[i] = as_tensor(*ip, rs[i]);
                             return res;
                           });
                       node->custom_function = a.size() > 6 && I2.truthy(a[6]);
                       node->next_edges = std::move(edges);
                       I2.gc_autograd_ref(node, backward);
                       std::vector<Value> result;
                       uint32_t nr = 0;
                       for (Value v : outs) {
                         if (!(v.is_obj() && v.o->kind == Kind::Tensor)) {
                           result.push_back(v);
                           continue;
                         }
                         T::Tensor t = as_tensor(I2, v);
                         if (in_list(args, t) && !in_list(dirty, t)) {
                           t = T::Tensor::make_view(t, t.sizes(), t.strides(), t.storage_offset());
                           v = wrap_tensor(I2, t);
                         }
                         node->input_metadata.push_back({t.sizes(), t.dtype()});
                         if (!in_list(nondiff, t) && T::is_floating(t.dtype())) {
                           T::TensorImpl* impl = t.impl();
                           impl->requires_grad = true;
                           impl->grad_fn = name;
                           impl->grad_node = node;
                           impl->output_nr = nr;
                           impl->retains_grad = false;
                         }
                         ++nr;
                         result.push_back(v);
                       }
                       return I2.tuple(result);
                     },
                     "torch"));

  // torch._C._run_backward(outputs, grad_outputs, keep_graph, create_graph, inputs, allow_unused)
  I.dict_set_str(torch_dict, "_run_backward",
                 I.builtin(
                     "_run_backward",
                     [](Interp& I2, CallArgs& a) -> Value {
                       std::vector<T::Tensor> outs = tensor_seq(I2, a[0]);
                       std::vector<T::Tensor> grads = tensor_seq(I2, a[1]);
                       std::vector<T::Tensor> inputs = tensor_seq(I2, a[4]);
                       std::vector<T::Tensor> res;
                       try {
                         res = A::run_backward(outs, grads, I2.truthy(a[2]), I2.truthy(a[3]), inputs, I2.truthy(a[5]));
                       } catch (const T::TorchError& e) {
                         rethrow_torch(I2, e);
                       }
                       std::vector<Value> items;
                       for (const auto& t : res) items.push_back(t.defined() ? wrap_tensor(I2, t) : Value::none());
                       return I2.tuple(items);
                     },
                     "torch"));
}

}  // namespace dp::rt
