// Error types and messages (PyTorch's exact texts; sources: the TORCH_CHECKs in ATen named in each
// comment, as seen in user-facing error output).
#include "test_util.h"

using namespace dp::torch;
using namespace dp::torch::testing;

TEST(Errors, Broadcast) {  // ExpandUtils.cpp infer_size
  EXPECT_TORCH_ERROR(call("add", {call_t("zeros", {2, 3}), call_t("zeros", {2, 4})}), "RuntimeError",
                     "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1");
  EXPECT_TORCH_ERROR(call("add_", {call_t("zeros", {3}), call_t("zeros", {2, 3})}), "RuntimeError",
                     "output with shape [3] doesn't match the broadcast shape [2, 3]");
}

TEST(Errors, Matmul) {  // LinearAlgebra.cpp
  EXPECT_TORCH_ERROR(call("mm", {call_t("zeros", {2, 3}), call_t("zeros", {4, 5})}), "RuntimeError",
                     "mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)");
  EXPECT_TORCH_ERROR(call("matmul", {call_t("zeros", {2, 3}), call_t("zeros", {4, 5})}), "RuntimeError",
                     "mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)");
  EXPECT_TORCH_ERROR(call("matmul", {T("1."), call_t("zeros", {2})}), "RuntimeError",
                     "both arguments to matmul need to be at least 1D, but they are 0D and 1D");
  EXPECT_TORCH_ERROR(call("bmm", {call_t("zeros", {2, 3}), call_t("zeros", {2, 3, 4})}), "RuntimeError",
                     "batch1 must be a 3D tensor");
  EXPECT_TORCH_ERROR(call("mm", {call_t("zeros", {2, 2}), call_t("zeros", {2, 2}, {{"dtype", DType::Float64}})}),
                     "RuntimeError", "expected m1 and m2 to have the same dtype, but got: float != double");
  EXPECT_TORCH_ERROR(call("dot", {call_t("zeros", {2, 2}), call_t("zeros", {2, 2})}), "RuntimeError",
                     "1D tensors expected, but got 2D and 2D tensors");
}

TEST(Errors, ViewShapes) {  // TensorShape.cpp / InferSize.h
  Tensor x = call_t("zeros", {2, 3});
  EXPECT_TORCH_ERROR(call("view", {x, 5}), "RuntimeError", "shape '[5]' is invalid for input of size 6");
  EXPECT_TORCH_ERROR(call("reshape", {x, -1, -1}), "RuntimeError", "only one dimension can be inferred");
  EXPECT_TORCH_ERROR(call("view", {call_t("t", {x}), 6}), "RuntimeError",
                     "view size is not compatible with input tensor's size and stride (at least one "
                     "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  EXPECT_TORCH_ERROR(call("expand", {T("[1, 2, 3]"), 2, 4}), "RuntimeError",
                     "The expanded size of the tensor (4) must match the existing size (3) at "
                     "non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [3]");
  EXPECT_TORCH_ERROR(call("permute", {x, 0}), "RuntimeError",
                     "permute(sparse_coo): number of dimensions in the tensor input does not match "
                     "the length of the desired ordering of dimensions i.e. input.dim() = 2 is not "
                     "equal to len(dims) = 1");
  EXPECT_TORCH_ERROR(call("t", {call_t("zeros", {1, 2, 3})}), "RuntimeError",
                     "t() expects a tensor with <= 2 dimensions, but self is 3D");
  EXPECT_TORCH_ERROR(call("narrow", {x, 1, 2, 2}), "RuntimeError",
                     "start (2) + length (2) exceeds dimension size (3).");
}

