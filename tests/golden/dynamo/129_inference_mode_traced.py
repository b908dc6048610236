# Spec: docs/compiler-api.md "torch.inference_mode": `with torch.inference_mode():` inside compiled
# code is traced without a graph break (InferenceModeVariable): an `_enter_inference_mode(True)`
# node, the body, an `_exit_inference_mode` node on its result; eagerly the mode turns autograd
# recording off and restores it on exit.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(backend=cnt, fullgraph=True)
def f(x):
    with torch.inference_mode():
        y = x * 2
    return y + 1


x = torch.ones(2, requires_grad=True)
print(f(x), torch.is_grad_enabled(), torch.is_inference_mode_enabled(), cnt.frame_count)
print(cnt.graphs[0].code.strip())
with torch.inference_mode():
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled(), (x * 2).requires_grad)
with torch.inference_mode(False):
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())


@torch.inference_mode()
def g(x):
    return x * 3, torch.is_inference_mode_enabled()


print(g(x))
