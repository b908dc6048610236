# Spec: docs/compiler-api.md "torch.compiler.set_stance": "eager_on_recompile" runs the cached code
# when its guards pass and eagerly otherwise; "fail_on_recompile" raises PyTorch's RuntimeError on a
# cache miss; set_stance is a function, a context manager and a decorator.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt, dynamic=False)
def f(x):
    return x + 1


f(torch.ones(4))
f(torch.ones(5))
with torch.compiler.set_stance("fail_on_recompile"):
    print(f(torch.ones(4)))
    try:
        f(torch.ones(7))
    except RuntimeError as e:
        print(str(e).replace(__file__, "FILE"))
with torch.compiler.set_stance("eager_on_recompile"):
    print(f(torch.ones(5)), f(torch.ones(6)), cnt.frame_count)


@torch.compiler.set_stance("force_eager")
def run_eagerly(x):
    return f(x)


print(run_eagerly(torch.ones(3)), cnt.frame_count)
print(f(torch.ones(3)), cnt.frame_count)
torch.compiler.set_stance("fail_on_recompile")
try:
    f(torch.ones(2))
except RuntimeError as e:
    print(str(e).split(".")[0])
torch.compiler.set_stance("default")
