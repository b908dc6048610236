# The torch.func examples of PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_faq.md
# ("Does torch.func work with torch.compile?"), pasted as written (torch.randn made torch.ones).
# torch.func's transforms run (prelude torch/_functorch, docs/autograd.md "torch.func"), eager and
# compiled. PyTorch traces them into higher-order ops; the playground does not: in a compiled
# function each call of a transform, or of the function it returned, is a "not supported by the
# playground yet" graph break and runs eagerly, so the compiled call returns eager's result
# (tests/golden/dynamo/424_func_transforms_graph_break shows the breaks in the logs).
# functionalize is not supported yet.
import torch

def wrapper_fn(x):
    return torch.func.grad(lambda x: x.sin().sum())(x)

x = torch.ones(3, 3, 3)
grad_x = torch.compile(wrapper_fn)(x)
print(torch.equal(grad_x, wrapper_fn(x)), grad_x[0, 0])

def my_fn(x):
    return torch.vmap(lambda x: x.sum(1))(x)

x = torch.ones(3, 3, 3)
output = torch.compile(my_fn)(x)
print(torch.equal(output, my_fn(x)), output)

g = torch.func.grad(lambda x: (x ** 3).sum())

@torch.compile
def h(x):
    return g(x) * 2

print(h(torch.tensor([1.0, 2.0])))

try:
    torch.func.functionalize(torch.sin)
except NotImplementedError as e:
    print(type(e).__name__, e)
