# Spec: docs/torchbind.md §2 step 2 (tracing_mode() == "real": a placeholder whose example is
# the real object, no fake class needed), §5.2 (the real method computes the example value),
# §9.1 (_ConstantTensorContainer.get() returns its tensor).
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


def f(cc, x):
    return x + cc.get()


backend = EagerAndRecordGraphs()
cc = torch.classes._TorchScriptTesting._ConstantTensorContainer(torch.full((2, 2), 10.0))
print(cc.tracing_mode())
out = torch.compile(f, backend=backend)(cc, torch.ones(2, 2))
print(backend.graphs[0].code.strip())
print(out)
