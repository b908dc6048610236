// Op results. Expected values come from PyTorch's documentation examples (cited per test, printed
// with the current formatting rules) or from elementary math (noted as "math").
#include <cmath>

#include "test_util.h"

using namespace dp::torch;
using namespace dp::torch::testing;

namespace {
const char* kDivA =
    "[[-0.3711, -1.9353, -0.4605, -0.2917], [0.1815, -1.0111, 0.9805, -1.5923],"
    " [0.1062, 1.4581, 0.7759, -1.2344], [-0.1830, -0.0313, 1.1908, -1.4757]]";
const char* kDivB = "[0.8032, 0.2930, -0.8113, -0.2308]";
}  // namespace

TEST(Elementwise, SinZerosPlusOne) {  // the lead's first end-to-end program
  Tensor r = call_t("add", {call_t("sin", {call_t("zeros", {2, 3})}), 1});
  EXPECT_EQ(R(r), "tensor([[1., 1., 1.],\n        [1., 1., 1.]])");
}

TEST(Elementwise, AddDoc) {  // torch.add docs: torch.add(a, 20)
  EXPECT_EQ(R(call_t("add", {T("[0.0202, 1.0985, 1.3506, -0.6056]"), 20})),
            "tensor([20.0202, 21.0985, 21.3506, 19.3944])");
}

TEST(Elementwise, AddAlpha) {  // torch.add docs: input + alpha * other (math)
  EXPECT_EQ(R(call_t("add", {T("[1, 2]"), T("[10, 20]")}, {{"alpha", 2}})), "tensor([21, 42])");
  EXPECT_EQ(R(call_t("sub", {T("[1., 2.]"), T("[1., 1.]")}, {{"alpha", 0.5}})), "tensor([0.5000, 1.5000])");
}

TEST(Elementwise, MulDoc) {  // torch.mul docs: torch.mul(a, 100)
  EXPECT_EQ(R(call_t("mul", {T("[0.2015, -0.4255, 2.6087]"), 100})), "tensor([ 20.1500, -42.5500, 260.8700])");
}

TEST(Elementwise, DivDoc) {  // torch.div docs (true division, broadcasting a row vector)
  EXPECT_EQ(R(call_t("div", {T("[0.3810, 1.2774, -0.2972, -0.3719, 0.4637]"), 0.5})),
            "tensor([ 0.7620,  2.5548, -0.5944, -0.7438,  0.9274])");
  EXPECT_EQ(R(call_t("div", {T(kDivA), T(kDivB)})),
            "tensor([[-0.4620, -6.6051,  0.5676,  1.2639],\n"
            "        [ 0.2260, -3.4509, -1.2086,  6.8990],\n"
            "        [ 0.1322,  4.9764, -0.9564,  5.3484],\n"
            "        [-0.2278, -0.1068, -1.4678,  6.3938]])");
}

TEST(Elementwise, DivRoundingModesDoc) {  // torch.div docs: rounding_mode='trunc' / 'floor'
  EXPECT_EQ(R(call_t("div", {T(kDivA), T(kDivB)}, {{"rounding_mode", "trunc"}})),
            "tensor([[-0., -6.,  0.,  1.],\n"
            "        [ 0., -3., -1.,  6.],\n"
            "        [ 0.,  4., -0.,  5.],\n"
            "        [-0., -0., -1.,  6.]])");
  EXPECT_EQ(R(call_t("div", {T(kDivA), T(kDivB)}, {{"rounding_mode", "floor"}})),
            "tensor([[-1., -7.,  0.,  1.],\n"
            "        [ 0., -4., -2.,  6.],\n"
            "        [ 0.,  4., -1.,  5.],\n"
            "        [-1., -1., -2.,  6.]])");
}

TEST(Elementwise, FloorDivideDoc) {  // torch.floor_divide docs
  Tensor a = T("[4.0, 3.0]");
  EXPECT_EQ(R(call_t("floor_divide", {a, T("[2.0, 2.0]")})), "tensor([2., 1.])");
  EXPECT_EQ(R(call_t("floor_divide", {a, 1.4})), "tensor([2., 2.])");
  EXPECT_EQ(R(call_t("floor_divide", {T("[-7, 7]"), 2})), "tensor([-4,  3])");  // math: Python //
}

