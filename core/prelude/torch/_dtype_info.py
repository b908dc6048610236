# torch.finfo / torch.iinfo (torch/csrc/TypeInfo.cpp): the numeric limits of a dtype, with
# PyTorch's attribute names, reprs (C++ stream formatting: 6 significant digits) and error texts.
import torch

_type = type

_FLOAT_INFO = {
    # dtype: (bits, eps, max, tiny, resolution)
    "float32": (32, 1.1920928955078125e-07, 3.4028234663852886e+38, 1.1754943508222875e-38, 1e-06),
    "float64": (64, 2.220446049250313e-16, 1.7976931348623157e+308, 2.2250738585072014e-308, 1e-15),
    "float16": (16, 0.0009765625, 65504.0, 6.103515625e-05, 0.001),
    "bfloat16": (16, 0.0078125, 3.3895313892515355e+38, 1.1754943508222875e-38, 0.01),
}
_INT_INFO = {
    "uint8": (8, 0, 255),
    "int8": (8, -128, 127),
    "int16": (16, -32768, 32767),
    "int32": (32, -2147483648, 2147483647),
    "int64": (64, -9223372036854775808, 9223372036854775807),
}


def _name(dtype):
    return repr(dtype)[len("torch."):]


def _g(x):
    return "%g" % x


class finfo:
    def __init__(self, type=None):
        if type is None:
            type = torch.get_default_dtype()
        if not isinstance(type, torch.dtype):
            raise TypeError("finfo(): argument 'type' must be torch.dtype, not " + _type(type).__name__)
        name = _name(type)
        if not type.is_floating_point:
            raise TypeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
        if name not in _FLOAT_INFO:
            raise NotImplementedError("not supported by the playground yet: torch.finfo(" + repr(type) + ")")
        bits, eps, mx, tiny, resolution = _FLOAT_INFO[name]
        self.bits = bits
        self.eps = eps
        self.max = mx
        self.min = -mx
        self.tiny = tiny
        self.smallest_normal = tiny
        self.resolution = resolution
        self.dtype = name

    def __repr__(self):
        return (f"finfo(resolution={_g(self.resolution)}, min={_g(self.min)}, max={_g(self.max)}, eps={_g(self.eps)}, "
                f"smallest_normal={_g(self.smallest_normal)}, tiny={_g(self.tiny)}, dtype={self.dtype})")

    __str__ = __repr__


class iinfo:
    def __init__(self, type):
        if not isinstance(type, torch.dtype):
            raise TypeError("iinfo(): argument 'type' must be torch.dtype, not " + _type(type).__name__)
        name = _name(type)
        if type is torch.bool:
            raise TypeError("torch.bool is not supported by torch.iinfo")
        if type.is_floating_point:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
        bits, mn, mx = _INT_INFO[name]
        self.bits = bits
        self.min = mn
        self.max = mx
        self.dtype = name

    def __repr__(self):
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype})"

    __str__ = __repr__
