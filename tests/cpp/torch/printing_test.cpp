// Tensor printing (mirrors torch/_tensor_str.py). Expected strings come from PyTorch's own test
// suite (test/test_torch.py::TestTorch::test_print), PyTorch's documentation examples, or — where
// marked "rule" — from applying _tensor_str.py's formatting rules by hand.
#include <cmath>

#include "test_util.h"

using namespace dp::torch;
using namespace dp::torch::testing;

namespace {

struct SciModeGuard {
  std::optional<bool> prev = print_options().sci_mode;
  explicit SciModeGuard(std::optional<bool> v) { print_options().sci_mode = v; }
  ~SciModeGuard() { print_options().sci_mode = prev; }
};

}  // namespace

// ---- test/test_torch.py::test_print ----

TEST(Printing, BigInteger) {  // test_print: "test big integer"
  EXPECT_EQ(R(T("2341234123412341")), "tensor(2341234123412341)");
}

TEST(Printing, ScientificNotation) {  // test_print: "test scientific notation"
  EXPECT_EQ(R(T("[1e28, 1e-28]")), "tensor([1.0000e+28, 1.0000e-28])");
}

TEST(Printing, SciModeForcedOn) {  // test_print: set_printoptions(sci_mode=True)
  SciModeGuard g(true);
  EXPECT_EQ(R(T("[1e2, 1e-2]")), "tensor([1.0000e+02, 1.0000e-02])");
}

TEST(Printing, SciModeForcedOff) {  // test_print: set_printoptions(sci_mode=False)
  SciModeGuard g(false);
  EXPECT_EQ(R(T("[1e2, 1e-2]")), "tensor([  100.0000,     0.0100])");
}

TEST(Printing, NoLeadingSpaceAllPositive) {  // test_print
  EXPECT_EQ(R(T("[1, 2]")), "tensor([1, 2])");
}

TEST(Printing, LeadingSpaceWithNegatives) {  // test_print
  EXPECT_EQ(R(T("[1, -2]")), "tensor([ 1, -2])");
}

TEST(Printing, InfAndNan) {  // test_print: "test inf and nan"
  EXPECT_EQ(R(T("[4, inf, 1.5, -inf, 0, nan, 1]")), "tensor([4.0000,    inf, 1.5000,   -inf, 0.0000,    nan, 1.0000])");
}

TEST(Printing, Float64DenormalsWrapAndDtype) {  // test_print: "test dtype"
  Tensor x = T("[1e-324, 1e-323, 1e-322, 1e307, 1e308, 1e309]", DType::Float64);
  EXPECT_EQ(R(x),
            "tensor([ 0.0000e+00, 9.8813e-324, 9.8813e-323, 1.0000e+307, 1.0000e+308,\n"
            "                inf], dtype=torch.float64)");
}

TEST(Printing, Summary1D) {  // test_print: "test summary"
  EXPECT_EQ(R(call_t("zeros", {10000})), "tensor([0., 0., 0.,  ..., 0., 0., 0.])");
}

TEST(Printing, IntegralFloatRequiresGrad) {  // test_print: "test integral floats and requires_grad"
  Tensor x = call_t("tensor", {lit("[123.]")}, {{"requires_grad", true}});
  EXPECT_EQ(R(x), "tensor([123.], requires_grad=True)");
}

TEST(Printing, NonContiguousSummary3D) {  // test_print: "test non-contiguous print"
  Tensor x = call_t("ones", {Value(Shape{100, 2, 2, 10})});
  Tensor y = call_t("select", {x, 2, 0});  // (100, 2, 10), non-contiguous
  ASSERT_FALSE(y.is_contiguous());
  std::string row = "[1., 1., 1.,  ..., 1., 1., 1.]";
  std::string block = "[" + row + ",\n         " + row + "]";
  std::string expected = "tensor([" + block + ",\n\n        " + block + ",\n\n        " + block +
                         ",\n\n        ...,\n\n        " + block + ",\n\n        " + block + ",\n\n        " + block +
                         "])";
  EXPECT_EQ(R(y), expected);
}

TEST(Printing, ZeroDimSci) {  // test_print: "test print 0-dim tensor"
  EXPECT_EQ(R(T("0.00002")), "tensor(2.0000e-05)");
}

TEST(Printing, BoolTensors) {  // test_print: "test print boolean tensor"
  EXPECT_EQ(R(T("[True]")), "tensor([True])");
  EXPECT_EQ(R(T("True")), "tensor(True)");
}

TEST(Printing, SciWhenMinSmall) {  // test_print: "[Numpy] ... when min < 0.0001"
  EXPECT_EQ(R(T("[0.00002]")), "tensor([2.0000e-05])");
}

