// torch.nn.functional ops, sorting and norms. Expected values are elementary math (noted) or
// the semantics given in the PyTorch docs of each function.
#include "test_util.h"

using namespace dp::torch;
using namespace dp::torch::testing;

TEST(NN, LayerNorm) {  // math: (x - mean) / sqrt(var + eps), var biased
  Tensor x = T("[[1., 2., 3.], [2., 2., 2.]]");
  EXPECT_EQ(R(call_t("layer_norm", {x, Value(Shape{3})})),
            "tensor([[-1.2247,  0.0000,  1.2247],\n        [ 0.0000,  0.0000,  0.0000]])");
  Tensor w = T("[1., 2., 1.]"), b = T("[0., 0., 1.]");
  EXPECT_EQ(R(call_t("layer_norm", {x, Value(Shape{3}), w, b})),
            "tensor([[-1.2247,  0.0000,  2.2247],\n        [ 0.0000,  0.0000,  1.0000]])");
  EXPECT_TORCH_ERROR(call("layer_norm", {x, Value(Shape{4})}), "RuntimeError",
                     "Given normalized_shape=[4], expected input with shape [*, 4], but got input of size[2, 3]");
}

TEST(NN, Embedding) {  // F.embedding docs semantics: rows of weight selected by indices
  Tensor w = call_t("view", {call_t("arange", {6.0}), 3, 2});
  EXPECT_EQ(R(call_t("embedding", {T("[[0, 2]]"), w})), "tensor([[[0., 1.],\n         [4., 5.]]])");
  EXPECT_TORCH_ERROR(call("embedding", {T("[3]"), w}), "IndexError", "index out of range in self");
}

TEST(NN, Losses) {  // math: cross_entropy = -log_softmax(x)[target]
  Tensor x = T("[[1., 2., 3.], [1., 2., 3.]]");
  EXPECT_EQ(R(call_t("cross_entropy", {x, T("[2, 0]")})), "tensor(1.4076)");
  EXPECT_EQ(R(call_t("cross_entropy", {x, T("[2, 0]")}, {{"reduction", "none"}})), "tensor([0.4076, 2.4076])");
  EXPECT_EQ(R(call_t("cross_entropy", {x, T("[2, -100]")})), "tensor(0.4076)");  // ignore_index
  EXPECT_EQ(R(call_t("nll_loss", {x, T("[2, 0]")}, {{"reduction", "sum"}})), "tensor(-4.)");
  EXPECT_EQ(R(call_t("mse_loss", {T("[1., 2.]"), T("[0., 0.]")})), "tensor(2.5000)");
  Tensor xg = call_t("ones", {2, 3}, {{"requires_grad", true}});
  EXPECT_EQ(call_t("cross_entropy", {xg, T("[0, 1]")}).grad_fn(), "NllLossBackward0");
  EXPECT_TORCH_ERROR(call("cross_entropy", {x, T("[0]")}), "ValueError",
                     "Expected input batch_size (2) to match target batch_size (1).");
}

TEST(NN, Activations) {  // math
  EXPECT_EQ(R(call_t("leaky_relu", {T("[-1., 1.]")})), "tensor([-0.0100,  1.0000])");
  EXPECT_EQ(R(call_t("softplus", {T("[0.]")})), "tensor([0.6931])");
  EXPECT_EQ(R(call_t("hardtanh", {T("[-2., 0.5, 2.]")})), "tensor([-1.0000,  0.5000,  1.0000])");
  EXPECT_EQ(R(call_t("silu", {T("[0.]")})), "tensor([0.])");
  EXPECT_EQ(R(call_t("dropout", {T("[1., 2.]")}, {{"p", 0.5}, {"train", false}})), "tensor([1., 2.])");
}

TEST(Sorting, SortArgsortTopk) {  // torch.sort / torch.topk docs semantics
  Value s = call("sort", {T("[3, 1, 2]")});
  EXPECT_EQ(R(s.list()[0]), "tensor([1, 2, 3])");
  EXPECT_EQ(R(s.list()[1]), "tensor([1, 2, 0])");
  Value d = call("sort", {T("[[3., 1.], [0., 5.]]")}, {{"dim", 0}, {"descending", true}});
  EXPECT_EQ(R(d.list()[0]), "tensor([[3., 5.],\n        [0., 1.]])");
  EXPECT_EQ(R(call_t("argsort", {T("[2, 2, 1]")})), "tensor([2, 0, 1])");  // stable
  Value t = call("topk", {T("[1., 5., 3., 4.]"), 2});
  EXPECT_EQ(R(t.list()[0]), "tensor([5., 4.])");
  EXPECT_EQ(R(t.list()[1]), "tensor([1, 3])");
  EXPECT_EQ(op_info("topk")->overloads[0]->return_type_name, "torch.return_types.topk");
}

