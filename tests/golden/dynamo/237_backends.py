# Spec: docs/compiler-api.md "Backends" — the backend registry (torch/_dynamo/backends/registry.py):
# list_backends() leaves out the debug backends unless asked; an unknown name fails when
# torch.compile is called (InvalidBackend); a backend that raises fails the call as
# BackendCompilerFailed naming the backend; backends that need an accelerator or another package
# say "not supported by the playground yet"; every other registered backend runs the graph.
import torch


def fn(x):
    return torch.cos(x) + 1


x = torch.arange(3.0)
print(torch._dynamo.list_backends())
print(torch.compiler.list_backends(exclude_tags=()))

try:
    torch.compile(fn, backend="nope")
except Exception as e:
    print(type(e).__name__, e)


def broken_backend(gm, example_inputs):
    raise ValueError("cannot compile " + str(len(list(gm.graph.nodes))) + " nodes")


try:
    torch.compile(fn, backend=broken_backend)(x)
except Exception as e:
    print(type(e).__module__, type(e).__name__)
    print(e)

try:
    torch.compile(fn, backend="cudagraphs")(x)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[1])

for name in torch.compiler.list_backends(exclude_tags=()):
    if name in ("cudagraphs", "onnxrt", "openxla", "tvm"):
        continue
    torch._dynamo.reset()
    print(name, torch.equal(torch.compile(fn, backend=name)(x), fn(x)))
