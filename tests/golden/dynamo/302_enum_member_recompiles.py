# logs: recompiles
# eager-equal
# Spec: docs/runtime-subclasses.md §Enums in compiled code — an enum member argument is guarded by
# identity (ID_MATCH, PyTorch's EnumVariable), so a call with another member of the same class
# recompiles, and the failed guard is reported with the argument's name; the same member again
# reuses its entry. IntEnum and str-mixin members behave alike.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import enum

import torch


class Reduction(str, enum.Enum):
    SUM = "sum"
    MEAN = "mean"


class Axis(enum.IntEnum):
    BATCH = 0
    FEATURE = 1


@torch.compile(backend="eager")
def reduce(x, how, axis):
    if how is Reduction.SUM:
        return x.sum(axis)
    return x.mean(axis)


x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(reduce(x, Reduction.SUM, Axis.BATCH))
print(reduce(x, Reduction.MEAN, Axis.BATCH))
print(reduce(x, Reduction.MEAN, Axis.FEATURE))
print(reduce(x, Reduction.SUM, Axis.BATCH))
