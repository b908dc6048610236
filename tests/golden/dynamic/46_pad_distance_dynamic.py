# logs: graph_code
# eager-equal
# Spec: docs/dynamic-shapes.md §Shape rules, docs/models.md §Padding, distances, one_hot — under
# dynamic=True the padding, one_hot and distance ops keep their inputs' symbols: torch._C._nn.pad
# adds both pads to each padded dim (every mode), one_hot appends num_classes, cosine_similarity /
# pairwise_distance drop the reduced dim of the broadcast shape, cdist gives (rows of x1, rows of
# x2), baddbmm (batch, rows, columns); the second call, with other sizes, reuses the graph
# (the sizes keep the first call's duck-sizing equalities).
import torch
import torch.nn.functional as F


@torch.compile(backend="eager", dynamic=True)
def f(x, labels, a, b, s, b1, b2):
    p = F.pad(x, (1, 2), mode="reflect") + F.pad(x, (2, 1)).flip(-1) + F.pad(x, (1, 2), mode="circular")
    to8 = F.pad(x, (0, x.size(-1)))  # a SymInt pad: the length doubles
    return (p, to8, F.pad(x, (0, 0, 1, 1), mode="replicate"), F.one_hot(labels, 6), F.cosine_similarity(a, b, dim=-1),
            F.pairwise_distance(a, b, keepdim=True), torch.cdist(a, b), torch.baddbmm(s, b1, b2))


torch.manual_seed(0)
for n, m in [(5, 4), (7, 6)]:
    out = f(torch.randn(2, 3, n), torch.arange(m) % 6, torch.randn(m, 9), torch.randn(m, 9), torch.randn(1, n),
            torch.randn(3, 2, m), torch.randn(3, m, n))
    for o in out:
        print(o.shape, o.sum().item() if o.is_floating_point() else o.sum().item())
