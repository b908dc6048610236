// Random number generation (mirrors ATen's CPUGeneratorImpl + CPU distribution kernels).
// Expected values: the widely reproduced outputs of PyTorch's CPU generator for seed 0, e.g.
// torch.manual_seed(0); torch.rand(3) -> tensor([0.4963, 0.7682, 0.0885]) and
// torch.randint(0, 10, (5,)) -> tensor([4, 9, 3, 0, 3]) (they are also what mt19937(0) gives
// under ATen's transformations: 2357136044 & (2^24-1) = 8325804 -> 8325804 / 2^24 = 0.4963).
#include "test_util.h"
#include "torch/random.h"

using namespace dp::torch;
using namespace dp::torch::testing;

TEST(Random, RandSeed0) {
  manual_seed(0);
  EXPECT_EQ(R(call_t("rand", {3})), "tensor([0.4963, 0.7682, 0.0885])");
}

TEST(Random, RandSeed0Longer) {  // torch.manual_seed(0); torch.rand(2, 5)
  manual_seed(0);
  EXPECT_EQ(R(call_t("rand", {2, 5})),
            "tensor([[0.4963, 0.7682, 0.0885, 0.1320, 0.3074],\n"
            "        [0.6341, 0.4901, 0.8964, 0.4556, 0.6323]])");
}

TEST(Random, RandintSeed0) {
  manual_seed(0);
  EXPECT_EQ(R(call_t("randint", {0, 10, Value(Shape{5})})), "tensor([4, 9, 3, 0, 3])");
  manual_seed(0);
  EXPECT_EQ(R(call_t("randint", {10, Value(Shape{5})})), "tensor([4, 9, 3, 0, 3])");
}

TEST(Random, RandnSmallSeed0) {  // torch.manual_seed(0); torch.randn(2, 3) (scalar Box-Muller path)
  manual_seed(0);
  EXPECT_EQ(R(call_t("randn", {2, 3})), "tensor([[ 1.5410, -0.2934, -2.1788],\n        [ 0.5684, -1.0845, -1.3986]])");
}

TEST(Random, RandnVectorizedSeed0) {  // torch.manual_seed(0); torch.randn(4, 4) (normal_fill path)
  manual_seed(0);
  EXPECT_EQ(R(call_t("randn", {4, 4})),
            "tensor([[-1.1258, -1.1524, -0.2506, -0.4339],\n"
            "        [ 0.8487,  0.6920, -0.3160, -2.1152],\n"
            "        [ 0.3223, -1.2633,  0.3500,  0.3081],\n"
            "        [ 0.1198,  1.2377,  1.1168, -0.2473]])");
}

TEST(Random, SeedResetsStream) {
  manual_seed(42);
  Tensor a = call_t("rand", {4});
  manual_seed(42);
  Tensor b = call_t("rand", {4});
  EXPECT_TRUE(call("equal", {a, b}).to_bool());
  EXPECT_EQ(call("initial_seed", {}).to_int(), 42);
}

TEST(Random, FakeModeDoesNotConsume) {
  manual_seed(0);
  {
    FakeModeGuard g;
    Tensor f = call_t("rand", {3});
    EXPECT_TRUE(f.is_fake());
  }
  EXPECT_EQ(R(call_t("rand", {1})), "tensor([0.4963])");
}

TEST(Random, Ranges) {
  manual_seed(1);
  Tensor u = call_t("uniform_", {call_t("empty", {1000}), -2.0, 3.0});
  EXPECT_TRUE(call("all", {call_t("ge", {u, -2.0})}).is_tensor());
  EXPECT_TRUE(call_t("all", {call_t("lt", {u, 3.0})}).item().to_bool());
  EXPECT_TRUE(call_t("all", {call_t("ge", {u, -2.0})}).item().to_bool());
  Tensor p = call_t("randperm", {10});
  Tensor sorted_sum = call_t("sum", {p});
  EXPECT_EQ(sorted_sum.item().to_int(), 45);
}
