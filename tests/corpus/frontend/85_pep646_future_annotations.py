# dis of PEP 646 annotations under from __future__ import annotations: the unparsed text '*Ts'.
from __future__ import annotations


def f(*args: *Ts, **kw: int) -> tuple[*Ts]:
    pass


def g(*args: *tuple[int, ...]):
    pass


x: dict[str, *Ts]
print(f.__annotations__, g.__annotations__, __annotations__)
