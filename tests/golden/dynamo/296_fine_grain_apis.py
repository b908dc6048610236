# logs: graph_code,graph_breaks
# Spec: PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_fine_grain_apis.md (the
# table of APIs, no code cells on the page): torch.compiler.disable, torch._dynamo.disallow_in_graph
# (a torch op becomes the "Attempted to call function marked as skipped" break for a C builtin,
# variables/functions.py SkipFunctionVariable; IncorrectUsage for a callable that was not in the
# graph; allow_in_graph undoes it), torch.compiler.allow_in_graph, torch._dynamo.graph_break,
# torch.compiler.is_compiling / is_dynamo_compiling / is_exporting (constant while tracing) and
# torch.compiler.assume_constant_result (called while tracing, its result baked into the graph).
import torch


@torch.compiler.disable
def a_fn(x):
    return x.cos()


flags = []


@torch.compile(backend="eager")
def fn(x):
    x = x + 1
    y = a_fn(x)
    flags.append((torch.compiler.is_compiling(), torch.compiler.is_dynamo_compiling(), torch.compiler.is_exporting()))
    return y * 2


print(fn(torch.ones(3)), flags)
print(torch.compiler.is_compiling(), torch.compiler.is_dynamo_compiling(), torch.compiler.is_exporting())

torch._dynamo.disallow_in_graph(torch.sub)


@torch.compile(backend="eager")
def g(x):
    x = x + 1
    x = torch.sub(x, 1)
    torch._dynamo.graph_break()
    return x * 3


print(g(torch.ones(2)))
torch._dynamo.allow_in_graph(torch.sub)
torch._dynamo.reset()
print(g(torch.ones(2)))

try:
    torch._dynamo.disallow_in_graph(print)
except torch._dynamo.exc.IncorrectUsage as e:
    print(type(e).__name__, e)

calls = []


@torch.compiler.allow_in_graph
def my_black_box(x):
    return x * 5


@torch.compiler.assume_constant_result
def get_scale(k=1):
    calls.append(k)
    return 7 * k


@torch.compile(backend="eager", fullgraph=True)
def h(x):
    return my_black_box(x) + get_scale() + get_scale(k=2)


print(h(torch.ones(2)), calls)
print(h(torch.ones(2)), calls)
print(get_scale(3), calls, get_scale._dynamo_marked_constant)
