# Spec: docs/compiler-api.md "torch._dynamo.config" — config.patch as a context manager and as a
# decorator (the previous values come back on exit), the cache_size_limit alias of
# recompile_limit (one setting), torch.compiler.is_dynamo_compiling and
# cudagraph_mark_step_begin.
import torch
import torch._dynamo.config as config


def count_graphs(fn, *args):
    return torch._dynamo.explain(fn)(*args).graph_count


def f(x):
    return x * x.sum().item()


x = torch.arange(3.0)
print(count_graphs(f, x))
with config.patch(capture_scalar_outputs=True):
    torch._dynamo.reset()
    print(config.capture_scalar_outputs, count_graphs(f, x))
print(config.capture_scalar_outputs)


@config.patch("capture_scalar_outputs", True)
def run():
    torch._dynamo.reset()
    return torch.compile(f, backend="eager", fullgraph=True)(x)


print(run(), config.capture_scalar_outputs)
config.cache_size_limit = 3
print(config.recompile_limit, config.cache_size_limit)
with config.patch(recompile_limit=5):
    print(config.cache_size_limit)
print(config.recompile_limit)
try:
    config.patch(no_such_setting=1).__enter__()
except AttributeError as e:
    print("AttributeError:", e)
torch.compiler.cudagraph_mark_step_begin()
seen = []


@torch.compile(backend="eager")
def g(t):
    seen.append(torch.compiler.is_dynamo_compiling())
    return t + 1


print(g(x), seen, torch.compiler.is_dynamo_compiling())
