# torch.nn.utils.weight_norm (torch/nn/utils/weight_norm.py, PyTorch 2.9): the hook-based weight
# normalization, deprecated: WeightNorm.apply warns (a FutureWarning at its caller's line, the
# `@deprecated` decorator's stacklevel) that torch.nn.utils.parametrizations.weight_norm replaces it.
import warnings

import torch
Parameter = torch._Parameter  # torch.nn.Parameter (torch.nn imports this module before naming it)
from torch.nn.modules.module import Module
from torch.nn.utils.parametrizations import _norm_except_dim as norm_except_dim, _weight_norm

__all__ = ["WeightNorm", "weight_norm", "remove_weight_norm"]


class WeightNorm:
    def __init__(self, name, dim):
        if dim is None:
            dim = -1
        self.name = name
        self.dim = dim

    def compute_weight(self, module):
        g = getattr(module, self.name + "_g")
        v = getattr(module, self.name + "_v")
        return _weight_norm(v, g, self.dim)

    @staticmethod
    def apply(module, name, dim):
        warnings.warn("`torch.nn.utils.weight_norm` is deprecated in favor of "
                      "`torch.nn.utils.parametrizations.weight_norm`.", FutureWarning, stacklevel=2)
        for hook in module._hook_dicts()["_forward_pre_hooks"].values():
            if isinstance(hook, WeightNorm) and hook.name == name:
                raise RuntimeError(f"Cannot register two weight_norm hooks on the same parameter {name}")

        if dim is None:
            dim = -1

        fn = WeightNorm(name, dim)

        weight = getattr(module, name)
        # remove w from parameter list
        del module._parameters[name]

        # add g and v as new parameters and express w as g/||v|| * v
        module.register_parameter(name + "_g", Parameter(norm_except_dim(weight, 2, dim).data))
        module.register_parameter(name + "_v", Parameter(weight.data))
        setattr(module, name, fn.compute_weight(module))

        # recompute weight before every forward()
        module.register_forward_pre_hook(fn)

        return fn

    def remove(self, module):
        weight = self.compute_weight(module)
        delattr(module, self.name)
        del module._parameters[self.name + "_g"]
        del module._parameters[self.name + "_v"]
        setattr(module, self.name, Parameter(weight.data))

    def __call__(self, module, inputs):
        setattr(module, self.name, self.compute_weight(module))


def weight_norm(module, name="weight", dim=0):
    r"""Apply weight normalization to a parameter in the given module."""
    WeightNorm.apply(module, name, dim)
    return module


def remove_weight_norm(module, name="weight"):
    r"""Remove the weight normalization reparameterization from a module."""
    for k, hook in module._hook_dicts()["_forward_pre_hooks"].items():
        if isinstance(hook, WeightNorm) and hook.name == name:
            hook.remove(module)
            del module._hook_dicts()["_forward_pre_hooks"][k]
            return module

    raise ValueError(f"weight_norm of '{name}' not found in {module}")
