// Views, aliasing and indexing (mirrors TensorShape.cpp and python_variable_indexing.cpp).
// Expected values come from the PyTorch docs examples cited per test, or from the semantics of
// views sharing storage (noted "aliasing").
#include "test_util.h"

using namespace dp::torch;
using namespace dp::torch::testing;

namespace {
Tensor arange_view(int64_t n, Shape s) { return call_t("view", {call_t("arange", {n}), Value(s)}); }
}  // namespace

TEST(Views, ViewDoc) {  // Tensor.view docs
  Tensor x = call_t("randn", {4, 4});
  EXPECT_EQ(call_t("view", {x, 16}).sizes(), (Shape{16}));
  EXPECT_EQ(call_t("view", {x, -1, 8}).sizes(), (Shape{2, 8}));
  Tensor a = call_t("randn", {1, 2, 3, 4});
  Tensor b = call_t("transpose", {a, 1, 2});
  EXPECT_EQ(b.sizes(), (Shape{1, 3, 2, 4}));
  Tensor c = call_t("view", {a, 1, 3, 2, 4});
  EXPECT_FALSE(call("equal", {b, c}).to_bool());
}

TEST(Views, SqueezeDoc) {  // torch.squeeze docs
  Tensor x = call_t("zeros", {2, 1, 2, 1, 2});
  EXPECT_EQ(call_t("squeeze", {x}).sizes(), (Shape{2, 2, 2}));
  EXPECT_EQ(call_t("squeeze", {x, 0}).sizes(), (Shape{2, 1, 2, 1, 2}));
  EXPECT_EQ(call_t("squeeze", {x, 1}).sizes(), (Shape{2, 2, 1, 2}));
  EXPECT_EQ(call_t("squeeze", {x, Value::List{1, 2, 3}}).sizes(), (Shape{2, 2, 2}));
}

TEST(Views, UnsqueezeDoc) {  // torch.unsqueeze docs
  Tensor x = T("[1, 2, 3, 4]");
  EXPECT_EQ(R(call_t("unsqueeze", {x, 0})), "tensor([[1, 2, 3, 4]])");
  EXPECT_EQ(R(call_t("unsqueeze", {x, 1})), "tensor([[1],\n        [2],\n        [3],\n        [4]])");
}

TEST(Views, FlattenDoc) {  // torch.flatten docs
  Tensor t = T("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]");
  EXPECT_EQ(R(call_t("flatten", {t})), "tensor([1, 2, 3, 4, 5, 6, 7, 8])");
  EXPECT_EQ(R(call_t("flatten", {t}, {{"start_dim", 1}})), "tensor([[1, 2, 3, 4],\n        [5, 6, 7, 8]])");
}

TEST(Views, NarrowDoc) {  // torch.narrow docs
  Tensor x = T("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]");
  EXPECT_EQ(R(call_t("narrow", {x, 0, 0, 2})), "tensor([[1, 2, 3],\n        [4, 5, 6]])");
  EXPECT_EQ(R(call_t("narrow", {x, 1, 1, 2})), "tensor([[2, 3],\n        [5, 6],\n        [8, 9]])");
}

TEST(Views, ExpandDoc) {  // Tensor.expand docs
  Tensor x = T("[[1], [2], [3]]");
  std::string e = "tensor([[1, 1, 1, 1],\n        [2, 2, 2, 2],\n        [3, 3, 3, 3]])";
  EXPECT_EQ(R(call_t("expand", {x, 3, 4})), e);
  EXPECT_EQ(R(call_t("expand", {x, -1, 4})), e);
  EXPECT_EQ(call_t("expand", {x, 3, 4}).strides(), (Shape{1, 0}));
}

TEST(Views, PermuteTransposeT) {  // strides of permuted views (aliasing)
  Tensor x = call_t("zeros", {2, 3, 4});
  Tensor p = call_t("permute", {x, 2, 0, 1});
  EXPECT_EQ(p.sizes(), (Shape{4, 2, 3}));
  EXPECT_EQ(p.strides(), (Shape{1, 12, 4}));
  EXPECT_FALSE(p.is_contiguous());
  EXPECT_TRUE(shares_storage(p, x));
  Tensor m = arange_view(6, {2, 3});
  EXPECT_EQ(R(call_t("t", {m})), "tensor([[0, 3],\n        [1, 4],\n        [2, 5]])");
  EXPECT_EQ(R(call_t("transpose", {m, 0, -1})), "tensor([[0, 3],\n        [1, 4],\n        [2, 5]])");
  Tensor c = call_t("contiguous", {call_t("t", {m})});
  EXPECT_TRUE(c.is_contiguous());
  EXPECT_FALSE(shares_storage(c, m));
  EXPECT_EQ(call_t("contiguous", {m}).id(), m.id());
}