TEST(Elementwise, RemainderDoc) {  // torch.remainder docs (values); see note on -0.
  // The docs print "0." for -2 % 2 (output of an older a - b*floor(a/b) kernel); the current CPU
  // kernel computes fmod(a, b) (+ b when signs differ), which keeps fmod's -0.
  EXPECT_EQ(R(call_t("remainder", {T("[-3., -2, -1, 1, 2, 3]"), 2})), "tensor([1., -0., 1., 1., 0., 1.])");
  EXPECT_EQ(R(call_t("remainder", {T("[1, 2, 3, 4, 5]"), -1.5})),
            "tensor([-0.5000, -1.0000,  0.0000, -0.5000, -1.0000])");
  EXPECT_EQ(R(call_t("remainder", {T("[-3, 3]"), 2})), "tensor([1, 1])");
}

TEST(Elementwise, PowDoc) {  // torch.pow docs: torch.pow(a, exp) and torch.pow(2, exp)
  Tensor e = call_t("arange", {1., 5.});
  EXPECT_EQ(R(call_t("pow", {e, e})), "tensor([  1.,   4.,  27., 256.])");
  EXPECT_EQ(R(call_t("pow", {2, e})), "tensor([ 2.,  4.,  8., 16.])");
  EXPECT_EQ(R(call_t("pow", {T("[2, 3]"), 2})), "tensor([4, 9])");
  EXPECT_EQ(R(call_t("pow", {T("[4.]"), 0.5})), "tensor([2.])");
}

TEST(Elementwise, AbsExpRoundDocs) {  // torch.abs / torch.exp / torch.round docs
  EXPECT_EQ(R(call_t("abs", {T("[-1, -2, 3]")})), "tensor([1, 2, 3])");
  EXPECT_EQ(R(call_t("exp", {T("[0, 0.6931471805599453]")})), "tensor([1., 2.])");
  EXPECT_EQ(R(call_t("round", {T("[4.7, -2.3, 9.1, -7.7]")})), "tensor([ 5., -2.,  9., -8.])");
  EXPECT_EQ(R(call_t("round", {T("[-0.5, 0.5, 1.5, 2.5]")})), "tensor([-0., 0., 2., 2.])");
  EXPECT_EQ(R(call_t("round", {T("[0.1234567]")}, {{"decimals", 3}})), "tensor([0.1230])");
  EXPECT_EQ(R(call_t("round", {T("[1200.1234567]")}, {{"decimals", -3}})), "tensor([1000.])");
}

TEST(Elementwise, UnaryMath) {  // math: sin(pi/2)=1, sqrt, sigmoid, tanh(0.5)=0.4621, floor/ceil
  EXPECT_EQ(R(call_t("sigmoid", {T("[-1., 0., 1.]")})), "tensor([0.2689, 0.5000, 0.7311])");
  EXPECT_EQ(R(call_t("tanh", {T("[0.5]")})), "tensor([0.4621])");
  EXPECT_EQ(R(call_t("sqrt", {T("[4, 9]")})), "tensor([2., 3.])");
  EXPECT_EQ(R(call_t("log", {T("[1., 0.]")})), "tensor([0., -inf])");
  EXPECT_EQ(R(call_t("sqrt", {T("[-1.]")})), "tensor([nan])");
  EXPECT_EQ(R(call_t("reciprocal", {T("[2, 4]")})), "tensor([0.5000, 0.2500])");
  EXPECT_EQ(R(call_t("floor", {T("[-1.5, 1.5]")})), "tensor([-2.,  1.])");
  EXPECT_EQ(R(call_t("ceil", {T("[-1.5, 1.5]")})), "tensor([-1.,  2.])");
  EXPECT_EQ(R(call_t("neg", {T("[1, -2]")})), "tensor([-1,  2])");
  EXPECT_EQ(R(call_t("relu", {T("[-1., 0., 2.]")})), "tensor([0., 0., 2.])");
  EXPECT_EQ(R(call_t("cos", {T("[0.]")})), "tensor([1.])");
  EXPECT_EQ(R(call_t("sin", {T("[1.5707963267948966]")})), "tensor([1.])");
}

