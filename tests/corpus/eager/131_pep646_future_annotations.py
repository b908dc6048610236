# PEP 646 under `from __future__ import annotations`: the starred annotations stay source text.
from __future__ import annotations


def f(*args: *Ts, **kw: int) -> tuple[*Ts]:
    return args


print(f.__annotations__)


def g(*args: *tuple[int, ...]):
    pass


print(g.__annotations__)
x: dict[str, *Ts]
y: tuple[*Ts, *Us] = ()
print(__annotations__, y)
