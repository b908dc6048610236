# Mirrors torch/nn/utils/convert_parameters.py: parameters flattened into one vector (views
# concatenated, grad_fn CatBackward0) and a vector's slices written back as the parameters' data.
import torch


def parameters_to_vector(parameters):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    vec = []
    for param in parameters:
        vec.append(param.view(-1))
    return torch.cat(vec)


def vector_to_parameters(vec, parameters):
    if not isinstance(vec, torch.Tensor):
        raise TypeError("expected torch.Tensor, but got: " + torch.typename(vec))
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    pointer = 0
    for param in parameters:
        num_param = param.numel()
        param.data = vec[pointer:pointer + num_param].view_as(param).data
        pointer += num_param
