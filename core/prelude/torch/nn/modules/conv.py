# Conv1d and ConvTranspose2d (the model zoo, issue 20), mirroring torch/nn/modules/conv.py:
# _ConvNd's init (parameters drawn from the seeded generator in PyTorch's order, weight then bias),
# its padding checks ('same' / 'valid', padding_mode 'reflect' / 'replicate' / 'circular' through
# F.pad) and extra_repr. (Conv2d is in layers.py and shares the helpers.)
import math
import torch
from torch.nn.modules.module import Module
from torch.nn import functional as F


def _ntuple(x, n):
    if isinstance(x, (list, tuple)):
        return tuple(x)
    return tuple([x for _ in range(n)])


def _check_padding(padding, stride, padding_mode):
    # _ConvNd.__init__'s checks of a string padding and of padding_mode (stride is the tuple).
    valid_padding_strings = {'same', 'valid'}
    if isinstance(padding, str):
        if padding not in valid_padding_strings:
            raise ValueError(f"Invalid padding string {padding!r}, should be one of {valid_padding_strings}")
        if padding == 'same' and any(s != 1 for s in stride):
            raise ValueError("padding='same' is not supported for strided convolutions")
    valid_padding_modes = {'zeros', 'reflect', 'replicate', 'circular'}
    if padding_mode not in valid_padding_modes:
        raise ValueError(f"padding_mode must be one of {valid_padding_modes}, but got padding_mode='{padding_mode}'")


def _reversed_padding_repeated_twice(padding, kernel_size, dilation):
    # What F.pad takes for padding_mode != 'zeros': each dim's (left, right), the last dim first;
    # 'same' splits dilation * (kernel - 1) with the larger half on the right.
    if isinstance(padding, str):
        r = [0, 0] * len(kernel_size)
        if padding == 'same':
            for d, k, i in zip(dilation, kernel_size, range(len(kernel_size) - 1, -1, -1)):
                total = d * (k - 1)
                left = total // 2
                r[2 * i] = left
                r[2 * i + 1] = total - left
        return r
    return tuple(x for x in reversed(padding) for _ in range(2))


def _conv_extra_repr(m):
    # _ConvNd.extra_repr: a string padding prints bare (padding=same).
    s = ('{in_channels}, {out_channels}, kernel_size={kernel_size}'
         ', stride={stride}')
    if m.padding != (0,) * len(m.padding):
        s += ', padding={padding}'
    if m.dilation != (1,) * len(m.dilation):
        s += ', dilation={dilation}'
    if m.output_padding != (0,) * len(m.output_padding):
        s += ', output_padding={output_padding}'
    if m.groups != 1:
        s += ', groups={groups}'
    if m.bias is None:
        s += ', bias=False'
    if m.padding_mode != 'zeros':
        s += ', padding_mode={padding_mode}'
    return s.format(**m.__dict__)


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
        if transposed and isinstance(padding, str):
            raise NotImplementedError("not supported by the playground yet: padding='" + padding + "' in "
                                      + type(self).__name__)
        _check_padding(padding, _ntuple(stride, n), padding_mode)
        if transposed and padding_mode != "zeros":
            raise ValueError('Only "zeros" padding mode is supported for ' + type(self).__name__)
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.kernel_size = _ntuple(kernel_size, n)
        self.stride = _ntuple(stride, n)
        self.padding = padding if isinstance(padding, str) else _ntuple(padding, n)
        self.dilation = _ntuple(dilation, n)
        self._reversed_padding_repeated_twice = _reversed_padding_repeated_twice(self.padding, self.kernel_size,
                                                                                 self.dilation)
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
        return _conv_extra_repr(self)


class Conv1d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros", device=None, dtype=None):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, False, 0, groups, bias,
                         padding_mode, 1, device, dtype)

    def _conv_forward(self, input, weight, bias):
        if self.padding_mode != "zeros":
            return F.conv1d(F.pad(input, self._reversed_padding_repeated_twice, mode=self.padding_mode),
                            weight, bias, self.stride, (0,), self.dilation, self.groups)
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
