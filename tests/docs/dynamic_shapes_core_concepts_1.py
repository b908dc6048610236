# From PyTorch 2.9 docs/source/compile/dynamic_shapes_core_concepts.md, "Symbolic integers": the
# page's first block, run as written (eagerly, as the page has no torch.compile around it: the
# shapes in its comments are what a compiled region would see), then the same in a compiled
# function, where y = torch.cat([x, x]) has shape [2*s0, 5] and returning y.shape keeps it symbolic
# (torch.Size of the graph's SymInt outputs: no specialization, no recompile for 7 rows). Adapted:
# prints added.
import torch

x = torch.randn(5, 5) # this tensor has a shape [5, 5]
torch._dynamo.decorators.mark_dynamic(x, 0)
x = torch.randn(5, 5) # this tensor has a shape [s0, 5]
y = torch.cat([x, x], dim=0) # this tensor has a shape [2*s0, 5]
print(x.shape, y.shape)

@torch.compile(backend="eager")
def f(x):
    y = torch.cat([x, x], dim=0)
    return y.shape, y.sum()


x = torch.ones(5, 5)
torch._dynamo.decorators.mark_dynamic(x, 0)
print(f(x))
print(f(torch.ones(7, 5)))
