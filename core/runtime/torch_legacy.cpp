// Tensor surface that tutorials use and that is not an op: the matrix-transpose attributes
// (`mT`, `mH`, `H`: torch/_tensor.py, aten's numpy_T/matrix_H), `Tensor.cpu()`, the
// `torch.Size(...)` constructor (torch/csrc/Size.cpp) and the legacy constructors `torch.Tensor(...)`,
// `torch.FloatTensor(...)`, ... (torch/csrc/utils/tensor_new.cpp legacy_tensor_ctor): sizes give a
// new tensor (zero-filled here; PyTorch leaves it uninitialized), a sequence gives its data.
#include <string>

#include "runtime/torch_module.h"
#include "torch/dtype.h"

namespace dp::rt {

namespace T = dp::torch;

Value call_op(Interp& I, const std::string& name, const std::vector<Value>& pos,
              const std::vector<std::pair<std::string, Value>>& kw);
Value dtype_value(Interp& I, T::DType d);

namespace {

void set_property(Interp& I, Type* type, const std::string& name, NativeFn get) {
  Property* p = I.make<Property>(I.property_type);
  p->fget = I.builtin(name, std::move(get));
  I.dict_set_str(type->dict, name, Value::obj(p));
}

void set_method(Interp& I, Type* type, const std::string& name, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn)).o);
  b->is_method = true;
  I.dict_set_str(type->dict, name, Value::obj(b));
}

void set_new(Interp& I, Type* type, const std::string& qualname, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin("__new__", std::move(fn)).o);
  b->qualname = qualname;
  I.dict_set_str(type->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(b))));
}

// x.mT / x.mH (real dtypes: the same) and x.H.
Value matrix_attr(Interp& I, Value self, const std::string& name) {
  const int64_t nd = as_tensor(I, self).dim();
  if (name == "H") {
    if (nd != 2 && nd != 0)
      I.raise(I.RuntimeError, "tensor.H is only supported on matrices (2-D tensors). Got " + std::to_string(nd) +
                                  "-D tensor." + (nd > 2 ? " For batches of matrices, consider using tensor.mH" : ""));
    if (nd == 0) return self;
  } else if (nd < 2) {
    I.raise(I.RuntimeError, "tensor." + name + " is only supported on matrices or batches of matrices. Got " +
                                std::to_string(nd) + "-D tensor.");
  }
  return call_op(I, "transpose", {self, Value::integer(-2), Value::integer(-1)}, {});
}

// The sizes of `torch.Size(iterable)` / a legacy constructor's int arguments.
std::vector<Value> size_items(Interp& I, const std::vector<Value>& items, const char* what) {
  std::vector<Value> out;
  for (size_t i = 0; i < items.size(); ++i) {
    const Value& v = items[i];
    bool int_like = v.is_int() || (v.is_obj() && v.o->kind == Kind::Tensor && as_tensor(I, v).dim() == 0 &&
                                   T::is_integral(as_tensor(I, v).dtype(), false));
    if (!int_like)
      I.raise(I.TypeError, std::string(what) + " takes an iterable of 'int' (item " + std::to_string(i) + " is '" +
                               I.type_name(v) + "')");
    out.push_back(Value::integer(I.index_value(v)));
  }
  return out;
}

