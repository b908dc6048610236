// The geometry and backward kernels of the model-zoo ops of conv_ops.cpp and scatter_ops.cpp
// (ATen's convolution_backward, avg_pool2d_backward, upsample_{nearest,bilinear}2d_backward):
// given the forward's arguments and the output gradient, the gradients of the inputs. Used by the
// autograd formulas (core/torch/autograd/derivatives.cpp, docs/autograd.md).
#pragma once
#include <array>
#include <vector>

#include "torch/op_registry.h"

namespace dp::torch {

// A 1-d or 2-d (transposed) convolution over contiguous NCHW data (1-d: H = 1).
struct ConvGeom {
  int spatial = 2;
  bool transposed = false, batched = true;
  int64_t n = 1, c = 1, h = 1, w = 1;          // input
  int64_t oc = 1, kh = 1, kw = 1, groups = 1;  // output channels, kernel
  std::array<int64_t, 2> stride{1, 1}, pad{0, 0}, dil{1, 1}, opad{0, 0};
  int64_t oh = 1, ow = 1;
  Shape out_shape;
};
// Checks the arguments of conv{spatial}d / conv_transpose{spatial}d with ATen's texts.
ConvGeom conv_geom(const Args& a, int spatial, bool transposed);

// Fills `out` (the op's output, allocated) with the convolution's values, summed in the dtype.
void conv_forward(const ConvGeom& g, const Args& a, Value& out);

// {input, weight, bias}
std::vector<Tensor> conv_backward(const Args& a, const Tensor& grad, int spatial, bool transposed);
Tensor avg_pool2d_backward(const Args& a, const Tensor& grad);
Tensor upsample_backward(const Args& a, const Tensor& grad, bool bilinear);

// pad_distance_ops.cpp: upsample_nearest1d; _cdist_backward for x1 (for_x2: the gradient of x2),
// of the broadcast batch shape.
Tensor upsample_nearest1d_backward(const Args& a, const Tensor& grad);
Tensor upsample_linear1d_backward(const Args& a, const Tensor& grad);
Tensor cdist_backward(const Tensor& grad, const Tensor& x1, const Tensor& x2, double p, const Tensor& dist,
                      bool for_x2);

void register_conv_ops(Registry& r);     // conv_ops.cpp
void register_pad_distance_ops(Registry& r);  // pad_distance_ops.cpp
void register_scatter_ops(Registry& r);  // scatter_ops.cpp

}  // namespace dp::torch
