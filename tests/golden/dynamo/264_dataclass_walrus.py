# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dataclasses and walrus — dataclass instances (plain and
# frozen) as inputs: their fields are read through attribute sources like any user object; the
# walrus operator in traced code is a STORE_FAST like any assignment (comprehension targets
# included). A frozen dataclass built inside compiled code (every field given) is traced: its
# __init__ stores the fields with object.__setattr__ past the class's refusing __setattr__, and the
# instance returned out of the graph is rebuilt the same way; object.__setattr__ in a plain class's
# __init__ likewise.
import dataclasses
import torch

@dataclasses.dataclass
class Cfg:
    scale: float
    shift: torch.Tensor

@dataclasses.dataclass(frozen=True)
class FCfg:
    scale: float
    n: int = 2

@torch.compile(backend="eager")
def f(x, cfg, fc):
    y = x * cfg.scale + cfg.shift
    if (n := fc.n) > 1:
        y = y * n
    return y, fc.scale, fc

print(f(torch.ones(2), Cfg(2.0, torch.ones(2)), FCfg(3.0)))

@torch.compile(backend="eager")
def g(x, fc):
    return [y for v in range(3) if (y := v * fc.scale) > 0], x + (z := 2), z

print(g(torch.ones(2), FCfg(1.5)))

@torch.compile(backend="eager")
def h(x):
    c = FCfg(2.0, 3)
    return x * c.scale * c.n, c

print(h(torch.ones(2)))


class Point:
    def __init__(self, v):
        object.__setattr__(self, "v", v)


@torch.compile(backend="eager", fullgraph=True)
def k(x):
    p = Point(x + 1)
    return p.v * 2, p


r = k(torch.ones(2))
print(r[0], type(r[1]).__name__, r[1].v)
