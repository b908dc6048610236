# logs: recompiles
# eager-equal
# Spec: docs/dynamic-shapes.md — a compiled function returning a size with symbolic entries
# (`y.shape` of a dynamic y, `x.size()`) returns torch.Size([...]) built from the graph's SymInt
# outputs (SizeVariable.reconstruct), so the sizes stay symbolic: under mark_dynamic no
# ConstraintViolationError, under dynamic=True and automatic dynamic no recompile for new sizes
# (the one recompile logged is automatic dynamic's second compile). Found by the docs sweep
# (dynamic_shapes_core_concepts cell 1).
import torch


@torch.compile(backend="eager")
def f(x):
    y = torch.cat([x, x], dim=0)
    return y.shape, y.sum()


x = torch.ones(5, 3)
torch._dynamo.mark_dynamic(x, 0)
print(f(x))
print(f(torch.ones(7, 3)))


@torch.compile(backend="eager", dynamic=True)
def g(x):
    return x.size(), x.shape[1] + 1, torch.Size([x.shape[0], 2])


print(g(torch.ones(2, 3)), g(torch.ones(4, 6)))


@torch.compile(backend="eager")
def h(x):
    return x.reshape(-1, 2).shape


print(h(torch.ones(4, 2)), h(torch.ones(6, 2)), h(torch.ones(8, 2)))
