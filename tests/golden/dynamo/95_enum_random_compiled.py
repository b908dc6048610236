# Spec: docs/stdlib.md — enum members in compiled code are constants guarded by identity (ID_MATCH,
# PyTorch's EnumVariable): `mode is Mode.TRAIN`, `act == Act.TANH` and flag tests on members fold at
# trace time, a call with another member recompiles, and the results equal eager. The inputs come
# from the random module (CPython's Mersenne Twister: the same numbers as real Python).
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import enum
import random

import torch


class Mode(enum.Enum):
    TRAIN = 1
    EVAL = 2


class Act(enum.IntEnum):
    RELU = 0
    TANH = 1


class Opt(enum.Flag):
    SCALE = enum.auto()
    SHIFT = enum.auto()


@torch.compile(backend="eager")
def f(x, mode, act, opt):
    if mode is Mode.TRAIN:
        x = x * 2
    if Opt.SCALE in opt:
        x = x * 3
    if opt & Opt.SHIFT:
        x = x + 1
    if act == Act.TANH:
        return torch.tanh(x)
    return torch.relu(x)


random.seed(0)
x = torch.tensor([round(random.uniform(-1, 1), 4) for _ in range(4)])
print(x)
calls = [(Mode.TRAIN, Act.RELU, Opt.SCALE), (Mode.TRAIN, Act.TANH, Opt.SHIFT),
         (Mode.EVAL, Act.RELU, Opt.SCALE | Opt.SHIFT), (Mode.EVAL, Act.TANH, Opt(0)),
         (Mode.TRAIN, Act.RELU, Opt.SCALE)]
for mode, act, opt in calls:
    print(mode.name, act.name, opt, f(x, mode, act, opt))
print(random.randint(1, 100), random.choice(list(Mode)), random.sample(list(Act), 2))
