# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Sets" — a set made in the trace may hold tensors (SetVariable's
# SetElement compares fake tensors by identity: `{a, b, a}` has two elements, `a in s` is True);
# a set of tensors from outside the frame is PyTorch's graph break "Attempted to wrap a set with
# tensors" (gb0222), also when a resume function receives one made before a graph break.
# Iterating a set of tensors is a playground limitation (eager iterates it in the order of the
# tensors' ids; PyTorch's insertion order could give another result), so the loop runs eagerly.
import torch


@torch.compile(backend="eager", fullgraph=True)
def h(x):
    a = x + 1
    b = x * 2
    s = {a, b, a}
    return len(s), a in s, x in s


print(h(torch.ones(2)))


@torch.compile(backend="eager")
def loop(x):
    s = {x + 1, x * 2}
    n = 0
    for t in s:
        n = n + t.sum()
    return n


print(loop(torch.ones(2)))


@torch.compile(backend="eager")
def k(x, ts):
    return x + len(ts)


x = torch.ones(2)
print(k(x, {x}))


@torch.compile(backend="eager")
def g(x):
    s = {x + 1}
    torch._dynamo.graph_break()
    return len(s)


print(g(x))