TEST(Elementwise, GeluSoftmax) {  // math: gelu(x) = x * Phi(x); softmax([1,2,3])
  EXPECT_EQ(R(call_t("gelu", {T("[-1., 0., 1.]")})), "tensor([-0.1587,  0.0000,  0.8413])");
  EXPECT_EQ(R(call_t("gelu", {T("[1.]")}, {{"approximate", "tanh"}})), "tensor([0.8412])");
  EXPECT_EQ(R(call_t("softmax", {T("[1., 2., 3.]"), 0})), "tensor([0.0900, 0.2447, 0.6652])");
  EXPECT_EQ(R(call_t("log_softmax", {T("[1., 2., 3.]")}, {{"dim", -1}})), "tensor([-2.4076, -1.4076, -0.4076])");
  EXPECT_EQ(R(call_t("softmax", {T("[[1., 1.], [0., 0.]]"), 0})),
            "tensor([[0.7311, 0.7311],\n        [0.2689, 0.2689]])");
}

TEST(Elementwise, Broadcasting) {  // broadcasting semantics docs: (3,1) + (1,3) -> (3,3)
  Tensor r = call_t("add", {T("[[0], [10], [20]]"), T("[1, 2, 3]")});
  EXPECT_EQ(R(r), "tensor([[ 1,  2,  3],\n        [11, 12, 13],\n        [21, 22, 23]])");
  EXPECT_EQ(call_t("mul", {call_t("ones", {5, 1, 4, 1}), call_t("ones", {3, 1, 1})}).sizes(), (Shape{5, 3, 4, 1}));
}

TEST(Elementwise, ComparisonsDocs) {  // torch.eq / torch.gt docs
  Tensor a = T("[[1, 2], [3, 4]]"), b = T("[[1, 1], [4, 4]]");
  EXPECT_EQ(R(call_t("eq", {a, b})), "tensor([[ True, False],\n        [False,  True]])");
  EXPECT_EQ(R(call_t("gt", {a, b})), "tensor([[False,  True],\n        [False, False]])");
  EXPECT_EQ(R(call_t("le", {T("[1.5, 2.5]"), 2})), "tensor([ True, False])");
}

TEST(Elementwise, MaximumMinimumDocs) {  // torch.maximum / torch.minimum docs
  Tensor a = T("(1, 2, -1)"), b = T("(3, 0, 4)");
  EXPECT_EQ(R(call_t("maximum", {a, b})), "tensor([3, 2, 4])");
  EXPECT_EQ(R(call_t("minimum", {a, b})), "tensor([ 1,  0, -1])");
}

TEST(Elementwise, LogicalDocs) {  // torch.logical_and / logical_or / logical_not docs
  Tensor a = T("[True, False, True]"), b = T("[True, False, False]");
  EXPECT_EQ(R(call_t("logical_and", {a, b})), "tensor([ True, False, False])");
  EXPECT_EQ(R(call_t("logical_or", {a, b})), "tensor([ True, False,  True])");
  EXPECT_EQ(R(call_t("logical_not", {T("[True, False]")})), "tensor([False,  True])");
  EXPECT_EQ(R(call_t("logical_not", {T("[0, 1, -10]", DType::Int8)})), "tensor([ True, False, False])");
  EXPECT_EQ(R(call_t("bitwise_not", {T("[True, False]")})), "tensor([False,  True])");
  EXPECT_EQ(R(call_t("bitwise_and", {T("[12, 10]"), 6})), "tensor([4, 2])");
}

TEST(Elementwise, WhereDoc) {  // torch.where docs
  Tensor x = T("[[-0.4620, 0.3139], [0.3898, -0.7197], [0.0478, -0.1657]]");
  Tensor pos = call_t("gt", {x, 0});
  EXPECT_EQ(R(call_t("where", {pos, 1.0, 0.0})), "tensor([[0., 1.],\n        [1., 0.],\n        [1., 0.]])");
  EXPECT_EQ(R(call_t("where", {pos, x, call_t("ones", {3, 2})})),
            "tensor([[1.0000, 0.3139],\n        [0.3898, 1.0000],\n        [0.0478, 1.0000]])");
}

