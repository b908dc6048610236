# The torch.func examples of PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_faq.md
# ("Does torch.func work with torch.compile?"), pasted as written (torch.randn made torch.ones):
# the playground has no functorch transforms yet, so torch.func.grad and torch.vmap say so, eager
# and compiled (the compiled frame falls back to eager, where the error is raised).
import torch

def wrapper_fn(x):
    return torch.func.grad(lambda x: x.sin().sum())(x)

x = torch.ones(3, 3, 3)
try:
    grad_x = torch.compile(wrapper_fn)(x)
except NotImplementedError as e:
    print(type(e).__name__, e)

def my_fn(x):
    return torch.vmap(lambda x: x.sum(1))(x)

x = torch.ones(3, 3, 3)
try:
    output = torch.compile(my_fn)(x)
except NotImplementedError as e:
    print(type(e).__name__, e)

for name in ("grad", "vmap", "jacrev", "functional_call"):
    try:
        getattr(torch.func, name)(torch.sin)
    except NotImplementedError as e:
        print(type(e).__name__, e)
