# Mirrors the first sections of pytorch/tutorials intermediate_source/torch_compile_tutorial.py
# ("Introduction to torch.compile": a compiled function, the decorator, a compiled Module), pasted
# as written. Adapted: torch.manual_seed(0); CPU; the module compiled with torch.compile(mod) only
# (PyTorch 1.13, which prints the expected eager output, has no Module.compile).
import torch

torch.manual_seed(0)


def foo(x, y):
    a = torch.sin(x)
    b = torch.cos(y)
    return a + b


opt_foo1 = torch.compile(foo)
print(opt_foo1(torch.randn(3, 3), torch.randn(3, 3)))


@torch.compile
def opt_foo2(x, y):
    a = torch.sin(x)
    b = torch.cos(y)
    return a + b


print(opt_foo2(torch.randn(3, 3), torch.randn(3, 3)))


def inner(x):
    return torch.sin(x)


@torch.compile
def outer(x, y):
    a = inner(x)
    b = torch.cos(y)
    return a + b


print(outer(torch.randn(3, 3), torch.randn(3, 3)))


class MyModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 3)

    def forward(self, x):
        return torch.nn.functional.relu(self.lin(x))


mod = MyModule()
t = torch.randn(10, 3)
opt_mod = torch.compile(mod)
print(opt_mod(t))
print(mod(t))


def f1(x, y):
    if x.sum() < 0:
        return -y
    return y


@torch.compile
def f2(x, y):
    return f1(x, y)


x = torch.randn(3, 3)
y = torch.randn(3, 3)
print(f2(x, y))
print(f2(-x, y))