TEST(Elementwise, ClampMaskedFill) {  // torch.clamp docs semantics (math)
  EXPECT_EQ(R(call_t("clamp", {T("[-2., 0.5, 3.]")}, {{"min", -1.0}, {"max", 1.0}})),
            "tensor([-1.0000,  0.5000,  1.0000])");
  EXPECT_EQ(R(call_t("clamp", {T("[1, 5]")}, {{"min", 2}})), "tensor([2, 5])");
  Tensor m = T("[True, False]");
  EXPECT_EQ(R(call_t("masked_fill", {T("[1., 2.]"), m, -1.0})), "tensor([-1.,  2.])");
}

// ---- type promotion (docs: "Type promotion" in the tensor attributes notes) ----

TEST(Promotion, DocsExamples) {
  Tensor f = call_t("ones", {1}, {{"dtype", DType::Float32}});
  Tensor d = call_t("ones", {1}, {{"dtype", DType::Float64}});
  Tensor i = call_t("ones", {1}, {{"dtype", DType::Int32}});
  Tensor l = call_t("ones", {1}, {{"dtype", DType::Int64}});
  Tensor u = call_t("ones", {1}, {{"dtype", DType::UInt8}});
  Tensor b = call_t("ones", {1}, {{"dtype", DType::Bool}});
  Tensor long_zerodim = T("1", DType::Int64);
  EXPECT_EQ(call_t("add", {i, 5}).dtype(), DType::Int32);
  EXPECT_EQ(call_t("add", {i, long_zerodim}).dtype(), DType::Int32);
  EXPECT_EQ(call_t("add", {l, i}).dtype(), DType::Int64);
  EXPECT_EQ(call_t("add", {b, l}).dtype(), DType::Int64);
  EXPECT_EQ(call_t("add", {b, u}).dtype(), DType::UInt8);
  EXPECT_EQ(call_t("add", {f, d}).dtype(), DType::Float64);
  EXPECT_EQ(call_t("add", {b, i}).dtype(), DType::Int32);
  EXPECT_EQ(call_t("add", {l, f}).dtype(), DType::Float32);
  // in-place: allowed and disallowed casts
  EXPECT_NO_THROW(call("mul_", {f, i}));
  EXPECT_NO_THROW(call("mul_", {f, d}));
  EXPECT_NO_THROW(call("mul_", {i, l}));
  EXPECT_NO_THROW(call("mul_", {u, i}));
  EXPECT_TORCH_ERROR(call("mul_", {i, f}), "RuntimeError",
                     "result type Float can't be cast to the desired output type Int");
  EXPECT_TORCH_ERROR(call("mul_", {b, i}), "RuntimeError",
                     "result type Int can't be cast to the desired output type Bool");
}

TEST(Promotion, PythonScalars) {  // brief / at::result_type: wrapped numbers
  Tensor l = T("[1, 2]"), f = T("[1., 2.]"), b = T("[True, False]");
  EXPECT_EQ(call_t("add", {l, 1}).dtype(), DType::Int64);
  EXPECT_EQ(call_t("add", {f, 1}).dtype(), DType::Float32);
  EXPECT_EQ(call_t("add", {l, 1.5}).dtype(), DType::Float32);
  EXPECT_EQ(call_t("div", {l, l}).dtype(), DType::Float32);
  EXPECT_EQ(R(call_t("div", {T("[7, 8]"), 2})), "tensor([3.5000, 4.0000])");
  EXPECT_EQ(call_t("lt", {l, 1.5}).dtype(), DType::Bool);
  EXPECT_EQ(R(call_t("add", {b, b})), "tensor([ True, False])");
  EXPECT_EQ(R(call_t("add", {b, 1})), "tensor([2, 1])");
  EXPECT_EQ(R(call_t("mul", {b, 2.5})), "tensor([2.5000, 0.0000])");
  EXPECT_EQ(call_t("add", {T("[1., 2.]", DType::Float64), T("1.")}).dtype(), DType::Float64);
  EXPECT_EQ(call_t("add", {T("[1, 2]"), T("1.", DType::Float64)}).dtype(), DType::Float64);
  EXPECT_EQ(R(call_t("rsub", {T("[1, 2]"), 10})), "tensor([9, 8])");           // 10 - x
  EXPECT_EQ(R(call_t("rdiv", {T("[2, 4]"), 1})), "tensor([0.5000, 0.2500])");  // 1 / x
}

