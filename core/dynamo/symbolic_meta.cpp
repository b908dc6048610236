// Symbolic shapes of the values a traced graph computes: FakeTensor's SymInt sizes. Each node is
// first run on fake tensors with the hints (the sizes seen while tracing: see
// OutputGraph::create_node); this file then gives its results their symbolic sizes with the
// shape rules of the op family (broadcasting, reductions, views, matmul, cat, indexing, factories),
// recording the guards those rules need in the ShapeEnv, as PyTorch's meta functions do when they
// run on SymInts (torch/_meta_registrations.py, torch/_refs, torch/_prims_common: infer_size,
// reduction dims, view size inference). An op without a rule here specializes the symbols of its
// inputs to their hints (guards Eq(s, hint)): never a wrong result, only a less dynamic graph.
// Every rule's result is checked against the fake result's sizes at the hints. Rules:
// docs/dynamic-shapes.md.
#include <algorithm>
#include <functional>
#include <optional>
#include <set>

#include "dynamo/eval_frame.h"
#include "dynamo/output_graph.h"
#include "runtime/torch_module.h"
#include "torch/op_registry.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;
using sym::Expr;

// ---------------------------------------------------------------------------------------------
// OutputGraph's symbolic metadata

const SymShape* OutputGraph::sym_shape_of(const torch::Tensor& fake) const {
  if (!fake.defined()) return nullptr;
  auto it = sym_shapes.find(fake.impl());
  return it == sym_shapes.end() ? nullptr : &it->second;
}

Expr OutputGraph::size_expr(const torch::Tensor& fake, int64_t d) const {
  const SymShape* s = sym_shape_of(fake);
  if (s && d >= 0 && static_cast<size_t>(d) < s->sizes.size())
    return shape_env.simplify(s->sizes[static_cast<size_t>(d)]);
  return sym::Integer(fake.sizes()[static_cast<size_t>(d)]);
}

std::string OutputGraph::user_loc() const {
  std::string file = current_stack.file;
  return current_stack.code + "  # " + file + ":" + current_stack.lineno + " in " + current_stack.name;
}

void OutputGraph::specialize(const std::vector<Expr>& exprs) {
  std::set<std::string> syms;
  for (auto& e : exprs)
    if (e) sym::free_symbols(shape_env.simplify(e), syms);
  std::string loc = user_loc();
  for (auto& s : syms) {
    auto it = symbol_exprs.find(s);
    if (it != symbol_exprs.end()) shape_env.guard_int(it->second, loc);
  }
}

void OutputGraph::set_sym_shape(const torch::Tensor& fake, SymShape shape) {
  bool any = false;
  for (auto& e : shape.sizes) any |= !sym::is_integer(shape_env.simplify(e));
  for (auto& e : shape.strides) any |= !sym::is_integer(shape_env.simplify(e));
  if (any) sym_shapes[fake.impl()] = std::move(shape);
  else sym_shapes.erase(fake.impl());
}

void OutputGraph::refresh_symbolic_meta() {
  for (fx::Node* n : graph().nodes()) {
    auto se = sym_exprs.find(n);
    if (se != sym_exprs.end()) {
      n->meta.sym = sym::str(shape_env.simplify(se->second));
      continue;
    }
    auto ex = examples.find(n);
    if (ex == examples.end() || !n->meta.tensor || !(ex->second.is_obj() && ex->second.o->kind == Kind::Tensor))
      continue;
    const auto& t = static_cast<rt::TensorObj*>(ex->second.o)->t();
    const SymShape* s = sym_shape_of(t);
    if (!s) continue;
    auto& m = *n->meta.tensor;
    m.sizes.clear();
    m.strides.clear();
    for (auto& e : s->sizes) m.sizes.push_back(sym::str(shape_env.simplify(e)));
    for (auto& e : s->strides) m.strides.push_back(sym::str(shape_env.simplify(e)));
  }
}

namespace {

// ---------------------------------------------------------------------------------------------
// Arguments seen symbolically

struct SymArg {
  enum class K { Tensor, Int, Other, Seq, Slice };
  K k = K::Other;
  torch::Tensor t;          // Tensor: the fake tensor
  std::vector<Expr> sizes;  // Tensor: symbolic (or integer) sizes
  std::vector<Expr> strides;
  bool symbolic = false;      // Tensor/Int: has symbols
  Expr e;                     // Int
  Value v;                    // Other: the constant / example value
  std::vector<SymArg> items;  // Seq; Slice: start, stop, step
};

struct Ctx {
  OutputGraph& out;
  std::vector<SymArg> args;
  std::vector<std::pair<std::string, SymArg>> kwargs;
  bool failed = false;  // a rule could not decide: specialize

