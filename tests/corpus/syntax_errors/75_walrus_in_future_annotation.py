from __future__ import annotations


def f(x: (n := 1)) -> None:
    pass