TEST(Linalg, NormOuter) {  // math
  EXPECT_EQ(R(call_t("norm", {T("[3., 4.]")})), "tensor(5.)");
  EXPECT_EQ(R(call_t("norm", {T("[3., -4.]")}, {{"p", 1}})), "tensor(7.)");
  EXPECT_EQ(R(call_t("norm", {T("[[3., 4.], [6., 8.]]")}, {{"dim", 1}})), "tensor([ 5., 10.])");
  EXPECT_EQ(R(call_t("outer", {T("[1, 2]"), T("[3, 4]")})), "tensor([[3, 4],\n        [6, 8]])");
}

TEST(Autograd, ViewOfLeafInPlace) {  // autograd check for views of leaves
  Tensor leaf = call_t("ones", {2}, {{"requires_grad", true}});
  Tensor v = call_t("getitem", {leaf, 0});
  EXPECT_TORCH_ERROR(call("add_", {v, 1}), "RuntimeError",
                     "a view of a leaf Variable that requires grad is being used in an in-place operation.");
  Tensor d = call_t("detach", {leaf});
  EXPECT_NO_THROW(call("add_", {d, 1}));
}

TEST(Indexing, IntTupleIsBasicIndexing) {  // x[0, 1] arrives as an int list: a tuple, not a list
  Tensor x = call_t("view", {call_t("arange", {6}), 2, 3});
  EXPECT_EQ(R(call_t("getitem", {x, Value(std::vector<int64_t>{1, 2})})), "tensor(5)");
  call("setitem", {x, Value(std::vector<int64_t>{0, 0}), 9});
  EXPECT_EQ(R(call_t("getitem", {x, 0})), "tensor([9, 1, 2])");
  EXPECT_EQ(R(call_t("getitem", {x, Value::List{Slice{}, Value(std::vector<int64_t>{0, 2})}})),
            "tensor([[9, 2],\n        [3, 5]])");
}

TEST(Misc, GatherIndexSelectMeta) {  // torch.gather / torch.index_select docs semantics
  Tensor t = T("[[1, 2], [3, 4]]");
  EXPECT_EQ(R(call_t("gather", {t, 1, T("[[0, 0], [1, 0]]")})), "tensor([[1, 1],\n        [4, 3]])");  // gather docs
  EXPECT_EQ(R(call_t("index_select", {t, 0, T("[1]")})), "tensor([[3, 4]])");
  EXPECT_EQ(R(call_t("index_select", {t, 1, T("[1, 0]")})), "tensor([[2, 1],\n        [4, 3]])");
  EXPECT_EQ(std::get<std::vector<int64_t>>(call("size", {t}).v), (Shape{2, 2}));
  EXPECT_EQ(call("size", {t, -1}).to_int(), 2);
  EXPECT_EQ(call("numel", {t.to_fake()}).to_int(), 4);
  EXPECT_EQ(call_t("T", {call_t("ones", {2, 3, 4})}).sizes(), (Shape{4, 3, 2}));
  EXPECT_EQ(call_t("mT", {call_t("ones", {2, 3, 4})}).sizes(), (Shape{2, 4, 3}));
  EXPECT_TRUE(call("is_nonzero", {T("[1.5]")}).to_bool());
  EXPECT_TORCH_ERROR(call("is_nonzero", {T("[1, 2]")}), "RuntimeError",
                     "Boolean value of Tensor with more than one value is ambiguous");
  Tensor same = call_t("as_tensor", {t});
  EXPECT_EQ(same.id(), t.id());
  EXPECT_EQ(R(call_t("linspace", {0, 1}, {{"steps", 5}})), "tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])");
}

TEST(Misc, DropoutSpellingsAndRequiresGrad) {  // F.dropout(x, p, training=False) is the identity
  Tensor x = T("[1., 2.]");
  EXPECT_EQ(call_t("dropout", {x}, {{"p", 0.5}, {"training", false}}).id(), x.id());
  EXPECT_EQ(call_t("dropout", {x, 0.5, false}).id(), x.id());
  Tensor y = call_t("dropout", {x, 0.0, true});
  EXPECT_EQ(y.id(), x.id());  // p == 0 returns the input
  Tensor r = call_t("requires_grad_", {x});
  EXPECT_EQ(r.id(), x.id());
  EXPECT_EQ(R(x), "tensor([1., 2.], requires_grad=True)");
}
