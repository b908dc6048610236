# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "torch.cond" — branches that read tensors besides their operands: the
# free variables are lifted into inputs of both bodies (speculate_subgraph + _merge_graph_inputs):
# after the operands, the ones both branches read (sorted by name), then those of the true branch
# only (suffix `_true_branch`), then of the false branch only (`_false_branch`); the cond node's
# operand tuple gets the frame's nodes in that order. A global tensor first read in a branch becomes
# an input of the frame's graph (G_w_). At run time the pred picks the body.
import torch

w = torch.tensor([2.0, 3.0])


@torch.compile(backend="eager", fullgraph=True)
def f(x, y, z):
    s = z * 2

    def true_fn(a):
        return a * y + w + s

    def false_fn(a):
        return a - y - z

    return torch.cond(x.sum() > 0, true_fn, false_fn, (x,))


@torch.compile(backend="eager", fullgraph=True)
def g(x):
    def true_fn():
        return torch.sin(x)

    def false_fn():
        return torch.cos(x)

    return torch.cond(x.sum() > 0, true_fn, false_fn, ())


y = torch.tensor([5.0, 6.0])
z = torch.tensor([0.5, 0.25])
print(f(torch.ones(2), y, z))
print(f(-torch.ones(2), y, z))
print(g(torch.ones(2)))
print(g(-torch.ones(2)))