// torch.Tensor(...) and the typed legacy constructors, for dtype `dt`.
Value legacy_new(Interp& I, T::DType dt, CallArgs& a, size_t first) {
  std::vector<Value> args(a.pos.begin() + static_cast<std::ptrdiff_t>(first), a.pos.end());
  Value dtype = dtype_value(I, dt);
  if (args.empty()) return call_op(I, "empty", {I.tuple({Value::integer(0)})}, {{"dtype", dtype}});
  const Value& x = args[0];
  bool ints = true;
  for (auto& v : args) ints = ints && v.is_int();
  if (ints) return call_op(I, "zeros", {I.tuple(args)}, {{"dtype", dtype}});
  if (args.size() == 1 && x.is_obj() && x.o->kind == Kind::Size) return call_op(I, "zeros", {x}, {{"dtype", dtype}});
  if (args.size() == 1 && x.is_obj() && x.o->kind == Kind::Tensor) {
    if (as_tensor(I, x).dtype() != dt)
      I.raise(I.TypeError, "expected " + T::aten_name(dt) + " (got " + T::aten_name(as_tensor(I, x).dtype()) + ")");
    return x;
  }
  if (args.size() == 1 && x.is_obj() && (x.o->kind == Kind::List || x.o->kind == Kind::Tuple))
    return call_op(I, "tensor", {x}, {{"dtype", dtype}});
  if (args.size() == 1) I.raise(I.TypeError, "new(): data must be a sequence (got " + I.type_name(x) + ")");
  I.raise(I.TypeError, "new(): argument 'size' must be tuple of ints, but found element of type " +
                           I.type_name(args[args.size() > 1 && args[0].is_int() ? 1 : 0]) + " at pos " +
                           std::to_string(args[0].is_int() ? 1 : 0));
}

}  // namespace

void init_torch_legacy(Interp& I, Dict* torch_dict) {
  for (const char* name : {"mT", "mH", "H"}) {
    std::string n = name;
    set_property(I, I.tensor_type, n, [n](Interp& I2, CallArgs& a) { return matrix_attr(I2, a[0], n); });
  }
  set_method(I, I.tensor_type, "cpu", [](Interp& I2, CallArgs& a) {
    as_tensor(I2, a[0]);
    return a[0];
  });
  // Explicit dunder calls (`t.__setitem__(k, v)`), as the subscript syntax does.
  set_method(I, I.tensor_type, "__getitem__", [](Interp& I2, CallArgs& a) { return tensor_getitem(I2, a[0], a[1]); });
  set_method(I, I.tensor_type, "__setitem__", [](Interp& I2, CallArgs& a) {
    tensor_setitem(I2, a[0], a[1], a[2]);
    return Value::none();
  });
  set_new(I, I.size_type, "Size.__new__", [](Interp& I2, CallArgs& a) -> Value {
    std::vector<Value> items;
    if (a.size() > 1) items = I2.to_vector(a[1]);
    std::vector<int64_t> sizes;
    for (auto& v : size_items(I2, items, "torch.Size()")) sizes.push_back(v.i);
    return make_size(I2, sizes);
  });
  set_new(I, I.tensor_type, "Tensor.__new__",
          [](Interp& I2, CallArgs& a) { return legacy_new(I2, T::kDefaultFloat, a, 1); });
  // torch.FloatTensor, torch.HalfTensor, ...: the ATen scalar type name + "Tensor", with their
  // `dtype` attribute; torch._tensor_classes holds them all.
  std::vector<Value> classes;
  for (T::DType dt : T::kAllDTypes) {
    const std::string name = T::aten_name(dt) + "Tensor";
    Type* t = I.new_type(name, I.object_type, Kind::Instance, "torch");
    T::DType d = dt;
    set_new(I, t, name + ".__new__", [d](Interp& I2, CallArgs& a) { return legacy_new(I2, d, a, 1); });
    // isinstance(x, torch.FloatTensor): a CPU tensor of that dtype.
    Builtin* check = static_cast<Builtin*>(I.builtin("__instancecheck__", [d](Interp& I2, CallArgs& a) {
                                              const Value& v = a[1];
                                              return Value::boolean(v.is_obj() && v.o->kind == Kind::Tensor &&
                                                                    as_tensor(I2, v).dtype() == d);
                                            }).o);
    I.dict_set_str(t->dict, "__instancecheck__", Value::obj(check));
    I.dict_set_str(t->dict, "dtype", dtype_value(I, dt));
    I.dict_set_str(torch_dict, name, Value::obj(t));
    classes.push_back(Value::obj(t));
  }
  I.dict_set_str(torch_dict, "_tensor_classes", I.tuple(std::move(classes)));
}

}  // namespace dp::rt
