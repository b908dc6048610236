// Mirrors aten/src/ATen/native/cpu/SumKernel.cpp (cascade_sum) together with the parts of
// TensorIterator that decide its loop order (reorder_dimensions, coalesce_dimensions, the 2-D
// loop). Floating sums are accumulated in the tensor's own type in exactly ATen's order, so
// printed float32 sums and means equal PyTorch's CPU results (docs/eager-semantics.md,
// "float32 reductions").
#pragma once
#include <vector>

#include "torch/tensor.h"

namespace dp::torch::detail {

// The sums of `self` over the dims marked in `reduced`, one per output element in row-major order
// of the kept dims. T is float or double (self's dtype).
template <class T>
std::vector<T> cascade_sum(const Tensor& self, const std::vector<bool>& reduced);

extern template std::vector<float> cascade_sum<float>(const Tensor&, const std::vector<bool>&);
extern template std::vector<double> cascade_sum<double>(const Tensor&, const std::vector<bool>&);

}  // namespace dp::torch::detail
