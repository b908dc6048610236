# Title: A ResNet block: train mode, then eval mode
# Group: Real models
#
# torchvision's BasicBlock: bias-free 3x3 convolutions, BatchNorm2d, an in-place ReLU, a strided
# 1x1 downsample branch and `out += identity`. In train mode BatchNorm normalizes with the batch's
# statistics and updates its running stats in place, inside the graph. `model.eval()` flips the
# module's `training` flag, which the first graph's guards check: the next call recompiles, and the
# second graph uses the running statistics instead. Open Guards and recompiles to see why.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class BasicBlock(nn.Module):
    def __init__(self, inplanes, planes, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = None
        if stride != 1 or inplanes != planes:
            self.downsample = nn.Sequential(nn.Conv2d(inplanes, planes, 1, stride=stride, bias=False),
                                            nn.BatchNorm2d(planes))

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


torch.manual_seed(0)
model = BasicBlock(3, 4, stride=2)
x = torch.randn(2, 3, 6, 6)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
out = compiled(x)
print("train: graphs", cnt.frame_count, out.shape)
print("running mean updated:", model.bn1.running_mean.abs().sum().item() > 0)
model.eval()
print("eval == eager:", torch.equal(compiled(x), model(x)))
print("graphs after eval():", cnt.frame_count)
