# logs: graph_code,recompiles
# Spec: docs/dynamo-formats.md §Inlining — functools.partial as PyTorch's FunctoolsPartialVariable:
# built in compiled code without a break, called by inlining its function with the stored
# arguments first, rebuilt after a graph break and when returned; a partial argument is read from
# its sources (L['p'].func, .args[i], .keywords['k']), guarded on its args' length and keywords.
import functools

import torch


def affine(x, w, b=0.0, scale=1.0):
    return (x * w + b) * scale


@torch.compile(backend="eager")
def build(x):
    p = functools.partial(affine, w=2.0, b=1.0)
    y = p(x, scale=3.0)
    print("break")
    return p(y), p


out, p = build(torch.ones(2))
print(out, p.func.__name__, p.args, sorted(p.keywords))


@torch.compile(backend="eager")
def use(p, x):
    return p(x)


print(use(functools.partial(affine, w=torch.full((2,), 3.0)), torch.ones(2)))
print(use(functools.partial(affine, w=torch.full((2,), 3.0), b=5.0), torch.ones(2)))
