# logs: graph_code,recompiles
# eager-equal
# Spec: docs/dynamic-shapes.md — in-place view ops (unsqueeze_, squeeze_, t_, transpose_) on a
# graph input and on an intermediate are traced as the in-place method call (node target
# `unsqueeze_`...); under dynamic shapes `self` takes the symbolic shape of the view, and a size of
# a mutated input returned from the graph comes out of the graph (its L['x'].size() source reads
# the new shape after the call).
import torch


def f(x, y):
    h = x * 2
    h.unsqueeze_(0)
    y.t_()
    z = h.sum(-1)
    h.transpose_(0, 1)
    x.unsqueeze_(-1)
    return h + 1, z, y * 3, x.shape, h.shape


def g(x):
    x.squeeze_()
    x.squeeze_(0)
    return x.shape, x.sum()


cf = torch.compile(f, dynamic=True, backend="eager")
for n in (3, 5):
    a = torch.arange(n * 4.).view(n, 4)
    b = torch.ones(n, 2)
    r = cf(a, b)
    print(r[0].shape, r[1], r[2].shape, r[3], r[4], a.shape, b.shape, b.stride())

cg = torch.compile(g, backend="eager")
for n in (2, 4, 6):
    a = torch.ones(1, n, 1, 3)
    if n == 4:
        torch._dynamo.mark_dynamic(a, 1)
    print(cg(a), a.shape)
