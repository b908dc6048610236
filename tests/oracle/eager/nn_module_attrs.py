# Module attribute rules: Parameters and submodules register on assignment, register_parameter /
# register_buffer, buffers in state_dict, missing attribute errors, deleting attributes.
import torch
import torch.nn as nn


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2))
        self.sub = nn.Linear(2, 1)
        self.plain = torch.zeros(2)
        self.register_buffer("buf", torch.arange(3.0))
        self.register_parameter("maybe", None)


m = M()
print([n for n, _ in m.named_parameters()])
print([n for n, _ in m.named_buffers()])
print(list(m.state_dict().keys()))
print(m.maybe, m.plain)
try:
    m.nothing
except Exception as e:
    print(type(e).__name__, e)
try:
    m.register_buffer("w", torch.zeros(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    m.register_parameter("p", torch.zeros(1))
except Exception as e:
    print(type(e).__name__, e)
m.extra = nn.Parameter(torch.zeros(1))
print([n for n, _ in m.named_parameters()])
del m.extra
print([n for n, _ in m.named_parameters()])
m.buf = torch.ones(3)
print(m.buf, "buf" in dict(m.named_buffers()))
print(isinstance(m.w, torch.Tensor), isinstance(m.w, nn.Parameter), type(m.w).__name__)
