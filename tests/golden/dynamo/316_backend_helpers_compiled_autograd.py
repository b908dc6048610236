# Spec: docs/compiler-api.md "Backends" — what the custom-backends page and the compiled autograd
# tutorial (pytorch/tutorials intermediate_source/compiled_autograd_tutorial.py) import:
# functorch.compile.make_boxed_func calls the function with one list of arguments; a backend made by
# torch._dynamo.backends.common.aot_autograd fails in the backend (BackendCompilerFailed, "not
# supported by the playground yet": no AOTAutograd); torch._dynamo.utils.counters["stats"]
# ["unique_graphs"] counts the graphs compiled since counters.clear() (the tutorial's 3 graphs of a
# function with two graph breaks); torch._dynamo.config.compiled_autograd = True changes nothing
# (the backward runs eagerly, same gradients) and compiled_autograd.enable says it is not there.
import torch
from torch._dynamo.backends.common import aot_autograd
from functorch.compile import make_boxed_func

torch.manual_seed(0)

boxed = make_boxed_func(lambda a, b: a + b)
print(boxed([torch.ones(2), torch.ones(2)]), boxed._boxed_call)


def my_compiler(gm, example_inputs):
    return make_boxed_func(gm.forward)


my_backend = aot_autograd(fw_compiler=my_compiler)  # bw_compiler=my_compiler
model = torch.nn.Linear(3, 2)
model_opt = torch.compile(model, backend=my_backend)
try:
    model_opt(torch.randn(4, 3))
except Exception as e:
    print(type(e).__name__)
    print(e)


@torch.compile(backend="aot_eager")
def fn(x):
    # 1st graph
    temp = x + 10
    torch._dynamo.graph_break()
    # 2nd graph
    temp = temp + 10
    torch._dynamo.graph_break()
    # 3rd graph
    return temp.sum()


x = torch.randn(10, 10, requires_grad=True)
torch._dynamo.utils.counters.clear()
loss = fn(x)

# 1. base torch.compile
loss.backward(retain_graph=True)
assert(torch._dynamo.utils.counters["stats"]["unique_graphs"] == 3)
print(dict(torch._dynamo.utils.counters["stats"]))
torch._dynamo.utils.counters.clear()
print(dict(torch._dynamo.utils.counters["stats"]))
print(x.grad[0, :3])

try:
    with torch._dynamo.compiled_autograd.enable(torch.compile(backend="aot_eager")):
        loss.backward()
except NotImplementedError as e:
    print(e)


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(10, 10)

    def forward(self, x):
        return self.linear(x)


model = Model()
x = torch.randn(10)

torch._dynamo.config.compiled_autograd = True
@torch.compile
def train(model, x):
    loss = model(x).sum()
    loss.backward()

train(model, x)
print(model.linear.weight.grad[0, :3], model.linear.bias.grad[:3])
