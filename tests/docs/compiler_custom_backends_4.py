# From PyTorch 2.9 docs/source/torch.compiler_custom_backends.md, "Overview", "Registering Custom
# Backends" and "Composable Backends": a backend function passed to torch.compile and to the
# decorator; @register_backend then backend="my_compiler"; lookup_backend falling back from an
# unknown "tensorrt" to "inductor". The page's `def f(...): ...` bodies are filled in (sin, cos)
# and the results printed.
import torch

def my_custom_backend(gm, example_inputs):
    return gm.forward

def f(x):
    return x.sin() + 1

f_opt = torch.compile(f, backend=my_custom_backend)

@torch.compile(backend=my_custom_backend)
def g(x):
    return x.cos() * 2

print(f_opt(torch.ones(3)), g(torch.ones(3)))

from torch._dynamo import register_backend

@register_backend
def my_compiler(gm, example_inputs):
    print("my_compiler", len(example_inputs))
    return gm.forward

print(torch.compile(f, backend="my_compiler")(torch.ones(2)))
print("my_compiler" in torch._dynamo.list_backends())

from typing import List
from torch._dynamo import lookup_backend
def my_compiler(gm: torch.fx.GraphModule, example_inputs: List[torch.Tensor]):
    try:
        trt_compiled = lookup_backend("tensorrt")(gm, example_inputs)
        if trt_compiled is not None:
            return trt_compiled
    except Exception:
        pass
    # first backend failed, try something else...
    try:
        inductor_compiled = lookup_backend("inductor")(gm, example_inputs)
        if inductor_compiled is not None:
            return inductor_compiled
    except Exception:
        pass
    return gm.forward
print(torch.compile(f, backend=my_compiler)(torch.arange(3.0)))
try:
    lookup_backend("tensorrt")
except Exception as e:
    print(type(e).__name__, e)
