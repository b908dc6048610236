# logs: graph_code
# eager-equal
# Spec: docs/runtime-subclasses.md §Enums in compiled code — IntEnum / IntFlag members (and other
# int subclass instances, eagerly) are ints to torch's argument parser: a size, a dim, a list of
# dims, a scalar operand. In compiled code a member read from a global class or an input reaches the
# graph as a plain int (EnumVariable.as_proxy), inside lists too; arithmetic between members folds.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import enum

import torch


class Dim(enum.IntEnum):
    BATCH = 0
    CHANNEL = 1
    WIDTH = 2


class Size(enum.IntFlag):
    SMALL = 2
    LARGE = 4


class Meters(int):
    pass


x = torch.arange(24.0).reshape(2, 3, 4)
print(x.sum(Dim.WIDTH), torch.zeros(Size.SMALL).shape, x.permute([Dim.WIDTH, Dim.BATCH, Dim.CHANNEL]).shape)
print(x.view(Meters(6), -1).shape, torch.ones(2) * Meters(3), x.size(Dim.CHANNEL))


@torch.compile(backend="eager", fullgraph=True)
def f(x, d):
    y = x.permute([Dim.WIDTH, d, Dim.BATCH]).mean(dim=(d, Dim.BATCH))
    z = torch.ones(Size.SMALL | Size.LARGE) * Dim.WIDTH
    return y * (Dim.WIDTH + d), z, x.size(d), torch.cat([x, x], dim=Dim.CHANNEL).shape


print(f(x, Dim.CHANNEL))
