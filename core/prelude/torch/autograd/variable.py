# torch.autograd.variable: the legacy Variable wrapper (torch/autograd/variable.py and the
# constructor of torch/csrc/autograd/python_legacy_variable.cpp). Since PyTorch 0.4 Variable(t)
# returns t.detach() with requires_grad set, and every tensor is an instance of Variable.
import torch


class VariableMeta(type):
    def __instancecheck__(cls, other):
        return isinstance(other, torch.Tensor)


class Variable(metaclass=VariableMeta):
    def __new__(cls, data=None, requires_grad=False, volatile=False, _grad_fn=None, name=None):
        if data is None:
            var = torch.empty(0)
        elif isinstance(data, torch.Tensor):
            var = data.detach()
        else:
            raise TypeError("Variable data has to be a tensor, but got " + type(data).__name__)
        if volatile:
            import warnings
            warnings.warn("volatile was removed (Variable.volatile is always False)", stacklevel=2)
        if _grad_fn is not None:
            raise NotImplementedError("not supported by the playground yet: Variable(_grad_fn=...)")
        var.requires_grad_(requires_grad)
        return var
