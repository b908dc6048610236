// Tensor.grad / .grad_fn / .data / retain_grad / backward, grad_fn objects and
// torch._C._run_backward: the Python binding of core/torch/autograd (docs/autograd.md).
#pragma once
#include "runtime/interp.h"

namespace dp::rt {

// Adds the autograd attributes to torch.Tensor and _run_backward to the native torch module.
void init_autograd_bindings(Interp& I, Dict* torch_dict);

}  // namespace dp::rt
