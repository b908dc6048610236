# Spec: docs/torchbind.md §2 step 2 (real tracing installs no guards on the object's
# contents and uses no fake class: another container with a same-shaped tensor reuses the compiled
# code, and the graph calls the real get() of whichever object is passed).
import torch
from torch._dynamo.testing import CompileCounter


def f(cc, x):
    return cc.get() * x


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
x = torch.full((3,), 2.0)
a = torch.classes._TorchScriptTesting._ConstantTensorContainer(torch.ones(3))
b = torch.classes._TorchScriptTesting._ConstantTensorContainer(torch.full((3,), 5.0))
print(opt(a, x), cnt.frame_count)
print(opt(b, x), cnt.frame_count)
print(cnt.op_count)