  const SymArg* kw(const std::string& name) const {
    for (auto& [k, v] : kwargs)
      if (k == name) return &v;
    return nullptr;
  }
  Expr simp(const Expr& e) const { return out.shape_env.simplify(e); }
  int64_t hint(const Expr& e) const { return out.shape_env.size_hint(e); }
  // Guarded decision (ShapeEnv.evaluate_expr).
  bool guard(const Expr& rel) {
    Expr r = simp(rel);
    bool b;
    if (sym::is_bool(r, &b)) return b;
    return out.shape_env.evaluate_expr(r, out.user_loc());
  }
  // infer_size's equality of two non-1 dims: records Eq(a, b) (a replacement between symbols).
  Expr unify(const Expr& a, const Expr& b) {
    if (sym::same(simp(a), simp(b))) return simp(a);
    if (hint(a) != hint(b)) {
      failed = true;
      return a;
    }
    guard(sym::Eq(a, b));
    return simp(a);
  }
};

SymArg sym_arg(OutputGraph& out, const PArg& p) {
  SymArg a;
  switch (p.kind) {
    case PArg::Kind::Node: {
      auto se = out.sym_exprs.find(p.node);
      if (se != out.sym_exprs.end()) {
        a.k = SymArg::K::Int;
        a.e = out.shape_env.simplify(se->second);
        a.symbolic = !sym::is_integer(a.e);
        return a;
      }
      auto ex = out.examples.find(p.node);
      Value v = ex == out.examples.end() ? Value::none() : ex->second;
      if (v.is_obj() && v.o->kind == Kind::Tensor) {
        a.k = SymArg::K::Tensor;
        a.t = static_cast<rt::TensorObj*>(v.o)->t();
        const SymShape* s = out.sym_shape_of(a.t);
        for (int64_t d = 0; d < a.t.dim(); ++d) {
          a.sizes.push_back(s ? out.shape_env.simplify(s->sizes[static_cast<size_t>(d)])
                              : sym::Integer(a.t.sizes()[static_cast<size_t>(d)]));
          a.strides.push_back(s && static_cast<size_t>(d) < s->strides.size()
                                  ? out.shape_env.simplify(s->strides[static_cast<size_t>(d)])
                                  : sym::Integer(a.t.strides()[static_cast<size_t>(d)]));
        }
        for (auto& e : a.sizes) a.symbolic |= !sym::is_integer(e);
        for (auto& e : a.strides) a.symbolic |= !sym::is_integer(e);
        return a;
      }
      if (v.is_int() && !v.is_bool()) {
        a.k = SymArg::K::Int;
        a.e = sym::Integer(v.i);
        return a;
      }
      a.v = v;
      return a;
    }
    case PArg::Kind::Const:
      if (p.value.is_int() && !p.value.is_bool()) {
        a.k = SymArg::K::Int;
        a.e = sym::Integer(p.value.i);
        return a;
      }
      if (p.value.is_obj() &&
          (p.value.o->kind == Kind::Tuple || p.value.o->kind == Kind::List || p.value.o->kind == Kind::Size)) {
        a.k = SymArg::K::Seq;
        auto& items = p.value.o->kind == Kind::List ? static_cast<rt::List*>(p.value.o)->items
                                                    : static_cast<rt::Tuple*>(p.value.o)->items;
        for (auto& it : items) {
          PArg c;
          c.value = it;
          a.items.push_back(sym_arg(out, c));
        }
        return a;
      }
      if (p.value.is_obj() && p.value.o->kind == Kind::Slice) {
        a.k = SymArg::K::Slice;
        auto* s = static_cast<rt::Slice*>(p.value.o);
        for (const Value& b : {s->start, s->stop, s->step}) {
          PArg c;
          c.value = b;
          a.items.push_back(sym_arg(out, c));
        }
        return a;
      }
      a.v = p.value;
      return a;
    case PArg::Kind::Tuple:
    case PArg::Kind::List:
      a.k = SymArg::K::Seq;
      for (auto& e : p.items) {
        a.items.push_back(sym_arg(out, e));
        a.symbolic |= a.items.back().symbolic;
      }
      return a;
    case PArg::Kind::Slice:
      a.k = SymArg::K::Slice;
      for (auto& e : p.items) {
        a.items.push_back(sym_arg(out, e));
        a.symbolic |= a.items.back().symbolic;
      }
      return a;
  }
  return a;
}

bool any_symbolic(const SymArg& a) {
  if (a.symbolic) return true;
  for (auto& i : a.items)
    if (any_symbolic(i)) return true;
  return false;
}

void collect_exprs(const SymArg& a, std::vector<Expr>& out) {
  if (a.k == SymArg::K::Tensor) {
    out.insert(out.end(), a.sizes.begin(), a.sizes.end());
    out.insert(out.end(), a.strides.begin(), a.strides.end());
  }
  if (a.k == SymArg::K::Int && a.e) out.push_back(a.e);
  for (auto& i : a.items) collect_exprs(i, out);
}

std::vector<Expr> contiguous(const std::vector<Expr>& sizes) {
  // Contiguous strides; a static 0 size counts as 1 (as in PyTorch's contiguous strides).
  std::vector<Expr> st(sizes.size());
  Expr acc = sym::Integer(1);
  for (size_t i = sizes.size(); i-- > 0;) {
    st[i] = acc;
    int64_t v;
    acc = sym::Mul(acc, sym::is_integer(sizes[i], &v) && v == 0 ? sym::Integer(1) : sizes[i]);
  }
  return st;
}

Expr product(const std::vector<Expr>& v, size_t from = 0, size_t to = SIZE_MAX) {
  Expr p = sym::Integer(1);
  for (size_t i = from; i < v.size() && i < to; ++i) p = sym::Mul(p, v[i]);
  return p;
}

const SymArg* first_tensor(const Ctx& c) {
  for (auto& a : c.args)
    if (a.k == SymArg::K::Tensor) return &a;
  return nullptr;
}

// Python int from a SymArg (constants only; nullopt for symbols or other values).
std::optional<int64_t> const_int(const SymArg* a) {
  int64_t v;
  if (a && a->k == SymArg::K::Int && sym::is_integer(a->e, &v)) return v;
  if (a && a->k == SymArg::K::Other && a->v.is_int() && !a->v.is_bool()) return a->v.i;
  return std::nullopt;
}

int64_t wrap(int64_t d, size_t n) { return d < 0 ? d + static_cast<int64_t>(n) : d; }

// Broadcasting (infer_size): right-aligned, a static 1 takes the other side, two non-1 sizes must
// be equal (a guard when they are different expressions).
std::vector<Expr> broadcast(Ctx& c, const std::vector<const SymArg*>& ts) {
  size_t n = 0;
  for (auto* t : ts) n = std::max(n, t->sizes.size());
  std::vector<Expr> out(n, sym::Integer(1));
  for (auto* t : ts) {
    size_t off = n - t->sizes.size();
    for (size_t i = 0; i < t->sizes.size(); ++i) {
      Expr& o = out[off + i];
      const Expr& s = t->sizes[i];
      int64_t ov, sv;
      bool o1 = sym::is_integer(o, &ov) && ov == 1, s1 = sym::is_integer(s, &sv) && sv == 1;
      if (s1) continue;
      if (o1) {
        o = s;
        continue;
      }
      o = c.unify(o, s);
    }
  }
  return out;
}

std::vector<const SymArg*> tensor_args(const Ctx& c, size_t limit = SIZE_MAX) {
  std::vector<const SymArg*> v;
  for (size_t i = 0; i < c.args.size() && i < limit; ++i)
    if (c.args[i].k == SymArg::K::Tensor) v.push_back(&c.args[i]);
  for (auto& [k, a] : c.kwargs)
    if (a.k == SymArg::K::Tensor && (k == "other" || k == "mask" || k == "input")) v.push_back(&a);
  return v;
}

// The dims of a reduction: (dims as wrapped indices, all?) from `dim` (int, list, None).
bool reduction_dims(const Ctx& c, size_t ndim, std::vector<int64_t>& dims) {
  const SymArg* d = c.args.size() > 1 ? &c.args[1] : c.kw("dim");
  if (!d || (d->k == SymArg::K::Other && d->v.is_none())) {
    for (size_t i = 0; i < ndim; ++i) dims.push_back(static_cast<int64_t>(i));
    return true;
  }
  if (auto v = const_int(d)) {
    dims.push_back(wrap(*v, ndim == 0 ? 1 : ndim));
    return true;
  }
  if (d->k == SymArg::K::Seq) {
    for (auto& i : d->items) {
      auto v = const_int(&i);
      if (!v) return false;
      dims.push_back(wrap(*v, ndim));
    }
    if (dims.empty())
      for (size_t i = 0; i < ndim; ++i) dims.push_back(static_cast<int64_t>(i));
    return true;
  }
  return false;
}

bool truthy_kw(const Ctx& c, const std::string& name, size_t pos) {
  const SymArg* a = c.args.size() > pos ? &c.args[pos] : c.kw(name);
  if (!a) return false;
  if (a->k == SymArg::K::Other) return a->v.is_bool() ? a->v.b : false;
  return false;
}

// Shape arguments of view/reshape/expand/new_zeros/zeros...: varargs ints or one sequence.
bool shape_args(const Ctx& c, size_t from, std::vector<Expr>& out, const std::string& kwname = "size") {
  std::vector<const SymArg*> src;
  if (c.args.size() == from + 1 && c.args[from].k == SymArg::K::Seq) {
    for (auto& i : c.args[from].items) src.push_back(&i);
  } else if (c.args.size() > from) {
    for (size_t i = from; i < c.args.size(); ++i) src.push_back(&c.args[i]);
  } else if (const SymArg* k = c.kw(kwname); k && k->k == SymArg::K::Seq) {
    for (auto& i : k->items) src.push_back(&i);
  } else {
    return false;
  }
  for (auto* a : src) {
    if (a->k != SymArg::K::Int) return false;
    out.push_back(a->e);
  }
  return true;
}

using Rule = std::function<bool(Ctx&, std::vector<std::vector<Expr>>&)>;

// ---- rules ----------------------------------------------------------------------------------

bool same_as_self(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  const SymArg* t = first_tensor(c);
  if (!t) return false;
  outs.push_back(t->sizes);
  return true;
}

bool pointwise(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  auto ts = tensor_args(c);
  if (ts.empty()) return false;
  outs.push_back(broadcast(c, ts));
  return true;
}

bool reduction(Ctx& c, std::vector<std::vector<Expr>>& outs, bool two_outputs_with_dim) {
  const SymArg* t = first_tensor(c);
  if (!t) return false;
  std::vector<int64_t> dims;
  bool has_dim = (c.args.size() > 1 && !(c.args[1].k == SymArg::K::Other && c.args[1].v.is_none())) ||
                 (c.kw("dim") && !(c.kw("dim")->k == SymArg::K::Other && c.kw("dim")->v.is_none()));
  if (!reduction_dims(c, t->sizes.size(), dims)) return false;
  bool keepdim = truthy_kw(c, "keepdim", 2);
  std::vector<Expr> r;
  for (size_t i = 0; i < t->sizes.size(); ++i) {
    bool red = std::find(dims.begin(), dims.end(), static_cast<int64_t>(i)) != dims.end();
    if (!red) r.push_back(t->sizes[i]);
    else if (keepdim) r.push_back(sym::Integer(1));
  }
  outs.push_back(r);
  if (two_outputs_with_dim && has_dim) outs.push_back(r);
  return true;
}

// ATen's computeStride (TensorUtils.cpp): the strides of a view of a tensor with the given sizes
// and strides, walking chunks of dimensions that are contiguous with each other. The chunk
// structure is decided at the hints (it only gives the printed strides of the view, never a
// guard); nullopt when the view is not possible there.
std::optional<std::vector<Expr>> view_strides(const Ctx& c, const std::vector<Expr>& oldshape,
                                              const std::vector<Expr>& oldstride, const std::vector<Expr>& newshape) {
  if (oldshape.empty() || oldstride.size() != oldshape.size()) return std::nullopt;
  if (c.hint(product(oldshape)) == 0) return std::nullopt;
  std::vector<Expr> newstride(newshape.size());
  int64_t view_d = static_cast<int64_t>(newshape.size()) - 1;
  Expr chunk_base_stride = oldstride.back();
  Expr tensor_numel = sym::Integer(1), view_numel = sym::Integer(1);
  for (int64_t tensor_d = static_cast<int64_t>(oldshape.size()) - 1; tensor_d >= 0; --tensor_d) {
    size_t td = static_cast<size_t>(tensor_d);
    tensor_numel = c.simp(sym::Mul(tensor_numel, oldshape[td]));
    bool boundary = tensor_d == 0;
    if (!boundary)
      boundary = c.hint(oldshape[td - 1]) != 1 &&
                 c.hint(oldstride[td - 1]) != c.hint(sym::Mul(tensor_numel, chunk_base_stride));
    if (!boundary) continue;
    while (view_d >= 0 &&
           (c.hint(view_numel) < c.hint(tensor_numel) || c.hint(newshape[static_cast<size_t>(view_d)]) == 1)) {
      newstride[static_cast<size_t>(view_d)] = c.simp(sym::Mul(view_numel, chunk_base_stride));
      view_numel = c.simp(sym::Mul(view_numel, newshape[static_cast<size_t>(view_d)]));
      --view_d;
    }
    if (c.hint(view_numel) != c.hint(tensor_numel)) return std::nullopt;
    if (tensor_d > 0) {
      chunk_base_stride = oldstride[td - 1];
      tensor_numel = sym::Integer(1);
      view_numel = sym::Integer(1);
    }
  }
  if (view_d != -1) return std::nullopt;
  return newstride;
}

bool view_like(Ctx& c, std::vector<std::vector<Expr>>& outs, std::vector<std::vector<Expr>>* strides = nullptr) {
  const SymArg* t = first_tensor(c);
  if (!t) return false;
  std::vector<Expr> shape;
  if (!shape_args(c, 1, shape, "shape") && !shape_args(c, 1, shape, "size")) return false;
  Expr numel = product(t->sizes);
  int infer = -1;
  Expr known = sym::Integer(1);
  for (size_t i = 0; i < shape.size(); ++i) {
    int64_t v;
    if (sym::is_integer(shape[i], &v) && v == -1) {
      if (infer >= 0) return false;
      infer = static_cast<int>(i);
    } else {
      known = sym::Mul(known, shape[i]);
    }
  }
  if (infer >= 0) {
    if (c.hint(known) == 0) return false;
    shape[static_cast<size_t>(infer)] = sym::FloorDiv(numel, known);
    c.guard(sym::Eq(sym::Mod(numel, known), sym::Integer(0)));
  } else {
    c.guard(sym::Eq(numel, known));
  }
  outs.push_back(shape);
  if (strides) {  // view: the input's strides carried through (a copy when reshape cannot view)
    if (auto st = view_strides(c, t->sizes, t->strides, shape)) strides->push_back(*st);
  }
  return true;
}

bool expand(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  const SymArg* t = first_tensor(c);
  if (!t) return false;
  std::vector<Expr> shape;
  if (!shape_args(c, 1, shape)) return false;
  if (shape.size() < t->sizes.size()) return false;
  size_t off = shape.size() - t->sizes.size();
  for (size_t i = 0; i < shape.size(); ++i) {
    int64_t v;
    if (i >= off && sym::is_integer(shape[i], &v) && v == -1) shape[i] = t->sizes[i - off];
    else if (i >= off) {
      int64_t sv;
      if (!(sym::is_integer(t->sizes[i - off], &sv) && sv == 1)) shape[i] = c.unify(shape[i], t->sizes[i - off]);
    }
  }
  outs.push_back(shape);
  return true;
}

bool permute_dims(Ctx& c, std::vector<std::vector<Expr>>& outs, std::vector<std::vector<Expr>>& out_strides,
                  const std::vector<int64_t>& perm) {
  const SymArg* t = first_tensor(c);
  std::vector<Expr> s, st;
  for (int64_t p : perm) {
    if (p < 0 || static_cast<size_t>(p) >= t->sizes.size()) return false;
    s.push_back(t->sizes[static_cast<size_t>(p)]);
    st.push_back(t->strides[static_cast<size_t>(p)]);
  }
  outs.push_back(s);
  out_strides.push_back(st);
  return true;
}

// x[idx] on a tensor: ints, slices, None, Ellipsis (advanced indexing has no rule).
bool index_rule(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  if (c.args.size() < 2 || c.args[0].k != SymArg::K::Tensor) return false;
  const SymArg& t = c.args[0];
  std::vector<const SymArg*> idx;
  if (c.args[1].k == SymArg::K::Seq) {
    for (auto& i : c.args[1].items) idx.push_back(&i);
  } else {
    idx.push_back(&c.args[1]);
  }
  size_t consumed = 0;
  for (auto* i : idx)
    if (!(i->k == SymArg::K::Other && (i->v.is_none() || (i->v.is_obj() && i->v.o->kind == Kind::Ellipsis))))
      ++consumed;
  std::vector<Expr> r;
  size_t d = 0;
  for (auto* i : idx) {
    if (i->k == SymArg::K::Other && i->v.is_none()) {
      r.push_back(sym::Integer(1));
      continue;
    }
    if (i->k == SymArg::K::Other && i->v.is_obj() && i->v.o->kind == Kind::Ellipsis) {
      size_t keep = t.sizes.size() - std::min(t.sizes.size(), consumed);
      for (size_t k = 0; k < keep; ++k) r.push_back(t.sizes[d++]);
      continue;
    }
    if (d >= t.sizes.size()) return false;
    const Expr& size = t.sizes[d];
    if (i->k == SymArg::K::Int) {
      // Bounds: -size <= i < size.
      if (!c.guard(sym::Lt(i->e, size)) || !c.guard(sym::Le(sym::Neg(size), i->e))) return false;
      ++d;
      continue;
    }
    if (i->k == SymArg::K::Slice) {
      const SymArg &a = i->items[0], &b = i->items[1], &s = i->items[2];
      int64_t step = 1;
      if (s.k == SymArg::K::Int) {
        if (!sym::is_integer(s.e, &step) || step <= 0) return false;
      } else if (!(s.k == SymArg::K::Other && s.v.is_none())) {
        return false;
      }
      // slice_forward (torch/_decomp/decompositions.py): each comparison a guarded decision; an
      // omitted stop is sys.maxsize, statically known, so it becomes the size without a guard.
      auto bound = [&](const SymArg& x) -> std::optional<Expr> {
        if (x.k == SymArg::K::Int) return x.e;
        return std::nullopt;
      };
      bool start_none = a.k == SymArg::K::Other && a.v.is_none();
      bool stop_none = b.k == SymArg::K::Other && b.v.is_none();
      std::optional<Expr> lo = start_none ? std::optional<Expr>(sym::Integer(0)) : bound(a);
      std::optional<Expr> hi = stop_none ? std::optional<Expr>(size) : bound(b);
      if (!lo || !hi) return false;
      Expr zero = sym::Integer(0);
      if (c.guard(sym::Lt(*lo, zero))) lo = sym::Add(*lo, size);
      if (!stop_none && c.guard(sym::Lt(*hi, zero))) hi = sym::Add(*hi, size);
      if (c.guard(sym::Lt(*lo, zero))) lo = zero;
      else if (c.guard(sym::Gt(*lo, size))) lo = size;
      if (!stop_none) {
        if (c.guard(sym::Lt(*hi, *lo))) hi = *lo;
        else if (c.guard(sym::Gt(*hi, size))) hi = size;
      }
      Expr len = sym::Sub(*hi, *lo);
      if (step != 1) len = sym::FloorDiv(sym::Add(len, sym::Integer(step - 1)), sym::Integer(step));
      r.push_back(len);
      ++d;
      continue;
    }
    return false;  // tensors, lists, bools: advanced indexing
  }
  for (; d < t.sizes.size(); ++d) r.push_back(t.sizes[d]);
  outs.push_back(r);
  return true;
}

bool matmul_rule(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  auto ts = tensor_args(c, 2);
  if (ts.size() != 2) return false;
  auto a = ts[0]->sizes, b = ts[1]->sizes;
  if (a.empty() || b.empty()) return false;
  if (a.size() == 1 && b.size() == 1) {
    c.unify(a[0], b[0]);
    outs.push_back({});
    return true;
  }
  bool a1 = a.size() == 1, b1 = b.size() == 1;
  if (a1) a.insert(a.begin(), sym::Integer(1));
  if (b1) b.push_back(sym::Integer(1));
  c.unify(a.back(), b[b.size() - 2]);
  SymArg ba, bb;
  ba.sizes.assign(a.begin(), a.end() - 2);
  bb.sizes.assign(b.begin(), b.end() - 2);
  std::vector<Expr> r = broadcast(c, {&ba, &bb});
  if (!a1) r.push_back(a[a.size() - 2]);
  if (!b1) r.push_back(b.back());
  outs.push_back(r);
  return true;
}

bool linear_rule(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  auto ts = tensor_args(c, 3);
  if (ts.size() < 2 || ts[0]->sizes.empty() || ts[1]->sizes.size() != 2) return false;
  auto x = ts[0]->sizes;
  c.unify(x.back(), ts[1]->sizes[1]);
  x.back() = ts[1]->sizes[0];
  outs.push_back(x);
  return true;
}

// F.embedding(input, weight): input's sizes plus the embedding width (embedding's meta).
bool embedding_rule(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  if (c.args.size() < 2 || c.args[0].k != SymArg::K::Tensor || c.args[1].k != SymArg::K::Tensor ||
      c.args[1].sizes.size() != 2)
    return false;
  auto r = c.args[0].sizes;
  r.push_back(c.args[1].sizes[1]);
  outs.push_back(r);
  return true;
}

// split / split_with_sizes / chunk / unbind along a dimension of static size (the number of
// results is then known; along a symbolic one PyTorch guards it: specialize). Every other
// dimension keeps its expression.
bool split_rule(Ctx& c, const std::string& n, std::vector<std::vector<Expr>>& outs,
                std::vector<std::vector<Expr>>& strides) {
  const SymArg* t = c.args.empty() || c.args[0].k != SymArg::K::Tensor ? nullptr : &c.args[0];
  if (!t || t->sizes.empty()) return false;
  const SymArg* dim_a =
      n == "unbind" ? (c.args.size() > 1 ? &c.args[1] : c.kw("dim")) : (c.args.size() > 2 ? &c.args[2] : c.kw("dim"));
  int64_t dim = 0;
  if (dim_a) {
    auto d = const_int(dim_a);
    if (!d) return false;
    dim = *d;
  }
  if (dim < -static_cast<int64_t>(t->sizes.size()) || dim >= static_cast<int64_t>(t->sizes.size())) return false;
  size_t d = static_cast<size_t>(wrap(dim, t->sizes.size()));
  int64_t size;
  if (!sym::is_integer(c.simp(t->sizes[d]), &size)) return false;
  std::vector<int64_t> parts;
  if (n == "unbind") {
    for (int64_t i = 0; i < size; ++i) {  // views: the other dimensions keep their strides
      auto r = t->sizes;
      r.erase(r.begin() + static_cast<std::ptrdiff_t>(d));
      outs.push_back(r);
      auto st = t->strides;
      st.erase(st.begin() + static_cast<std::ptrdiff_t>(d));
      strides.push_back(st);
    }
    return true;
  }
  const SymArg* how = c.args.size() > 1 ? &c.args[1] : nullptr;
  if (!how) how = c.kw(n == "chunk" ? "chunks" : n == "split_with_sizes" ? "split_sizes" : "split_size_or_sections");
  if (!how) how = c.kw("split_size");
  if (!how) return false;
  if (how->k == SymArg::K::Seq) {
    for (auto& i : how->items) {
      auto v = const_int(&i);
      if (!v) return false;
      parts.push_back(*v);
    }
  } else {
    auto v = const_int(how);
    if (!v || *v <= 0) return false;
    int64_t step = *v;
    if (n == "chunk") step = (size + *v - 1) / *v;  // chunk's per-piece size; the last may be smaller
    if (step <= 0) return false;
    for (int64_t at = 0; at < size; at += step) parts.push_back(std::min(step, size - at));
    if (parts.empty()) parts.push_back(0);
  }
  for (int64_t k : parts) {  // views (narrow): the strides are the input's
    auto r = t->sizes;
    r[d] = sym::Integer(k);
    outs.push_back(r);
    strides.push_back(t->strides);
  }
  return true;
}

// An int or a sequence of ints (conv / pool parameters) expanded to n values; nullopt when absent
// (the caller's default applies) or not constant.
std::optional<std::vector<int64_t>> ints_n(const SymArg* a, size_t n) {
  if (!a || (a->k == SymArg::K::Other && a->v.is_none())) return std::nullopt;
  std::vector<int64_t> r;
  if (a->k == SymArg::K::Seq) {
    for (auto& i : a->items) {
      auto v = const_int(&i);
      if (!v) return std::nullopt;
      r.push_back(*v);
    }
    if (r.size() == 1) r.assign(n, r[0]);
  } else if (auto v = const_int(a)) {
    r.assign(n, *v);
  }
  if (r.size() != n) return std::nullopt;
  return r;
}

const std::string* str_arg(const SymArg* a) {
  if (a && a->k == SymArg::K::Other && a->v.is_obj() && a->v.o->kind == Kind::Str)
    return &static_cast<rt::Str*>(a->v.o)->s;
  return nullptr;
}

const SymArg* arg_at(const Ctx& c, size_t i, const char* name) { return i < c.args.size() ? &c.args[i] : c.kw(name); }

// A flag argument that is absent, None or False.
bool flag_off(const SymArg* a) {
  return !a || (a->k == SymArg::K::Other && (a->v.is_none() || (a->v.is_bool() && !a->v.b))) ||
         (a->k == SymArg::K::Int && sym::is_integer(a->e) && sym::same(a->e, sym::Integer(0)));
}

// One spatial output size of a convolution or pooling window: (L + 2p - d(k-1) - 1) // s + 1
// (ceil_mode rounds up, but a last window that starts in the right padding is dropped).
Expr window_out(const Expr& len, int64_t k, int64_t s, int64_t p, int64_t d, bool ceil_mode) {
  Expr num = sym::Add(len, sym::Integer(2 * p - d * (k - 1) - 1 + (ceil_mode ? s - 1 : 0)));
  return sym::Add(sym::FloorDiv(num, sym::Integer(s)), sym::Integer(1));
}

// conv{1,2,3}d(input, weight, bias, stride, padding, dilation, groups) (ATen's conv output size);
// padding 'valid' is 0, 'same' keeps the size.
bool conv_rule(Ctx& c, size_t spatial, std::vector<std::vector<Expr>>& outs) {
  if (c.args.size() < 2 || c.args[0].k != SymArg::K::Tensor || c.args[1].k != SymArg::K::Tensor) return false;
  const auto& x = c.args[0].sizes;
  const auto& w = c.args[1].sizes;
  if (w.size() != spatial + 2 || (x.size() != spatial + 2 && x.size() != spatial + 1)) return false;
  bool batched = x.size() == spatial + 2;
  size_t off = batched ? 2 : 1;
  auto stride = ints_n(arg_at(c, 3, "stride"), spatial).value_or(std::vector<int64_t>(spatial, 1));
  auto dil = ints_n(arg_at(c, 5, "dilation"), spatial).value_or(std::vector<int64_t>(spatial, 1));
  const SymArg* pad_a = arg_at(c, 4, "padding");
  std::vector<int64_t> pad(spatial, 0);
  bool same = false;
  if (const std::string* ps = str_arg(pad_a)) {
    if (*ps == "same") same = true;
    else if (*ps != "valid") return false;
  } else if (pad_a) {
    auto p = ints_n(pad_a, spatial);
    if (!p) return false;
    pad = *p;
  }
  std::vector<Expr> r;
  if (batched) r.push_back(x[0]);
  r.push_back(w[0]);
  for (size_t i = 0; i < spatial; ++i) {
    int64_t k;
    if (!sym::is_integer(c.simp(w[2 + i]), &k)) return false;
    r.push_back(same ? x[off + i] : window_out(x[off + i], k, stride[i], pad[i], dil[i], false));
  }
  outs.push_back(r);
  return true;
}

// max_pool / avg_pool (kernel_size, stride=kernel_size, padding, [dilation,] ceil_mode) and
// adaptive pools (output_size): the leading dims kept.
bool pool_rule(Ctx& c, const std::string& n, size_t spatial, std::vector<std::vector<Expr>>& outs) {
  if (c.args.empty() || c.args[0].k != SymArg::K::Tensor) return false;
  const auto& x = c.args[0].sizes;
  if (x.size() < spatial + 1) return false;
  size_t off = x.size() - spatial;
  std::vector<Expr> r(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(off));
  if (n.rfind("adaptive_", 0) == 0) {
    auto o = ints_n(arg_at(c, 1, "output_size"), spatial);
    if (!o) return false;
    for (int64_t v : *o) r.push_back(sym::Integer(v));
    outs.push_back(r);
    return n.find("max") == std::string::npos || flag_off(arg_at(c, 2, "return_indices"));
  }
  bool is_max = n.rfind("max_pool", 0) == 0;
  auto k = ints_n(arg_at(c, 1, "kernel_size"), spatial);
  if (!k) return false;
  auto st = ints_n(arg_at(c, 2, "stride"), spatial).value_or(*k);
  if (const SymArg* sa = arg_at(c, 2, "stride"); sa && sa->k == SymArg::K::Seq && sa->items.empty()) st = *k;
  auto pad = ints_n(arg_at(c, 3, "padding"), spatial).value_or(std::vector<int64_t>(spatial, 0));
  std::vector<int64_t> dil(spatial, 1);
  const SymArg* ceil_a = arg_at(c, is_max ? 5 : 4, "ceil_mode");
  if (is_max) dil = ints_n(arg_at(c, 4, "dilation"), spatial).value_or(dil);
  if (!flag_off(ceil_a)) return false;  // ceil_mode: the last-window rule needs a guard; specialize
  if (is_max && !flag_off(arg_at(c, 6, "return_indices"))) return false;
  for (size_t i = 0; i < spatial; ++i) r.push_back(window_out(x[off + i], (*k)[i], st[i], pad[i], dil[i], false));
  outs.push_back(r);
  return true;
}

// Losses: a 0-d result for reduction 'mean' / 'sum' (the default 'mean'), the elementwise shape
// for 'none' (the target's for nll_loss / cross_entropy with class indices, else the input's).
bool loss_rule(Ctx& c, const std::string& n, std::vector<std::vector<Expr>>& outs) {
  const SymArg* red = c.kw("reduction");
  std::string reduction = "mean";
  if (red) {
    const std::string* r = str_arg(red);
    if (!r) return false;
    reduction = *r;
  } else if (c.kw("reduce") || c.kw("size_average")) {
    return false;
  }
  if (reduction == "mean" || reduction == "sum") {
    outs.push_back({});
    return true;
  }
  if (reduction != "none" || c.args.size() < 2 || c.args[1].k != SymArg::K::Tensor) return false;
  bool by_target = (n == "cross_entropy" || n == "nll_loss") && c.args[0].sizes.size() != c.args[1].sizes.size();
  outs.push_back(by_target ? c.args[1].sizes : c.args[0].sizes);
  return true;
}

// F.scaled_dot_product_attention(q, k, v): q's sizes with v's last (the attention math's meta).
bool sdpa_rule(Ctx& c, std::vector<std::vector<Expr>>& outs) {
  auto ts = tensor_args(c, 3);
  if (ts.size() < 3 || ts[0]->sizes.empty() || ts[2]->sizes.empty()) return false;
  auto r = ts[0]->sizes;
  r.back() = ts[2]->sizes.back();
  outs.push_back(r);
  return true;
}

// The ops of core/torch/pad_distance_ops.cpp (their meta functions on SymInts):
// torch._C._nn.pad(x, pad, ...): the last dims grow by their two pads (every mode);
// torch._C._nn.one_hot(x, n): x's sizes and n; cosine_similarity: the broadcast shape without
// `dim`; pairwise_distance: without the last dim (1 with keepdim); cdist: the broadcast batch,
// x1's and x2's rows; baddbmm: (batch1[0], batch1[1], batch2[2]).
bool pad_distance_rule(Ctx& c, const std::string& n, std::vector<std::vector<Expr>>& outs) {
  auto ts = tensor_args(c, 3);
  if (ts.empty()) return false;
  if (n == "pad") {
    if (c.args.size() < 2 || c.args[1].k != SymArg::K::Seq) return false;
    std::vector<Expr> r = ts[0]->sizes;
    const auto& items = c.args[1].items;
    if (items.size() % 2 != 0 || items.size() / 2 > r.size()) return false;
    // A pad is a constant or a SymInt (padding to a multiple of a symbolic size).
    auto pad_expr = [](const SymArg& a) -> std::optional<Expr> {
      if (a.k == SymArg::K::Int) return a.e;
      if (auto v = const_int(&a)) return sym::Integer(*v);
      return std::nullopt;
    };
    for (size_t i = 0; i < items.size() / 2; ++i) {
      auto l = pad_expr(items[2 * i]), h = pad_expr(items[2 * i + 1]);
      if (!l || !h) return false;
      Expr& d = r[r.size() - 1 - i];
      d = sym::Add(d, sym::Add(*l, *h));
    }
    outs.push_back(r);
    return true;
  }
  if (n == "one_hot") {
    auto k = c.args.size() > 1 ? const_int(&c.args[1]) : const_int(c.kw("num_classes"));
    if (!k || *k < 0) return false;
    std::vector<Expr> r = ts[0]->sizes;
    r.push_back(sym::Integer(*k));
    outs.push_back(r);
    return true;
  }
  if (n == "cosine_similarity" || n == "pairwise_distance") {
    if (ts.size() < 2) return false;
    std::vector<Expr> r = broadcast(c, {ts[0], ts[1]});
    if (r.empty()) return false;
    if (n == "cosine_similarity") {
      auto d = c.args.size() > 2 ? const_int(&c.args[2]) : c.kw("dim") ? const_int(c.kw("dim")) : 1;
      if (!d) return false;
      int64_t w = wrap(*d, r.size());
      if (w < 0 || static_cast<size_t>(w) >= r.size()) return false;
      r.erase(r.begin() + w);
    } else {
      const SymArg* kd = c.args.size() > 4 ? &c.args[4] : c.kw("keepdim");
      bool keep = kd && kd->k == SymArg::K::Other && kd->v.is_bool() && kd->v.b;
      if (keep) r.back() = sym::Integer(1);
      else r.pop_back();
    }
    outs.push_back(r);
    return true;
  }
  if (n == "cdist") {
    if (ts.size() < 2 || ts[0]->sizes.size() < 2 || ts[1]->sizes.size() < 2) return false;
    SymArg b1 = *ts[0], b2 = *ts[1];
    b1.sizes.resize(b1.sizes.size() - 2);
    b2.sizes.resize(b2.sizes.size() - 2);
    std::vector<Expr> r = broadcast(c, {&b1, &b2});
    r.push_back(ts[0]->sizes[ts[0]->sizes.size() - 2]);
    r.push_back(ts[1]->sizes[ts[1]->sizes.size() - 2]);
    c.unify(ts[0]->sizes.back(), ts[1]->sizes.back());
    outs.push_back(r);
    return true;
  }
  if (n == "baddbmm") {
    if (ts.size() < 3 || ts[1]->sizes.size() != 3 || ts[2]->sizes.size() != 3) return false;
    std::vector<Expr> r{c.unify(ts[1]->sizes[0], ts[2]->sizes[0]), ts[1]->sizes[1], ts[2]->sizes[2]};
    c.unify(ts[1]->sizes[2], ts[2]->sizes[1]);
    SymArg target;
    target.sizes = r;
    broadcast(c, {ts[0], &target});
    outs.push_back(r);
    return true;
  }
  return false;
}

bool cat_rule(Ctx& c, std::vector<std::vector<Expr>>& outs, bool stack) {
  if (c.args.empty() || c.args[0].k != SymArg::K::Seq) return false;
  std::vector<const SymArg*> ts;
  for (auto& i : c.args[0].items) {
    if (i.k != SymArg::K::Tensor) return false;
    int64_t v;
    if (!stack && i.sizes.size() == 1 && sym::is_integer(i.sizes[0], &v) && v == 0) continue;  // legacy empty
    ts.push_back(&i);
  }
  if (ts.empty()) return false;
  auto dim_arg = c.args.size() > 1 ? const_int(&c.args[1]) : const_int(c.kw("dim"));
  int64_t dim = dim_arg.value_or(0);
  size_t n = ts[0]->sizes.size();
  dim = wrap(dim, stack ? n + 1 : n);
  std::vector<Expr> r = ts[0]->sizes;
  for (size_t k = 1; k < ts.size(); ++k) {
    if (ts[k]->sizes.size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
      if (!stack && static_cast<int64_t>(i) == dim) r[i] = sym::Add(r[i], ts[k]->sizes[i]);
      else r[i] = c.unify(r[i], ts[k]->sizes[i]);
    }
  }
  if (stack) r.insert(r.begin() + dim, sym::Integer(static_cast<int64_t>(ts.size())));
  outs.push_back(r);
  return true;
}

const std::set<std::string>& same_shape_ops() {
  static const std::set<std::string> s = {"abs",           "neg",
                                          "negative",      "sin",
                                          "cos",           "tan",
                                          "asin",          "acos",
                                          "atan",          "sinh",
                                          "cosh",          "exp",
                                          "exp2",          "log",
                                          "log2",          "log10",
                                          "log1p",         "expm1",
                                          "sqrt",          "rsqrt",
                                          "relu",          "relu6",
                                          "sigmoid",       "tanh",
                                          "gelu",          "silu",
                                          "elu",           "selu",
                                          "celu",          "leaky_relu",
                                          "softplus",      "softsign",
                                          "mish",          "hardtanh",
                                          "hardsigmoid",   "hardswish",
                                          "logsigmoid",    "tanhshrink",
                                          "clone",         "contiguous",
                                          "detach",        "float",
                                          "double",        "half",
                                          "bfloat16",      "int",
                                          "long",          "bool",
                                          "short",         "char",
                                          "byte",          "to",
                                          "type",          "softmax",
                                          "log_softmax",   "cumsum",
                                          "cumprod",       "dropout",
                                          "sign",          "sgn",
                                          "floor",         "ceil",
                                          "round",         "trunc",
                                          "frac",          "reciprocal",
                                          "square",        "erf",
                                          "erfc",          "erfinv",
                                          "zeros_like",    "ones_like",
                                          "empty_like",    "rand_like",
                                          "randn_like",    "full_like",
                                          "nan_to_num",    "layer_norm",
                                          "batch_norm",    "instance_norm",
                                          "group_norm",    "normalize",
                                          "tril",          "triu",
                                          "flip",          "roll",
                                          "logit",         "digamma",
                                          "lgamma",        "requires_grad_",
                                          "fill_",         "zero_",
                                          "uniform_",      "normal_",
                                          "bernoulli_",    "exponential_",
                                          "clamp_min",     "clamp_max",
                                          "positive",      "isnan",
                                          "isinf",         "isfinite",
                                          "logical_not",   "bitwise_not",
                                          "deg2rad",       "rad2deg",
                                          "sinc",          "threshold",
                                          "rrelu",         "glu_same",
                                          "alpha_dropout", "feature_alpha_dropout",
                                          "dropout1d",     "dropout2d",
                                          "dropout3d",     "softmin",
                                          "cummax_same",   "fix",
                                          "cpu",           "cuda",
                                          "clamp",         "clip"};
  return s;
}

const std::set<std::string>& pointwise_ops() {
  static const std::set<std::string> s = {"add",          "sub",
                                          "subtract",     "mul",
                                          "multiply",     "div",
                                          "divide",       "true_divide",
                                          "floor_divide", "remainder",
                                          "fmod",         "pow",
                                          "float_power",  "maximum",
                                          "minimum",      "fmax",
                                          "fmin",         "eq",
                                          "ne",           "lt",
                                          "le",           "gt",
                                          "ge",           "greater",
                                          "less",         "greater_equal",
                                          "less_equal",   "not_equal",
                                          "where",        "atan2",
                                          "arctan2",      "logical_and",
                                          "logical_or",   "logical_xor",
                                          "bitwise_and",  "bitwise_or",
                                          "bitwise_xor",  "masked_fill",
                                          "lerp",         "addcmul",
                                          "addcdiv",      "hypot",
                                          "copysign",     "rsub",
                                          "xlogy",        "heaviside",
                                          "nextafter",    "ldexp",
                                          "logaddexp",    "logaddexp2",
                                          "isclose"};
  return s;
}

bool apply_rule(Ctx& c, const std::string& name, int nb_op, std::vector<std::vector<Expr>>& outs,
                std::vector<std::vector<Expr>>& strides) {
  const SymArg* t = first_tensor(c);
  if (nb_op >= 0) {
    if (nb_op == 300) return index_rule(c, outs);
    if (nb_op == 301) return true;  // setitem: returns None
    if (nb_op == 4 || nb_op == 17) return matmul_rule(c, outs);
    if (nb_op >= 200 && nb_op <= 203) return same_as_self(c, outs);
    if (nb_op < 100 || (nb_op >= 100 && nb_op < 106)) return pointwise(c, outs);
    return false;
  }
  std::string n = name;
  // An alias op (absolute, multiply, ...) follows its base's rule (alias_ops.cpp).
  if (const auto* defs = torch::Registry::get().find(n); defs && !defs->empty()) n = defs->front().schema.name;
  // In-place view ops: `self` takes the shape of the view (views.cpp inplace_view).
  if (n == "unsqueeze_" || n == "squeeze_" || n == "transpose_" || n == "swapaxes_" || n == "swapdims_" ||
      n == "t_")
    n.pop_back();
  if (n.size() > 1 && n.back() == '_' && n != "requires_grad_" && n != "fill_" && n != "zero_") {
    // In-place ops return self (same shape); the broadcast of `other` into self still has to hold.
    std::string base = n.substr(0, n.size() - 1);
    if (pointwise_ops().count(base)) {
      auto ts = tensor_args(c);
      std::vector<Expr> b = broadcast(c, ts);
      (void)b;
      return same_as_self(c, outs);
    }
    if (same_shape_ops().count(base)) return same_as_self(c, outs);
    return false;
  }
  if (same_shape_ops().count(n)) {
    if ((n == "clamp" || n == "clip") && tensor_args(c).size() > 1) return pointwise(c, outs);
    return same_as_self(c, outs);
  }
  if (pointwise_ops().count(n)) return pointwise(c, outs);
  if (n == "max" || n == "min") {
    if (tensor_args(c).size() > 1) return pointwise(c, outs);
    return reduction(c, outs, true);
  }
  if (n == "sum" || n == "mean" || n == "prod" || n == "amax" || n == "amin" || n == "argmax" || n == "argmin" ||
      n == "std" || n == "var" || n == "logsumexp" || n == "all" || n == "any" || n == "count_nonzero" ||
      n == "nansum" || n == "nanmean" || n == "norm") {
    if ((n == "prod" || n == "std" || n == "var" || n == "norm") && c.args.size() > 1 &&
        c.args[1].k == SymArg::K::Other && !c.args[1].v.is_none())
      return false;
    return reduction(c, outs, false);
  }
  if (n == "view") return view_like(c, outs, &strides);
  if (n == "reshape") return view_like(c, outs);
  if (n == "view_as" || n == "reshape_as" || n == "expand_as" || n == "type_as") {
    if (c.args.size() < 2 || c.args[1].k != SymArg::K::Tensor) return false;
    if (n == "type_as") return same_as_self(c, outs);
    if (n == "expand_as") {
      SymArg shape;
      shape.k = SymArg::K::Seq;
      for (auto& e : c.args[1].sizes) {
        SymArg i;
        i.k = SymArg::K::Int;
        i.e = e;
        shape.items.push_back(i);
      }
      c.args.resize(1);
      c.args.push_back(shape);
      return expand(c, outs);
    }
    c.guard(sym::Eq(product(t->sizes), product(c.args[1].sizes)));
    outs.push_back(c.args[1].sizes);
    return true;
  }
  if (n == "expand") return expand(c, outs);
  if (n == "repeat") {
    std::vector<Expr> reps;
    if (!t || !shape_args(c, 1, reps, "repeats") || reps.size() < t->sizes.size()) return false;
    size_t off = reps.size() - t->sizes.size();
    for (size_t i = off; i < reps.size(); ++i) reps[i] = sym::Mul(reps[i], t->sizes[i - off]);
    outs.push_back(reps);
    return true;
  }
  if (n == "flatten") {
    if (!t) return false;
    size_t nd = t->sizes.size();
    if (nd == 0) {
      outs.push_back({sym::Integer(1)});
      return true;
    }
    auto s = c.args.size() > 1 ? const_int(&c.args[1]) : const_int(c.kw("start_dim"));
    auto e = c.args.size() > 2 ? const_int(&c.args[2]) : const_int(c.kw("end_dim"));
    int64_t a = wrap(s.value_or(0), nd), b = wrap(e.value_or(-1), nd);
    std::vector<Expr> r(t->sizes.begin(), t->sizes.begin() + a);
    r.push_back(product(t->sizes, static_cast<size_t>(a), static_cast<size_t>(b + 1)));
    r.insert(r.end(), t->sizes.begin() + b + 1, t->sizes.end());
    outs.push_back(r);
    return true;
  }
  if (n == "unsqueeze") {
    auto d = c.args.size() > 1 ? const_int(&c.args[1]) : const_int(c.kw("dim"));
    if (!t || !d) return false;
    auto r = t->sizes;
    r.insert(r.begin() + wrap(*d, r.size() + 1), sym::Integer(1));
    outs.push_back(r);
    return true;
  }
  if (n == "squeeze") {
    if (!t) return false;
    std::vector<int64_t> dims;
    if (c.args.size() > 1 || c.kw("dim")) {
      if (!reduction_dims(c, t->sizes.size(), dims)) return false;
    } else {
      for (size_t i = 0; i < t->sizes.size(); ++i) dims.push_back(static_cast<int64_t>(i));
    }
    std::vector<Expr> r;
    for (size_t i = 0; i < t->sizes.size(); ++i) {
      int64_t v;
      bool sq = std::find(dims.begin(), dims.end(), static_cast<int64_t>(i)) != dims.end() &&
                sym::is_integer(t->sizes[i], &v) && v == 1;
      if (!sq) r.push_back(t->sizes[i]);
    }
    outs.push_back(r);
    return true;
  }
  if (n == "transpose" || n == "swapaxes" || n == "swapdims" || n == "t" || n == "permute" || n == "movedim") {
    if (!t) return false;
    size_t nd = t->sizes.size();
    std::vector<int64_t> perm;
    for (size_t i = 0; i < nd; ++i) perm.push_back(static_cast<int64_t>(i));
    if (n == "t") {
      if (nd == 2) std::swap(perm[0], perm[1]);
    } else if (n == "permute") {
      std::vector<Expr> dims;
      if (!shape_args(c, 1, dims, "dims") || dims.size() != nd) return false;
      for (size_t i = 0; i < nd; ++i) {
        int64_t v;
        if (!sym::is_integer(dims[i], &v)) return false;
        perm[i] = wrap(v, nd);
      }
    } else if (n == "movedim") {
      auto s = const_int(c.args.size() > 1 ? &c.args[1] : nullptr),
           d = const_int(c.args.size() > 2 ? &c.args[2] : nullptr);
      if (!s || !d) return false;
      int64_t a = wrap(*s, nd), b = wrap(*d, nd);
      perm.erase(perm.begin() + a);
      perm.insert(perm.begin() + b, a);
    } else {
      auto a = const_int(c.args.size() > 1 ? &c.args[1] : c.kw("dim0")),
           b = const_int(c.args.size() > 2 ? &c.args[2] : c.kw("dim1"));
      if (!a || !b) return false;
      std::swap(perm[static_cast<size_t>(wrap(*a, nd))], perm[static_cast<size_t>(wrap(*b, nd))]);
    }
    return permute_dims(c, outs, strides, perm);
  }
  if (n == "narrow") {
    auto d = const_int(c.args.size() > 1 ? &c.args[1] : c.kw("dim"));
    const SymArg* len = c.args.size() > 3 ? &c.args[3] : c.kw("length");
    if (!t || !d || !len || len->k != SymArg::K::Int) return false;
    auto r = t->sizes;
    r[static_cast<size_t>(wrap(*d, r.size()))] = len->e;
    outs.push_back(r);
    return true;
  }
  if (n == "select") {
    auto d = const_int(c.args.size() > 1 ? &c.args[1] : c.kw("dim"));
    if (!t || !d) return false;
    auto r = t->sizes;
    r.erase(r.begin() + wrap(*d, r.size()));
    outs.push_back(r);
    return true;
  }
  if (n == "matmul" || n == "mm" || n == "bmm") return matmul_rule(c, outs);
  if (n == "linear") return linear_rule(c, outs);
  if (n == "cat" || n == "concat" || n == "concatenate") return cat_rule(c, outs, false);
  if (n == "embedding") return embedding_rule(c, outs);
  if (n == "split" || n == "split_with_sizes" || n == "chunk" || n == "unbind") return split_rule(c, n, outs, strides);
  if (n == "scaled_dot_product_attention") return sdpa_rule(c, outs);
  if (n == "conv1d" || n == "conv2d" || n == "conv3d") return conv_rule(c, static_cast<size_t>(n[4] - '0'), outs);
  if (n == "max_pool1d" || n == "max_pool2d" || n == "max_pool3d" || n == "avg_pool1d" || n == "avg_pool2d" ||
      n == "avg_pool3d" || n == "adaptive_avg_pool1d" || n == "adaptive_avg_pool2d" || n == "adaptive_avg_pool3d" ||
      n == "adaptive_max_pool1d" || n == "adaptive_max_pool2d")
    return pool_rule(c, n, static_cast<size_t>(n[n.size() - 2] - '0'), outs);
  if (n == "cross_entropy" || n == "nll_loss" || n == "mse_loss" || n == "l1_loss" || n == "smooth_l1_loss" ||
      n == "huber_loss" || n == "binary_cross_entropy" || n == "binary_cross_entropy_with_logits" ||
      n == "soft_margin_loss")
    return loss_rule(c, n, outs);
  if (n == "gather") {  // the index's sizes
    const SymArg* idx = arg_at(c, 2, "index");
    if (!idx || idx->k != SymArg::K::Tensor) return false;
    outs.push_back(idx->sizes);
    return true;
  }
  if (n == "index_select") {  // dim replaced by the index's length
    auto d = const_int(arg_at(c, 1, "dim"));
    const SymArg* idx = arg_at(c, 2, "index");
    if (!t || !d || !idx || idx->k != SymArg::K::Tensor || idx->sizes.size() > 1 || t->sizes.empty()) return false;
    auto r = t->sizes;
    r[static_cast<size_t>(wrap(*d, r.size()))] = idx->sizes.empty() ? sym::Integer(1) : idx->sizes[0];
    outs.push_back(r);
    return true;
  }
  if (n == "sort" || n == "argsort" || n == "topk" || n == "msort") {  // values (and indices) of one shape
    if (!t) return false;
    auto r = t->sizes;
    if (n == "topk") {
      const SymArg* k = arg_at(c, 1, "k");
      if (!k || k->k != SymArg::K::Int || r.empty()) return false;
      auto d = const_int(arg_at(c, 2, "dim"));
      r[static_cast<size_t>(wrap(d.value_or(-1), r.size()))] = k->e;
    }
    outs.push_back(r);
    if (n != "argsort") outs.push_back(r);
    return true;
  }
  if (n == "outer" || n == "ger") {
    auto ts = tensor_args(c, 2);
    if (ts.size() != 2 || ts[0]->sizes.size() != 1 || ts[1]->sizes.size() != 1) return false;
    outs.push_back({ts[0]->sizes[0], ts[1]->sizes[0]});
    return true;
  }
  if (n == "diff") {  // n=1 along dim, no prepend / append
    if (!t || t->sizes.empty() || c.kw("prepend") || c.kw("append") || c.args.size() > 3) return false;
    auto nn = const_int(arg_at(c, 1, "n")).value_or(1);
    auto d = const_int(arg_at(c, 2, "dim")).value_or(-1);
    auto r = t->sizes;
    Expr& e = r[static_cast<size_t>(wrap(d, r.size()))];
    if (c.hint(e) < nn) return false;
    e = sym::Sub(e, sym::Integer(nn));
    c.guard(sym::Ge(e, sym::Integer(0)));
    outs.push_back(r);
    return true;
  }
  if (n == "repeat_interleave") {  // an int number of repeats along dim
    auto reps = const_int(arg_at(c, 1, "repeats"));
    auto d = const_int(arg_at(c, 2, "dim"));
    if (!t || !reps || !d || t->sizes.empty()) return false;
    auto r = t->sizes;
    Expr& e = r[static_cast<size_t>(wrap(*d, r.size()))];
    e = sym::Mul(e, sym::Integer(*reps));
    outs.push_back(r);
    return true;
  }
  if (n == "unflatten") {  // dim replaced by constant sizes (no -1)
    auto d = const_int(arg_at(c, 1, "dim"));
    auto sizes = ints_n(arg_at(c, 2, "sizes"), arg_at(c, 2, "sizes") && arg_at(c, 2, "sizes")->k == SymArg::K::Seq
                                                   ? arg_at(c, 2, "sizes")->items.size()
                                                   : 0);
    if (!t || !d || !sizes || t->sizes.empty()) return false;
    Expr prod = sym::Integer(1);
    for (int64_t v : *sizes) {
      if (v < 0) return false;
      prod = sym::Mul(prod, sym::Integer(v));
    }
    size_t dd = static_cast<size_t>(wrap(*d, t->sizes.size()));
    if (!c.guard(sym::Eq(t->sizes[dd], prod))) return false;
    auto r = t->sizes;
    r.erase(r.begin() + static_cast<std::ptrdiff_t>(dd));
    std::vector<Expr> ins;
    for (int64_t v : *sizes) ins.push_back(sym::Integer(v));
    r.insert(r.begin() + static_cast<std::ptrdiff_t>(dd), ins.begin(), ins.end());
    outs.push_back(r);
    return true;
  }
  if (n == "pad" || n == "one_hot" || n == "cosine_similarity" || n == "pairwise_distance" || n == "cdist" ||
      n == "baddbmm")
    return pad_distance_rule(c, n, outs);
  if (n == "stack") return cat_rule(c, outs, true);
  // Factories: the size is argument `at` (new_*: after self); full / new_full take one sequence
  // followed by the fill value, the others varargs ints or one sequence.
  bool is_new = n == "new_zeros" || n == "new_ones" || n == "new_empty" || n == "new_full";
  if (is_new || n == "zeros" || n == "ones" || n == "empty" || n == "rand" || n == "randn" || n == "full") {
    size_t at = is_new ? 1 : 0;
    std::vector<Expr> shape;
    if (n == "full" || n == "new_full") {
      if (c.args.size() <= at || c.args[at].k != SymArg::K::Seq) return false;
      for (auto& i : c.args[at].items) {
        if (i.k != SymArg::K::Int) return false;
        shape.push_back(i.e);
      }
    } else if (!shape_args(c, at, shape)) {
      return false;
    }
    outs.push_back(shape);
    return true;
  }
  if (n == "arange") {
    std::vector<const SymArg*> ints;
    for (auto& a : c.args) {
      if (a.k != SymArg::K::Int) return false;
      ints.push_back(&a);
    }
    Expr start = sym::Integer(0), end, step = sym::Integer(1);
    if (ints.size() == 1) end = ints[0]->e;
    else if (ints.size() >= 2) {
      start = ints[0]->e;
      end = ints[1]->e;
      if (ints.size() == 3) step = ints[2]->e;
    } else {
      return false;
    }
    int64_t st;
    if (!sym::is_integer(step, &st) || st <= 0) return false;
    Expr len = sym::Sub(end, start);
    if (!c.guard(sym::Ge(len, sym::Integer(0)))) return false;
    if (st != 1) len = sym::FloorDiv(sym::Add(len, sym::Integer(st - 1)), sym::Integer(st));
    outs.push_back({len});
    return true;
  }
  return false;
}

std::string op_short_name(const fx::Node* n, const NodeExec& e) {
  if (e.kind == NodeExec::Kind::Method) return e.name;
  if (e.kind == NodeExec::Kind::CallValue) {
    std::string q = n->target().qualified_name();
    if (q.rfind("torch.ops.", 0) == 0) return "";  // custom ops and HOPs: no rule
    size_t dot = q.rfind('.');
    return dot == std::string::npos ? q : q.substr(dot + 1);
  }
  return "";
}

// The fake tensors of a node's example value, in output order.
void example_tensors(const Value& v, std::vector<torch::Tensor>& out) {
  if (v.is_obj() && v.o->kind == Kind::Tensor) {
    out.push_back(static_cast<rt::TensorObj*>(v.o)->t());
    return;
  }
  if (v.is_obj() && (v.o->kind == Kind::Tuple || v.o->kind == Kind::List)) {
    auto& items = v.o->kind == Kind::List ? static_cast<rt::List*>(v.o)->items : static_cast<rt::Tuple*>(v.o)->items;
    for (auto& i : items) example_tensors(i, out);
  }
}

}  // namespace

