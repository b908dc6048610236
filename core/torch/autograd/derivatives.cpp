// Mirrors tools/autograd/derivatives.yaml and torch/csrc/autograd/FunctionsManual.cpp: the gradient
// formula of each differentiable op, by op name (an in-place op `mul_` uses `mul`'s formula with
// `self` as it was before). Formulas are written with the registry's ops, in PyTorch's operation
// order where it matters for float32 rounding; the nn ops use the kernels of nn_backward.h.
// The list of formulas and what is missing: docs/autograd.md.
#include <cmath>
#include <limits>
#include <map>

#include "torch/autograd/function.h"
#include "torch/kernel_utils.h"
#include "torch/moments_utils.h"
#include "torch/nn_backward.h"
#include "torch/zoo_backward.h"

namespace dp::torch::autograd {

namespace {

using detail::read_as;
using detail::write_from;

Tensor op(const std::string& name, const std::vector<Value>& args,
          const std::vector<std::pair<std::string, Value>>& kwargs = {}) {
  return call_t(name, args, kwargs);
}
Tensor zeros_like(const Tensor& t) { return Tensor::make(t.sizes(), t.dtype()); }
Tensor neg(const Tensor& t) { return op("neg", {t}); }
// digamma of a negative non-integer by reflection, and trigamma (polygamma(1, x)): recurrence to
// x >= 10 and the asymptotic series, in double.
double digamma_pos(double x) {
  double r = 0;
  while (x < 10) {
    r -= 1 / x;
    x += 1;
  }
  double z = 1 / (x * x);
  return r + std::log(x) - 0.5 / x - z * (1.0 / 12 - z * (1.0 / 120 - z * (1.0 / 252 - z * (1.0 / 240 - z / 132))));
}
double digamma_reflect(double x) { return digamma_pos(1 - x) - M_PI / std::tan(M_PI * x); }
double trigamma(double x) {
  if (x <= 0 && x == std::floor(x)) return std::numeric_limits<double>::infinity();
  if (x < 0) {
    const double s = std::sin(M_PI * x);
    return -trigamma(1 - x) + M_PI * M_PI / (s * s);
  }
  double r = 0;
  while (x < 10) {
    r += 1 / (x * x);
    x += 1;
  }
  const double z = 1 / (x * x);
  return r + 1 / x + z / 2 + z / x * (1.0 / 6 - z * (1.0 / 30 - z * (1.0 / 42 - z / 30)));
}

Tensor mul(const Value& a, const Value& b) { return op("mul", {a, b}); }
Tensor div(const Value& a, const Value& b) { return op("div", {a, b}); }
Tensor sub(const Value& a, const Value& b) { return op("sub", {a, b}); }
Tensor add(const Value& a, const Value& b) { return op("add", {a, b}); }
bool is_one(const Scalar& s) { return s.to_double() == 1.0; }
// maybe_multiply (FunctionsManual.cpp): skips a multiplication by 1.
Tensor maybe_multiply(const Tensor& t, const Scalar& s) { return is_one(s) ? t : mul(t, Value(s)); }

// Positional and keyword arguments that re-run the forward op with `values`.
Tensor rerun(const Args& a, std::vector<Value> values) {
  std::vector<Value> pos;
  std::vector<std::pair<std::string, Value>> kw;
  for (size_t i = 0; i < values.size(); ++i) {
    if (a.schema->args[i].kwarg_only) kw.push_back({a.schema->args[i].name, values[i]});
    else pos.push_back(values[i]);
  }
  return call_t(a.schema->name, pos, kw);
}

int arg_index(const Args& a, const std::string& name) {
  for (size_t i = 0; i < a.schema->args.size(); ++i) {
    if (a.schema->args[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

// The gradient of an op that only picks elements of `arg` (indexing, select, slice, gather,
// repeat ...): the op re-run on the positions 0..n-1 tells where each output element came from;
// the gradient adds each output gradient into its position (index_put_ with accumulate=True).
Tensor gather_like_backward(const GradCtx& ctx, const std::string& arg) {
  const Tensor& self = ctx.in(arg);
  Tensor pos = Tensor::make(self.sizes(), DType::Float64);
  double* p = pos.data<double>();
  for (int64_t i = 0; i < self.numel(); ++i) p[i] = static_cast<double>(i);
  std::vector<Value> values = ctx.args.values;
  values[arg_index(ctx.args, arg)] = pos;
  Tensor picked = rerun(ctx.args, values);
  std::vector<double> where = read_as<double>(picked);
  std::vector<double> g = read_as<double>(ctx.grad(), picked.sizes());
  std::vector<double> acc(static_cast<size_t>(self.numel()), 0.0);
  for (size_t k = 0; k < where.size(); ++k) acc[static_cast<size_t>(where[k])] += g[k];
  Tensor out = Tensor::make(self.sizes(), ctx.grad().dtype());
  write_from<double>(out, acc);
  return out;
}

// Elementwise gradient computed in double from (x, grad) pairs (activations with parameters).
Tensor pointwise(const Tensor& x, const Tensor& g, const std::function<double(double, double)>& f) {
  std::vector<double> xs = read_as<double>(x), gs = read_as<double>(g, x.sizes());
  for (size_t i = 0; i < xs.size(); ++i) xs[i] = f(xs[i], gs[i]);
  Tensor out = Tensor::make(x.sizes(), g.dtype());
  write_from<double>(out, xs);
  return out;
}

// sum_backward (FunctionsManual.cpp): unsqueeze the reduced dims (unless keepdim), then expand.
Tensor sum_backward(const Tensor& g, const Shape& sizes, const Value& dim, bool keepdim) {
  Tensor r = g;
  if (!keepdim && !sizes.empty()) {
    std::vector<int64_t> dims;
    if (dim.is_none() || (dim.is_int_list() && std::get<std::vector<int64_t>>(dim.v).empty())) {
      for (size_t i = 0; i < sizes.size(); ++i) dims.push_back(static_cast<int64_t>(i));
    } else if (dim.is_int()) {
      dims.push_back(wrap_dim(dim.to_int(), static_cast<int64_t>(sizes.size())));
    } else {
      for (int64_t d : std::get<std::vector<int64_t>>(dim.v))
        dims.push_back(wrap_dim(d, static_cast<int64_t>(sizes.size())));
    }
    std::sort(dims.begin(), dims.end());
    if (g.dim() < static_cast<int64_t>(sizes.size())) {
      for (int64_t d : dims) r = op("unsqueeze", {r, d});
    }
  }
  return op("expand", {r, sizes});
}

int64_t reduced_count(const Shape& sizes, const Value& dim) {
  if (dim.is_none() || (dim.is_int_list() && std::get<std::vector<int64_t>>(dim.v).empty())) return shape_numel(sizes);
  int64_t n = 1;
  std::vector<int64_t> dims = dim.is_int() ? std::vector<int64_t>{dim.to_int()} : std::get<std::vector<int64_t>>(dim.v);
  for (int64_t d : dims) n *= sizes[wrap_dim(d, static_cast<int64_t>(sizes.size()))];
  return n;
}

// value_selecting_reduction_backward: the gradient goes to the selected positions along `dim`.
Tensor scatter_along(const Tensor& g, int64_t dim, const Tensor& indices, const Shape& sizes, bool keepdim) {
  Tensor gk = g, ik = indices;
  if (!keepdim && !sizes.empty()) {
    gk = op("unsqueeze", {g, dim});
    ik = op("unsqueeze", {indices, dim});
  }
  std::vector<double> gv = read_as<double>(gk);
  std::vector<int64_t> iv = read_as<int64_t>(ik);
  std::vector<double> acc(static_cast<size_t>(shape_numel(sizes)), 0.0);
  Shape is = ik.sizes();
  int64_t nd = static_cast<int64_t>(sizes.size());
  std::vector<int64_t> coord(static_cast<size_t>(nd), 0);
  for (size_t k = 0; k < iv.size(); ++k) {
    int64_t flat = 0;
    for (int64_t d = 0; d < nd; ++d) flat = flat * sizes[d] + (d == dim ? iv[k] : coord[d]);
    acc[static_cast<size_t>(flat)] += gv[k];
    for (int64_t d = nd - 1; d >= 0; --d) {
      if (++coord[d] < is[d]) break;
      coord[d] = 0;
    }
  }
  Tensor out = Tensor::make(sizes, g.dtype());
  write_from<double>(out, acc);
  return out;
}

Tensor reshape_to(const Tensor& g, const Shape& s) { return op("reshape", {g, s}); }

// matmul's gradients for every operand rank (the decompositions of at::matmul: dot, mv, mm, bmm,
// and folding a batched left operand into one mm).
std::pair<Tensor, Tensor> matmul_backward(const Tensor& a, const Tensor& b, const Tensor& g) {
  int64_t da = a.dim(), db = b.dim();
  if (da == 1 && db == 1) return {mul(g, b), mul(g, a)};
  if (da == 2 && db == 1) return {op("outer", {g, b}), op("mv", {op("t", {a}), g})};
  // vector @ matrix is `a.unsqueeze(0).mm(b).squeeze_(0)` in at::matmul: b's gradient is an mm
  // (a sum from +0, so a -0 product gives +0, where `outer` would keep -0).
  if (da == 1 && db == 2)
    return {op("mv", {b, g}), op("mm", {op("unsqueeze", {a, 1}), op("unsqueeze", {g, 0})})};
  if (da == 2 && db == 2) return {op("mm", {g, op("t", {b})}), op("mm", {op("t", {a}), g})};
  if (da >= 3 && db <= 2) {
    int64_t k = a.sizes().back();
    Tensor a2 = reshape_to(a, {-1, k});
    if (db == 2) {
      Tensor g2 = reshape_to(g, {-1, b.sizes()[1]});
      return {reshape_to(op("mm", {g2, op("t", {b})}), a.sizes()), op("mm", {op("t", {a2}), g2})};
    }
    Tensor g1 = reshape_to(g, {-1});
    return {reshape_to(op("outer", {g1, b}), a.sizes()), op("mv", {op("t", {a2}), g1})};
  }
  // Batched: promote vectors to matrices, then sum over broadcast batch dims.
  Tensor a2 = da == 1 ? op("unsqueeze", {a, 0}) : a;
  Tensor b2 = db == 1 ? op("unsqueeze", {b, -1}) : b;
  Tensor g2 = g;
  if (da == 1) g2 = op("unsqueeze", {g2, -2});
  if (db == 1) g2 = op("unsqueeze", {g2, -1});
  Tensor ga = op("matmul", {g2, op("transpose", {b2, -2, -1})});
  Tensor gb = op("matmul", {op("transpose", {a2, -2, -1}), g2});
  ga = sum_to(ga, a2.sizes());
  gb = sum_to(gb, b2.sizes());
  return {reshape_to(ga, a.sizes()), reshape_to(gb, b.sizes())};
}

using Map = std::map<std::string, FormulaInfo>;

void def(Map& m, const std::string& name, Formula f, bool saves = true) { m[name] = FormulaInfo{std::move(f), saves}; }

// Formulas that read the forward's output (derivatives.yaml: `result`), and those that read it
// besides the inputs.
void reads_result(Map& m, std::initializer_list<const char*> only, std::initializer_list<const char*> also) {
  for (const char* n : only) {
    m.at(n).saves_inputs = false;
    m.at(n).saves_result = true;
  }
  for (const char* n : also) m.at(n).saves_result = true;
}

void def_unary(Map& m, const std::string& name, std::function<Tensor(const GradCtx&)> f) {
  def(m, name, [f](const GradCtx& c) -> GradMap { return {{"self", f(c)}}; });
}
void def_pointwise(Map& m, const std::string& name, std::function<double(double, double, const Args&)> f) {
  def_unary(m, name, [f](const GradCtx& c) {
    const Args& a = c.args;
    return pointwise(c.in("self"), c.grad(), [&](double x, double g) { return f(x, g, a); });
  });
}

// norm_backward (FunctionsManual.cpp) for p = 0, 1, 2, inf and other p; `norm` is the forward's
// result, `dims` the reduced dims (empty: all).
Tensor norm_backward(const Tensor& self, double p, std::vector<int64_t> dims, bool keepdim, const Tensor& grad_in,
                     const Tensor& result) {
  if (dims.empty())
    for (int64_t i = 0; i < self.dim(); ++i) dims.push_back(i);
  auto unsq = [&](Tensor t) {
    if (keepdim || self.dim() == 0) return t;
    std::vector<int64_t> ws;
    for (int64_t d : dims) ws.push_back(wrap_dim(d, self.dim()));
    std::sort(ws.begin(), ws.end());
    for (int64_t d : ws) t = op("unsqueeze", {t, d});
    return t;
  };
  Tensor grad = unsq(grad_in);
  Tensor norm = unsq(result);
  if (p == 0.0) return zeros_like(self);
  if (p == 1.0) return mul(op("sign", {self}), grad);
  if (p == 2.0) return mul(grad, op("masked_fill", {div(self, norm), op("eq", {norm, 0}), 0}));
  if (std::isinf(p)) {
    Tensor self_abs = op("abs", {self});
    Tensor mask = op("eq", {self_abs, norm});
    std::vector<int64_t> ws;
    for (int64_t d : dims) ws.push_back(wrap_dim(d, self.dim()));
    return mul(op("sign", {self}), mul(div(grad, op("sum", {mask, ws, true})), mask));
  }
  if (p < 1.0) {
    Tensor scaled =
        mul(op("sign", {self}), op("masked_fill", {op("pow", {op("abs", {self}), p - 1}), op("eq", {self, 0}), 0}));
    return mul(mul(scaled, grad), op("pow", {norm, 1 - p}));
  }
  Tensor scaled = p < 2.0 ? mul(op("sign", {self}), op("pow", {op("abs", {self}), p - 1}))
                          : mul(self, op("pow", {op("abs", {self}), p - 2}));
  Tensor scale_v = op("masked_fill", {div(grad, op("pow", {norm, p - 1})), op("eq", {norm, 0}), 0});
  return mul(scaled, scale_v);
}

void register_elementwise(Map& m) {
  def(
      m, "add",
      [](const GradCtx& c) -> GradMap {
        return {{"self", c.grad()}, {"other", maybe_multiply(c.grad(), c.args.scalar("alpha"))}};
      },
      false);
  def(
      m, "sub",
      [](const GradCtx& c) -> GradMap {
        return {{"self", c.grad()}, {"other", maybe_multiply(neg(c.grad()), c.args.scalar("alpha"))}};
      },
      false);
  def(
      m, "rsub",
      [](const GradCtx& c) -> GradMap {
        return {{"self", maybe_multiply(neg(c.grad()), c.args.scalar("alpha"))}, {"other", c.grad()}};
      },
      false);
  def(m, "mul", [](const GradCtx& c) -> GradMap {
    const Value& self = c.args.get("self");
    const Value& other = c.args.get("other");
    GradMap r;
    if (self.is_tensor()) r.push_back({"self", mul(c.grad(), other)});
    if (other.is_tensor()) r.push_back({"other", mul(c.grad(), self)});
    return r;
  });
  def(m, "div", [](const GradCtx& c) -> GradMap {
    if (c.args.has("rounding_mode")) {
      GradMap r;
      for (const char* n : {"self", "other"})
        if (c.has_tensor(n)) r.push_back({n, zeros_like(c.in(n))});
      return r;
    }
    const Value& self = c.args.get("self");
    const Value& other = c.args.get("other");
    GradMap r;
    if (self.is_tensor()) r.push_back({"self", div(c.grad(), other)});
    // div_tensor_other_backward: -grad * ((self / other) / other)
    if (other.is_tensor()) r.push_back({"other", mul(neg(c.grad()), div(div(self, other), other))});
    return r;
  });
  m["_div_scalar"] = m["div"];
  def(m, "rdiv", [](const GradCtx& c) -> GradMap {
    // rdiv(self, other) = other / self
    const Value& self = c.args.get("self");
    const Value& other = c.args.get("other");
    GradMap r{{"self", mul(neg(c.grad()), div(div(other, self), self))}};
    if (other.is_tensor()) r.push_back({"other", div(c.grad(), self)});
    return r;
  });
  def(m, "pow", [](const GradCtx& c) -> GradMap {
    const Value& self = c.args.get("self");
    const Value& exp = c.args.get("other");
    const Tensor& g = c.grad();
    GradMap r;
    if (self.is_tensor() && !exp.is_tensor()) {
      // pow_backward: grad * (exponent * self.pow(exponent - 1))
      double e = exp.to_double();
      if (e == 0.0) return {{"self", zeros_like(self.tensor())}};
      return {{"self", mul(g, mul(op("pow", {self, e - 1}), e))}};
    }
    const Tensor& result = c.result.at(0);
    if (self.is_tensor()) {
      // pow_backward_self: where(exponent == 0, 0, grad * (exponent * pow(self, exponent - 1)))
      Tensor e = exp.tensor();
      Tensor val = mul(g, mul(e, op("pow", {self, sub(e, 1)})));
      r.push_back({"self", op("where", {op("eq", {e, 0.0}), 0.0, val})});
      // pow_backward_exponent: grad * where((exponent >= 0) & (self == 0), 0, result * log(self))
      Tensor cond = op("logical_and", {op("ge", {e, 0}), op("eq", {self, 0})});
      r.push_back({"other", mul(g, op("where", {cond, 0.0, mul(result, op("log", {self}))}))});
      return r;
    }
    // Scalar ** Tensor: the gradient of the exponent.
    double base = self.to_double();
    Tensor e = exp.tensor();
    Tensor val = mul(result, std::log(base));
    if (base == 0.0) val = op("where", {op("ge", {e, 0}), 0.0, val});
    return {{"other", mul(g, val)}};
  });
  def(m, "where", [](const GradCtx& c) -> GradMap {
    if (!c.args.find("self")) return {};
    const Tensor& cond = c.in("condition");
    GradMap r;
    if (c.has_tensor("self")) r.push_back({"self", op("where", {cond, c.grad(), 0.0})});
    if (c.has_tensor("other")) r.push_back({"other", op("where", {cond, 0.0, c.grad()})});
    return r;
  });
  def(m, "masked_fill", [](const GradCtx& c) -> GradMap {
    const Tensor& mask = c.in("mask");
    GradMap r{{"self", op("masked_fill", {c.grad(), mask, 0})}};
    if (c.has_tensor("value")) r.push_back({"value", op("sum", {op("where", {mask, c.grad(), 0.0})})});
    return r;
  });
  auto clamp = [](const GradCtx& c) -> GradMap {
    for (const char* n : {"min", "max"}) {
      if (c.has_tensor(n) && c.in(n).requires_grad())
        throw_error("NotImplementedError",
                    "not supported by the playground yet: the derivative of clamp with respect to a tensor bound");
    }
    const Value& self = c.args.get("self");
    const Value& lo = c.args.get("min");
    const Value& hi = c.args.get("max");
    Tensor keep;
    if (!lo.is_none() && !hi.is_none()) keep = op("logical_and", {op("ge", {self, lo}), op("le", {self, hi})});
    else if (!lo.is_none()) keep = op("ge", {self, lo});
    else if (!hi.is_none()) keep = op("le", {self, hi});
    else return {{"self", c.grad()}};
    return {{"self", mul(c.grad(), keep)}};
  };
  def(m, "clamp", clamp);
  def(m, "clip", clamp);
  // clamp_min_backward: where(self >= min, grad, 0).
  def(m, "clamp_min", [](const GradCtx& c) -> GradMap {
    if (c.has_tensor("min") && c.in("min").requires_grad())
      throw_error("NotImplementedError",
                  "not supported by the playground yet: the derivative of clamp_min with respect to a tensor bound");
    return {{"self", op("where", {op("ge", {c.args.get("self"), c.args.get("min")}), c.grad(), 0.0})}};
  });
  auto extremum = [](bool is_max) {
    return [is_max](const GradCtx& c) -> GradMap {
      // where(self == other, grad / 2, grad).masked_fill_(self < other, 0) (for maximum)
      const Tensor& a = c.in("self");
      const Tensor& b = c.in("other");
      Tensor half = op("where", {op("eq", {a, b}), div(c.grad(), 2), c.grad()});
      Tensor ga = op("masked_fill", {half, op(is_max ? "lt" : "gt", {a, b}), 0});
      Tensor gb = op("masked_fill", {half, op(is_max ? "gt" : "lt", {a, b}), 0});
      return {{"self", ga}, {"other", gb}};
    };
  };
  def(m, "maximum", extremum(true));
  def(m, "minimum", extremum(false));

  def(
      m, "neg",
      [](const GradCtx& c) -> GradMap {
        return {{"self", neg(c.grad())}};
      },
      false);
  def_unary(m, "exp", [](const GradCtx& c) { return mul(c.grad(), c.result.at(0)); });
  def_unary(m, "exp2", [](const GradCtx& c) { return mul(c.grad(), mul(c.result.at(0), std::log(2.0))); });
  def_unary(m, "expm1", [](const GradCtx& c) { return mul(c.grad(), add(c.result.at(0), 1)); });
  def_unary(m, "log", [](const GradCtx& c) { return div(c.grad(), c.in("self")); });
  def_unary(m, "log2", [](const GradCtx& c) { return div(c.grad(), mul(c.in("self"), std::log(2.0))); });
  def_unary(m, "log10", [](const GradCtx& c) { return div(c.grad(), mul(c.in("self"), std::log(10.0))); });
  def_unary(m, "log1p", [](const GradCtx& c) { return div(c.grad(), add(c.in("self"), 1)); });
  def_unary(m, "sqrt", [](const GradCtx& c) { return div(c.grad(), mul(c.result.at(0), 2)); });
  def_unary(m, "rsqrt", [](const GradCtx& c) { return mul(mul(c.grad(), -0.5), op("pow", {c.result.at(0), 3})); });
  def_unary(m, "reciprocal", [](const GradCtx& c) { return mul(neg(c.grad()), mul(c.result.at(0), c.result.at(0))); });
  def_unary(m, "square", [](const GradCtx& c) { return mul(c.grad(), mul(c.in("self"), 2.0)); });
  // tanh_backward: grad * (1 - y * y); sigmoid_backward: grad * (1 - y) * y.
  def_unary(m, "tanh", [](const GradCtx& c) {
    const Tensor& y = c.result.at(0);
    return mul(c.grad(), op("rsub", {mul(y, y), 1}));
  });
  def_unary(m, "sigmoid", [](const GradCtx& c) {
    const Tensor& y = c.result.at(0);
    return mul(mul(c.grad(), op("rsub", {y, 1})), y);
  });
  // threshold_backward(grad, result, 0)
  def_unary(m, "relu", [](const GradCtx& c) { return op("where", {op("le", {c.result.at(0), 0}), 0, c.grad()}); });
  def_unary(m, "sin", [](const GradCtx& c) { return mul(c.grad(), op("cos", {c.in("self")})); });
  def_unary(m, "cos", [](const GradCtx& c) { return mul(c.grad(), neg(op("sin", {c.in("self")}))); });
  def_unary(m, "abs", [](const GradCtx& c) { return mul(c.grad(), op("sign", {c.in("self")})); });
  for (const char* n : {"sign", "floor", "ceil", "trunc", "round", "frac"}) {
    def_unary(m, n, [n](const GradCtx& c) { return std::string(n) == "frac" ? c.grad() : zeros_like(c.in("self")); });
  }
  def_pointwise(m, "erf", [](double x, double g, const Args&) { return g * 2.0 / std::sqrt(M_PI) * std::exp(-x * x); });
  // 0.5 * sqrt(M_PI) * exp(self.erfinv().pow(2)) * grad
  def_unary(m, "erfinv", [](const GradCtx& c) {
    Tensor e = op("erfinv", {c.in("self")});
    return mul(mul(op("exp", {op("pow", {e, 2})}), 0.5 * std::sqrt(M_PI)), c.grad());
  });
  def_pointwise(m, "tan", [](double x, double g, const Args&) { return g * (1 + std::tan(x) * std::tan(x)); });
  def_pointwise(m, "atan", [](double x, double g, const Args&) { return g / (1 + x * x); });
  def_pointwise(m, "sinh", [](double x, double g, const Args&) { return g * std::cosh(x); });
  def_pointwise(m, "cosh", [](double x, double g, const Args&) { return g * std::sinh(x); });
  def_pointwise(m, "asin", [](double x, double g, const Args&) { return g / std::sqrt(1 - x * x); });
  def_pointwise(m, "acos", [](double x, double g, const Args&) { return -g / std::sqrt(1 - x * x); });
  // derivatives.yaml: asinh grad * (self.pow(2) + 1).rsqrt(); acosh grad * (self.pow(2) - 1).rsqrt();
  // atanh grad * 1 / (1 - self.pow(2)).
  def_pointwise(m, "asinh", [](double x, double g, const Args&) { return g / std::sqrt(x * x + 1); });
  def_pointwise(m, "acosh", [](double x, double g, const Args&) { return g / std::sqrt(x * x - 1); });
  def_pointwise(m, "atanh", [](double x, double g, const Args&) { return g / (1 - x * x); });
  // atan2_backward (FunctionsManual.cpp): recip = (self * self + other * other).reciprocal();
  // grad * other * recip, grad * -self * recip.
  def(m, "atan2", [](const GradCtx& c) -> GradMap {
    const Value& self = c.args.get("self");
    const Value& other = c.args.get("other");
    Tensor recip = op("reciprocal", {add(mul(self, self), mul(other, other))});
    GradMap r;
    if (self.is_tensor()) r.push_back({"self", mul(mul(c.grad(), other), recip)});
    if (other.is_tensor()) {
      Value neg_self = self.is_tensor() ? Value(neg(self.tensor())) : Value(-self.to_double());
      r.push_back({"other", mul(mul(c.grad(), neg_self), recip)});
    }
    return r;
  });
  // xlogy: self at::xlogy(grad, other).masked_fill((self == 0.) & (other <= 0.), 0.); other
  // grad * self / other.
  def(m, "xlogy", [](const GradCtx& c) -> GradMap {
    const Value& self = c.args.get("self");
    const Value& other = c.args.get("other");
    GradMap r;
    if (self.is_tensor()) {
      Tensor g = op("xlogy", {c.grad(), other});
      Tensor zero_self = op("eq", {self, 0.0});
      if (other.is_tensor()) {
        g = op("masked_fill", {g, op("bitwise_and", {zero_self, op("le", {other, 0.0})}), 0.0});
      } else if (other.to_double() <= 0) {
        g = op("masked_fill", {g, zero_self, 0.0});
      }
      r.push_back({"self", g});
    }
    if (other.is_tensor()) r.push_back({"other", div(mul(c.grad(), self), other)});
    return r;
  });
  // derivatives.yaml: deg2rad / rad2deg (grad times the constant), erfc, lgamma (grad * digamma),
  // digamma (grad * polygamma(1, self)), sinc, logaddexp(2), hypot, copysign.
  def_pointwise(m, "deg2rad", [](double, double g, const Args&) { return g * (M_PI / 180.0); });
  def_pointwise(m, "rad2deg", [](double, double g, const Args&) { return g * (180.0 / M_PI); });
  def_pointwise(m, "erfc", [](double x, double g, const Args&) { return -2.0 / std::sqrt(M_PI) * std::exp(-x * x) * g; });
  auto digamma = [](double x) {
    double r = 0;
    if (x <= 0 && x == std::floor(x)) return std::numeric_limits<double>::quiet_NaN();
    if (x < 0) return digamma_reflect(x);
    while (x < 10) { r -= 1 / x; x += 1; }
    double z = 1 / (x * x);
    return r + std::log(x) - 0.5 / x - z * (1.0 / 12 - z * (1.0 / 120 - z * (1.0 / 252 - z * (1.0 / 240 - z / 132))));
  };
  def_pointwise(m, "lgamma", [digamma](double x, double g, const Args&) { return g * digamma(x); });
  def_pointwise(m, "digamma", [](double x, double g, const Args&) { return g * trigamma(x); });
  def_pointwise(m, "sinc", [](double x, double g, const Args&) {
    if (x == 0) return 0.0;
    const double px = M_PI * x;
    return g * (px * std::cos(px) - std::sin(px)) / (M_PI * x * x);
  });
  def(m, "logaddexp", [](const GradCtx& c) -> GradMap {
    const Tensor& a = c.in("self");
    const Tensor& b = c.in("other");
    return {{"self", div(c.grad(), add(op("exp", {sub(b, a)}), 1.0))}, {"other", div(c.grad(), add(op("exp", {sub(a, b)}), 1.0))}};
  });
  def(m, "logaddexp2", [](const GradCtx& c) -> GradMap {
    const Tensor& a = c.in("self");
    const Tensor& b = c.in("other");
    return {{"self", div(c.grad(), add(op("pow", {2.0, sub(b, a)}), 1.0))},
            {"other", div(c.grad(), add(op("pow", {2.0, sub(a, b)}), 1.0))}};
  });
  def(m, "hypot", [](const GradCtx& c) -> GradMap {
    GradMap r;
    const Tensor& res = c.result.at(0);
    for (const char* n : {"self", "other"})
      if (c.has_tensor(n)) r.push_back({n, div(mul(c.grad(), c.in(n)), res)});
    return r;
  });
  // copysign_tensor_self_backward: grad * result / self, 0 where self == 0; other: zeros.
  def(m, "copysign", [](const GradCtx& c) -> GradMap {
    GradMap r;
    if (c.has_tensor("self")) {
      const Tensor& self = c.in("self");
      Tensor ratio = div(c.result.at(0), self);
      r.push_back({"self", op("masked_fill", {mul(c.grad(), ratio), op("eq", {self, 0.0}), 0.0})});
    }
    if (c.has_tensor("other")) r.push_back({"other", zeros_like(c.in("other"))});
    return r;
  });
  // t_ (views.cpp): grad.t().
  def(m, "t_", [](const GradCtx& c) -> GradMap { return {{"self", op("t", {c.grad()})}}; });
  // logit_backward: grad / (x * (1 - x)); with eps, 0 outside [eps, 1 - eps].
  def_pointwise(m, "logit", [](double x, double g, const Args& a) {
    if (a.has("eps")) {
      const double eps = a.f("eps");
      if (x < eps || x > 1 - eps) return 0.0;
    }
    return g / (x * (1 - x));
  });
  // clamp_max: where(self <= max, grad, 0).
  def(m, "clamp_max", [](const GradCtx& c) -> GradMap {
    if (c.has_tensor("max") && c.in("max").requires_grad())
      throw_error("NotImplementedError",
                  "not supported by the playground yet: the derivative of clamp_max with respect to a tensor bound");
    return {{"self", op("where", {op("le", {c.args.get("self"), c.args.get("max")}), c.grad(), 0.0})}};
  });
  def_pointwise(m, "silu", [](double x, double g, const Args&) {
    double s = 1.0 / (1.0 + std::exp(-x));
    return g * s * (1 + x * (1 - s));
  });
  // GeluBackwardKernelImpl (aten/src/ATen/native/cpu/Activation.cpp) in the tensor's dtype
  // (opmath float for float32): cdf = 0.5 * (1 + erf(x * M_SQRT1_2)), pdf = kBeta * exp(x * x * -0.5),
  // dy * (cdf + x * pdf); the tanh approximation as left/right derivatives.
  def_unary(m, "gelu", [](const GradCtx& c) {
    const Tensor& xt = c.in("self");
    bool tanh_approx = c.args.s("approximate") == "tanh";
    Tensor out = Tensor::make(xt.sizes(), xt.dtype());
    auto run = [&](auto tag) {
      using A = decltype(tag);
      std::vector<A> x = read_as<A>(xt), dy = read_as<A>(c.grad());
      std::vector<double> r(x.size());
      for (size_t i = 0; i < x.size(); ++i) {
        if (tanh_approx) {
          const A kBeta = static_cast<A>(M_SQRT2 * M_2_SQRTPI * 0.5);
          const A kKappa = static_cast<A>(0.044715);
          A x_sq = x[i] * x[i];
          A x_cube = x_sq * x[i];
          A inner = kBeta * (x[i] + kKappa * x_cube);
          A tanh_inner = std::tanh(inner);
          A left = A(0.5) * x[i];
          A right = A(1) + tanh_inner;
          A left_derivative = A(0.5) * right;
          A tanh_derivative = A(1) - tanh_inner * tanh_inner;
          A inner_derivative = kBeta * (A(1) + A(3) * kKappa * x_sq);
          A right_derivative = left * tanh_derivative * inner_derivative;
          r[i] = dy[i] * (left_derivative + right_derivative);
        } else {
          const A kAlpha = static_cast<A>(M_SQRT1_2);
          const A kBeta = static_cast<A>(M_2_SQRTPI * M_SQRT1_2 * 0.5);
          A cdf = A(0.5) * (A(1) + std::erf(x[i] * kAlpha));
          A pdf = kBeta * std::exp(x[i] * x[i] * A(-0.5));
          r[i] = dy[i] * (cdf + x[i] * pdf);
        }
      }
      write_from<double>(out, r);
    };
    if (xt.dtype() == DType::Float64) run(double{});
    else run(float{});
    return out;
  });
  def_pointwise(m, "leaky_relu", [](double x, double g, const Args& a) {
    return x > 0 ? g : g * a.scalar("negative_slope").to_double();
  });
  def_pointwise(m, "elu", [](double x, double g, const Args& a) {
    double alpha = a.scalar("alpha").to_double(), scale = a.scalar("scale").to_double();
    double is = a.scalar("input_scale").to_double();
    return x <= 0 ? g * is * alpha * scale * std::exp(x * is) : g * scale;
  });
  // activation_ops.cpp (derivatives.yaml: hardswish_backward, hardsigmoid_backward,
  // log_sigmoid_backward, mish_backward, softshrink/hardshrink_backward, threshold_backward, elu_backward).
  def_pointwise(m, "hardswish", [](double x, double g, const Args&) {
    return x < -3 ? 0.0 : (x <= 3 ? g * (x / 3 + 0.5) : g);
  });
  def_pointwise(m, "hardsigmoid", [](double x, double g, const Args&) { return (x > -3 && x < 3) ? g / 6 : 0.0; });
  def_pointwise(m, "log_sigmoid", [](double x, double g, const Args&) { return g / (1 + std::exp(x)); });
  def_pointwise(m, "mish", [](double x, double g, const Args&) {
    double s = 1 / (1 + std::exp(-x)), t = std::tanh(std::log1p(std::exp(x)));
    return g * (t + x * s * (1 - t * t));
  });
  auto shrink = [](double x, double g, const Args& a) {
    double l = a.scalar("lambd").to_double();
    return (x >= -l && x <= l) ? 0.0 : g;
  };
  def_pointwise(m, "softshrink", shrink);
  def_pointwise(m, "hardshrink", shrink);
  def_pointwise(m, "threshold", [](double x, double g, const Args& a) {
    return x <= a.scalar("threshold").to_double() ? 0.0 : g;
  });
  auto elu_grad = [](double x, double g, double alpha, double scale, double is) {
    return x <= 0 ? g * is * alpha * scale * std::exp(x * is) : g * scale;
  };
  def_pointwise(m, "selu", [elu_grad](double x, double g, const Args&) {
    return elu_grad(x, g, 1.6732632423543772848170429916717, 1.0507009873554804934193349852946, 1.0);
  });
  def_pointwise(m, "celu", [elu_grad](double x, double g, const Args& a) {
    double alpha = a.scalar("alpha").to_double();
    return elu_grad(x, g, alpha, 1.0, 1.0 / alpha);
  });
  def_pointwise(m, "hardtanh", [](double x, double g, const Args& a) {
    return x <= a.scalar("min_val").to_double() || x >= a.scalar("max_val").to_double() ? 0.0 : g;
  });
  // softplus_backward_kernel (cpu/Activation.cpp): in the tensor's type, z = exp(x * beta),
  // (x * beta) > threshold ? g : g * z / (z + 1).
  def_unary(m, "softplus", [](const GradCtx& c) {
    const Tensor& x = c.in("self");
    const Tensor g = c.grad();
    const double beta = c.args.scalar("beta").to_double(), th = c.args.scalar("threshold").to_double();
    if (x.dtype() == DType::Float32 && g.dtype() == DType::Float32) {
      std::vector<float> xs = read_as<float>(x), gs = read_as<float>(g, x.sizes());
      const float b = static_cast<float>(beta), t = static_cast<float>(th);
      for (size_t i = 0; i < xs.size(); ++i) {
        float z = std::exp(xs[i] * b);
        xs[i] = (xs[i] * b) > t ? gs[i] : gs[i] * z / (z + 1.0f);
      }
      Tensor out = Tensor::make(x.sizes(), DType::Float32);
      write_from<float>(out, xs);
      return out;
    }
    return pointwise(x, g, [&](double xv, double gv) {
      double z = std::exp(xv * beta);
      return xv * beta > th ? gv : gv * z / (z + 1);
    });
  });
  def(m, "addcmul", [](const GradCtx& c) -> GradMap {
    const Value& v = c.args.get("value");
    return {{"self", c.grad()},
            {"tensor1", mul(mul(c.grad(), c.in("tensor2")), v)},
            {"tensor2", mul(mul(c.grad(), c.in("tensor1")), v)}};
  });
  def(m, "addcdiv", [](const GradCtx& c) -> GradMap {
    const Value& v = c.args.get("value");
    const Tensor& t2 = c.in("tensor2");
    return {{"self", c.grad()},
            {"tensor1", mul(div(c.grad(), t2), v)},
            {"tensor2", mul(neg(mul(c.grad(), v)), div(c.in("tensor1"), mul(t2, t2)))}};
  });
  def(m, "lerp", [](const GradCtx& c) -> GradMap {
    if (c.has_tensor("weight")) {  // lerp.Tensor (LerpBackward1): weight's grad is grad * (end - self)
      const Tensor& w = c.in("weight");
      return {{"self", mul(c.grad(), op("rsub", {w, 1}))},
              {"end", mul(c.grad(), w)},
              {"weight", mul(c.grad(), op("sub", {c.in("end"), c.in("self")}))}};
    }
    double w = c.args.scalar("weight").to_double();
    return {{"self", mul(c.grad(), 1.0 - w)}, {"end", mul(c.grad(), w)}};
  });
  def(m, "dropout", [](const GradCtx& c) -> GradMap {
    if (c.extra.empty()) return {{"input", zeros_like(c.in("input"))}};  // p == 1
    return {{"input", mul(c.grad(), c.extra[0])}};
  });
}

void register_reductions(Map& m) {
  def(
      m, "sum",
      [](const GradCtx& c) -> GradMap {
        const Value* dim = c.args.find("dim");
        bool keepdim = c.args.find("keepdim") && c.args.b("keepdim");
        return {{"self", sum_backward(c.grad(), c.in("self").sizes(), dim ? *dim : Value(), keepdim)}};
      },
      false);
  def(
      m, "mean",
      [](const GradCtx& c) -> GradMap {
        const Value* dim = c.args.find("dim");
        bool keepdim = c.args.find("keepdim") && c.args.b("keepdim");
        const Shape& s = c.in("self").sizes();
        Tensor e = sum_backward(c.grad(), s, dim ? *dim : Value(), keepdim);
        return {{"self", div(e, reduced_count(s, dim ? *dim : Value()))}};
      },
      false);
  // evenly_distribute_backward: the gradient is shared by every position holding the extremum.
  auto evenly = [](const GradCtx& c) -> GradMap {
    const Tensor& self = c.in("self");
    Tensor mask = op("eq", {self, c.result.at(0)});
    Tensor share = div(c.grad(), op("sum", {mask}));
    return {{"self", op("masked_fill", {zeros_like(self), mask, share})}};
  };
  auto select_reduction = [evenly](const GradCtx& c) -> GradMap {
    if (c.args.find("other")) {  // max.other = maximum
      const Tensor& a = c.in("self");
      const Tensor& b = c.in("other");
      bool is_max = c.args.schema->name == "max";
      Tensor half = op("where", {op("eq", {a, b}), div(c.grad(), 2), c.grad()});
      return {{"self", op("masked_fill", {half, op(is_max ? "lt" : "gt", {a, b}), 0})},
              {"other", op("masked_fill", {half, op(is_max ? "gt" : "lt", {a, b}), 0})}};
    }
    if (!c.args.find("dim")) return evenly(c);
    const Tensor& self = c.in("self");
    int64_t dim = wrap_dim(c.args.i("dim"), self.dim());
    return {{"self", scatter_along(c.grad(), dim, c.result.at(1), self.sizes(), c.args.b("keepdim"))}};
  };
  def(m, "max", select_reduction);
  def(m, "min", select_reduction);
  for (const char* n : {"amax", "amin"}) {
    def(m, n, [](const GradCtx& c) -> GradMap {
      // scale_grad_by_count(restore_reduced_dims(grad, dim, keepdim), restore(result) == self, dim)
      const Tensor& self = c.in("self");
      Value dim = c.args.get("dim");
      bool keepdim = c.args.b("keepdim");
      Tensor res = sum_backward(c.result.at(0), self.sizes(), dim, keepdim);
      Tensor g = sum_backward(c.grad(), self.sizes(), dim, keepdim);
      Tensor mask = op("eq", {self, res});
      std::vector<int64_t> dims = std::get<std::vector<int64_t>>(dim.v);
      if (dims.empty())
        for (int64_t i = 0; i < self.dim(); ++i) dims.push_back(i);
      Tensor count = op("sum", {mask, dims, true});
      return {{"self", mul(div(g, count), mask)}};
    });
  }
  for (const char* n : {"sort", "topk"}) {
    def(m, n, [](const GradCtx& c) -> GradMap {
      const Tensor& self = c.in("self");
      int64_t dim = wrap_dim(c.args.i("dim"), self.dim());
      return {{"self", scatter_along(c.grad(), dim, c.result.at(1), self.sizes(), true)}};
    });
  }
  def(
      m, "cumsum",
      [](const GradCtx& c) -> GradMap {
        // cumsum_backward: the reversed cumulative sum along dim.
        const Tensor& self = c.in("self");
        if (self.dim() == 0) return {{"self", c.grad()}};
        int64_t dim = wrap_dim(c.args.i("dim"), self.dim());
        std::vector<double> g = read_as<double>(c.grad());
        const Shape& s = self.sizes();
        int64_t inner = 1, len = s[dim];
        for (int64_t d = dim + 1; d < self.dim(); ++d) inner *= s[d];
        int64_t outer = len == 0 ? 0 : self.numel() / (len * inner);
        for (int64_t o = 0; o < outer; ++o)
          for (int64_t i = 0; i < inner; ++i) {
            double acc = 0;
            for (int64_t k = len - 1; k >= 0; --k) {
              double& v = g[(o * len + k) * inner + i];
              acc += v;
              v = acc;
            }
          }
        Tensor out = Tensor::make(s, c.grad().dtype());
        write_from<double>(out, g);
        return {{"self", out}};
      },
      false);
  // prod_backward (FunctionsManual.cpp): grad * (result / input) when no input is 0, else
  // prod_safe_zeros_backward: grad * (exclusive cumulative product from the left * from the right).
  auto prod_formula = [](const GradCtx& c) -> GradMap {
    const Tensor& self = c.in("self");
    if (self.dim() == 0) return {{"self", c.grad()}};
    bool has_dim = c.args.has("dim");
    int64_t dim = has_dim ? wrap_dim(c.args.i("dim"), self.dim()) : 0;
    Tensor grad = c.grad(), result = c.result.at(0);
    if (has_dim && !c.args.b("keepdim")) {
      grad = op("unsqueeze", {grad, dim});
      result = op("unsqueeze", {result, dim});
    }
    std::vector<double> x = read_as<double>(self);
    bool zeros = false;
    for (double v : x) zeros |= v == 0.0;
    if (!zeros) return {{"self", mul(grad, div(result, self))}};
    if (grad_enabled()) {
      throw_error("NotImplementedError",
                  "not supported by the playground yet: create_graph=True through the gradient of prod at an input "
                  "holding 0");
    }
    // Exclusive products along `dim` (the whole tensor flattened without a dim), rounded to the
    // tensor's dtype after every multiplication like cumprod's float results.
    bool f32 = self.dtype() == DType::Float32;
    auto rnd = [f32](double v) { return f32 ? static_cast<double>(static_cast<float>(v)) : v; };
    int64_t len = has_dim ? self.sizes()[dim] : self.numel(), inner = 1;
    if (has_dim)
      for (int64_t d = dim + 1; d < self.dim(); ++d) inner *= self.sizes()[d];
    int64_t outer = len == 0 ? 0 : self.numel() / (len * inner);
    std::vector<double> both(x.size(), 0.0);
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t i = 0; i < inner; ++i) {
        auto at = [&](int64_t k) { return static_cast<size_t>((o * len + k) * inner + i); };
        std::vector<double> left(len), right(len);
        double acc = 1;
        for (int64_t k = 0; k < len; ++k) {
          left[k] = acc;
          acc = rnd(acc * x[at(k)]);
        }
        acc = 1;
        for (int64_t k = len - 1; k >= 0; --k) {
          right[k] = acc;
          acc = rnd(acc * x[at(k)]);
        }
        for (int64_t k = 0; k < len; ++k) both[at(k)] = rnd(left[k] * right[k]);
      }
    Tensor ex = Tensor::make(self.sizes(), self.dtype());
    write_from<double>(ex, both);
    if (!has_dim) grad = op("reshape", {grad, std::vector<int64_t>(self.dim(), 1)});
    return {{"self", mul(grad, ex)}};
  };
  def(m, "prod", prod_formula);
  reads_result(m, {}, {"prod"});
  // cumprod_backward for inputs without zeros: reversed_cumsum(result * grad, dim) / input.
  def_unary(m, "cumprod", [](const GradCtx& c) {
    const Tensor& self = c.in("self");
    if (self.numel() <= 1) return c.grad();
    for (double v : read_as<double>(self)) {
      if (v == 0.0) {
        throw_error("NotImplementedError",
                    "not supported by the playground yet: the derivative of cumprod at an input holding 0");
      }
    }
    int64_t dim = wrap_dim(c.args.i("dim"), self.dim());
    Tensor w = mul(c.result.at(0), c.grad());
    Tensor rev =
        op("flip", {op("cumsum", {op("flip", {w, std::vector<int64_t>{dim}}), dim}), std::vector<int64_t>{dim}});
    return div(rev, self);
  });
  reads_result(m, {}, {"cumprod"});
  // norm_backward (FunctionsManual.cpp) for p = 1, 2, inf and other p, norm = result.
  auto norm_grad = [](const GradCtx& c) {
    double p = c.args.has("p") ? c.args.scalar("p").to_double() : 2.0;
    Value dimv = c.args.get("dim");
    std::vector<int64_t> dims;
    if (!dimv.is_none()) dims = std::get<std::vector<int64_t>>(dimv.v);
    return norm_backward(c.in("self"), p, dims, c.args.b("keepdim"), c.grad(), c.result.at(0));
  };
  def_unary(m, "norm", norm_grad);
  def_unary(m, "_aten_norm", norm_grad);
  reads_result(m, {}, {"norm", "_aten_norm"});
  // dist: norm_backward(grad, self - other, p, result) for self, its negation for other.
  def(m, "dist", [](const GradCtx& c) -> GradMap {
    Tensor diff = sub(c.in("self"), c.in("other"));
    double p = c.args.scalar("p").to_double();
    Tensor g = norm_backward(diff, p, {}, false, c.grad(), c.result.at(0));
    GradMap r{{"self", g}};
    if (c.in("other").requires_grad()) r.push_back({"other", neg(g)});
    return r;
  });
  reads_result(m, {}, {"dist"});
  // diag_embed: grad.diagonal(offset, dim1, dim2).
  def(
      m, "diag_embed",
      [](const GradCtx& c) -> GradMap {
        return {{"self", op("diagonal", {c.grad(), c.args.i("offset"), c.args.i("dim1"), c.args.i("dim2")})}};
      },
      false);
  // nan_to_num: grad * isfinite(self).
  def_unary(m, "nan_to_num", [](const GradCtx& c) { return mul(c.grad(), op("isfinite", {c.in("self")})); });
  // linalg_cross: self: linalg_cross(other, grad, dim); other: linalg_cross(grad, self, dim).
  def(m, "linalg_cross", [](const GradCtx& c) -> GradMap {
    int64_t dim = c.args.i("dim");
    return {{"self", op("linalg_cross", {c.in("other"), c.grad()}, {{"dim", dim}})},
            {"other", op("linalg_cross", {c.grad(), c.in("self")}, {{"dim", dim}})}};
  });
  // _softmax_backward_data: y * (grad - sum(grad * y, dim, keepdim));
  // _log_softmax_backward_data: grad - exp(y) * sum(grad, dim, keepdim).
  def_unary(m, "softmax", [](const GradCtx& c) {
    const Tensor& y = c.result.at(0);
    int64_t dim = c.args.i("dim");
    Tensor s = op("sum", {mul(c.grad(), y), std::vector<int64_t>{dim}, true});
    return mul(y, sub(c.grad(), s));
  });
  def_unary(m, "log_softmax", [](const GradCtx& c) {
    const Tensor& y = c.result.at(0);
    int64_t dim = c.args.i("dim");
    Tensor s = op("sum", {c.grad(), std::vector<int64_t>{dim}, true});
    return sub(c.grad(), mul(op("exp", {y}), s));
  });
  for (const char* n : {"var", "std"}) {
    def_unary(m, n, [n](const GradCtx& c) {
      const Tensor& self = c.in("self");
      double corr = 1.0;
      if (c.args.has("correction")) corr = c.args.scalar("correction").to_double();
      else if (c.args.has("unbiased")) corr = c.args.b("unbiased") ? 1.0 : 0.0;
      Value dim = c.args.get("dim");
      bool keepdim = c.args.b("keepdim");
      Tensor g = c.grad();
      if (std::string(n) == "std") g = div(g, mul(c.result.at(0), 2));
      int64_t count = reduced_count(self.sizes(), dim);
      std::vector<int64_t> dims;
      if (dim.is_none() || std::get<std::vector<int64_t>>(dim.v).empty()) {
        for (int64_t i = 0; i < self.dim(); ++i) dims.push_back(i);
      } else {
        dims = std::get<std::vector<int64_t>>(dim.v);
      }
      Tensor centered = sub(self, op("mean", {self, dims, true}));
      Tensor ge = sum_backward(g, self.sizes(), Value(dims), keepdim);
      return mul(mul(ge, 2.0 / (static_cast<double>(count) - corr)), centered);
    });
  }
}

void register_views(Map& m) {
  auto reshape_back = [](const GradCtx& c) -> GradMap {
    return {{"self", reshape_to(c.grad(), c.in("self").sizes())}};
  };
  for (const char* n :
       {"view", "reshape", "flatten", "unflatten", "view_as", "reshape_as", "squeeze", "_unsafe_view"}) {
    def(m, n, reshape_back, false);
  }
  // derivatives.yaml: unsqueeze's gradient is grad.squeeze(dim) (SqueezeBackward1 under create_graph).
  def(
      m, "unsqueeze",
      [](const GradCtx& c) -> GradMap {
        return {{"self", op("squeeze", {c.grad(), wrap_dim(c.args.i("dim"), c.in("self").dim() + 1)})}};
      },
      false);
  def(
      m, "permute",
      [](const GradCtx& c) -> GradMap {
        Shape dims = c.args.ints("dims");
        int64_t nd = c.in("self").dim();
        Shape inv(dims.size());
        for (size_t i = 0; i < dims.size(); ++i) inv[wrap_dim(dims[i], nd)] = static_cast<int64_t>(i);
        return {{"self", op("permute", {c.grad(), inv})}};
      },
      false);
  for (const char* n : {"transpose", "swapaxes", "swapdims"}) {
    def(
        m, n,
        [](const GradCtx& c) -> GradMap {
          return {{"self", op("transpose", {c.grad(), c.args.i("dim0"), c.args.i("dim1")})}};
        },
        false);
  }
  def(
      m, "t",
      [](const GradCtx& c) -> GradMap {
        return {{"self", op("t", {c.grad()})}};
      },
      false);
  def(
      m, "T",
      [](const GradCtx& c) -> GradMap {
        return {{"self", op("T", {c.grad()})}};
      },
      false);
  def(
      m, "mT",
      [](const GradCtx& c) -> GradMap {
        return {{"self", op("transpose", {c.grad(), -2, -1})}};
      },
      false);
  def(
      m, "movedim",
      [](const GradCtx& c) -> GradMap {
        return {{"self", op("movedim", {c.grad(), c.args.i("destination"), c.args.i("source")})}};
      },
      false);
  auto sum_back = [](const GradCtx& c) -> GradMap { return {{"self", sum_to(c.grad(), c.in("self").sizes())}}; };
  def(m, "expand", sum_back, false);
  def(m, "expand_as", sum_back, false);
  auto identity = [](const GradCtx& c) -> GradMap { return {{"self", c.grad()}}; };
  for (const char* n : {"alias", "clone", "contiguous"}) def(m, n, identity, false);
  for (const char* n : {"to", "type_as", "float", "double", "half", "bfloat16"}) {
    def(
        m, n,
        [](const GradCtx& c) -> GradMap {
          return {{"self", op("to", {c.grad(), c.in("self").dtype()})}};
        },
        false);
  }
  auto gather_like = [](const GradCtx& c) -> GradMap { return {{"self", gather_like_backward(c, "self")}}; };
  for (const char* n : {"index_select", "gather", "repeat"}) {
    def(m, n, gather_like, false);
  }
  // getitem: basic indexing (ints, slices, None, ...) is select/slice in PyTorch, whose backward
  // writes the gradient into zeros: a setitem here, built from ops (create_graph=True records
  // it) and keeping -0. Advanced indexing adds into its positions (index_put_ accumulate).
  def(
      m, "getitem",
      [gather_like](const GradCtx& c) -> GradMap {
        auto basic_item = [](const Value& it) {
          return it.is_int() || it.is_none() || std::holds_alternative<Slice>(it.v) ||
                 std::holds_alternative<Ellipsis>(it.v);
        };
        const Value& index = c.args.get("indices");
        bool basic = index.is_int_list() || basic_item(index);
        if (index.is_list()) {
          basic = true;
          for (const auto& it : index.list()) basic = basic && basic_item(it);
        }
        if (!basic) {
          if (grad_enabled())
            throw_error("NotImplementedError",
                        "not supported by the playground yet: create_graph=True through IndexBackward0 (advanced "
                        "indexing)");
          return gather_like(c);
        }
        Tensor z = Tensor::make(c.in("self").sizes(), c.grad().dtype());
        call("setitem", {z, index, c.grad()});
        return {{"self", z}};
      },
      false);
  // select_backward / slice_backward (FunctionsManual.cpp): zeros of the input's shape with the
  // gradient copied into the part that was taken, written as constant_pad_nd so that it is built
  // from ops (create_graph=True differentiates it; the copy keeps a -0 gradient, as PyTorch's).
  auto pad_into = [](const Tensor& g, const Shape& sizes, int64_t dim, int64_t start, int64_t len) {
    int64_t nd = static_cast<int64_t>(sizes.size());
    Shape pad(static_cast<size_t>(2 * (nd - dim)), 0);
    pad[static_cast<size_t>(2 * (nd - 1 - dim))] = start;
    pad[static_cast<size_t>(2 * (nd - 1 - dim) + 1)] = sizes[static_cast<size_t>(dim)] - start - len;
    return op("constant_pad_nd", {g, pad});
  };
  def(
      m, "select",
      [pad_into](const GradCtx& c) -> GradMap {
        const Shape& sizes = c.in("self").sizes();
        int64_t dim = wrap_dim(c.args.i("dim"), static_cast<int64_t>(sizes.size()));
        int64_t index = c.args.i("index");
        if (index < 0) index += sizes[static_cast<size_t>(dim)];
        return {{"self", pad_into(op("unsqueeze", {c.grad(), dim}), sizes, dim, index, 1)}};
      },
      false);
  def(
      m, "narrow",
      [pad_into](const GradCtx& c) -> GradMap {
        const Shape& sizes = c.in("self").sizes();
        int64_t dim = wrap_dim(c.args.i("dim"), static_cast<int64_t>(sizes.size()));
        int64_t start = c.args.i("start");
        if (start < 0) start += sizes[static_cast<size_t>(dim)];
        return {{"self", pad_into(c.grad(), sizes, dim, start, c.args.i("length"))}};
      },
      false);
  def(
      m, "slice",
      [pad_into, gather_like](const GradCtx& c) -> GradMap {
        const Shape& sizes = c.in("self").sizes();
        int64_t dim = wrap_dim(c.args.i("dim"), static_cast<int64_t>(sizes.size()));
        if (c.args.i("step") != 1) {
          if (grad_enabled())
            throw_error("NotImplementedError",
                        "not supported by the playground yet: create_graph=True through SliceBackward0 of a slice "
                        "with a step");
          return gather_like(c);
        }
        int64_t size = sizes[static_cast<size_t>(dim)];
        int64_t start = c.args.has("start") ? c.args.i("start") : 0;
        if (start < 0) start += size;
        start = std::min(std::max<int64_t>(start, 0), size);
        return {{"self", pad_into(c.grad(), sizes, dim, start, c.grad().sizes()[static_cast<size_t>(dim)])}};
      },
      false);
  def(
      m, "setitem",
      [](const GradCtx& c) -> GradMap {
        // index_put_ / copy_ into a slice: the overwritten positions get no gradient; the value
        // gets the gradient of the positions it was written to.
        Tensor gs = op("clone", {c.grad()});
        call("setitem", {gs, c.args.get("indices"), 0});
        GradMap r{{"self", gs}};
        if (c.has_tensor("value")) r.push_back({"value", op("getitem", {c.grad(), c.args.get("indices")})});
        return r;
      },
      false);
  def(
      m, "copy_",
      [](const GradCtx& c) -> GradMap {
        return {{"self", zeros_like(c.grad())}, {"src", c.grad()}};
      },
      false);
  def(
      m, "fill_",
      [](const GradCtx& c) -> GradMap {
        return {{"self", zeros_like(c.grad())}, {"value", op("sum", {c.grad()})}};
      },
      false);
  def(
      m, "zero_",
      [](const GradCtx& c) -> GradMap {
        return {{"self", zeros_like(c.grad())}};
      },
      false);
  def(
      m, "cat",
      [](const GradCtx& c) -> GradMap {
        std::vector<Tensor> ts = c.args.tensors("tensors");
        int64_t dim = wrap_dim(c.args.i("dim"), c.grad().dim());
        std::vector<Tensor> gs;
        int64_t off = 0;
        for (const auto& t : ts) {
          if (t.dim() == 1 && t.sizes()[0] == 0 && c.grad().dim() != 1) {  // legacy empty inputs
            gs.push_back(zeros_like(t));
            continue;
          }
          int64_t n = t.sizes()[dim];
          gs.push_back(op("narrow", {c.grad(), dim, off, n}));
          off += n;
        }
        return {{"tensors", gs}};
      },
      false);
  def(
      m, "stack",
      [](const GradCtx& c) -> GradMap {
        int64_t n = static_cast<int64_t>(c.args.tensors("tensors").size());
        int64_t dim = wrap_dim(c.args.i("dim"), c.grad().dim());
        std::vector<Tensor> gs;
        for (int64_t i = 0; i < n; ++i) gs.push_back(op("select", {c.grad(), dim, i}));
        return {{"tensors", gs}};
      },
      false);
  auto cat_grads = [](const GradCtx& c) -> GradMap {
    int64_t dim = wrap_dim(c.args.i("dim"), c.in("self").dim());
    if (c.args.schema->name == "unbind") return {{"self", op("stack", {c.grads, dim})}};
    return {{"self", op("cat", {c.grads, dim})}};
  };
  for (const char* n : {"split", "chunk", "unbind"}) def(m, n, cat_grads, false);
}

void register_linalg(Map& m) {
  def(m, "matmul", [](const GradCtx& c) -> GradMap {
    auto [ga, gb] = matmul_backward(c.in("self"), c.in("other"), c.grad());
    return {{"self", ga}, {"other", gb}};
  });
  def(m, "mm", [](const GradCtx& c) -> GradMap {
    return {{"self", op("mm", {c.grad(), op("t", {c.in("mat2")})})},
            {"mat2", op("mm", {op("t", {c.in("self")}), c.grad()})}};
  });
  def(m, "bmm", [](const GradCtx& c) -> GradMap {
    return {{"self", op("bmm", {c.grad(), op("transpose", {c.in("mat2"), 1, 2})})},
            {"mat2", op("bmm", {op("transpose", {c.in("self"), 1, 2}), c.grad()})}};
  });
  def(m, "dot", [](const GradCtx& c) -> GradMap {
    return {{"self", mul(c.grad(), c.in("tensor"))}, {"tensor", mul(c.grad(), c.in("self"))}};
  });
  def(m, "mv", [](const GradCtx& c) -> GradMap {
    return {{"self", op("outer", {c.grad(), c.in("vec")})}, {"vec", op("mv", {op("t", {c.in("self")}), c.grad()})}};
  });
  def(m, "outer", [](const GradCtx& c) -> GradMap {
    return {{"self", op("mv", {c.grad(), c.in("vec2")})}, {"vec2", op("mv", {op("t", {c.grad()}), c.in("self")})}};
  });
  def(m, "addmm", [](const GradCtx& c) -> GradMap {
    Scalar alpha = c.args.scalar("alpha");
    return {{"self", maybe_multiply(c.grad(), c.args.scalar("beta"))},
            {"mat1", maybe_multiply(op("mm", {c.grad(), op("t", {c.in("mat2")})}), alpha)},
            {"mat2", maybe_multiply(op("mm", {op("t", {c.in("mat1")}), c.grad()}), alpha)}};
  });
  def(m, "linear", [](const GradCtx& c) -> GradMap {
    const Tensor& x = c.in("input");
    const Tensor& w = c.in("weight");
    const Tensor& g = c.grad();
    GradMap r;
    r.push_back({"input", op("matmul", {g, w})});
    if (x.dim() == 1) {
      // 1-D input: at::linear is matmul(input, weight.t()), a (1 x in) @ (in x out) mm, so the
      // weight's gradient is an mm too (a sum from +0: a -0 product gives +0, unlike outer).
      r.push_back({"weight", op("mm", {op("unsqueeze", {g, 1}), op("unsqueeze", {x, 0})})});
    } else {
      Tensor g2 = reshape_to(g, {-1, w.sizes()[0]});
      Tensor x2 = reshape_to(x, {-1, w.sizes()[1]});
      r.push_back({"weight", op("mm", {op("t", {g2}), x2})});
    }
    if (c.has_tensor("bias")) r.push_back({"bias", sum_to(g, c.in("bias").sizes())});
    return r;
  });
}

void register_nn(Map& m) {
  def(m, "conv2d", [](const GradCtx& c) -> GradMap {
    auto gs = conv2d_backward(c.args, c.grad());
    return {{"input", gs[0]}, {"weight", gs[1]}, {"bias", gs[2]}};
  });
  def_unary(m, "max_pool2d", [](const GradCtx& c) { return max_pool2d_backward(c.args, c.grad()); });
  def_unary(m, "max_pool2d_with_indices", [](const GradCtx& c) { return max_pool2d_backward(c.args, c.grad()); });
  // max_unpool2d's gradient: the output gradient read back at the indices.
  def_unary(m, "max_unpool2d", [](const GradCtx& c) {
    const Tensor& x = c.in("self");
    std::vector<int64_t> iv = read_as<int64_t>(c.in("indices"));
    std::vector<double> g = read_as<double>(c.grad());
    const Shape& os = c.grad().sizes();
    int64_t oplane = os[os.size() - 2] * os[os.size() - 1];
    int64_t iplane = std::max<int64_t>(x.sizes()[x.dim() - 2] * x.sizes()[x.dim() - 1], 1);
    std::vector<double> gx(iv.size());
    for (size_t k = 0; k < iv.size(); ++k)
      gx[k] = g[static_cast<size_t>(static_cast<int64_t>(k) / iplane * oplane + iv[k])];
    Tensor out = Tensor::make(x.sizes(), c.grad().dtype());
    write_from<double>(out, gx);
    return out;
  });
  def_unary(m, "adaptive_avg_pool2d", [](const GradCtx& c) { return adaptive_avg_pool2d_backward(c.args, c.grad()); });
  def(m, "layer_norm", [](const GradCtx& c) -> GradMap {
    auto gs = layer_norm_backward(c.args, c.grad());
    return {{"input", gs[0]}, {"weight", gs[1]}, {"bias", gs[2]}};
  });
  // native_group_norm_backward (cpu/group_norm_kernel.cpp, contiguous input), in the tensor's type:
  // per (sample, channel) ds = sum(dY * X), db = sum(dY) (vec::map2_reduce_all: 8 lane accumulators,
  // the lanes then added in order); per (sample, group) ds_val = sum(ds * gamma), db_val =
  // sum(db * gamma), c2 = (db_val * mean - ds_val) * rstd^3 * s, c3 = -c2 * mean - db_val * rstd * s,
  // dX = rstd * gamma * dY + c2 * X + c3; dgamma = sum_n (ds - db * mean) * rstd, dbeta = sum_n db.
  def(m, "group_norm", [](const GradCtx& c) -> GradMap {
    const Tensor& xt = c.in("input");
    const int64_t N = xt.sizes()[0], C = xt.dim() > 1 ? xt.sizes()[1] : 1, G = c.args.i("num_groups");
    const int64_t HxW = N * C == 0 ? 0 : xt.numel() / (N * C), D = C / G;
    const double eps = c.args.f("eps");
    GradMap r;
    dispatch(xt.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
        constexpr int64_t L = std::is_same_v<T, float> ? 8 : 4;
        std::vector<T> x = read_as<T>(xt), dy = read_as<T>(c.grad(), xt.sizes());
        std::vector<T> gamma;
        if (c.has_tensor("weight")) gamma = read_as<T>(c.in("weight"));
        // map2_reduce_all of a * b (or of a alone) over n elements.
        auto reduce = [&](const T* a, const T* b, int64_t n) {
          auto f = [&](int64_t i) { return b ? static_cast<T>(a[i] * b[i]) : a[i]; };
          if (n < L) {
            T acc = f(0);
            for (int64_t i = 1; i < n; ++i) acc += f(i);
            return acc;
          }
          T lanes[L];
          for (int64_t k = 0; k < L; ++k) lanes[k] = f(k);
          int64_t d = L;
          for (; d < n - (n % L); d += L)
            for (int64_t k = 0; k < L; ++k) lanes[k] += f(d + k);
          for (int64_t k = 0; d + k < n; ++k) lanes[k] += f(d + k);
          T acc = lanes[0];
          for (int64_t k = 1; k < L; ++k) acc += lanes[k];
          return acc;
        };
        std::vector<T> ds(static_cast<size_t>(N * C)), db(static_cast<size_t>(N * C));
        for (int64_t i = 0; i < N * C; ++i) {
          ds[i] = HxW ? reduce(dy.data() + i * HxW, x.data() + i * HxW, HxW) : T(0);
          db[i] = HxW ? reduce(dy.data() + i * HxW, nullptr, HxW) : T(0);
        }
        std::vector<T> mean(static_cast<size_t>(N * G)), rstd(static_cast<size_t>(N * G));
        for (int64_t i = 0; i < N * G; ++i) {
          auto [m, v] = detail::RowwiseMoments<T>(x.data() + i * D * HxW, D * HxW);
          mean[i] = m;
          rstd[i] = T(1) / std::sqrt(std::max(v, T(0)) + static_cast<T>(eps));
        }
        std::vector<T> dx(x.size());
        const T s = T(1) / static_cast<T>(D * HxW);
        for (int64_t i = 0; i < N * G; ++i) {
          const int64_t g = i % G;
          T ds_val = 0, db_val = 0;
          for (int64_t j = 0; j < D; ++j) {
            const T gm = gamma.empty() ? T(1) : gamma[g * D + j];
            ds_val += ds[i * D + j] * gm;
            db_val += db[i * D + j] * gm;
          }
          const T c2 = (db_val * mean[i] - ds_val) * rstd[i] * rstd[i] * rstd[i] * s;
          const T c3 = -c2 * mean[i] - db_val * rstd[i] * s;
          for (int64_t j = 0; j < D; ++j) {
            const T c1 = rstd[i] * (gamma.empty() ? T(1) : gamma[g * D + j]);
            const int64_t base = (i * D + j) * HxW;
            for (int64_t k = 0; k < HxW; ++k) dx[base + k] = c1 * dy[base + k] + c2 * x[base + k] + c3;
          }
        }
        Tensor gx = Tensor::make(xt.sizes(), xt.dtype());
        write_from<T>(gx, dx);
        r.push_back({"input", gx});
        if (c.has_tensor("weight")) {
          std::vector<T> dg(static_cast<size_t>(C), T(0));
          for (int64_t n = 0; n < N; ++n)
            for (int64_t ch = 0; ch < C; ++ch) {
              const int64_t i = n * G + ch / D;
              dg[ch] += (ds[n * C + ch] - db[n * C + ch] * mean[i]) * rstd[i];
            }
          Tensor t = Tensor::make(c.in("weight").sizes(), c.in("weight").dtype());
          write_from<T>(t, dg);
          r.push_back({"weight", t});
        }
        if (c.has_tensor("bias")) {
          std::vector<T> dbeta(static_cast<size_t>(C), T(0));
          for (int64_t n = 0; n < N; ++n)
            for (int64_t ch = 0; ch < C; ++ch) dbeta[ch] += db[n * C + ch];
          Tensor t = Tensor::make(c.in("bias").sizes(), c.in("bias").dtype());
          write_from<T>(t, dbeta);
          r.push_back({"bias", t});
        }
      } else {
        throw_error("NotImplementedError", "not supported by the playground yet: the derivative of group_norm of a " +
                                               aten_name(xt.dtype()) + " tensor");
      }
    });
    return r;
  });
  // _prelu_kernel_backward: x > 0 ? g : w * g; the weight's gradient x > 0 ? 0 : x * g, summed to
  // the weight's shape.
  def(m, "_prelu_kernel", [](const GradCtx& c) -> GradMap {
    const Tensor& x = c.in("self");
    const Tensor& w = c.in("weight");
    Tensor pos = op("gt", {x, 0.0});
    Tensor gx = op("where", {pos, c.grad(), mul(w, c.grad())});
    Tensor gw = op("where", {pos, 0.0, mul(x, c.grad())});
    return {{"self", sum_to(gx, x.sizes())}, {"weight", sum_to(gw, w.sizes())}};
  });
  // glu_backward: grad_a = g * sig(b), grad_b = g * a * sig(b) * (1 - sig(b)), concatenated on dim.
  def(m, "glu", [](const GradCtx& c) -> GradMap {
    const Tensor& x = c.in("self");
    const int64_t d = wrap_dim(c.args.i("dim"), x.dim());
    const int64_t h = x.sizes()[d] / 2;
    Tensor a = op("narrow", {x, d, int64_t{0}, h});
    Tensor b = op("narrow", {x, d, h, h});
    Tensor sig = op("sigmoid", {b});
    Tensor ga = mul(c.grad(), sig);
    Tensor gb = mul(mul(mul(c.grad(), a), sig), op("rsub", {sig, 1.0}));
    return {{"self", op("cat", {std::vector<Tensor>{ga, gb}, d})}};
  });
  def(m, "batch_norm", [](const GradCtx& c) -> GradMap {
    auto gs = batch_norm_backward(c.args, c.grad());
    return {{"input", gs[0]}, {"weight", gs[1]}, {"bias", gs[2]}};
  });
  def(m, "embedding", [](const GradCtx& c) -> GradMap { return {{"weight", embedding_backward(c.args, c.grad())}}; });
  def(m, "nll_loss", [](const GradCtx& c) -> GradMap {
    return {{"input", nll_loss_backward(c.args, c.grad(), false)}};
  });
  def(m, "cross_entropy", [](const GradCtx& c) -> GradMap {
    return {{"input", nll_loss_backward(c.args, c.grad(), true)}};
  });
  // mse_loss_backward_out and huber_loss_backward_out (Loss.cpp) build their TensorIterator over
  // (grad_input = zeros_like(input), input, target, grad_output) without type promotion, so every
  // operand must have grad_input's dtype: "Found dtype Long but expected Float" for an integer
  // target (the derivative of the target, when only it needs one, swaps input and target).
  // smooth_l1_loss_backward_out promotes and has no such check.
  auto check_same_dtype_loss_backward = [](const GradCtx& c) {
    const Tensor& x = c.in("input");
    const Tensor& t = c.in("target");
    bool input_first = x.requires_grad() || !t.requires_grad();
    const Tensor& first = input_first ? x : t;
    for (const Tensor* o : {&x, &t, &c.grad()}) {
      if (o->dtype() != first.dtype()) {
        throw_error("RuntimeError", "Found dtype " + aten_name(o->dtype()) + " but expected " + aten_name(first.dtype()));
      }
    }
  };
  // smooth_l1_loss_backward / huber_loss_backward (cpu/PointwiseOpsKernel.cpp): x = input - target,
  // norm = 1 / numel for 'mean'; smooth L1: x / beta inside (-beta, beta), else sign(x); Huber: x
  // clamped to [-delta, delta]; the target's gradient is the negation.
  auto pointwise_loss_grad = [](const GradCtx& c, std::function<double(double, double)> f, const char* param) -> GradMap {
    const Tensor& x = c.in("input");
    const Tensor& t = c.in("target");
    Shape s = broadcast_shapes(x.sizes(), t.sizes());
    double norm = c.args.s("reduction") == "mean" ? 1.0 / static_cast<double>(shape_numel(s)) : 1.0;
    double p = c.args.f(param);
    Tensor d = sub(x, t);
    Tensor g = pointwise(d, c.grad(), [&](double v, double gv) { return norm * f(v, p) * gv; });
    return {{"input", g}, {"target", neg(g)}};
  };
  def(m, "smooth_l1_loss", [pointwise_loss_grad](const GradCtx& c) -> GradMap {
    return pointwise_loss_grad(c, [](double v, double beta) {
      return v < -beta ? -1.0 : (v > beta ? 1.0 : v / beta);
    }, "beta");
  });
  def(m, "huber_loss", [pointwise_loss_grad, check_same_dtype_loss_backward](const GradCtx& c) -> GradMap {
    check_same_dtype_loss_backward(c);
    return pointwise_loss_grad(c, [](double v, double delta) {
      return v <= -delta ? -delta : (v >= delta ? delta : v);
    }, "delta");
  });
  def(m, "mse_loss", [check_same_dtype_loss_backward](const GradCtx& c) -> GradMap {
    // mse_loss_backward: norm * (input - target) * grad, norm = 2 / numel for 'mean', else 2.
    const Tensor& x = c.in("input");
    const Tensor& t = c.in("target");
    check_same_dtype_loss_backward(c);
    std::string red = c.args.s("reduction");
    Shape s = broadcast_shapes(x.sizes(), t.sizes());
    double norm = red == "mean" ? 2.0 / static_cast<double>(shape_numel(s)) : 2.0;
    Tensor gi = mul(mul(sub(x, t), norm), c.grad());
    Tensor gt = mul(mul(sub(t, x), norm), c.grad());
    return {{"input", gi}, {"target", gt}};
  });
}

// The model-zoo ops (conv_ops.cpp, scatter_ops.cpp; derivatives.yaml's entries for
// convolution, avg_pool2d, upsample_*2d, scatter, scatter_add, repeat_interleave).
void register_zoo(Map& m) {
  auto conv = [](int spatial, bool transposed) {
    return [spatial, transposed](const GradCtx& c) -> GradMap {
      auto gs = conv_backward(c.args, c.grad(), spatial, transposed);
      return {{"input", gs[0]}, {"weight", gs[1]}, {"bias", gs[2]}};
    };
  };
  def(m, "conv1d", conv(1, false));
  def(m, "conv_transpose2d", conv(2, true));
  def_unary(m, "avg_pool2d", [](const GradCtx& c) { return avg_pool2d_backward(c.args, c.grad()); });
  def_unary(m, "upsample_nearest2d", [](const GradCtx& c) { return upsample_backward(c.args, c.grad(), false); });
  def_unary(m, "upsample_bilinear2d", [](const GradCtx& c) { return upsample_backward(c.args, c.grad(), true); });
  // scatter: self gets grad with the overwritten positions zeroed, src the gathered grad.
  def(m, "scatter", [](const GradCtx& c) -> GradMap {
    Value dim = c.args.get("dim");
    const Tensor& index = c.in("index");
    GradMap r{{"self", op("scatter", {c.grad(), dim, index, 0})}};
    if (c.has_tensor("src")) r.push_back({"src", op("gather", {c.grad(), dim, index})});
    return r;
  });
  def(m, "scatter_add", [](const GradCtx& c) -> GradMap {
    return {{"self", c.grad()}, {"src", op("gather", {c.grad(), c.args.get("dim"), c.in("index")})}};
  });
  // index_add: self gets grad, source the rows of grad it was added to, times alpha.
  def(m, "index_add", [](const GradCtx& c) -> GradMap {
    Tensor g = c.grad();
    Value dim = c.args.get("dim");
    Tensor picked = c.in("source").dim() == 0 ? op("reshape", {op("index_select", {g, dim, c.in("index")}), Shape{}})
                                              : op("index_select", {g, dim, c.in("index")});
    return {{"self", g}, {"source", maybe_multiply(picked, c.args.scalar("alpha"))}};
  });
  def(m, "repeat_interleave", [](const GradCtx& c) -> GradMap { return {{"self", gather_like_backward(c, "self")}}; });
  // pad_distance_ops.cpp. constant_pad_nd_backward: constant_pad_nd(grad, -pad); the reflection
  // and replication pads only pick elements; upsample_nearest1d adds each output into its source.
  def_unary(m, "constant_pad_nd", [](const GradCtx& c) {
    Shape pad = c.args.ints("pad");
    for (auto& p : pad) p = -p;
    return op("constant_pad_nd", {c.grad(), pad});
  });
  for (const char* n : {"reflection_pad1d", "reflection_pad2d", "reflection_pad3d", "replication_pad1d", "replication_pad2d",
                        "replication_pad3d"})
    def_unary(m, n, [](const GradCtx& c) { return gather_like_backward(c, "self"); });
  def_unary(m, "upsample_nearest1d", [](const GradCtx& c) { return upsample_nearest1d_backward(c.args, c.grad()); });
  def_unary(m, "upsample_linear1d", [](const GradCtx& c) { return upsample_linear1d_backward(c.args, c.grad()); });
  def(m, "_cdist_forward", [](const GradCtx& c) -> GradMap {
    const Tensor& x1 = c.in("x1");
    const Tensor& x2 = c.in("x2");
    double p = c.args.f("p");
    const Tensor& res = c.result.at(0);
    return {{"x1", cdist_backward(c.grad(), x1, x2, p, res, false)},
            {"x2", cdist_backward(c.grad(), x1, x2, p, res, true)}};
  });
  // _euclidean_dist_backward: ratio = grad / res (0 where res is 0);
  // x1 * ratio.sum(-1, true) - ratio @ x2, x2 * ratio.sum(-2).unsqueeze(-1) - ratio.mT @ x1.
  def(m, "_euclidean_dist", [](const GradCtx& c) -> GradMap {
    const Tensor& x1 = c.in("x1");
    const Tensor& x2 = c.in("x2");
    const Tensor& res = c.result.at(0);
    Tensor ratio = div(c.grad(), res);
    ratio = op("masked_fill", {ratio, op("eq", {res, 0}), 0});
    Tensor g1 = sub(mul(x1, op("sum", {ratio, -1, true})), op("matmul", {ratio, x2}));
    Tensor g2 = sub(mul(x2, op("unsqueeze", {op("sum", {ratio, -2, false}), -1})),
                    op("matmul", {op("transpose", {ratio, -2, -1}), x1}));
    return {{"x1", g1}, {"x2", g2}};
  });
  // baddbmm: self: grad * beta; batch1: grad.bmm(batch2^T) * alpha; batch2: batch1^T.bmm(grad) * alpha.
  def(m, "baddbmm", [](const GradCtx& c) -> GradMap {
    const Tensor& b1 = c.in("batch1");
    const Tensor& b2 = c.in("batch2");
    Scalar alpha = c.args.scalar("alpha");
    return {{"self", maybe_multiply(c.grad(), c.args.scalar("beta"))},
            {"batch1", maybe_multiply(op("bmm", {c.grad(), op("transpose", {b2, 1, 2})}), alpha)},
            {"batch2", maybe_multiply(op("bmm", {op("transpose", {b1, 1, 2}), c.grad()}), alpha)}};
  });
}

const Map& formulas() {
  static const Map m = [] {
    Map r;
    register_elementwise(r);
    register_reductions(r);
    register_views(r);
    register_linalg(r);
    register_nn(r);
    register_zoo(r);
    reads_result(r, {}, {"_euclidean_dist", "_cdist_forward"});
    reads_result(r,
                 {"exp", "exp2", "expm1", "sqrt", "rsqrt", "reciprocal", "tanh", "sigmoid", "relu", "softmax",
                  "log_softmax", "sort", "topk"},
                 {"pow", "max", "min", "amax", "amin", "std"});
    return r;
  }();
  return m;
}

}  // namespace

const FormulaInfo* find_formula(const std::string& op_name) {
  const Map& m = formulas();
  auto it = m.find(op_name);
  return it == m.end() ? nullptr : &it->second;
}

std::vector<std::string> formula_names() {
  std::vector<std::string> out;
  for (const auto& [k, v] : formulas()) out.push_back(k);
  return out;
}

}  // namespace dp::torch::autograd
