# PEP 563: under from __future__ import annotations every annotation is the string of its source
# (Python/ast_unparse.c: precedence, parentheses, 1 .real, 1e309, a lone generator argument) and is
# never evaluated or folded; __future__'s feature records; typing.get_type_hints evaluates them.
from __future__ import annotations
import __future__
import typing


def f(a: int | None, b: list[dict[str, tuple[int, ...]]], c: Callable[[int], str] = None, *args: Ts,
      d: "quoted" = 1, **kw: x.y.z[1:2, ::3]) -> -1 + 2 * 3 ** -4 ** 5:
    pass


def g(a: lambda x, *y, z=1, **w: (x, y), b: (1, 2), c: (1,), d: (), e: [i for i in range(3) if i],
      f: {k: v for k, v in d}, g: {1, 2}, h: {1: 2, **m}, i: a if b else c, j: not a, k: a and b or c,
      l: a < b <= c is not d, n: 1 .real, o: 1.5 .real, p: f(x for x in y), q: f(*a, k=1, **b),
      r: 1e400, s: -1e400j, t: ..., u: b"by", v: 'it\'s', x: ~a, y: a[1, 2], z: a[(1, 2)]) -> None:
    pass


class C:
    x: ClassVar[int] = 3
    (y): str = "a"
    C2 = C if False else None


for fn in (f, g):
    for k, v in fn.__annotations__.items():
        print(k, repr(v))
print(C.__annotations__)
print(f.__code__.co_flags & 0x1000000, __future__.annotations, __future__.all_feature_names[-1])


def f(x: UndefinedName[int], *, y: "list[str]" = None) -> Tuple[int, ...]:
    return x


class C:
    a: NotDefinedEither
    b: int = 3

    def m(self) -> C:
        return self


print(f.__annotations__)
print(C.__annotations__, C.m.__annotations__)
print(f(5), C().m().b)
print(typing.get_type_hints(C.m, localns={"C": C}))
