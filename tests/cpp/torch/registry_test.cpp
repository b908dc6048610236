// The op registry: Python-style binding (positional/keyword/varargs), op metadata for the binding
// layer, fake tensors (meta-only execution, FakeTensor semantics) and grad_fn bookkeeping (names as
// shown by PyTorch's `tensor.grad_fn`, e.g. <AddBackward0>).
#include <algorithm>

#include "test_util.h"

using namespace dp::torch;
using namespace dp::torch::testing;

TEST(Registry, NamesAndSignatures) {
  std::vector<std::string> names = op_names();
  for (const char* n : {"add", "sum", "view", "zeros", "matmul", "getitem", "setitem", "softmax", "randn"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
  }
  auto sum = op_info("sum");
  ASSERT_TRUE(sum);
  EXPECT_TRUE(sum->is_function);
  EXPECT_TRUE(sum->is_method);
  const OpSchema* dim_overload = sum->overloads[1];
  EXPECT_EQ(dim_overload->args[1].name, "dim");
  EXPECT_EQ(dim_overload->args[2].name, "keepdim");
  EXPECT_TRUE(dim_overload->args[2].has_default);
  EXPECT_EQ(dim_overload->args[2].default_text, "False");
  EXPECT_TRUE(dim_overload->args[3].kwarg_only);
  EXPECT_EQ(dim_overload->args[3].name, "dtype");
  auto add_ = op_info("add_");
  EXPECT_FALSE(add_->is_function);
  EXPECT_TRUE(add_->is_method);
  EXPECT_FALSE(op_info("zeros")->is_method);
  EXPECT_FALSE(op_info("view")->is_function);
}

TEST(Registry, KwargsAndMethodsBindAlike) {  // torch.sum(x, dim=1, keepdim=True) == x.sum(1, True)
  Tensor x = T("[[1, 2], [3, 4]]");
  EXPECT_EQ(R(call_t("sum", {x}, {{"dim", 1}, {"keepdim", true}})), R(call_t("sum", {x, 1, true})));
  EXPECT_EQ(R(call_t("sum", {}, {{"input", x}})), "tensor(10)");  // torch.sum(input=x)
  EXPECT_EQ(call_t("view", {x, Value::List{4}}).sizes(), (Shape{4}));
  EXPECT_EQ(call_t("view", {x, Value(Shape{1, 4})}).sizes(), (Shape{1, 4}));
  EXPECT_EQ(call_t("permute", {x, 1, 0}).sizes(), (Shape{2, 2}));
  EXPECT_EQ(call_t("zeros", {Value::List{2, 3}}).sizes(), (Shape{2, 3}));
  EXPECT_EQ(call_t("zeros", {2, 3}, {{"dtype", DType::Int32}}).dtype(), DType::Int32);
  EXPECT_EQ(call_t("softmax", {T("[1., 2.]")}, {{"dim", 0}}).sizes(), (Shape{2}));
}

TEST(Fake, MetaOnly) {
  Tensor a = call_t("ones", {2, 3}).to_fake();
  Tensor b = call_t("ones", {3});
  Tensor c = call_t("add", {a, b});
  EXPECT_TRUE(c.is_fake());
  EXPECT_EQ(c.sizes(), (Shape{2, 3}));
  EXPECT_EQ(c.data_ptr(), nullptr);
  Tensor m = call_t("matmul", {c, call_t("ones", {3, 4}).to_fake()});
  EXPECT_EQ(m.sizes(), (Shape{2, 4}));
  EXPECT_EQ(call_t("sum", {m, 1}).sizes(), (Shape{2}));
  EXPECT_EQ(call_t("div", {call_t("arange", {4}).to_fake(), 2}).dtype(), DType::Float32);
  EXPECT_EQ(R(call_t("getitem", {m, Value::List{Slice{}, Slice{1, {}, {}}}})), "FakeTensor(..., size=(2, 3))");
  // Shape errors are raised by meta functions, so fakes report them too.
  EXPECT_TORCH_ERROR(call("add", {a, call_t("ones", {4})}), "RuntimeError",
                     "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1");
  // Data-dependent ops cannot run on fakes.
  EXPECT_THROW(call("item", {call_t("sum", {a})}), TorchError);
}

TEST(Fake, ViewsAliasFakeStorage) {
  Tensor a = call_t("zeros", {2, 3}).to_fake();
  Tensor v = call_t("view", {a, 6});
  EXPECT_TRUE(v.is_fake());
  EXPECT_TRUE(shares_storage(a, v));
  Tensor t = call_t("t", {a});
  EXPECT_EQ(t.strides(), (Shape{1, 3}));
  EXPECT_EQ(call_t("add_", {a, 1}).id(), a.id());
  EXPECT_FALSE(shares_storage(call_t("clone", {a}), a));
}

TEST(Fake, FakeModeFactories) {
  FakeModeGuard g;
  Tensor z = call_t("zeros", {4, 5});
  EXPECT_TRUE(z.is_fake());
  Tensor r = call_t("randn", {2});
  EXPECT_TRUE(r.is_fake());
  EXPECT_EQ(R(call_t("tensor", {lit("[[1, 2], [3, 4]]")})), "FakeTensor(..., size=(2, 2), dtype=torch.int64)");
}

TEST(GradFn, Names) {  // names PyTorch shows for tensor.grad_fn
  Tensor x = call_t("ones", {2, 3}, {{"requires_grad", true}});
  auto g = [](const Tensor& t) { return t.grad_fn(); };
  EXPECT_EQ(g(call_t("add", {x, x})), "AddBackward0");
  EXPECT_EQ(g(call_t("add", {x, 1})), "AddBackward0");
  EXPECT_EQ(g(call_t("mul", {x, 2})), "MulBackward0");
  EXPECT_EQ(g(call_t("sub", {x, 1})), "SubBackward0");
  EXPECT_EQ(g(call_t("rsub", {x, 1})), "RsubBackward1");
  EXPECT_EQ(g(call_t("div", {x, 2})), "DivBackward0");
  EXPECT_EQ(g(call_t("rdiv", {x, 2})), "MulBackward0");
  EXPECT_EQ(g(call_t("pow", {x, 2})), "PowBackward0");
  EXPECT_EQ(g(call_t("pow", {x, x})), "PowBackward1");
  EXPECT_EQ(g(call_t("pow", {2, x})), "PowBackward2");
  EXPECT_EQ(g(call_t("sin", {x})), "SinBackward0");
  EXPECT_EQ(g(call_t("log_softmax", {x, 1})), "LogSoftmaxBackward0");
  EXPECT_EQ(g(call_t("log1p", {x})), "Log1PBackward0");
  EXPECT_EQ(g(call_t("sum", {x})), "SumBackward0");
  EXPECT_EQ(g(call_t("sum", {x, 1})), "SumBackward1");
  EXPECT_EQ(g(call_t("mean", {x})), "MeanBackward0");
  EXPECT_EQ(g(call_t("mean", {x, 0})), "MeanBackward1");
  EXPECT_EQ(g(call_t("max", {x})), "MaxBackward1");
  Value mx = call("max", {x, 1});
  EXPECT_EQ(g(mx.list()[0].tensor()), "MaxBackward0");
  EXPECT_EQ(g(mx.list()[1].tensor()), "");  // indices are not differentiable
  EXPECT_EQ(g(call_t("view", {x, 6})), "ViewBackward0");
  EXPECT_EQ(g(call_t("reshape", {x, 6})), "ViewBackward0");
  EXPECT_EQ(g(call_t("reshape", {call_t("t", {x}), 6})), "UnsafeViewBackward0");
  EXPECT_EQ(g(call_t("t", {x})), "TBackward0");
  EXPECT_EQ(g(call_t("transpose", {x, 0, 1})), "TransposeBackward0");
  EXPECT_EQ(g(call_t("permute", {x, 1, 0})), "PermuteBackward0");
  EXPECT_EQ(g(call_t("unsqueeze", {x, 0})), "UnsqueezeBackward0");
  EXPECT_EQ(g(call_t("squeeze", {x})), "SqueezeBackward0");
  EXPECT_EQ(g(call_t("squeeze", {x, 0})), "SqueezeBackward1");
  EXPECT_EQ(g(call_t("expand", {x, 4, 2, 3})), "ExpandBackward0");
  EXPECT_EQ(g(call_t("getitem", {x, 0})), "SelectBackward0");
  EXPECT_EQ(g(call_t("getitem", {x, Value::List{Slice{}, Slice{1, {}, {}}}})), "SliceBackward0");
  EXPECT_EQ(g(call_t("getitem", {x, None{}})), "UnsqueezeBackward0");
  EXPECT_EQ(g(call_t("getitem", {x, Ellipsis{}})), "AliasBackward0");
  EXPECT_EQ(g(call_t("getitem", {x, T("[0]")})), "IndexBackward0");
  EXPECT_EQ(g(call_t("clone", {x})), "CloneBackward0");
  EXPECT_EQ(g(call_t("cat", {Value(Value::List{x, x})})), "CatBackward0");
  EXPECT_EQ(g(call_t("stack", {Value(Value::List{x, x})})), "StackBackward0");
  EXPECT_EQ(g(call_t("matmul", {x, call_t("t", {x})})), "MmBackward0");
  EXPECT_EQ(g(call_t("linear", {x, x, call_t("ones", {2})})), "AddmmBackward0");
  EXPECT_EQ(g(call_t("to", {x, DType::Float64})), "ToCopyBackward0");
  EXPECT_EQ(g(call_t("relu", {x})), "ReluBackward0");
  EXPECT_EQ(g(call_t("gelu", {x})), "GeluBackward0");
  EXPECT_EQ(g(call_t("where", {call_t("gt", {x, 0}), x, 0.0})), "WhereBackward0");
  EXPECT_EQ(g(call_t("detach", {x})), "");
  EXPECT_FALSE(call_t("detach", {x}).requires_grad());
  EXPECT_FALSE(call_t("gt", {x, 0}).requires_grad());
  EXPECT_FALSE(call_t("argmax", {x}).requires_grad());
  Tensor y = call_t("mul", {x, 1});
  call("add_", {y, 1});
  EXPECT_EQ(g(y), "AddBackward0");
  call("setitem", {y, 0, 5.0});
  EXPECT_EQ(g(y), "CopySlices");
  {
    NoGradGuard ng;
    EXPECT_FALSE(call_t("mul", {x, 2}).requires_grad());
  }
  EXPECT_TRUE(call_t("mul", {x, 2}).requires_grad());
  EXPECT_EQ(call_t("zeros_like", {x}).grad_fn(), "");
  EXPECT_FALSE(call_t("zeros_like", {x}).requires_grad());
}
