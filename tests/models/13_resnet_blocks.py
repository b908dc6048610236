# Model zoo: ResNet basic and bottleneck blocks (Conv2d without bias + BatchNorm2d, a strided
# downsample branch in an nn.Sequential, in-place ReLU, residual add), run in train mode (batch
# statistics, running stats updated in place) and in eval mode (running stats). PyTorch 2.9: one
# graph per mode (the second call recompiles on the `training` flag).
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


def conv3x3(in_planes, out_planes, stride=1):
    return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=1, bias=False)


def conv1x1(in_planes, out_planes, stride=1):
    return nn.Conv2d(in_planes, out_planes, kernel_size=1, stride=stride, bias=False)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = conv3x3(inplanes, planes, stride)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(planes, planes)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x):
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        out = self.relu(out)
        return out


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        width = planes
        self.conv1 = conv1x1(inplanes, width)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = conv3x3(width, width, stride)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = conv1x1(width, planes * self.expansion)
        self.bn3 = nn.BatchNorm2d(planes * self.expansion)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = downsample

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class TinyResNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1, bias=False), nn.BatchNorm2d(4), nn.ReLU(inplace=True))
        down = nn.Sequential(conv1x1(4, 8, stride=2), nn.BatchNorm2d(8))
        self.layer1 = nn.Sequential(BasicBlock(4, 4), BasicBlock(4, 8, stride=2, downsample=down))
        self.layer2 = Bottleneck(8, 2)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        x = self.layer2(self.layer1(self.stem(x)))
        return self.fc(torch.flatten(self.pool(x), 1))


torch.manual_seed(0)
model = TinyResNet()
torch.manual_seed(0)
twin = TinyResNet()  # the same weights: eager runs on the twin, so both see one update of the running stats
x = torch.randn(2, 3, 8, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = twin(x)
actual = compiled(x)
print("train graphs:", cnt.frame_count)
print("train same as eager:", torch.equal(actual, expected))
print("running stats same:", torch.equal(model.stem[1].running_mean, twin.stem[1].running_mean),
      int(model.stem[1].num_batches_tracked))
model.eval()
twin.eval()
expected = twin(x)
actual = compiled(x)
print("graphs after eval():", cnt.frame_count)
print("eval same as eager:", torch.equal(actual, expected))
print(actual.shape)
