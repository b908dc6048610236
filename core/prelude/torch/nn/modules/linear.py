# NonDynamicallyQuantizableLinear (torch/nn/modules/linear.py): a Linear that quantization tools leave
# alone; MultiheadAttention's out_proj. Linear itself lives in layers.py.
from torch.nn.modules.layers import Linear, Identity  # noqa: F401 (torch.nn.modules.linear.Identity)


class NonDynamicallyQuantizableLinear(Linear):
    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__(in_features, out_features, bias=bias, device=device, dtype=dtype)
