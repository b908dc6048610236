# Spec: docs/models.md; `import` / `from ... import` inside the compiled function are traced (the module is
# imported while tracing, no graph break)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def scaled(x):
    import math
    from torch.nn import functional as F

    return F.relu(x) * math.pi


print(torch.compile(scaled, backend=backend)(torch.tensor([-1.0, 1.0])))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())