TEST(Printing, SciWhenMaxLarge) {  // test_print: "[Numpy] ... when max > 1e8"
  EXPECT_EQ(R(T("[123456789.]")), "tensor([1.2346e+08])");
}

TEST(Printing, SciWhenRatioLarge) {  // test_print: "[Numpy] ... when max / min > 1000"
  EXPECT_EQ(R(T("[0.01, 11]")), "tensor([1.0000e-02, 1.1000e+01])");
}

TEST(Printing, IntNoSci) {  // test_print: "[Numpy] test print int max / min > 1000, no sci_mode"
  EXPECT_EQ(R(T("[1, 1010]")), "tensor([   1, 1010])");
  EXPECT_EQ(R(T("[1000000000]")), "tensor([1000000000])");  // "int > 1e8, no sci_mode"
}

TEST(Printing, FloatIntMode) {  // test_print: "[Numpy] test printing float in int_mode"
  EXPECT_EQ(R(T("[1., 1000.]")), "tensor([   1., 1000.])");
}

TEST(Printing, FloatIntModeSci) {  // test_print: "... int_mode in sci format when max / min > 1000"
  EXPECT_EQ(R(T("[1., 1010.]")), "tensor([1.0000e+00, 1.0100e+03])");
}

// ---- documentation examples (current formatting) ----

TEST(Printing, ZerosDoc) {  // torch.zeros docs: torch.zeros(2, 3), torch.zeros(5)
  EXPECT_EQ(R(call_t("zeros", {2, 3})), "tensor([[0., 0., 0.],\n        [0., 0., 0.]])");
  EXPECT_EQ(R(call_t("zeros", {5})), "tensor([0., 0., 0., 0., 0.])");
}

TEST(Printing, EyeDoc) {  // torch.eye docs: torch.eye(3)
  EXPECT_EQ(R(call_t("eye", {3})), "tensor([[1., 0., 0.],\n        [0., 1., 0.],\n        [0., 0., 1.]])");
}

TEST(Printing, FullDoc) {  // torch.full docs: torch.full((2, 3), 3.141592)
  EXPECT_EQ(R(call_t("full", {Value(Shape{2, 3}), 3.141592})),
            "tensor([[3.1416, 3.1416, 3.1416],\n        [3.1416, 3.1416, 3.1416]])");
}

TEST(Printing, LinspaceDoc) {  // torch.linspace docs
  EXPECT_EQ(R(call_t("linspace", {3, 10}, {{"steps", 5}})), "tensor([ 3.0000,  4.7500,  6.5000,  8.2500, 10.0000])");
  EXPECT_EQ(R(call_t("linspace", {-10, 10}, {{"steps", 5}})), "tensor([-10.,  -5.,   0.,   5.,  10.])");
  EXPECT_EQ(R(call_t("linspace", {-10, 10}, {{"steps", 1}})), "tensor([-10.])");
}

TEST(Printing, FmodDocNegativeZero) {  // torch.fmod docs
  Tensor r = call_t("fmod", {T("[-3., -2, -1, 1, 2, 3]"), 2});
  EXPECT_EQ(R(r), "tensor([-1., -0., -1.,  1.,  0.,  1.])");
  Tensor r2 = call_t("fmod", {T("[1, 2, 3, 4, 5]"), -1.5});
  EXPECT_EQ(R(r2), "tensor([1.0000, 0.5000, 0.0000, 1.0000, 0.5000])");
}

// ---- rule-derived cases ----

TEST(Printing, Basics) {  // rule: integer-valued floats print "1.", others 4 decimals
  EXPECT_EQ(R(T("[1., 2., 3.]")), "tensor([1., 2., 3.])");
  EXPECT_EQ(R(T("[0.1, 2.5]")), "tensor([0.1000, 2.5000])");
  EXPECT_EQ(R(T("[1e-5, 1.]")), "tensor([1.0000e-05, 1.0000e+00])");
  EXPECT_EQ(R(T("[1, 2, 3]")), "tensor([1, 2, 3])");
  EXPECT_EQ(R(T("[True, False]")), "tensor([ True, False])");
  EXPECT_EQ(R(T("3.")), "tensor(3.)");
  EXPECT_EQ(R(T("[1.5, -2.25]")), "tensor([ 1.5000, -2.2500])");
  EXPECT_EQ(R(T("[100., 200.]")), "tensor([100., 200.])");
}

TEST(Printing, Empties) {  // rule: _str_intern's numel() == 0 branch
  EXPECT_EQ(R(T("[]")), "tensor([])");
  EXPECT_EQ(R(call_t("zeros", {0, 3})), "tensor([], size=(0, 3))");
  EXPECT_EQ(R(call_t("zeros", {0}, {{"dtype", DType::Int64}})), "tensor([], dtype=torch.int64)");
  EXPECT_EQ(R(call_t("zeros", {2, 0}, {{"dtype", DType::Int64}})), "tensor([], size=(2, 0), dtype=torch.int64)");
  EXPECT_EQ(R(T("[[]]")), "tensor([], size=(1, 0))");
}