// ---- reductions ----

TEST(Reduce, SumDoc) {  // torch.sum docs: torch.sum(b, (2, 1)) with b = arange(4*5*6).view(4, 5, 6)
  Tensor b = call_t("view", {call_t("arange", {4 * 5 * 6}), 4, 5, 6});
  EXPECT_EQ(R(call_t("sum", {b, Value::List{2, 1}})), "tensor([ 435, 1335, 2235, 3135])");
  EXPECT_EQ(R(call_t("sum", {b})), "tensor(7140)");
}

TEST(Reduce, SumMeanKeepdim) {  // math
  Tensor x = T("[[1., 2.], [3., 4.]]");
  EXPECT_EQ(R(call_t("sum", {x}, {{"dim", 1}, {"keepdim", true}})), "tensor([[3.],\n        [7.]])");
  EXPECT_EQ(R(call_t("mean", {x})), "tensor(2.5000)");
  EXPECT_EQ(R(call_t("mean", {x, 0})), "tensor([2., 3.])");
  EXPECT_EQ(R(call_t("mean", {x, Value::List{0, 1}})), "tensor(2.5000)");
  EXPECT_EQ(R(call_t("sum", {T("[True, True, False]")})), "tensor(2)");
  EXPECT_EQ(R(call_t("sum", {x}, {{"dtype", DType::Float64}})), "tensor(10., dtype=torch.float64)");
  EXPECT_EQ(R(call_t("prod", {T("[[1, 2], [3, 4]]")})), "tensor(24)");
  EXPECT_EQ(R(call_t("prod", {T("[[1, 2], [3, 4]]"), 1})), "tensor([ 2, 12])");
  EXPECT_EQ(R(call_t("mean", {call_t("zeros", {0})})), "tensor(nan)");
}

TEST(Reduce, MaxMinArgmax) {  // torch.max semantics (values, indices)
  Tensor x = T("[[1, 5, 2], [7, 0, 7]]");
  EXPECT_EQ(R(call_t("max", {x})), "tensor(7)");
  EXPECT_EQ(R(call_t("min", {x})), "tensor(0)");
  Value mx = call("max", {x, 1});
  ASSERT_TRUE(mx.is_list());
  EXPECT_EQ(R(mx.list()[0]), "tensor([5, 7])");
  EXPECT_EQ(R(mx.list()[1]), "tensor([1, 0])");  // first occurrence
  Value mn = call("min", {x}, {{"dim", 0}, {"keepdim", true}});
  EXPECT_EQ(R(mn.list()[0]), "tensor([[1, 0, 2]])");
  EXPECT_EQ(R(call_t("argmax", {x})), "tensor(3)");
  EXPECT_EQ(R(call_t("argmin", {x, 1})), "tensor([0, 1])");
  EXPECT_EQ(R(call_t("max", {x, T("[[9, 0, 0], [0, 0, 9]]")})), "tensor([[9, 5, 2],\n        [7, 0, 9]])");
  EXPECT_EQ(R(call_t("max", {T("[1., nan, 3.]")})), "tensor(nan)");
  EXPECT_EQ(R(call_t("amax", {x, 0})), "tensor([7, 5, 7])");
  auto info = op_info("max");
  ASSERT_TRUE(info);
  EXPECT_EQ(info->overloads[1]->return_type_name, "torch.return_types.max");
  EXPECT_EQ(info->overloads[1]->returns[0].name, "values");
}

TEST(Reduce, AllAnyVarStd) {  // torch.all / torch.any docs semantics, var/std (Bessel)
  EXPECT_EQ(R(call_t("all", {T("[True, False]")})), "tensor(False)");
  EXPECT_EQ(R(call_t("any", {T("[True, False]")})), "tensor(True)");
  EXPECT_EQ(R(call_t("all", {T("[[1, 1], [0, 1]]"), 1})), "tensor([ True, False])");
  EXPECT_EQ(R(call_t("any", {T("[[0., 0.], [0., 1.]]")}, {{"dim", 0}})), "tensor([False,  True])");
  EXPECT_EQ(R(call_t("var", {T("[1., 2., 3., 4.]")})), "tensor(1.6667)");
  EXPECT_EQ(R(call_t("var", {T("[1., 2., 3., 4.]")}, {{"unbiased", false}})), "tensor(1.2500)");
  EXPECT_EQ(R(call_t("std", {T("[[1., 3.], [5., 9.]]"), 1})), "tensor([1.4142, 2.8284])");
  EXPECT_EQ(R(call_t("cumsum", {T("[1, 2, 3]"), 0})), "tensor([1, 3, 6])");
}

