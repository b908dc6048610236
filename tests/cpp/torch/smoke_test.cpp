// First end-to-end check: torch.sin(torch.zeros(2, 3)) + 1 (expected text from running PyTorch's
// printing rules: integer-valued float32 elements print as "1.").
#include <gtest/gtest.h>

#include "torch/op_registry.h"
#include "torch/tensor_str.h"

using namespace dp::torch;

TEST(Smoke, SinZerosPlusOne) {
  Tensor z = call_t("zeros", {2, 3});
  Tensor s = call_t("sin", {z});
  Tensor r = call_t("add", {s, 1});
  EXPECT_EQ(repr(r), "tensor([[1., 1., 1.],\n        [1., 1., 1.]])");
}
