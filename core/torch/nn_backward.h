// The backward kernels of the nn ops of nn.cpp (ATen's convolution_backward,
// max_pool2d_with_indices_backward, adaptive_avg_pool2d_backward, native_layer_norm_backward,
// native_batch_norm_backward, embedding_dense_backward, nll_loss_backward): given the forward's
// arguments and the output gradient, the gradients of the inputs (undefined when the input is
// absent). Used by the autograd formulas (core/torch/autograd/derivatives.cpp, docs/autograd.md).
#pragma once
#include <vector>

#include "torch/op_registry.h"

namespace dp::torch {

// {input, weight, bias}
std::vector<Tensor> conv2d_backward(const Args& a, const Tensor& grad);
Tensor max_pool2d_backward(const Args& a, const Tensor& grad);
Tensor adaptive_avg_pool2d_backward(const Args& a, const Tensor& grad);
// {input, weight, bias}
std::vector<Tensor> layer_norm_backward(const Args& a, const Tensor& grad);
std::vector<Tensor> batch_norm_backward(const Args& a, const Tensor& grad);
Tensor embedding_backward(const Args& a, const Tensor& grad);
// nll_loss (log_softmax_first = false) and cross_entropy (log_softmax then nll_loss).
Tensor nll_loss_backward(const Args& a, const Tensor& grad, bool log_softmax_first);

}  // namespace dp::torch
