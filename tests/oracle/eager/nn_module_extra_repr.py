# Printing nested custom modules: extra_repr, children order, empty modules, ModuleList inside a
# module, and repr of layers with non-default arguments.
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.layers = nn.ModuleList([nn.Linear(n, n), nn.LayerNorm(n, eps=1e-6)])
        self.act = nn.LeakyReLU(0.2, inplace=True)

    def extra_repr(self):
        return "n=" + str(self.n)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2), bias=False)
        self.bn = nn.BatchNorm2d(8, eps=1e-3, momentum=0.01, affine=False)
        self.pool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.blocks = nn.Sequential(Block(4), Block(2))
        self.drop = nn.Dropout(p=0.25)
        self.head = nn.Linear(2, 10, bias=False)


print(Net())
print(nn.Module())
print(Block(3).extra_repr())
print(nn.ELU(alpha=0.5), nn.Hardtanh(-2.0, 2.0), nn.Softmax(dim=-1), nn.LogSoftmax(1), nn.Flatten(0, 2))