TEST(Reduce, AllcloseEqualDocs) {  // torch.allclose / torch.equal docs
  EXPECT_FALSE(call("allclose", {T("[10000., 1e-07]"), T("[10000.1, 1e-08]")}).to_bool());
  EXPECT_TRUE(call("allclose", {T("[10000., 1e-08]"), T("[10000.1, 1e-09]")}).to_bool());
  EXPECT_FALSE(call("allclose", {T("[1.0, nan]"), T("[1.0, nan]")}).to_bool());
  EXPECT_TRUE(call("allclose", {T("[1.0, nan]"), T("[1.0, nan]")}, {{"equal_nan", true}}).to_bool());
  EXPECT_TRUE(call("equal", {T("[1, 2]"), T("[1, 2]")}).to_bool());
  EXPECT_FALSE(call("equal", {T("[1, 2]"), T("[1, 2, 3]")}).to_bool());
  EXPECT_EQ(call("item", {T("[[2.5]]")}).to_double(), 2.5);
  EXPECT_EQ(call("item", {T("7")}).to_int(), 7);
}

// ---- linear algebra ----

TEST(Linalg, MatmulShapesDoc) {  // torch.matmul docs (sizes of each case)
  auto shape_of = [](Shape a, Shape b) {
    return call_t("matmul", {call_t("ones", {Value(a)}), call_t("ones", {Value(b)})}).sizes();
  };
  EXPECT_EQ(shape_of({3}, {3}), Shape{});                          // vector x vector
  EXPECT_EQ(shape_of({3, 4}, {4}), (Shape{3}));                    // matrix x vector
  EXPECT_EQ(shape_of({10, 3, 4}, {4}), (Shape{10, 3}));            // batched matrix x broadcasted vector
  EXPECT_EQ(shape_of({10, 3, 4}, {10, 4, 5}), (Shape{10, 3, 5}));  // batched x batched
  EXPECT_EQ(shape_of({10, 3, 4}, {4, 5}), (Shape{10, 3, 5}));      // batched x broadcasted matrix
  EXPECT_EQ(shape_of({4}, {4, 5}), (Shape{5}));
  EXPECT_EQ(shape_of({2, 1, 3, 4}, {5, 4, 2}), (Shape{2, 5, 3, 2}));
}

TEST(Linalg, MatmulValues) {  // math
  Tensor a = T("[[1., 2.], [3., 4.]]"), b = T("[[5., 6.], [7., 8.]]");
  EXPECT_EQ(R(call_t("matmul", {a, b})), "tensor([[19., 22.],\n        [43., 50.]])");
  EXPECT_EQ(R(call_t("mm", {a, b})), "tensor([[19., 22.],\n        [43., 50.]])");
  EXPECT_EQ(R(call_t("matmul", {T("[1, 2, 3]"), T("[4, 5, 6]")})), "tensor(32)");
  EXPECT_EQ(R(call_t("matmul", {a, T("[1., 1.]")})), "tensor([3., 7.])");
  EXPECT_EQ(R(call_t("matmul", {T("[1., 1.]"), a})), "tensor([4., 6.])");
  Tensor batch = call_t("stack", {Value(Value::List{a, b})});
  EXPECT_EQ(R(call_t("bmm", {batch, batch})),
            "tensor([[[  7.,  10.],\n         [ 15.,  22.]],\n\n        [[ 67.,  78.],\n         [ 91., 106.]]])");
  EXPECT_EQ(R(call_t("dot", {T("[2, 3]"), T("[2, 1]")})), "tensor(7)");
  EXPECT_EQ(R(call_t("mv", {a, T("[1., 0.]")})), "tensor([1., 3.])");
}

