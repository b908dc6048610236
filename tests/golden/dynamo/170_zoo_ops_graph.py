# logs: graph_code
# Spec: docs/models.md §Ops the zoo needs — how the model zoo's ops appear in graph code, as
# PyTorch 2.9 prints them: F.conv1d / F.conv_transpose2d are the C builtins torch.conv1d /
# torch.conv_transpose2d; F.avg_pool2d and F.scaled_dot_product_attention are torch._C._nn
# builtins; F.interpolate is a Python function of torch.nn.functional and torch.einsum one of
# torch.functional (trace_rules lists both as in-graph functions, so each call is one node);
# scatter_add / scatter / repeat_interleave are Tensor methods.
import torch
import torch.nn.functional as F


def f(x, w, seq, idx, q):
    a = F.conv1d(seq, w, padding=1)
    b = F.avg_pool2d(x, 2)
    c = F.interpolate(x, scale_factor=2, mode="nearest")
    d = F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True)
    e = torch.einsum("bhqd,bhkd->bhqk", q, q)
    g = torch.zeros(3, 4).scatter_add(0, idx, torch.ones(2, 4))
    h = g.scatter(1, idx, 2.0)
    i = seq.repeat_interleave(2, dim=-1)
    j = F.scaled_dot_product_attention(q, q, q, is_causal=True)
    k = F.conv_transpose2d(x, torch.ones(2, 1, 2, 2), stride=2)
    return a, b, c, d, e, g, h, i, j, k


torch.manual_seed(0)
args = (torch.randn(1, 2, 4, 4), torch.randn(3, 2, 3), torch.randn(1, 2, 5), torch.tensor([[0, 1, 2, 0], [1, 1, 0, 2]]),
        torch.randn(1, 2, 3, 4))
out = torch.compile(f, backend="eager")(*args)
print([tuple(o.shape) for o in out])
print("same as eager:", all(torch.equal(a, b) for a, b in zip(out, f(*args))))
