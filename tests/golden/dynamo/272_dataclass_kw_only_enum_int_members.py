# logs: recompiles
# eager-equal
# Spec: docs/stdlib.md (dataclasses, enum) — dataclasses with kw_only / KW_ONLY / slots / InitVar
# built inside compiled code (the generated __init__ binds keyword-only arguments, passes InitVars
# to __post_init__, a slots class has no __dict__), and IntEnum / IntFlag / StrEnum members (int /
# str instances now) as arguments: constants guarded by identity, their int / str behaviour folded
# at trace time (another member recompiles: the recompiles log). fullgraph=True: no graph breaks.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import dataclasses
import enum
from dataclasses import KW_ONLY, InitVar, dataclass, field

import torch


@dataclass(kw_only=True)
class Opts:
    scale: float
    shift: float = 0.0


@dataclass
class Layer:
    width: int
    _: KW_ONLY
    bias: bool = True
    tags: list = field(default_factory=list)


@dataclass(slots=True)
class Pt:
    x: float
    y: float = 1.0


@dataclass
class Scaled:
    base: float
    factor: InitVar[float] = 2.0
    out: float = field(init=False)

    def __post_init__(self, factor):
        self.out = self.base * factor


class Act(enum.IntEnum):
    RELU = 1
    TANH = 2


class Mode(enum.StrEnum):
    TRAIN = enum.auto()
    EVAL = enum.auto()


class Perm(enum.IntFlag):
    R = 4
    W = 2


@torch.compile(backend="eager", fullgraph=True)
def f(x, act, mode, perm):
    o = Opts(scale=2.0)
    l = Layer(3, bias=False, tags=[act])
    p = Pt(1.5)
    s = Scaled(0.5, 4.0)
    y = x * o.scale + o.shift + l.width + p.x * p.y + s.out
    y = y * act + len(l.tags)
    if mode == "train":
        y = y + 1
    if perm & Perm.W:
        y = y - 1
    return y, act + 1, int(act), mode.upper(), mode + "!", perm | Perm.R, isinstance(act, int), l, p, s


x = torch.ones(2)
for args in [(Act.RELU, Mode.TRAIN, Perm.W), (Act.TANH, Mode.EVAL, Perm.R), (Act.RELU, Mode.EVAL, Perm.R | Perm.W)]:
    print(f(x, *args))
print(Pt.__slots__, dataclasses.fields(Scaled)[1].name)
