# Model zoo: a feature-pyramid top-down pathway: a strided backbone, 1x1 lateral convolutions, and
# nn.Upsample (bilinear, align_corners=False; and nearest by size) merging coarse maps into finer
# ones with `+`, then 3x3 smoothing convolutions. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class TinyFPN(nn.Module):
    def __init__(self, out=4):
        super().__init__()
        self.c1 = nn.Conv2d(3, 4, 3, stride=2, padding=1)
        self.c2 = nn.Conv2d(4, 8, 3, stride=2, padding=1)
        self.c3 = nn.Conv2d(8, 16, 3, stride=2, padding=1)
        self.lat = nn.ModuleList([nn.Conv2d(c, out, 1) for c in (4, 8, 16)])
        self.smooth = nn.Conv2d(out, out, 3, padding=1)
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)
        self.up_to = nn.Upsample(size=(8, 8), mode="nearest")

    def forward(self, x):
        f1 = torch.relu(self.c1(x))
        f2 = torch.relu(self.c2(f1))
        f3 = torch.relu(self.c3(f2))
        p3 = self.lat[2](f3)
        p2 = self.lat[1](f2) + self.up(p3)
        p1 = self.lat[0](f1) + self.up_to(p2)
        return self.smooth(p1), p2, p3


torch.manual_seed(0)
model = TinyFPN()
print(model.up, model.up_to)
x = torch.randn(1, 3, 16, 16)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", all(torch.equal(a, e) for a, e in zip(actual, expected)))
print([t.shape for t in actual])
