# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dataclasses and walrus, docs/compiler-api.md §Function
# defaults — a dataclass whose __init__ fills defaults (a plain default, a default_factory, an
# init=False field with a factory), constructed inside compiled code with fullgraph=True: the
# __init__ is inlined with its class's source, so the sentinel it compares `f.default` with
# (`dataclasses.MISSING`) is one tracker however it is reached and `is` is decided by identity.
# Also a frozen dataclass with defaults, __post_init__, and a subclass adding a field.
import dataclasses
from dataclasses import dataclass, field
import torch


@dataclass
class Cfg:
    scale: float
    shift: float = 1.0
    tags: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, init=False)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: int = 2
    c: tuple = (1, 2)


@dataclass
class Post:
    x: float
    y: float = 3.0

    def __post_init__(self):
        self.total = self.x + self.y


@dataclass
class Sub(Cfg):
    extra: int = 7


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    c = Cfg(2.0)
    c.tags.append(3)
    c.cache["k"] = 1
    d = Cfg(0.5, shift=-1.0, tags=[1, 2])
    return x * c.scale + c.shift + len(c.tags) + len(c.cache), x * d.scale + d.shift + len(d.tags), c


print(f(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def g(x):
    p = Frozen(1)
    q = Frozen(4, c=(5,))
    return x + p.a + p.b + sum(p.c), x * q.b + q.c[0], p, q


print(g(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def h(x):
    p = Post(1.0)
    s = Sub(2.0, extra=1)
    return x * p.total, x + s.extra + s.shift + len(s.tags), p, s


print(h(torch.ones(2)))
