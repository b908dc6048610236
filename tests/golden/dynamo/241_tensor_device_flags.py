# eager-equal
# Spec: docs/compiler-api.md "Constants from torch" — a tensor's device and layout flags (is_cpu,
# is_cuda, is_sparse, ...) are constants while tracing, so code that branches on them compiles
# without a graph break; x.device used for new tensors inside a module's forward.
import torch
import torch.nn as nn


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 4)

    def forward(self, x):
        h = torch.zeros(x.size(0), 4, device=x.device, dtype=x.dtype)
        pos = torch.arange(x.shape[1], device=x.device)
        if x.is_cpu and not x.is_cuda and not (x.is_sparse or x.is_quantized or x.is_meta):
            return self.lin(x) + h + pos
        return x


torch.manual_seed(0)
m = M()
cm = torch.compile(m, backend="eager", fullgraph=True)
x = torch.randn(3, 4)
print(torch.equal(cm(x), m(x)), cm(x).shape, x.is_cpu, x.is_cuda, x.is_mps, x.is_nested, x.device.type)