TEST(Linalg, Linear) {  // torch.nn.functional.linear: x @ W.T + b
  Tensor x = T("[[1., 2., 3.]]");
  Tensor w = T("[[1., 0., 0.], [0., 1., 1.]]");
  Tensor b = T("[0.5, -1.]");
  EXPECT_EQ(R(call_t("linear", {x, w, b})), "tensor([[1.5000, 4.0000]])");
  EXPECT_EQ(R(call_t("linear", {x, w})), "tensor([[1., 5.]])");
  EXPECT_EQ(call_t("linear", {call_t("ones", {4, 2, 3}), w, b}).sizes(), (Shape{4, 2, 2}));
  EXPECT_EQ(R(call_t("addmm", {b, x, call_t("t", {w})})), "tensor([[1.5000, 4.0000]])");
}

// ---- factories ----

TEST(Factories, ArangeDoc) {  // torch.arange docs
  EXPECT_EQ(R(call_t("arange", {5})), "tensor([0, 1, 2, 3, 4])");
  EXPECT_EQ(R(call_t("arange", {1, 4})), "tensor([1, 2, 3])");
  EXPECT_EQ(R(call_t("arange", {1, 2.5, 0.5})), "tensor([1.0000, 1.5000, 2.0000])");
  EXPECT_EQ(call_t("arange", {5}, {{"dtype", DType::Float32}}).dtype(), DType::Float32);
  EXPECT_EQ(call_t("arange", {0, 1, 0.1}).numel(), 10);
}

TEST(Factories, TensorInference) {  // torch.tensor dtype inference
  EXPECT_EQ(T("[1, 2]").dtype(), DType::Int64);
  EXPECT_EQ(T("[1, 2.]").dtype(), DType::Float32);
  EXPECT_EQ(T("[True, False]").dtype(), DType::Bool);
  EXPECT_EQ(T("[True, 2]").dtype(), DType::Int64);
  EXPECT_EQ(T("[]").dtype(), DType::Float32);
  EXPECT_EQ(T("[[1, 2], [3, 4]]").sizes(), (Shape{2, 2}));
  EXPECT_EQ(R(call_t("tensor", {T("[1, 2]")})), "tensor([1, 2])");
  EXPECT_TORCH_ERROR(T("[[1, 2], [3]]"), "ValueError", "expected sequence of length 2 at dim 1 (got 1)");
}

TEST(Factories, LikeAndFull) {  // zeros_like / ones_like / full / empty_strided
  Tensor x = T("[[1, 2], [3, 4]]");
  EXPECT_EQ(R(call_t("ones_like", {x})), "tensor([[1, 1],\n        [1, 1]])");
  EXPECT_EQ(R(call_t("zeros_like", {x}, {{"dtype", DType::Float32}})), "tensor([[0., 0.],\n        [0., 0.]])");
  EXPECT_EQ(R(call_t("full", {Value(Shape{2}), 7})), "tensor([7, 7])");
  EXPECT_EQ(R(call_t("full", {Value(Shape{2}), true})), "tensor([True, True])");
  EXPECT_EQ(R(call_t("full_like", {x, 2.5})), "tensor([[2, 2],\n        [2, 2]])");
  Tensor s = call_t("empty_strided", {Value(Shape{2, 3}), Value(Shape{1, 2})});
  EXPECT_EQ(s.strides(), (Shape{1, 2}));
  EXPECT_EQ(R(call_t("empty", {2})), "tensor([0., 0.])");
  EXPECT_EQ(R(call_t("new_ones", {x, Value(Shape{2})})), "tensor([1, 1])");
}

TEST(Factories, Conversions) {  // Tensor.to / float / long / bool
  Tensor x = T("[1.7, -1.7, 0.]");
  EXPECT_EQ(R(call_t("long", {x})), "tensor([ 1, -1,  0])");
  EXPECT_EQ(R(call_t("int", {x})), "tensor([ 1, -1,  0], dtype=torch.int32)");
  EXPECT_EQ(R(call_t("bool", {x})), "tensor([ True,  True, False])");
  EXPECT_EQ(R(call_t("to", {x, DType::Float64})), "tensor([ 1.7000, -1.7000,  0.0000], dtype=torch.float64)");
  Tensor same = call_t("to", {x, DType::Float32});
  EXPECT_EQ(same.id(), x.id());  // no-op conversion returns self
  EXPECT_EQ(R(call_t("float", {T("[1, 2]")})), "tensor([1., 2.])");
}
