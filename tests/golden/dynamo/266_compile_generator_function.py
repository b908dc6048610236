# logs: graph_breaks
# Spec: docs/runtime-subclasses.md §Generators — torch.compile applied to a generator function
# itself: ConvertFrameAssert refuses the frame before tracing with "Attempt to trace generator"
# (GB0003). fullgraph=True raises it as torch._dynamo.exc.Unsupported when the generator is
# created (so this program differs from its eager run by design); without fullgraph the Unsupported
# is swallowed and the generator runs eagerly, with no graph and no graph-break log.
import torch


@torch.compile(backend="eager")
def gen_default(x):
    yield x + 1
    yield x * 2


print(list(gen_default(torch.ones(2))))


@torch.compile(backend="eager", fullgraph=True)
def gen_full(x):
    yield x + 1


try:
    gen_full(torch.ones(2))
except Exception as e:
    print(type(e).__module__ + "." + type(e).__name__)
    print(str(e))
