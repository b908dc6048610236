# logs: graph_code
# eager-equal
# Spec: docs/models.md §Padding, distances, one_hot — the graph code PyTorch 2.9 records for them:
# F.pad is a Python function trace_rules does not list, so Dynamo inlines it and records the
# torch._C._nn.pad(input, pad, mode, value) it calls (mode and value filled in, the pad tuple as
# given); F.one_hot is the C builtin torch._C._nn.one_hot; F.normalize and F.interpolate are in-graph
# Python functions of torch.nn.functional; F.cosine_similarity is torch.cosine_similarity (a C
# builtin) and torch.cdist torch.functional.cdist (in-graph); baddbmm is torch.baddbmm or a Tensor
# method. F.one_hot without num_classes needs the data (self.max().item() on the fake tensor):
# the "Data dependent operator" graph break on aten._local_scalar_dense, then eager.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.pad = nn.ZeroPad2d((1, 0, 0, 1))
        self.sim = nn.CosineSimilarity(dim=-1)

    def forward(self, x, y, labels, b1, b2):
        p = F.pad(x, (1, 2), mode="reflect")
        q = self.pad(x)
        r = F.pad(x, [1, 1], value=-100)
        onehot = F.one_hot(labels, 4)
        n = F.normalize(y, dim=-1)
        c = self.sim(y, n + 1)
        d = torch.cdist(y, y + 1)
        e = torch.baddbmm(b1, b1, b2, alpha=0.5)
        f = F.interpolate(x, scale_factor=2)
        return p, q, r, onehot, n, c, d, e.baddbmm(b1, b2), f


torch.manual_seed(0)
m = Head()
args = (torch.randn(1, 2, 3), torch.randn(3, 4), torch.tensor([0, 3, 1]), torch.randn(2, 2, 2), torch.randn(2, 2, 2))
for o in torch.compile(m, backend="eager", fullgraph=True)(*args):
    print(o)


@torch.compile(backend="eager")
def classes(labels, x):
    return F.one_hot(labels).float() * x.sin()


print(classes(torch.tensor([2, 0]), torch.ones(2, 1)))