TEST(Printing, DtypeSuffixes) {  // rule: has_default_dtype = float32, int64, bool
  EXPECT_EQ(R(T("[1, 2]", DType::Int32)), "tensor([1, 2], dtype=torch.int32)");
  EXPECT_EQ(R(T("[1., 2.]", DType::Float64)), "tensor([1., 2.], dtype=torch.float64)");
  EXPECT_EQ(R(T("1.5", DType::Float64)), "tensor(1.5000, dtype=torch.float64)");
  EXPECT_EQ(R(T("[1, 2]", DType::UInt8)), "tensor([1, 2], dtype=torch.uint8)");
  EXPECT_EQ(R(T("[1, 2]", DType::Int64)), "tensor([1, 2])");
  EXPECT_EQ(R(T("[True]", DType::Bool)), "tensor([True])");
}

TEST(Printing, NegativeZero) {  // rule: '{:.0f}'.format(-0.0) == '-0'
  EXPECT_EQ(R(T("[-0.]")), "tensor([-0.])");
  EXPECT_EQ(R(T("[-0., 1.5]")), "tensor([-0.0000, 1.5000])");  // width from nonzero values only
}

TEST(Printing, ThreeD) {  // rule: dim-1 blank lines between blocks
  Tensor x = call_t("view", {call_t("arange", {8}), 2, 2, 2});
  EXPECT_EQ(R(x), "tensor([[[0, 1],\n         [2, 3]],\n\n        [[4, 5],\n         [6, 7]]])");
}

TEST(Printing, LineWrapping) {  // rule: elements_per_line = (linewidth - indent) // (width + 2)
  EXPECT_EQ(R(call_t("arange", {30.0})),
            "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n"
            "        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n"
            "        28., 29.])");
}

TEST(Printing, LineWrappingFloats2D) {  // rule: indent grows per nesting level
  Tensor x = call_t("div", {call_t("view", {call_t("arange", {24}), 2, 12}), 7});
  EXPECT_EQ(R(x),
            "tensor([[0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,\n"
            "         1.2857, 1.4286, 1.5714],\n"
            "        [1.7143, 1.8571, 2.0000, 2.1429, 2.2857, 2.4286, 2.5714, 2.7143, 2.8571,\n"
            "         3.0000, 3.1429, 3.2857]])");
}

TEST(Printing, SummaryInts) {  // rule: formatter width from summarized data only
  EXPECT_EQ(R(call_t("arange", {2000})), "tensor([   0,    1,    2,  ..., 1997, 1998, 1999])");
}

TEST(Printing, Summary2D) {  // rule: "..." row between edge rows
  std::string row = "[0., 0., 0.,  ..., 0., 0., 0.]";
  std::string sep = ",\n        ";
  EXPECT_EQ(R(call_t("zeros", {100, 100})),
            "tensor([" + row + sep + row + sep + row + sep + "..." + sep + row + sep + row + sep + row + "])");
}

TEST(Printing, SummaryFewRows) {  // rule: dims <= 2*edgeitems are printed in full
  std::string row = "[1., 1., 1.,  ..., 1., 1., 1.]";
  EXPECT_EQ(R(call_t("ones", {2, 1000})), "tensor([" + row + ",\n        " + row + "])");
}

TEST(Printing, Bool2D) {  // rule: bools right-aligned to the widest ("False")
  EXPECT_EQ(R(T("[[True, False], [False, True]]")), "tensor([[ True, False],\n        [False,  True]])");
}

TEST(Printing, GradFnSuffix) {  // rule: grad_fn=<...> replaces requires_grad=True for non-leaves
  Tensor x = call_t("tensor", {lit("[123.]")}, {{"requires_grad", true}});
  EXPECT_EQ(R(call_t("mul", {x, 2})), "tensor([246.], grad_fn=<MulBackward0>)");
  EXPECT_EQ(R(call_t("sum", {x})), "tensor(123., grad_fn=<SumBackward0>)");
  EXPECT_EQ(R(call_t("sin", {call_t("zeros", {2}, {{"requires_grad", true}})})),
            "tensor([0., 0.], grad_fn=<SinBackward0>)");
}

TEST(Printing, SuffixWrapsAtLinewidth) {  // rule: _add_suffixes breaks the line past 80 columns
  Tensor x = call_t("ones", {14}, {{"requires_grad", true}});
  EXPECT_EQ(R(call_t("mul", {x, 1})),
            "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.],\n"
            "       grad_fn=<MulBackward0>)");
}

