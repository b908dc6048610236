# Spec: docs/models.md; *args / **kwargs forwarded to a submodule (CALL_FUNCTION_EX), a dict input (its
# tensors are graph inputs L['batch']['x'] named L_batch_x_) and a dict output rebuilt after the graph
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Inner(torch.nn.Module):
    def forward(self, x, mask=None, scale=1.0):
        y = x * scale
        if mask is not None:
            y = y * mask
        return y


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def call_inner(self, *args, **kwargs):
        return self.inner(*args, **kwargs)

    def forward(self, batch):
        y = self.call_inner(batch["x"], mask=batch["mask"], scale=2.0)
        return {"y": y, "z": self.call_inner(y)}


batch = {"x": torch.tensor([1.0, 2.0]), "mask": torch.tensor([1.0, 0.0])}
out = torch.compile(Model(), backend=backend)(batch)
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(out)
