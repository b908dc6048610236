# torch.autograd: backward() and grad() over the eager engine of core/torch/autograd (the native
# torch._C._run_backward, python_engine.cpp's run_backward). Mirrors torch/autograd/__init__.py;
# what the engine does and does not do: docs/autograd.md.
import torch
from torch import no_grad, enable_grad, set_grad_enabled, inference_mode
from torch.autograd.function import Function, FunctionCtx, once_differentiable
from torch.autograd import variable
from torch.autograd import functional
from torch.autograd.variable import Variable
from torch.autograd.gradcheck import gradcheck, gradgradcheck


def _tensor_or_tensors_to_tuple(tensors, length):
    if tensors is None:
        return (None,) * length
    if isinstance(tensors, torch.Tensor):
        return (tensors,)
    return tuple(tensors)


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None):
    if inputs is not None:
        raise NotImplementedError("not supported by the playground yet: backward(inputs=...)")
    if grad_variables is not None:
        grad_tensors = grad_variables
    tensors = (tensors,) if isinstance(tensors, torch.Tensor) else tuple(tensors)
    grad_tensors = _tensor_or_tensors_to_tuple(grad_tensors, len(tensors))
    if retain_graph is None:
        retain_graph = create_graph
    torch._run_backward(tensors, grad_tensors, retain_graph, create_graph, (), False)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=None, is_grads_batched=False, materialize_grads=False):
    if allow_unused is None:
        allow_unused = materialize_grads
    if is_grads_batched:
        raise NotImplementedError("not supported by the playground yet: is_grads_batched=True")
    outputs = (outputs,) if isinstance(outputs, torch.Tensor) else tuple(outputs)
    inputs = (inputs,) if isinstance(inputs, torch.Tensor) else tuple(inputs)
    grad_outputs = _tensor_or_tensors_to_tuple(grad_outputs, len(outputs))
    if retain_graph is None:
        retain_graph = create_graph
    result = torch._run_backward(outputs, grad_outputs, retain_graph, create_graph, inputs, allow_unused)
    if materialize_grads:
        result = tuple(torch.zeros_like(inputs[i]) if r is None else r for i, r in enumerate(result))
    return result
