# Spec: docs/torchbind.md §2 step 3 (a torchbind object without __obj_flatten__, such as
# _ReLUClass, is wrapped as a plain user-defined object: no placeholder, no call_torchbind node);
# the object returned from the frame is the caller's object.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


def f(r, x):
    return x.sin() + 1, r


backend = EagerAndRecordGraphs()
relu = torch.classes._TorchScriptTesting._ReLUClass()
out, r = torch.compile(f, backend=backend)(relu, torch.zeros(2))
print(backend.graphs[0].code.strip())
print(r is relu)
print(out)
print(relu.run(torch.tensor([-1.0, 2.0])))
