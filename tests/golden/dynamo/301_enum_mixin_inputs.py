# logs: graph_code,guards
# eager-equal
# Spec: docs/runtime-subclasses.md §Enums in compiled code — members of enum classes mixed with
# str and int (`class Mode(str, Enum)`, IntEnum, StrEnum, IntFlag) given to a compiled function
# are PyTorch's EnumVariable: constants guarded by identity (ID_MATCH). `.value` / `.name` of an
# input member are read through `L['mode'].value` (EQUALS_MATCH guards); a member named through
# its class (`Mode.TRAIN`) has no source, so only the class is guarded. Comparisons with members
# and with plain strings, `in` on flags and arithmetic on an IntEnum fold at trace time; an IntEnum
# passed as `dim` reaches the graph as a plain int (EnumVariable.as_proxy).
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import enum

import torch


class Mode(str, enum.Enum):
    TRAIN = "train"
    EVAL = "eval"


class Dim(enum.IntEnum):
    ROWS = 0
    COLS = 1


class Color(enum.StrEnum):
    RED = "red"
    BLUE = "blue"


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


@torch.compile(backend="eager", fullgraph=True)
def f(x, mode, d, c, p):
    y = x.sum(dim=d)
    if mode == Mode.TRAIN:
        y = y * 2
    if mode == "eval":
        y = y + 100
    y = y + (d + 1) * 10 + len(c.value)
    if Perm.W in p:
        y = y - int(p & Perm.W)
    return y, mode.value, mode.name, d * 3, p | Perm.X, c == "red"


x = torch.arange(6.0).reshape(2, 3)
print(f(x, Mode.TRAIN, Dim.ROWS, Color.RED, Perm.R | Perm.W))
print(isinstance(Mode.TRAIN, str), Mode.TRAIN.upper(), Dim.COLS + 1, repr(Perm.R | Perm.X))
