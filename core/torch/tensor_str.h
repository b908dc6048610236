// Mirrors torch/_tensor_str.py: tensor repr/str with PyTorch's default print options, FakeTensor
// repr, torch.Size repr.
#pragma once
#include <optional>
#include <string>

#include "torch/tensor.h"

namespace dp::torch {

// torch.set_printoptions state. Defaults are PyTorch's "default" profile.
struct PrintOptions {
  int precision = 4;
  int64_t threshold = 1000;
  int64_t edgeitems = 3;
  int64_t linewidth = 80;
  std::optional<bool> sci_mode;  // None = automatic
};
PrintOptions& print_options();

// repr(tensor) == str(tensor), e.g. "tensor([1., 2.], requires_grad=True)". Fake tensors print as
// "FakeTensor(..., size=(2, 3))".
std::string repr(const Tensor& t);
// torch.Size repr: "torch.Size([2, 3])".
std::string size_repr(const Shape& s);

}  // namespace dp::torch