TEST(Errors, DimOutOfRange) {  // c10/core/WrapDimMinimal.cpp (IndexError)
  Tensor x = call_t("zeros", {2, 3});
  std::string msg = "Dimension out of range (expected to be in range of [-2, 1], but got 2)";
  EXPECT_TORCH_ERROR(call("sum", {x, 2}), "IndexError", msg);
  EXPECT_TORCH_ERROR(call("softmax", {x, 2}), "IndexError", msg);
  EXPECT_TORCH_ERROR(call("transpose", {x, 0, 2}), "IndexError", msg);
  EXPECT_TORCH_ERROR(call("unsqueeze", {x, 4}), "IndexError",
                     "Dimension out of range (expected to be in range of [-3, 2], but got 4)");
  EXPECT_TORCH_ERROR(call("sum", {T("1."), 1}), "IndexError",
                     "Dimension out of range (expected to be in range of [-1, 0], but got 1)");
  EXPECT_TORCH_ERROR(x.size(-3), "IndexError",
                     "Dimension out of range (expected to be in range of [-2, 1], but got -3)");
}

TEST(Errors, Indexing) {  // python_variable_indexing.cpp / TensorIndexing.h
  EXPECT_TORCH_ERROR(call("getitem", {call_t("zeros", {3}), 5}), "IndexError",
                     "index 5 is out of bounds for dimension 0 with size 3");
  EXPECT_TORCH_ERROR(call("getitem", {call_t("zeros", {3}), Value::List{0, 0}}), "IndexError",
                     "too many indices for tensor of dimension 1");
  EXPECT_TORCH_ERROR(call("getitem", {T("1."), 0}), "IndexError",
                     "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                     "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
  EXPECT_TORCH_ERROR(call("getitem", {call_t("zeros", {3}), T("[3]")}), "IndexError",
                     "index 3 is out of bounds for dimension 0 with size 3");
  EXPECT_TORCH_ERROR(
      call("getitem", {call_t("zeros", {3}), T("[True, False]")}), "IndexError",
      "The shape of the mask [2] at index 0 does not match the shape of the indexed tensor [3] at index 0");
  EXPECT_TORCH_ERROR(call("select", {call_t("zeros", {3}), 0, 3}), "IndexError",
                     "select(): index 3 out of range for tensor of size [3] at dimension 0");
  EXPECT_TORCH_ERROR(call("setitem", {call_t("zeros", {2, 3}), 0, T("[1., 2.]")}), "RuntimeError",
                     "The expanded size of the tensor (3) must match the existing size (2) at "
                     "non-singleton dimension 0.  Target sizes: [3].  Tensor sizes: [2]");
}

TEST(Errors, Values) {  // misc ATen checks
  EXPECT_TORCH_ERROR(call("item", {call_t("zeros", {2, 3})}), "RuntimeError",
                     "a Tensor with 6 elements cannot be converted to Scalar");
  EXPECT_TORCH_ERROR(call("neg", {T("[True]")}), "RuntimeError",
                     "Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
                     "to invert a mask, use the `~` or `logical_not()` operator instead.");
  EXPECT_TORCH_ERROR(call("sub", {T("[True]"), T("[False]")}), "RuntimeError",
                     "Subtraction, the `-` operator, with two bool tensors is not supported. Use the "
                     "`^` or `logical_xor()` operator instead.");
  EXPECT_TORCH_ERROR(call("pow", {T("[2]"), -1}), "RuntimeError",
                     "Integers to negative integer powers are not allowed.");
  EXPECT_TORCH_ERROR(call("mean", {T("[1, 2]")}), "RuntimeError",
                     "mean(): could not infer output dtype. Input dtype must be either a floating "
                     "point or complex dtype. Got: Long");
  EXPECT_TORCH_ERROR(call("max", {call_t("zeros", {0})}), "RuntimeError",
                     "max(): Expected reduction dim to be specified for input.numel() == 0. Specify "
                     "the reduction dim with the 'dim' argument.");
  EXPECT_TORCH_ERROR(call("add", {T("[1]"), T("[1]")}, {{"alpha", 0.5}}), "RuntimeError",
                     "For integral input tensors, argument alpha must not be a floating point number.");
  EXPECT_TORCH_ERROR(call("floor_divide", {T("[1]"), 0}), "RuntimeError", "ZeroDivisionError");
  EXPECT_TORCH_ERROR(call("where", {T("[1.]"), 1, 0}), "RuntimeError",
                     "where expected condition to be a boolean tensor, but got a tensor with dtype Float");
  EXPECT_TORCH_ERROR(call("arange", {0, 5, 0}), "RuntimeError", "step must be nonzero");
  EXPECT_TORCH_ERROR(call("zeros", {-1}), "RuntimeError", "Trying to create tensor with negative dimension -1: [-1]");
}

TEST(Errors, CatStack) {  // TensorShape.cpp cat/stack checks
  EXPECT_TORCH_ERROR(call("cat", {Value(Value::List{call_t("zeros", {2, 2}), call_t("zeros", {2, 3})})}),
                     "RuntimeError",
                     "Sizes of tensors must match except in dimension 0. Expected size 2 but got size 3 "
                     "for tensor number 1 in the list.");
  EXPECT_TORCH_ERROR(call("cat", {Value(Value::List{call_t("zeros", {2, 2}), call_t("zeros", {2})})}), "RuntimeError",
                     "Tensors must have same number of dimensions: got 2 and 1");
  EXPECT_TORCH_ERROR(call("cat", {Value(Value::List{})}), "RuntimeError",
                     "torch.cat(): expected a non-empty list of Tensors");
  EXPECT_TORCH_ERROR(call("stack", {Value(Value::List{call_t("zeros", {2}), call_t("zeros", {3})})}), "RuntimeError",
                     "stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1");
}

TEST(Errors, Autograd) {  // torch/csrc/autograd checks
  Tensor leaf = call_t("ones", {2}, {{"requires_grad", true}});
  EXPECT_TORCH_ERROR(call("add_", {leaf, 1}), "RuntimeError",
                     "a leaf Variable that requires grad is being used in an in-place operation.");
  // A factory's requires_grad=True: AutogradMeta::set_requires_grad's text (capital O; the Python
  // setter `requires_grad_()` says "only ...").
  EXPECT_TORCH_ERROR(call("zeros", {2}, {{"dtype", DType::Int64}, {"requires_grad", true}}), "RuntimeError",
                     "Only Tensors of floating point and complex dtype can require gradients");
  {
    NoGradGuard g;
    EXPECT_NO_THROW(call("add_", {leaf, 1}));  // allowed under torch.no_grad()
  }
  EXPECT_EQ(R(leaf), "tensor([2., 2.], requires_grad=True)");
}

TEST(Errors, Binding) {  // python_arg_parser.cpp style TypeErrors
  EXPECT_TORCH_ERROR(call("sin", {1.0}), "TypeError", "sin(): argument 'self' (position 1) must be Tensor, not float");
  EXPECT_TORCH_ERROR(call("sin", {}), "TypeError", "sin() missing 1 required positional arguments: \"self\"");
  EXPECT_TORCH_ERROR(call("clone", {call_t("zeros", {1})}, {{"foo", 1}}), "TypeError",
                     "clone() got an unexpected keyword argument 'foo'");
  EXPECT_TORCH_ERROR(call("sin", {call_t("zeros", {1}), 2}), "TypeError",
                     "sin() takes 1 positional argument but 2 were given");
  try {
    call("sum", {call_t("zeros", {1}), 1.5});
    ADD_FAILURE();
  } catch (const TorchError& e) {
    EXPECT_EQ(e.type, "TypeError");
    EXPECT_EQ(e.msg.rfind("sum() received an invalid combination of arguments - got (Tensor, float)", 0), 0u);
  }
  // A str dim binds PyTorch's Dimname overload and fails on the unnamed tensor.
  EXPECT_TORCH_ERROR(call("sum", {call_t("zeros", {1}), "x"}), "RuntimeError", "Name 'x' not found in Tensor[None].");
  EXPECT_TORCH_ERROR(call("no_such_op", {}), "NotImplementedError", "torch op 'no_such_op' is not supported");
}
