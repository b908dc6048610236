// Mirrors ATen's group_norm (aten/src/ATen/native/group_norm.cpp: the input checks) and its CPU
// kernel (cpu/group_norm_kernel.cpp GroupNormKernelImplInternal, contiguous input): per (sample,
// group) RowwiseMoments over the group's D * HxW values (moments_utils.h), rstd = 1 / sqrt(max(var,
// 0) + eps); without weight and bias y = (x - mean) * rstd, otherwise per channel scale = rstd *
// gamma, bias = -scale * mean + beta, y = scale * x + bias, all in the tensor's type. grad_fn
// NativeGroupNormBackward0; the backward is in autograd/derivatives.cpp ("group_norm").
#include <cmath>

#include "torch/kernel_utils.h"
#include "torch/moments_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

void register_norm_ops(Registry& r) {
  auto& d = r.add(
      "group_norm(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1e-05, bool "
      "cudnn_enabled=True) -> Tensor",
      OpKind::Functional,
      [](const Args& a) -> Value {
        const Tensor& x = a.tensor("input");
        int64_t g = a.i("num_groups");
        int64_t c = x.dim() > 1 ? x.sizes()[1] : 1;
        DP_CHECK(g > 0, "Expected num groups to be greater than 0, got " + std::to_string(g));
        if (c % g != 0)
          throw_error("RuntimeError", "Expected number of channels in input to be divisible by num_groups, but got "
                                      "input of shape " + shape_str(x.sizes()) + " and num_groups=" + std::to_string(g));
        for (const char* p : {"weight", "bias"}) {
          if (a.has(p) && (a.tensor(p).dim() != 1 || a.tensor(p).numel() != c))
            throw_error("RuntimeError", std::string("Expected ") + p + " to be a vector of size equal to the number of "
                                        "channels in input, but got " + p + " of shape " +
                                        shape_str(a.tensor(p).sizes()) + " and input of shape " + shape_str(x.sizes()));
        }
        if (!is_floating(x.dtype()))
          throw_error("RuntimeError", "\"group_norm_cpu\" not implemented for '" + aten_name(x.dtype()) + "'");
        return Tensor::make(x.sizes(), x.dtype(), true);
      },
      [](const Args& a, Value& out) {
        const Tensor& x = a.tensor("input");
        const int64_t N = x.sizes()[0], C = x.dim() > 1 ? x.sizes()[1] : 1, G = a.i("num_groups");
        const int64_t HxW = N * C == 0 ? 0 : x.numel() / (N * C), D = C / G;
        const double eps = a.f("eps");
        dispatch(x.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
            std::vector<T> v = read_as<T>(x);
            std::vector<T> w, b;
            if (a.has("weight")) w = read_as<T>(a.tensor("weight"));
            if (a.has("bias")) b = read_as<T>(a.tensor("bias"));
            for (int64_t i = 0; i < N * G; ++i) {
              T* p = v.data() + i * D * HxW;
              auto [mean, var] = RowwiseMoments<T>(p, D * HxW);
              const T rstd = T(1) / std::sqrt(std::max(var, T(0)) + static_cast<T>(eps));
              if (w.empty() && b.empty()) {
                for (int64_t j = 0; j < D * HxW; ++j) p[j] = (p[j] - mean) * rstd;
              } else {
                const int64_t g = i % G;
                for (int64_t j = 0; j < D; ++j) {
                  const int64_t ch = g * D + j;
                  const T scale = rstd * (w.empty() ? T(1) : w[ch]);
                  const T bias = -scale * mean + (b.empty() ? T(0) : b[ch]);
                  T* q = p + j * HxW;
                  for (int64_t k = 0; k < HxW; ++k) q[k] = scale * q[k] + bias;
                }
              }
            }
            write_from<T>(out.tensor(), v);
          } else {
            throw_error("NotImplementedError", "not supported by the playground yet: group_norm of a " +
                                                   aten_name(x.dtype()) + " tensor");
          }
        });
      },
      "NativeGroupNormBackward0");
  d.is_method = false;
}

}  // namespace dp::torch
