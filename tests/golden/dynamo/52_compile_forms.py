# Spec: torch.compile as a bare decorator, a decorator with options, a function call, and on a module
# eager-equal
import torch


@torch.compile
def a(x):
    return x + 1


@torch.compile(backend="eager", fullgraph=True)
def b(x):
    return x * 3


def c(x):
    return x - 1


class M(torch.nn.Module):
    def forward(self, x):
        return x.neg()


m = torch.compile(M(), backend="eager")
cc = torch.compile(c, backend="eager", dynamic=False)
x = torch.ones(2)
print(a(x), b(x), cc(x), m(x))