TEST(Views, ReshapeCopiesOnlyWhenNeeded) {  // Tensor.reshape docs: view when possible
  Tensor m = arange_view(6, {2, 3});
  Tensor r1 = call_t("reshape", {m, 3, 2});
  EXPECT_TRUE(shares_storage(r1, m));
  Tensor r2 = call_t("reshape", {call_t("t", {m}), 6});
  EXPECT_FALSE(shares_storage(r2, m));
  EXPECT_EQ(R(r2), "tensor([0, 3, 1, 4, 2, 5])");
  EXPECT_EQ(R(call_t("flatten", {call_t("t", {m})})), "tensor([0, 3, 1, 4, 2, 5])");
}

TEST(Views, InPlaceOnViewMutatesBase) {  // aliasing
  Tensor x = call_t("zeros", {2, 3});
  Tensor row = call_t("select", {x, 0, 1});
  call("fill_", {row, 5});
  call("add_", {call_t("t", {x}), 1});
  EXPECT_EQ(R(x), "tensor([[1., 1., 1.],\n        [6., 6., 6.]])");
  Tensor v = call_t("view", {x, 6});
  call("mul_", {v, 2});
  EXPECT_EQ(R(x), "tensor([[ 2.,  2.,  2.],\n        [12., 12., 12.]])");
  call("zero_", {call_t("narrow", {x, 1, 1, 2})});
  EXPECT_EQ(R(x), "tensor([[ 2.,  0.,  0.],\n        [12.,  0.,  0.]])");
  call("copy_", {call_t("select", {x, 1, 0}), T("[7, 8]")});
  EXPECT_EQ(R(x), "tensor([[7., 0., 0.],\n        [8., 0., 0.]])");
  call("relu_", {call_t("sub_", {x, 7.5})});
  EXPECT_EQ(R(x), "tensor([[0.0000, 0.0000, 0.0000],\n        [0.5000, 0.0000, 0.0000]])");
  call("div_", {x, 0.5});
  EXPECT_EQ(R(x), "tensor([[0., 0., 0.],\n        [1., 0., 0.]])");
}

TEST(Views, InPlaceReturnsSelf) {  // x.add_(1) is x
  Tensor x = call_t("zeros", {2});
  EXPECT_EQ(call_t("add_", {x, 1}).id(), x.id());
  EXPECT_EQ(call_t("fill_", {x, 3}).id(), x.id());
  EXPECT_EQ(R(x), "tensor([3., 3.])");
}

TEST(Views, DataPtrIdentity) {  // data_ptr / storage offset of views
  Tensor x = arange_view(6, {2, 3});
  Tensor s = call_t("select", {x, 0, 1});
  EXPECT_EQ(s.storage_offset(), 3);
  EXPECT_EQ(static_cast<const char*>(s.data_ptr()) - static_cast<const char*>(x.data_ptr()), 3 * 8);
  EXPECT_TRUE(shares_storage(s, x));
  EXPECT_FALSE(shares_storage(call_t("clone", {x}), x));
  EXPECT_TRUE(shares_storage(call_t("detach", {x}), x));
}

TEST(Indexing, BasicIndexing) {  // NumPy-style basic indexing docs (tensor indexing tutorial)
  Tensor x = arange_view(12, {3, 4});
  EXPECT_EQ(R(call_t("getitem", {x, 1})), "tensor([4, 5, 6, 7])");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Slice{}, 1}})), "tensor([1, 5, 9])");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Slice{1, {}, {}}, Slice{{}, {}, 2}}})),
            "tensor([[ 4,  6],\n        [ 8, 10]])");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Ellipsis{}, -1}})), "tensor([ 3,  7, 11])");
  EXPECT_EQ(call_t("getitem", {x, None{}}).sizes(), (Shape{1, 3, 4}));
  EXPECT_EQ(call_t("getitem", {x, Value::List{Slice{}, None{}, 0}}).sizes(), (Shape{3, 1}));
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{2, 3}})), "tensor(11)");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Slice{-2, {}, {}}, Slice{{}, -3, {}}}})),
            "tensor([[4],\n        [8]])");
  EXPECT_EQ(call_t("getitem", {x, Value::List{Slice{5, 10, {}}}}).sizes(), (Shape{0, 4}));
  EXPECT_TRUE(shares_storage(call_t("getitem", {x, Value::List{Slice{}, 1}}), x));
}

