# Model zoo: forward(*args, **kwargs) forwarding to an inner module, a dict input (a batch) and a
# tuple output. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 4)

    def forward(self, x, mask=None, scale=1.0):
        y = self.proj(x) * scale
        if mask is not None:
            y = y * mask
        return y


class Wrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def forward(self, *args, **kwargs):
        return self.inner(*args, **kwargs)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.wrapped = Wrapper()

    def forward(self, batch):
        x = batch["x"]
        kwargs = {"mask": batch["mask"], "scale": 2.0}
        y = self.wrapped(x, **kwargs)
        z = self.wrapped(*(y,), scale=0.5)
        return y, z


torch.manual_seed(0)
model = Model()
batch = {"x": torch.randn(3, 4), "mask": (torch.randn(3, 4) > 0).float()}
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(batch)
actual = compiled(batch)
print("graphs:", cnt.frame_count)
print("same as eager:", all(torch.equal(a, e) for a, e in zip(actual, expected)))
print(type(actual).__name__, len(actual))