TEST(Printing, DtypeAndGradTogether) {  // rule: dtype suffix precedes requires_grad
  Tensor x = call_t("ones", {2}, {{"dtype", DType::Float64}, {"requires_grad", true}});
  EXPECT_EQ(R(x), "tensor([1., 1.], dtype=torch.float64, requires_grad=True)");
}

TEST(Printing, FakeTensor) {  // FakeTensor repr (meta branch of _str_intern)
  FakeModeGuard g;
  EXPECT_EQ(R(call_t("zeros", {2, 3})), "FakeTensor(..., size=(2, 3))");
  EXPECT_EQ(R(call_t("arange", {3})), "FakeTensor(..., size=(3,), dtype=torch.int64)");
  EXPECT_EQ(R(call_t("ones", {Value(Shape{})})), "FakeTensor(..., size=())");
}

TEST(Printing, FakeTensorGrad) {  // rule: suffixes also apply to fakes
  Tensor x = call_t("ones", {3}, {{"requires_grad", true}}).to_fake();
  EXPECT_EQ(R(x), "FakeTensor(..., size=(3,), requires_grad=True)");
  EXPECT_EQ(R(call_t("sin", {x})), "FakeTensor(..., size=(3,), grad_fn=<SinBackward0>)");
}

TEST(Printing, SizeRepr) {  // torch.Size repr
  EXPECT_EQ(size_repr({2, 3}), "torch.Size([2, 3])");
  EXPECT_EQ(size_repr({}), "torch.Size([])");
  EXPECT_EQ(dtype_repr(DType::Float32), "torch.float32");
  EXPECT_EQ(dtype_repr(DType::Int64), "torch.int64");
}

TEST(Printing, ZeroDimInts) {  // rule: 0-dim ints print the value only
  EXPECT_EQ(R(T("-7")), "tensor(-7)");
  EXPECT_EQ(R(call_t("sum", {T("[1, 2, 3]")})), "tensor(6)");
}

TEST(Printing, SciNegativeValues) {  // rule: sci padding to max width
  EXPECT_EQ(R(T("[-1e-5, 1e3]")), "tensor([-1.0000e-05,  1.0000e+03])");
}

TEST(Printing, AllNonFinite) {  // rule: no finite nonzero values -> width 1, int mode
  EXPECT_EQ(R(T("[nan, inf]")), "tensor([nan, inf])");
  EXPECT_EQ(R(T("[0., nan]")), "tensor([0., nan])");
}

TEST(Printing, IntModeWithNonFinite) {  // rule: inf/nan get no trailing "."
  EXPECT_EQ(R(T("[1., inf, 100.]")), "tensor([  1.,  inf, 100.])");
}

TEST(Printing, PrintOptions) {  // torch.set_printoptions(precision=2) / (threshold=5, edgeitems=2)
  PrintOptions saved = print_options();
  print_options().precision = 2;
  EXPECT_EQ(R(T("[0.12345, 1.5]")), "tensor([0.12, 1.50])");
  EXPECT_EQ(R(T("[1e-5, 1.]")), "tensor([1.00e-05, 1.00e+00])");
  print_options() = saved;
  print_options().threshold = 5;
  print_options().edgeitems = 2;
  EXPECT_EQ(R(call_t("arange", {10})), "tensor([0, 1,  ..., 8, 9])");
  print_options().linewidth = 20;
  EXPECT_EQ(R(call_t("arange", {4})), "tensor([0, 1, 2, 3])");
  EXPECT_EQ(R(call_t("arange", {4.0})), "tensor([0., 1., 2.,\n        3.])");  // (20-7)//4 = 3 per line
  EXPECT_EQ(R(call_t("arange", {10.0})), "tensor([0., 1.,  ...,\n        8., 9.])");
  print_options() = saved;
}

TEST(Printing, SciWithNonFinite) {  // rule: nan/inf padded to the sci width
  EXPECT_EQ(R(T("[1e-5, nan]")), "tensor([1.0000e-05,        nan])");
}

TEST(Printing, FakeAliasing) {  // to_fake_all keeps aliasing between fakified inputs
  Tensor base = call_t("zeros", {2, 3});
  Tensor view = call_t("select", {base, 0, 1});
  std::vector<Tensor> fakes = to_fake_all({base, view, call_t("zeros", {2})});
  EXPECT_TRUE(shares_storage(fakes[0], fakes[1]));
  EXPECT_FALSE(shares_storage(fakes[0], fakes[2]));
  EXPECT_EQ(fakes[1].storage_offset(), 3);
  EXPECT_EQ(R(fakes[1]), "FakeTensor(..., size=(3,))");
}