namespace {
struct ArgsBefore : SymCallArgs {
  std::vector<SymArg> args;
  std::vector<std::pair<std::string, SymArg>> kwargs;
};
// The symbolic strides of a fresh non-contiguous result (TensorIterator's output in its input's
// memory order, x.t() * 3): dense in the order of its concrete strides, each stride the product of
// the symbolic sizes of the dims inside it. A stride that is no such product stays the constant.
std::vector<Expr> dense_strides(OutputGraph& out, const std::vector<Expr>& sizes, const torch::Tensor& t) {
  size_t nd = sizes.size();
  std::vector<size_t> order;
  for (size_t d = 0; d < nd; ++d)
    if (t.sizes()[d] != 1) order.push_back(d);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return t.strides()[a] < t.strides()[b]; });
  std::vector<Expr> prefix{sym::Integer(1)};
  for (size_t d : order) prefix.push_back(sym::Mul(prefix.back(), sizes[d]));
  std::vector<Expr> r;
  for (size_t d = 0; d < nd; ++d) {
    Expr e = sym::Integer(t.strides()[d]);
    for (auto& p : prefix)
      if (out.shape_env.size_hint(p) == t.strides()[d]) {
        e = out.shape_env.simplify(p);
        break;
      }
    r.push_back(e);
  }
  return r;
}

}  // namespace

