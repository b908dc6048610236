# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dataclasses and walrus — dataclass instances (plain and
# frozen) as inputs: their fields are read through attribute sources like any user object; the
# walrus operator in traced code is a STORE_FAST like any assignment (comprehension targets
# included). Building a dataclass instance inside compiled code is not traced by the playground
# yet (a graph break that says so).
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
