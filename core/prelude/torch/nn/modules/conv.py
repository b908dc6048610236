# Conv1d and ConvTranspose2d (the model zoo, issue 20), mirroring torch/nn/modules/conv.py:
# _ConvNd's init (parameters drawn from the seeded generator in PyTorch's order, weight then bias)
# and extra_repr. (Conv2d is in layers.py.)
import math
import torch
from torch.nn.modules.module import Module
from torch.nn import functional as F


def _ntuple(x, n):
    if isinstance(x, (list, tuple)):
        return tuple(x)
    return tuple([x for _ in range(n)])


class _ConvNd(Module):
    def __init__(self, in_channels, out_channels, kernel_size, stride, padding, dilation, transposed,
                 output_padding, groups, bias, padding_mode, n, device=None, dtype=None):
        factory_kwargs = {"device": device, "dtype": dtype}
        super().__init__()
        if groups <= 0:
            raise ValueError("groups must be a positive integer")
        if in_channels % groups != 0:
            raise ValueError("in_channels must be divisible by groups")
        if out_channels % groups != 0:
            raise ValueError("out_channels must be divisible by groups")
        if isinstance(padding, str):
            raise NotImplementedError("not supported by the playground yet: padding='" + padding + "'")
        if padding_mode != "zeros":
            raise NotImplementedError("padding_mode other than 'zeros' is not supported by the playground yet")
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.kernel_size = _ntuple(kernel_size, n)
        self.stride = _ntuple(stride, n)
        self.padding = _ntuple(padding, n)
        self.dilation = _ntuple(dilation, n)
        self.transposed = transposed
        self.output_padding = _ntuple(output_padding, n)
        self.groups = groups
        self.padding_mode = padding_mode
        if transposed:
            shape = [in_channels, out_channels // groups] + list(self.kernel_size)
        else:
            shape = [out_channels, in_channels // groups] + list(self.kernel_size)
        self.weight = torch.nn.Parameter(torch.empty(shape, **factory_kwargs))
        if bias:
            self.bias = torch.nn.Parameter(torch.empty(out_channels, **factory_kwargs))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self):
        # kaiming_uniform_(weight, a=sqrt(5)) and uniform_(bias, -1/sqrt(fan_in), 1/sqrt(fan_in)),
        # fan_in = weight.size(1) * the kernel's size.
        fan_in = self.weight.size(1)
        for k in self.kernel_size:
            fan_in *= k
        bound = 1.0 / math.sqrt(fan_in) if fan_in > 0 else 0.0
        with torch.no_grad():
            self.weight.uniform_(-bound, bound)
            if self.bias is not None:
                self.bias.uniform_(-bound, bound)

    def extra_repr(self):
        n = len(self.kernel_size)
        s = (str(self.in_channels) + ", " + str(self.out_channels) + ", kernel_size=" + str(self.kernel_size)
             + ", stride=" + str(self.stride))
        if self.padding != (0,) * n:
            s += ", padding=" + str(self.padding)
        if self.dilation != (1,) * n:
            s += ", dilation=" + str(self.dilation)
        if self.output_padding != (0,) * n:
            s += ", output_padding=" + str(self.output_padding)
        if self.groups != 1:
            s += ", groups=" + str(self.groups)
        if self.bias is None:
            s += ", bias=False"
        return s


class Conv1d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros", device=None, dtype=None):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, False, 0, groups, bias,
                         padding_mode, 1, device, dtype)

    def _conv_forward(self, input, weight, bias):
        return F.conv1d(input, weight, bias, self.stride, self.padding, self.dilation, self.groups)

    def forward(self, input):
        return self._conv_forward(input, self.weight, self.bias)


class ConvTranspose2d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
                 bias=True, dilation=1, padding_mode="zeros", device=None, dtype=None):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, True, output_padding,
                         groups, bias, padding_mode, 2, device, dtype)

    def forward(self, input, output_size=None):
        if output_size is not None:
            raise NotImplementedError("not supported by the playground yet: ConvTranspose2d(output_size=...)")
        return F.conv_transpose2d(input, self.weight, self.bias, self.stride, self.padding, self.output_padding,
                                  self.groups, self.dilation)
