# Spec: docs/models.md; a Conv2d + BatchNorm2d + ReLU block: F.conv2d is torch.conv2d (a builtin) and
# F.batch_norm an in-graph torch.nn.functional function; in train mode num_batches_tracked.add_(1) is
# in the graph, and module.eval() recompiles (the `training` flag is guarded)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class ConvBN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 2, 3, padding=1, bias=False)
        self.bn = torch.nn.BatchNorm2d(2)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


m = ConvBN()
with torch.no_grad():
    m.conv.weight.copy_(torch.tensor([[[[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]], [[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]]]) / 4)
x = (torch.arange(2 * 4 * 4) % 5).float().reshape(2, 1, 4, 4)
compiled = torch.compile(m, backend=backend)
out = compiled(x)
m.eval()
out_eval = compiled(x)
print(len(backend.graphs))
for gm in backend.graphs:
    print(gm.code.strip())
print(out[0, 1])
print(out_eval[0, 1])
print(m.bn.running_mean, m.bn.num_batches_tracked)
