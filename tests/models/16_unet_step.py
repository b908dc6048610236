# Model zoo: one U-Net down/up step. The encoder convolves and max-pools; the decoder upsamples
# twice, with a ConvTranspose2d and with F.interpolate (nearest), concatenates the skip connection
# with torch.cat along channels and convolves again. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


class DoubleConv(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(cin, cout, 3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(cout, cout, 3, padding=1),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.net(x)


class UNetStep(nn.Module):
    def __init__(self, cin=2, base=4, classes=3):
        super().__init__()
        self.enc1 = DoubleConv(cin, base)
        self.enc2 = DoubleConv(base, base * 2)
        self.bottom = DoubleConv(base * 2, base * 4)
        self.pool = nn.MaxPool2d(2)
        self.up2 = nn.ConvTranspose2d(base * 4, base * 2, kernel_size=2, stride=2)
        self.dec2 = DoubleConv(base * 4, base * 2)
        self.reduce1 = nn.Conv2d(base * 2, base, 1)
        self.dec1 = DoubleConv(base * 2, base)
        self.head = nn.Conv2d(base, classes, 1)

    def forward(self, x):
        s1 = self.enc1(x)
        s2 = self.enc2(self.pool(s1))
        b = self.bottom(self.pool(s2))
        d2 = self.dec2(torch.cat([self.up2(b), s2], dim=1))
        u1 = F.interpolate(self.reduce1(d2), scale_factor=2, mode="nearest")
        d1 = self.dec1(torch.cat((u1, s1), 1))
        return self.head(d1)


torch.manual_seed(0)
model = UNetStep()
x = torch.randn(2, 2, 8, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
print(model.up2)
