# dataclasses under from __future__ import annotations: string annotations name ClassVar, InitVar and
# KW_ONLY through the class's module (typing.ClassVar, a bare ClassVar, dataclasses' names), as CPython reads them.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar
import typing


@dataclass
class Config:
    lr: float = 1e-3
    layers: list[int] = field(default_factory=list)
    count: ClassVar[int] = 0
    other: typing.ClassVar[str] = "x"
    _: KW_ONLY
    name: str = "m"
    seed: InitVar[int] = 0

    def __post_init__(self, seed):
        self.s = seed * 2


c = Config(0.1, [1], name="a", seed=3)
print(c, c.s, [f.name for f in dataclasses.fields(Config)], Config.count)
