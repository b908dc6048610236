# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Sets" — set comprehensions (a nested function with BUILD_SET /
# SET_ADD) over tensors' shapes and constants, a set built by an inlined helper and returned
# through it, a set of the sizes of tensors used to pick a branch, and `{*a, *b}` (SET_UPDATE):
# one graph, fullgraph=True.
import torch

KINDS = frozenset({"sum", "mean"})


def shapes(*ts):
    return {tuple(t.shape) for t in ts}


@torch.compile(backend="eager", fullgraph=True)
def f(x, y, kind):
    sh = shapes(x, y, x)
    merged = {*[1, 2], *(2, 3)}
    if len(sh) == 1 and kind in KINDS:
        z = (x + y).sum() if kind == "sum" else (x + y).mean()
    else:
        z = x.sum()
    return z * len(merged), sh, merged


print(f(torch.ones(2, 3), torch.ones(2, 3), "sum"))
print(f(torch.ones(2, 3), torch.ones(3), "mean"))
