// Mirrors torch/csrc/autograd/engine.cpp (the single-threaded CPU execution of a graph task: the
// dependency count, the ready queue ordered by sequence number, input buffers, validate_outputs)
// and autograd.cpp (run_backward: torch.autograd.backward / torch.autograd.grad), with
// torch/autograd/__init__.py's _make_grads. See docs/autograd.md.
#pragma once
#include <optional>
#include <vector>

#include "torch/autograd/function.h"

namespace dp::torch::autograd {

// grad_outputs: one per output, undefined = implicit (ones for a scalar output). `inputs` empty:
// backward() (accumulates into leaves' .grad, returns nothing); otherwise torch.autograd.grad:
// returns the gradient of each input (undefined where unused and allow_unused).
variable_list run_backward(const variable_list& outputs, const variable_list& grad_outputs, bool keep_graph,
                           bool create_graph, const variable_list& inputs, bool allow_unused);

}  // namespace dp::torch::autograd
