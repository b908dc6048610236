// The autograd engine (docs/autograd.md): a finite-difference check (torch.autograd.gradcheck's
// idea: central differences in float64) of every gradient formula, and the engine's rules
// (accumulation, retain_graph, error texts).
#include <functional>
#include <random>
#include <set>

#include "test_util.h"
#include "torch/autograd/engine.h"

using namespace dp::torch;
using namespace dp::torch::testing;
namespace A = dp::torch::autograd;

namespace {

Tensor rand64(const Shape& s, std::mt19937& g, double lo = -1.0, double hi = 1.0) {
  Tensor t = Tensor::make(s, DType::Float64);
  std::uniform_real_distribution<double> d(lo, hi);
  for (int64_t i = 0; i < t.numel(); ++i) t.data<double>()[i] = d(g);
  return t;
}

// A check: inputs (float64 leaves) and the function of them to differentiate.
struct Case {
  std::string op;  // the formula it exercises
  std::vector<Tensor> inputs;
  std::function<std::vector<Tensor>(const std::vector<Tensor>&)> fn;
  double eps = 1e-6;  // larger for functions computed in float32
};

// sum_k sum(out_k * weights_k): a scalar whose gradient exercises every output element.
double weighted(const std::vector<Tensor>& outs, const std::vector<Tensor>& weights) {
  double s = 0;
  for (size_t k = 0; k < outs.size(); ++k) {
    Tensor o = call_t("to", {outs[k], DType::Float64});
    for (int64_t i = 0; i < o.numel(); ++i) s += o.double_at(i) * weights[k].double_at(i);
  }
  return s;
}

void gradcheck(const Case& c) {
  SCOPED_TRACE(c.op);
  std::mt19937 gen(7);
  std::vector<Tensor> leaves;
  for (const auto& t : c.inputs) {
    Tensor l = call_t("clone", {t});
    l.set_requires_grad(true);
    leaves.push_back(l);
  }
  std::vector<Tensor> outs = c.fn(leaves);
  std::vector<Tensor> weights, diff_outs;
  for (const auto& o : outs) {
    if (!is_floating(o.dtype())) continue;
    diff_outs.push_back(o);
    weights.push_back(rand64(o.sizes(), gen));
  }
  ASSERT_FALSE(diff_outs.empty());
  std::vector<Tensor> gos;
  for (size_t k = 0; k < diff_outs.size(); ++k) gos.push_back(call_t("to", {weights[k], diff_outs[k].dtype()}));
  std::vector<Tensor> analytic = A::run_backward(diff_outs, gos, false, false, leaves, true);
  const double eps = c.eps;
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    Tensor x = call_t("clone", {c.inputs[i]});
    for (int64_t k = 0; k < x.numel(); ++k) {
      std::vector<Tensor> in;
      for (size_t j = 0; j < c.inputs.size(); ++j) in.push_back(j == i ? x : c.inputs[j]);
      double* p = x.data<double>() + k;
      double orig = *p;
      NoGradGuard ng;
      *p = orig + eps;
      double fp = weighted(c.fn(in), weights);
      *p = orig - eps;
      double fm = weighted(c.fn(in), weights);
      *p = orig;
      double numeric = (fp - fm) / (2 * eps);
      double got = analytic[i].defined() ? analytic[i].double_at(k) : 0.0;
      EXPECT_NEAR(got, numeric, 1e-5 + 1e-4 * std::abs(numeric)) << "input " << i << " element " << k;
    }
  }
}

Tensor f(const std::vector<Tensor>& in, size_t i) { return in.at(i); }
std::vector<Tensor> one(Tensor t) { return {t}; }

