# NonDynamicallyQuantizableLinear (torch/nn/modules/linear.py): a Linear that quantization tools leave
# alone; MultiheadAttention's out_proj. Linear itself lives in layers.py. Bilinear.
import math
import torch
from torch.nn.modules.module import Module
from torch.nn import functional as F
from torch.nn.modules.layers import Linear, Identity  # noqa: F401 (torch.nn.modules.linear.Identity)


class NonDynamicallyQuantizableLinear(Linear):
    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__(in_features, out_features, bias=bias, device=device, dtype=dtype)


# torch/nn/modules/linear.py Bilinear: y = x1^T A x2 + b, weight (out, in1, in2) and bias drawn
# from U(-1/sqrt(in1), 1/sqrt(in1)).
class Bilinear(Module):
    __constants__ = ["in1_features", "in2_features", "out_features"]

    def __init__(self, in1_features, in2_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        self.in1_features = in1_features
        self.in2_features = in2_features
        self.out_features = out_features
        self.weight = torch.nn.Parameter(torch.empty((out_features, in1_features, in2_features), dtype=dtype))
        if bias:
            self.bias = torch.nn.Parameter(torch.empty(out_features, dtype=dtype))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self):
        bound = 1 / math.sqrt(self.weight.size(1))
        torch.nn.init.uniform_(self.weight, -bound, bound)
        if self.bias is not None:
            torch.nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, input1, input2):
        return F.bilinear(input1, input2, self.weight, self.bias)

    def extra_repr(self):
        return ("in1_features=" + str(self.in1_features) + ", in2_features=" + str(self.in2_features) +
                ", out_features=" + str(self.out_features) + ", bias=" + str(self.bias is not None))
