# logs: graph_code
# eager-equal
# Spec: docs/runtime-subclasses.md §Enums in compiled code — a model config holding enum members
# (a dataclass field, a module attribute): `if cfg.mode == Mode.TRAIN:` is decided at trace time, a
# dict keyed by members is indexed by a member, `.value` picks a string, and an IntEnum is an
# argument of tensor ops (a dim, a repeat count) that reaches the graph as an int.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import dataclasses
import enum

import torch
import torch.nn as nn


class Mode(str, enum.Enum):
    TRAIN = "train"
    EVAL = "eval"


class Act(enum.Enum):
    RELU = "relu"
    GELU = "gelu"


class Heads(enum.IntEnum):
    ONE = 1
    TWO = 2


ACTIVATIONS = {Act.RELU: torch.relu, Act.GELU: torch.nn.functional.gelu}


@dataclasses.dataclass
class Config:
    mode: Mode
    act: Act
    heads: Heads


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.scale = {Mode.TRAIN: 0.5, Mode.EVAL: 1.0}

    def forward(self, x):
        x = ACTIVATIONS[self.cfg.act](x) * self.scale[self.cfg.mode]
        if self.cfg.mode == Mode.TRAIN:
            x = x + 1
        x = x.repeat(self.cfg.heads, 1)
        return x.flatten(start_dim=Heads.ONE), self.cfg.mode.value


block = Block(Config(Mode.TRAIN, Act.GELU, Heads.TWO))
x = torch.tensor([[-1.0, 0.0, 2.0]])
print(torch.compile(block, backend="eager")(x))
block.cfg.mode = Mode.EVAL
print(torch.compile(block, backend="eager")(x))
