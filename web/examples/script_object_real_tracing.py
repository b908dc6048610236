# Title: Script objects: tracing with the real object
# Group: Script objects: happy path
#
# A class can opt out of fake objects: if it has a method tracing_mode() returning "real",
# Dynamo uses the real object while tracing. No fake class is needed, and no guards are
# installed on its contents.
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs


def f(cc, x):
    # get() still becomes a call_torchbind node; while tracing it runs the real method to learn
    # the result's shape and dtype.
    return x + cc.get()


backend = EagerAndRecordGraphs()
cc = torch.classes._TorchScriptTesting._ConstantTensorContainer(torch.full((2,), 10.0))
print(cc.tracing_mode())
print(torch.compile(f, backend=backend)(cc, torch.ones(2)))
print(backend.graphs[0].code.strip())

# Another container with different values reuses the compiled code: at run time the graph calls
# the get() of whatever object it is given. (reset() forgets the code compiled above, so that
# the counting backend below sees the compile.)
torch._dynamo.reset()
cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
print(opt(cc, torch.ones(2)), cnt.frame_count)
other = torch.classes._TorchScriptTesting._ConstantTensorContainer(torch.full((2,), 5.0))
print(opt(other, torch.ones(2)), cnt.frame_count)
