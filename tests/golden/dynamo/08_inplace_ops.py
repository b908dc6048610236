# Spec: docs/dynamo-formats.md §1.13 Example C (in-place method, torch.nn.functional.relu_ recorded as torch.relu_, last-use deletion)
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs, normalize_gm

backend = EagerAndRecordGraphs()


@torch.compile(backend=backend, fullgraph=True)
def f(x):
    return x.add_(1.0) + torch.nn.functional.relu_(x)


x = torch.tensor([[-2.0, -1.0, 0.0, 1.0], [2.0, 3.0, -4.0, 5.0], [0.5, -0.5, 1.5, -1.5]])
out = f(x)
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
print(out)
print(x)