TEST(Indexing, AdvancedIndexing) {  // advanced indexing (copies)
  Tensor x = arange_view(12, {3, 4});
  Tensor mask = call_t("gt", {x, 5});
  Tensor sel = call_t("getitem", {x, mask});
  EXPECT_EQ(R(sel), "tensor([ 6,  7,  8,  9, 10, 11])");
  EXPECT_FALSE(shares_storage(sel, x));
  EXPECT_EQ(R(call_t("getitem", {x, T("[0, 2]")})), "tensor([[ 0,  1,  2,  3],\n        [ 8,  9, 10, 11]])");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{T("[0, 2]"), T("[1, 3]")}})), "tensor([ 1, 11])");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Slice{}, T("[0, 3]")}})),
            "tensor([[ 0,  3],\n        [ 4,  7],\n        [ 8, 11]])");
  EXPECT_EQ(R(call_t("getitem", {x, T("[-1]")})), "tensor([[ 8,  9, 10, 11]])");
  EXPECT_EQ(R(call_t("getitem", {x, T("1")})), "tensor([4, 5, 6, 7])");  // 0-dim int tensor: select
  Tensor y = arange_view(24, {2, 3, 4});
  EXPECT_EQ(call_t("getitem", {y, Value::List{T("[0, 1]"), Slice{}, T("[0, 1]")}}).sizes(), (Shape{2, 3}));
  EXPECT_EQ(call_t("getitem", {y, Value::List{Slice{}, T("[[0], [1]]"), T("[0, 1]")}}).sizes(), (Shape{2, 2, 2}));
}

TEST(Indexing, Setitem) {  // x[idx] = v
  Tensor x = call_t("zeros", {3, 4}, {{"dtype", DType::Int64}});
  call("setitem", {x, 0, 100});
  call("setitem", {x, Value::List{Slice{}, 1}, T("[7, 8, 9]")});
  call("setitem", {x, Value::List{Slice{1, {}, {}}, Slice{2, {}, {}}}, T("[[1, 2]]")});
  EXPECT_EQ(R(x), "tensor([[100,   7, 100, 100],\n        [  0,   8,   1,   2],\n        [  0,   9,   1,   2]])");
  call("setitem", {x, call_t("gt", {x, 50}), -1});
  EXPECT_EQ(R(x), "tensor([[-1,  7, -1, -1],\n        [ 0,  8,  1,  2],\n        [ 0,  9,  1,  2]])");
  call("setitem", {x, Value::List{T("[0, 1]"), T("[0, 1]")}, T("[5, 6]")});
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Slice{{}, 2, {}}, Slice{{}, 2, {}}}})),
            "tensor([[5, 7],\n        [0, 6]])");
  Tensor f = call_t("zeros", {3});
  call("setitem", {f, Slice{}, 2.5});
  call("setitem", {f, Ellipsis{}, call_t("add", {f, 1})});
  EXPECT_EQ(R(f), "tensor([3.5000, 3.5000, 3.5000])");
}

TEST(Shapes, CatStackSplit) {  // torch.cat / stack / split / chunk / unbind docs semantics
  Tensor x = arange_view(6, {2, 3});
  EXPECT_EQ(call_t("cat", {Value::List{x, x, x}, 0}).sizes(), (Shape{6, 3}));  // torch.cat docs
  EXPECT_EQ(call_t("cat", {Value::List{x, x, x}, 1}).sizes(), (Shape{2, 9}));
  EXPECT_EQ(R(call_t("cat", {Value(Value::List{x, x})}, {{"dim", -1}})),
            "tensor([[0, 1, 2, 0, 1, 2],\n        [3, 4, 5, 3, 4, 5]])");
  EXPECT_EQ(R(call_t("cat", {Value(Value::List{T("[1, 2]"), T("[3.5]")})})), "tensor([1.0000, 2.0000, 3.5000])");
  EXPECT_EQ(R(call_t("stack", {Value::List{T("[1, 2]"), T("[3, 4]")}, 1})), "tensor([[1, 3],\n        [2, 4]])");
  Value parts = call("split", {call_t("arange", {5}), 2});
  auto ps = std::get<std::vector<Tensor>>(parts.v);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(R(ps[2]), "tensor([4])");
  auto cs = std::get<std::vector<Tensor>>(call("chunk", {call_t("arange", {6}), 4}).v);
  ASSERT_EQ(cs.size(), 3u);  // torch.chunk docs: 6 elements in 4 chunks -> 3 chunks of 2
  auto us = std::get<std::vector<Tensor>>(call("unbind", {x, 1}).v);
  ASSERT_EQ(us.size(), 3u);
  EXPECT_EQ(R(us[1]), "tensor([1, 4])");
  auto ss = std::get<std::vector<Tensor>>(call("split", {call_t("arange", {5}), Value::List{1, 4}}).v);
  EXPECT_EQ(R(ss[1]), "tensor([1, 2, 3, 4])");
  EXPECT_EQ(R(call_t("tril", {call_t("ones", {3, 3})})),
            "tensor([[1., 0., 0.],\n        [1., 1., 0.],\n        [1., 1., 1.]])");
  EXPECT_EQ(R(call_t("triu", {call_t("ones", {2, 3}), 1})), "tensor([[0., 1., 1.],\n        [0., 0., 1.]])");
  EXPECT_EQ(R(call_t("repeat", {T("[1, 2, 3]"), 4, 2})).substr(0, 36), "tensor([[1, 2, 3, 1, 2, 3],\n        ");
  EXPECT_EQ(call_t("repeat", {T("[1, 2, 3]"), 4, 2}).sizes(), (Shape{4, 6}));  // Tensor.repeat docs
}