std::vector<Case> cases() {
  std::mt19937 g(42);
  auto r = [&](const Shape& s) { return rand64(s, g); };
  auto pos = [&](const Shape& s) { return rand64(s, g, 0.5, 2.0); };
  std::vector<Case> c;
  auto binary = [&](const std::string& op, Shape a, Shape b, bool positive_b = false) {
    c.push_back({op, {r(a), positive_b ? pos(b) : r(b)}, [op](const std::vector<Tensor>& in) {
                   return one(call_t(op, {in[0], in[1]}));
                 }});
  };
  binary("add", {2, 3}, {3});
  binary("sub", {2, 3}, {2, 1});
  binary("mul", {2, 3}, {2, 3});
  binary("div", {2, 3}, {3}, true);
  binary("maximum", {4}, {4});
  binary("minimum", {4}, {4});
  binary("matmul", {2, 3}, {3, 4});
  binary("mm", {2, 3}, {3, 2});
  binary("bmm", {2, 2, 3}, {2, 3, 2});
  binary("dot", {3}, {3});
  binary("mv", {2, 3}, {3});
  binary("outer", {2}, {3});
  binary("vdot", {3}, {3});
  c.push_back({"tril", {r({3, 4})}, [](const std::vector<Tensor>& in) { return one(call_t("tril", {in[0], -1})); }});
  c.push_back({"triu", {r({3, 4})}, [](const std::vector<Tensor>& in) { return one(call_t("triu", {in[0], 1})); }});
  c.push_back({"matmul", {r({2, 2, 3}), r({3, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("matmul", {in[0], in[1]}));
               }});
  c.push_back({"matmul", {r({3}), r({2, 3, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("matmul", {in[0], in[1]}));
               }});
  c.push_back({"add", {r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("add", {in[0], 2.0}, {{"alpha", 3}}));
               }});
  c.push_back({"rsub", {r({3})}, [](const std::vector<Tensor>& in) { return one(call_t("rsub", {in[0], 2.0})); }});
  c.push_back({"rdiv", {pos({3})}, [](const std::vector<Tensor>& in) { return one(call_t("rdiv", {in[0], 2.0})); }});
  c.push_back({"pow", {pos({3})}, [](const std::vector<Tensor>& in) { return one(call_t("pow", {in[0], 3})); }});
  c.push_back({"pow", {pos({3}), r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("pow", {in[0], in[1]}));
               }});
  c.push_back({"pow", {r({3})}, [](const std::vector<Tensor>& in) { return one(call_t("pow", {2.0, in[0]})); }});
  for (const char* u :
       {"neg",  "exp",  "exp2", "expm1", "tanh", "sigmoid", "relu",       "sin", "cos",      "abs",     "erf",
        "atan", "sinh", "cosh", "silu",  "gelu", "square",  "leaky_relu", "elu", "hardtanh", "softplus"}) {
    std::string op = u;
    c.push_back({op, {r({2, 3})}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  for (const char* u : {"log", "log2", "log10", "log1p", "sqrt", "rsqrt", "reciprocal"}) {
    std::string op = u;
    c.push_back({op, {pos({2, 3})}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  for (const char* u : {"asin", "acos", "tan", "erfinv"}) {
    std::string op = u;
    c.push_back(
        {op, {rand64({4}, g, -0.8, 0.8)}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  for (const char* u : {"sign", "floor", "ceil", "trunc", "round", "frac"}) {
    std::string op = u;
    c.push_back(
        {op, {rand64({4}, g, 0.1, 0.4)}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  c.push_back({"gelu", {r({4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("gelu", {in[0]}, {{"approximate", "tanh"}}));
               }});
  c.push_back({"clamp", {r({6})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("clamp", {in[0], -0.5, 0.5}));
               }});
  c.push_back({"clip", {r({6})}, [](const std::vector<Tensor>& in) { return one(call_t("clip", {in[0], -0.5})); }});
  c.push_back({"where", {r({4}), r({4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("where", {T("[True, False, True, False]"), in[0], in[1]}));
               }});
  c.push_back({"masked_fill", {r({4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("masked_fill", {in[0], T("[True, False, True, False]"), 2.0}));
               }});
  c.push_back({"addcmul", {r({3}), r({3}), r({1})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("addcmul", {in[0], in[1], in[2]}, {{"value", 0.5}}));
               }});
  c.push_back({"addcdiv", {r({3}), r({3}), pos({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("addcdiv", {in[0], in[1], in[2]}, {{"value", -2}}));
               }});
  c.push_back({"lerp", {r({3}), r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("lerp", {in[0], in[1], 0.3}));
               }});
  // In-place ops use their functional formula with self as it was.
  c.push_back({"mul", {r({3}), r({3})}, [](const std::vector<Tensor>& in) {
                 Tensor s = call_t("clone", {in[0]});
                 call("mul_", {s, in[1]});
                 return one(s);
               }});
  c.push_back({"exp", {r({3})}, [](const std::vector<Tensor>& in) {
                 Tensor s = call_t("mul", {in[0], 1.0});
                 call("exp_", {s});
                 return one(s);
               }});
  // Reductions.
  c.push_back({"sum", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("sum", {in[0]})); }});
  c.push_back({"sum", {r({2, 3, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("sum", {in[0], Shape{0, 2}}));
               }});
  c.push_back({"mean", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("mean", {in[0]})); }});
  c.push_back({"mean", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("mean", {in[0], Shape{1}, true}));
               }});
  c.push_back({"max", {r({5})}, [](const std::vector<Tensor>& in) { return one(call_t("max", {in[0]})); }});
  c.push_back({"min", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 Value v = call("min", {in[0], 1});
                 return one(v.list()[0].tensor());
               }});
  c.push_back({"max", {r({3}), r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("max", {in[0], in[1]}));
               }});
  c.push_back({"amax", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("amax", {in[0], 1})); }});
  c.push_back({"amin", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("amin", {in[0]})); }});
  c.push_back({"sort", {r({2, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call("sort", {in[0]}).list()[0].tensor());
               }});
  c.push_back({"topk", {r({5})}, [](const std::vector<Tensor>& in) {
                 return one(call("topk", {in[0], 2}).list()[0].tensor());
               }});
  c.push_back({"cumsum", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("cumsum", {in[0], 1})); }});
  c.push_back({"cumprod", {pos({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("cumprod", {in[0], 1}));
               }});
  c.push_back({"prod", {pos({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("prod", {in[0]})); }});
  c.push_back({"prod", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("prod", {in[0], 1})); }});
  c.push_back({"norm", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("norm", {in[0]})); }});
  c.push_back({"norm", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("norm", {in[0], 3.0, std::vector<int64_t>{1}}));
               }});
  c.push_back({"_div_scalar", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("_div_scalar", {in[0], 3}));
               }});
  c.push_back({"softmax", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("softmax", {in[0], 1}));
               }});
  c.push_back({"softmax", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("softmax", {in[0], 0}));
               }});
  c.push_back({"log_softmax", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("log_softmax", {in[0], -1}));
               }});
  c.push_back({"var", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("var", {in[0], Shape{1}}));
               }});
  c.push_back({"std", {r({2, 3})}, [](const std::vector<Tensor>& in) { return one(call_t("std", {in[0]})); }});
  // Views and copies.
  auto unary_args = [&](const std::string& op, Shape s, std::vector<Value> extra) {
    c.push_back({op, {r(s)}, [op, extra](const std::vector<Tensor>& in) {
                   std::vector<Value> args{in[0]};
                   args.insert(args.end(), extra.begin(), extra.end());
                   return one(call_t(op, args));
                 }});
  };
  unary_args("view", {2, 3}, {Value(Shape{3, 2})});
  unary_args("reshape", {2, 3}, {Value(Shape{6})});
  unary_args("flatten", {2, 3}, {});
  unary_args("unflatten", {6}, {0, Value(Shape{2, 3})});
  unary_args("squeeze", {2, 1, 3}, {});
  unary_args("unsqueeze", {2, 3}, {1});
  unary_args("permute", {2, 3, 4}, {Value(Shape{2, 0, 1})});
  unary_args("transpose", {2, 3}, {0, 1});
  unary_args("swapaxes", {2, 3}, {0, 1});
  unary_args("swapdims", {2, 3}, {1, 0});
  unary_args("t", {2, 3}, {});
  unary_args("T", {2, 3}, {});
  unary_args("mT", {2, 2, 3}, {});
  unary_args("movedim", {2, 3, 4}, {0, 2});
  unary_args("expand", {1, 3}, {Value(Shape{2, 3})});
  unary_args("alias", {3}, {});
  unary_args("clone", {3}, {});
  unary_args("contiguous", {3}, {});
  unary_args("select", {2, 3}, {1, 2});
  unary_args("slice", {4, 3}, {0, 1, 4, 2});
  unary_args("narrow", {4, 3}, {1, 1, 2});
  unary_args("repeat", {2, 3}, {Value(Shape{2, 2})});
  unary_args("to", {3}, {DType::Float32});
  c.back().eps = 1e-2;  // linear, computed in float32
  c.push_back({"view_as", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("view_as", {in[0], Tensor::make({3, 2}, DType::Float64)}));
               }});
  c.push_back({"reshape_as", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("reshape_as", {in[0], Tensor::make({6}, DType::Float64)}));
               }});
  c.push_back({"expand_as", {r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("expand_as", {in[0], Tensor::make({2, 3}, DType::Float64)}));
               }});
  c.push_back({"type_as",
               {r({3})},
               [](const std::vector<Tensor>& in) {
                 return one(call_t("type_as", {in[0], Tensor::make({1}, DType::Float32)}));
               },
               1e-2});
  c.push_back({"getitem", {r({3, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("getitem", {in[0], Value(Value::List{Value(Slice{1, std::nullopt, std::nullopt}),
                                                                        Value(T("[0, 2, 0]"))})}));
               }});
  c.push_back({"index_select", {r({3, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("index_select", {in[0], 1, T("[3, 0, 3]")}));
               }});
  c.push_back({"gather", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("gather", {in[0], 1, T("[[0, 0], [2, 1]]")}));
               }});
  c.push_back({"setitem", {r({3, 4}), r({4})}, [](const std::vector<Tensor>& in) {
                 Tensor s = call_t("clone", {in[0]});
                 call("setitem", {s, 1, in[1]});
                 return one(call_t("mul", {s, s}));
               }});
  c.push_back({"copy_", {r({3}), r({3})}, [](const std::vector<Tensor>& in) {
                 Tensor s = call_t("mul", {in[0], 2.0});
                 call("copy_", {s, in[1]});
                 return one(call_t("mul", {s, s}));
               }});
  c.push_back({"fill_", {r({3})}, [](const std::vector<Tensor>& in) {
                 Tensor s = call_t("mul", {in[0], 2.0});
                 call("fill_", {s, 3.0});
                 return one(call_t("add", {s, in[0]}));
               }});
  c.push_back({"zero_", {r({3})}, [](const std::vector<Tensor>& in) {
                 Tensor s = call_t("mul", {in[0], 2.0});
                 call("zero_", {s});
                 return one(call_t("add", {s, in[0]}));
               }});
  c.push_back({"cat", {r({2, 3}), r({1, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("cat", {std::vector<Tensor>{in[0], in[1]}}));
               }});
  c.push_back({"stack", {r({2, 3}), r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("stack", {std::vector<Tensor>{in[0], in[1]}, 1}));
               }});
  for (const char* op : {"split", "chunk", "unbind"}) {
    std::string o = op;
    c.push_back({o, {r({4, 3})}, [o](const std::vector<Tensor>& in) {
                   Value v = o == "unbind" ? call(o, {in[0]}) : call(o, {in[0], 2});
                   auto parts = std::get<std::vector<Tensor>>(v.v);
                   parts.pop_back();  // an unused output gets zeros
                   return parts;
                 }});
  }
  c.push_back({"linear", {r({4, 3}), r({2, 3}), r({2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("linear", {in[0], in[1], in[2]}));
               }});
  c.push_back({"linear", {r({2, 2, 3}), r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("linear", {in[0], in[1]}));
               }});
  c.push_back({"addmm", {r({2}), r({3, 2}), r({2, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("addmm", {in[0], in[1], in[2]}, {{"beta", 0.5}, {"alpha", 2}}));
               }});
  // nn.
  c.push_back({"conv2d", {r({2, 2, 4, 4}), r({4, 1, 3, 3}), r({4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("conv2d", {in[0], in[1], in[2], 2, 1, 1, 2}));
               }});
  // The model zoo's ops (conv_ops.cpp, scatter_ops.cpp).
  c.push_back({"conv1d", {r({2, 4, 7}), r({6, 2, 3}), r({6})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("conv1d", {in[0], in[1], in[2], 2, 1, 2, 2}));
               }});
  c.push_back({"conv_transpose2d", {r({1, 4, 3, 2}), r({4, 3, 3, 2}), r({6})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("conv_transpose2d", {in[0], in[1], in[2], Shape{2, 1}, 1, Shape{1, 0}, 2}));
               }});
  c.push_back({"conv_transpose1d", {r({2, 4, 3}), r({4, 3, 3}), r({6})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("conv_transpose1d", {in[0], in[1], in[2], 2, 1, 1, 2, 2}));
               }});
  c.push_back({"avg_pool2d", {r({1, 2, 5, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("avg_pool2d", {in[0], Shape{3, 2}, 2, 1, true, false}));
               }});
  c.push_back({"upsample_nearest2d", {r({1, 2, 3, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("upsample_nearest2d", {in[0], Shape{5, 4}}));
               }});
  c.push_back({"upsample_bilinear2d", {r({1, 2, 3, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("upsample_bilinear2d", {in[0], Shape{5, 4}, false}));
               }});
  c.push_back({"upsample_bilinear2d", {r({1, 1, 3, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("upsample_bilinear2d", {in[0], Shape{6, 4}, true, 2.0, 2.0}));
               }});
  // pad_distance_ops.cpp.
  c.push_back({"constant_pad_nd", {r({2, 3, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("constant_pad_nd", {in[0], Shape{2, -1, 0, 1}, 1.5}));
               }});
  c.push_back({"reflection_pad1d", {r({2, 5})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("reflection_pad1d", {in[0], Shape{3, 2}}));
               }});
  c.push_back({"reflection_pad2d", {r({1, 3, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("reflection_pad2d", {in[0], Shape{1, 3, 2, 1}}));
               }});
  c.push_back({"replication_pad1d", {r({1, 2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("replication_pad1d", {in[0], Shape{4, 1}}));
               }});
  c.push_back({"replication_pad2d", {r({1, 1, 2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("replication_pad2d", {in[0], Shape{1, 2, 3, 0}}));
               }});
  c.push_back({"reflection_pad3d", {r({1, 2, 3, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("reflection_pad3d", {in[0], Shape{1, 2, 0, 1, 1, 1}}));
               }});
  c.push_back({"replication_pad3d", {r({1, 1, 2, 2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("replication_pad3d", {in[0], Shape{2, 0, 1, 1, 0, 2}}));
               }});
  c.push_back({"upsample_linear1d", {r({1, 2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("upsample_linear1d", {in[0], Shape{7}, false}));
               }});
  c.push_back({"upsample_linear1d", {r({2, 1, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("upsample_linear1d", {in[0], Shape{6}, true}));
               }});
  c.push_back({"upsample_nearest1d", {r({1, 2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("upsample_nearest1d", {in[0], Shape{7}}));
               }});
  for (double p : {2.0, 1.0, 3.0, 1.5})
    c.push_back({"_cdist_forward", {r({2, 3, 4}), r({1, 2, 4})}, [p](const std::vector<Tensor>& in) {
                   return one(call_t("_cdist_forward", {in[0], in[1], p, Value()}));
                 }});
  c.push_back({"_euclidean_dist", {r({3, 4}), r({2, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("_euclidean_dist", {in[0], in[1]}));
               }});
  c.push_back({"baddbmm", {r({3, 1}), r({2, 3, 4}), r({2, 4, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("baddbmm", {in[0], in[1], in[2]}, {{"beta", 0.5}, {"alpha", -2}}));
               }});
  c.push_back({"clamp_min", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("clamp_min", {in[0], 0.1}));
               }});
  c.push_back({"_aten_norm", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("_aten_norm", {in[0], 2.0, std::vector<int64_t>{1}, true}));
               }});
  c.push_back({"scatter", {r({3, 4}), r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("scatter", {in[0], 1, T("[[3, 0, 1], [2, 1, 0]]"), in[1]}));
               }});
  c.push_back({"scatter", {r({3, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("scatter", {in[0], 0, T("[[2, 0, 1, 1]]"), 0.5}));
               }});
  c.push_back({"scatter_add", {r({3, 4}), r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("scatter_add", {in[0], 0, T("[[2, 0, 2], [2, 1, 0]]"), in[1]}));
               }});
  c.push_back({"index_add", {r({3, 4}), r({3, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("index_add", {in[0], 1, T("[3, 0, 3]"), in[1]}, {{"alpha", 2}}));
               }});
  c.push_back({"repeat_interleave", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("repeat_interleave", {in[0], 2}, {{"dim", 1}}));
               }});
  c.push_back({"repeat_interleave", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("repeat_interleave", {in[0], T("[2, 0, 1]")}, {{"dim", -1}}));
               }});
  c.push_back({"max_pool2d", {r({1, 2, 4, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("max_pool2d", {in[0], 2}));
               }});
  c.push_back({"max_pool2d_with_indices", {r({1, 2, 5, 5})}, [](const std::vector<Tensor>& in) {
                 Value out = call("max_pool2d_with_indices", {in[0], 3, 2, 1});
                 return one(out.list()[0].tensor());
               }});
  c.push_back({"max_unpool2d", {r({1, 2, 2, 2})}, [](const std::vector<Tensor>& in) {
                 Tensor idx = T("[[[[1, 6], [8, 15]], [[0, 3], [12, 14]]]]");
                 return one(call_t("max_unpool2d", {in[0], idx, Shape{4, 4}}));
               }});
  // CopySlices / AsStridedBackward0: in-place ops on views of a non-leaf, through the base and
  // through the view.
  c.push_back({"CopySlices", {r({3, 4}), r({2})}, [](const std::vector<Tensor>& in) {
                 Tensor base = call_t("mul", {in[0], in[0]});
                 Tensor view = call_t("select", {call_t("t", {base}), 0, 1});
                 Tensor part = call_t("slice", {view, 0, 1, 3});
                 call("mul_", {part, in[1]});
                 call("add_", {view, 1.5});
                 return one(call_t("add", {call_t("mul", {base, base}), call_t("sum", {view})}));
               }});
  c.push_back({"adaptive_avg_pool2d", {r({1, 2, 5, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("adaptive_avg_pool2d", {in[0], Shape{2, 3}}));
               }});
  c.push_back({"layer_norm", {r({2, 3}), r({3}), r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("layer_norm", {in[0], Shape{3}, in[1], in[2]}));
               }});
  c.push_back(
      {"batch_norm", {r({3, 2, 2}), r({2}), r({2})}, [](const std::vector<Tensor>& in) {
         Tensor rm = Tensor::make({2}, DType::Float64), rv = call_t("ones", {Shape{2}}, {{"dtype", DType::Float64}});
         return one(call_t("batch_norm", {in[0], in[1], in[2], rm, rv, true, 0.1, 1e-5, true}));
       }});
  c.push_back({"batch_norm", {r({3, 2}), r({2}), r({2})}, [](const std::vector<Tensor>& in) {
                 Tensor rm = T("[0.1, -0.2]"), rv = T("[0.5, 2.0]");
                 rm = call_t("to", {rm, DType::Float64});
                 rv = call_t("to", {rv, DType::Float64});
                 return one(call_t("batch_norm", {in[0], in[1], in[2], rm, rv, false, 0.1, 1e-5, true}));
               }});
  c.push_back({"embedding", {r({4, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("embedding", {T("[[0, 3], [3, 1]]"), in[0]}));
               }});
  c.push_back({"nll_loss", {r({3, 4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("nll_loss", {in[0], T("[1, 0, 3]")}));
               }});
  c.push_back({"cross_entropy", {r({3, 4})}, [](const std::vector<Tensor>& in) {
                 Tensor w = call_t("to", {T("[1., 2., 0.5, 1.]"), DType::Float64});
                 return one(call_t("cross_entropy", {in[0], T("[1, 0, 3]"), w}));
               }});
  c.push_back({"cross_entropy", {r({2, 3, 2})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("cross_entropy", {in[0], T("[[0, 2], [1, -100]]")}, {{"reduction", "sum"}}));
               }});
  c.push_back({"mse_loss", {r({2, 3}), r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("mse_loss", {in[0], in[1]}));
               }});
  // The activations, losses and norms of activation_ops.cpp, loss_ops.cpp, norm_ops.cpp.
  for (const char* u : {"asinh", "hardswish", "hardsigmoid", "log_sigmoid", "mish", "selu", "celu", "softshrink",
                        "hardshrink"}) {
    std::string op = u;
    c.push_back({op, {r({2, 3})}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  c.push_back({"atanh", {rand64({4}, g, -0.8, 0.8)}, [](const std::vector<Tensor>& in) {
                 return one(call_t("atanh", {in[0]}));
               }});
  c.push_back({"acosh", {rand64({4}, g, 1.2, 3.0)}, [](const std::vector<Tensor>& in) {
                 return one(call_t("acosh", {in[0]}));
               }});
  c.push_back({"threshold", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("threshold", {in[0], 0.1, 20.0}));
               }});
  c.push_back({"clamp_max", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("clamp_max", {in[0], 0.2}));
               }});
  for (const char* u : {"deg2rad", "rad2deg", "erfc", "sinc"}) {
    std::string op = u;
    c.push_back({op, {r({2, 3})}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  for (const char* u : {"lgamma", "digamma"}) {
    std::string op = u;
    c.push_back({op, {pos({2, 3})}, [op](const std::vector<Tensor>& in) { return one(call_t(op, {in[0]})); }});
  }
  c.push_back({"digamma", {rand64({3}, g, -0.9, -0.1)}, [](const std::vector<Tensor>& in) {
                 return one(call_t("digamma", {in[0]}));
               }});
  binary("logaddexp", {2, 3}, {3});
  binary("logaddexp2", {2, 3}, {2, 3});
  binary("hypot", {2, 3}, {2, 3});
  binary("copysign", {2, 3}, {2, 3});
  c.push_back({"t_", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 Tensor t = call_t("mul", {in[0], 2.0});
                 call("t_", {t});
                 return one(t);
               }});
  c.push_back({"diag_embed", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("diag_embed", {in[0], 1}));
               }});
  c.push_back({"dist", {r({2, 3}), r({3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("dist", {in[0], in[1], 3.0}));
               }});
  c.push_back({"linalg_cross", {r({2, 3}), r({1, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("linalg_cross", {in[0], in[1]}));
               }});
  c.push_back({"nan_to_num", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("nan_to_num", {in[0]}));
               }});
  c.push_back({"unsqueeze_", {r({2, 3})}, [](const std::vector<Tensor>& in) {
                 Tensor t = call_t("mul", {in[0], 2.0});
                 call("unsqueeze_", {t, 1});
                 call("squeeze_", {t});
                 call("unsqueeze_", {t, 0});
                 return one(t);
               }});
  c.push_back({"logit", {rand64({4}, g, 0.2, 0.8)}, [](const std::vector<Tensor>& in) {
                 return one(call_t("logit", {in[0]}));
               }});
  binary("atan2", {2, 3}, {3});
  binary("xlogy", {2, 3}, {2, 3}, true);
  c.push_back({"_prelu_kernel", {r({2, 3, 2}), r({3, 1})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("_prelu_kernel", {in[0], in[1]}));
               }});
  c.push_back({"glu", {r({2, 4})}, [](const std::vector<Tensor>& in) { return one(call_t("glu", {in[0]})); }});
  c.push_back({"group_norm", {r({2, 4, 3}), r({4}), r({4})}, [](const std::vector<Tensor>& in) {
                 return one(call_t("group_norm", {in[0], 2, in[1], in[2]}));
               }});
  for (const char* l : {"smooth_l1_loss", "huber_loss"}) {
    std::string op = l;
    c.push_back({op, {r({2, 3}), r({2, 3})}, [op](const std::vector<Tensor>& in) {
                   return one(call_t(op, {in[0], in[1], "mean", 0.5}));
                 }});
  }
  return c;
}

}  // namespace

TEST(Autograd, GradcheckEveryFormula) {
  std::set<std::string> checked;
  for (const Case& c : cases()) {
    try {
      gradcheck(c);
    } catch (const TorchError& e) {
      ADD_FAILURE() << c.op << ": " << e.type << ": " << e.msg;
    }
    checked.insert(c.op);
  }
  // Formulas that need more than a float64 function of tensors (dropout's noise is random) or are
  // names of overloads covered above.
  std::set<std::string> exempt{"dropout", "_unsafe_view", "float", "double", "half", "bfloat16"};
  for (const auto& name : A::formula_names()) {
    if (!exempt.count(name)) EXPECT_TRUE(checked.count(name)) << "no gradcheck case for " << name;
  }
}

TEST(Autograd, AccumulatesAndReleases) {
  Tensor x = T("[1., 2.]");
  x.set_requires_grad(true);
  Tensor y = call_t("mul", {x, x});
  Tensor s = call_t("sum", {y});
  A::run_backward({s}, {Tensor()}, true, false, {}, false);
  A::run_backward({s}, {Tensor()}, false, false, {}, false);
  EXPECT_EQ(R(Tensor(x.impl()->grad)), "tensor([4., 8.])");
  EXPECT_TORCH_ERROR(A::run_backward({s}, {Tensor()}, false, false, {}, false), "RuntimeError",
                     "Trying to backward through the graph a second time (or directly access saved tensors after they "
                     "have already been freed). Saved intermediate values of the graph are freed when you call "
                     ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the "
                     "graph a second time or if you need to access saved tensors after calling backward.");
  EXPECT_TORCH_ERROR(A::run_backward({y}, {Tensor()}, false, false, {}, false), "RuntimeError",
                     "grad can be implicitly created only for scalar outputs");
  EXPECT_TORCH_ERROR(A::run_backward({T("1.")}, {Tensor()}, false, false, {}, false), "RuntimeError",
                     "element 0 of tensors does not require grad and does not have a grad_fn");
}
