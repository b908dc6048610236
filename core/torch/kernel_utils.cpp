// Explicit instantiations of the typed gather/scatter helpers (kernel_utils.h), compiled once.
#include "torch/kernel_utils.h"

namespace dp::torch::detail {
#define DP_INSTANTIATE_RW(T)                                       \
  template std::vector<T> read_as<T>(const Tensor&, const Shape&); \
  template void write_from<T>(const Tensor&, const std::vector<T>&);
DP_FOR_EACH_CPP_TYPE(DP_INSTANTIATE_RW)
#undef DP_INSTANTIATE_RW
}  // namespace dp::torch::detail