// The node's arguments as SymArgs, or nullptr when none is symbolic (or the node has no rule to run).
std::unique_ptr<SymCallArgs> symbolic_args_before(OutputGraph& out, const NodeExec& e) {
  if (out.sym_shapes.empty() && out.sym_exprs.empty()) return nullptr;  // nothing symbolic in this graph yet
  // Size reads (x.size(d), x.numel()) get their expression from the caller.
  if (e.kind == NodeExec::Kind::Method && (e.name == "size" || e.name == "numel" || e.name == "nelement"))
    return nullptr;
  // A tuple's items share the tuple's fake tensors, which already have their shapes.
  if (e.kind == NodeExec::Kind::GetItem) return nullptr;
  auto r = std::make_unique<ArgsBefore>();
  bool symbolic = false;
  for (auto& p : e.args) {
    r->args.push_back(sym_arg(out, p));
    symbolic |= any_symbolic(r->args.back());
  }
  for (auto& [k, p] : e.kwargs) {
    r->kwargs.emplace_back(k, sym_arg(out, p));
    symbolic |= any_symbolic(r->kwargs.back().second);
  }
  if (!symbolic) return nullptr;
  return r;
}

// Gives the results of node `n` (already run on fake values) their symbolic shapes, from its
// arguments as symbolic_args_before read them.
void propagate_symbolic_shapes(OutputGraph& out, fx::Node* n, const NodeExec& e, const Value& example_out,
                               SymCallArgs* before) {
  if (!before) return;
  auto* pre = static_cast<ArgsBefore*>(before);
  Ctx c{out, std::move(pre->args), std::move(pre->kwargs)};
  std::vector<torch::Tensor> results;
  example_tensors(example_out, results);
  // call_torchbind runs the fake class's method on the fake values (docs/torchbind.md §5.2): a
  // method that only stores its tensor arguments in the fake object's state (push) or returns
  // tensors the trace already gave symbolic shapes (a pushed tensor popped again) leaves the
  // symbols alone, as PyTorch's fake tensors carry them through the method. A result tensor the
  // method computed anew, or a number, has no known expression: its inputs specialize (below).
  if (e.kind == NodeExec::Kind::CallTorchbind && (example_out.is_none() || !results.empty())) {
    bool known = true;
    for (auto& t : results) known &= out.sym_shape_of(t) != nullptr;
    if (known) return;
  }
  bool int_result = example_out.is_int() && !example_out.is_bool();
  std::vector<std::vector<Expr>> outs, strides;
  bool ok = false;
  if (e.kind == NodeExec::Kind::Operator || e.kind == NodeExec::Kind::Method || e.kind == NodeExec::Kind::CallValue) {
    std::string name = op_short_name(n, e);
    int nb = e.kind == NodeExec::Kind::Operator ? e.nb_op : -1;
    if (nb >= 0 || !name.empty()) {
      // Operator nodes between SymInts (s77 * 2) are given their expression by the caller.
      bool sym_only = true;
      for (auto& a : c.args) sym_only &= a.k != SymArg::K::Tensor;
      if (nb >= 0 && nb < 100 && sym_only) return;
      try {
        ok = apply_rule(c, name, nb, outs, strides) && !c.failed;
      } catch (const std::exception&) {
        ok = false;
      }
    }
  }
  if (ok && int_result) ok = false;  // ops returning a Python int from symbolic inputs: specialize
  if (ok && outs.size() != results.size()) ok = results.empty() && outs.empty();
  if (ok) {
    // Check every rule's result at the hints against the fake result.
    for (size_t i = 0; i < results.size() && ok; ++i) {
      if (static_cast<int64_t>(outs[i].size()) != results[i].dim()) ok = false;
      for (size_t d = 0; ok && d < outs[i].size(); ++d)
        ok = out.shape_env.size_hint(outs[i][d]) == results[i].sizes()[d];
    }
  }
  if (!ok) {
    std::vector<Expr> exprs;
    for (auto& a : c.args) collect_exprs(a, exprs);
    for (auto& [k, a] : c.kwargs) collect_exprs(a, exprs);
    out.specialize(exprs);
    return;
  }
  for (size_t i = 0; i < results.size(); ++i) {
    SymShape s;
    s.sizes = outs[i];
    if (i < strides.size()) s.strides = strides[i];
    else if (results[i].is_contiguous()) s.strides = contiguous(outs[i]);
    else s.strides = dense_strides(out, outs[i], results[i]);
    out.set_sym_shape(results[i], std::move(s));
  }
}

}  // namespace dp::dynamo
