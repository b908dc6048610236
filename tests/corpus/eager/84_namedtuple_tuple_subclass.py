# collections.namedtuple and typing.NamedTuple make real tuple subclasses (docs/runtime-subclasses.md):
# isinstance/hash/equality/slicing/concatenation/sorting as tuples, the field properties, _make,
# _asdict, _replace, _fields, _field_defaults, __match_args__, defaults=, rename=, module, reprs,
# subclasses of a namedtuple, and CPython's error messages.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, isinstance(p, tuple), len(p), p[0], p.x, tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), p[::-1], p + (3,))
print(P, P.__name__, P.__qualname__, P.__module__, P.__doc__, P.__match_args__, P.__bases__, P.__mro__)
print(P(y=3, x=4), P(1, y=2), P(*range(2)), P(**{"x": 1, "y": 0}), type(p + (3,)), type(p[:1]))
print(max(p), list(reversed(p)), p.count(1), p.index(2), {p: 1}[(1, 2)], str(p), f"{p!r:>12}", [*p], dict([p]))
print(p < P(1, 3), sorted([P(2, 1), P(1, 5), (1, 0)]), p * 2, 2 in p, (1, 2) == p, p != (1, 2), bool(P._make([0, 0])))
print(getattr(p, "y"), hasattr(p, "z"), p.__getnewargs__(), type(p).__name__, repr(P(P(1, 2), [3])))


class Q(NamedTuple):
    a: int
    b: float = 2.0

    def total(self):
        return self.a + self.b


print(Q(1), Q(1).total(), sorted([Q(3), Q(1, 5.0)]), type(Q(1)).__mro__, Q._field_defaults, Q.__annotations__)
print(Q.__module__, Q.__qualname__, Q._fields, Q.__match_args__, isinstance(Q(1), tuple), Q(a=4, b=1.5))
P3 = NamedTuple("P3", [("a", int), ("b", str)])
print(P3(1, "s"), P3.__annotations__, P3.__mro__)
K = NamedTuple("K", x=int, y=float)
print(K(1, 2.5), K._fields)

R = namedtuple("R", ["a", "def", "a", "_b", "1c"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
S = namedtuple("S", "a b c", defaults=[1, 2])
print(S(0), S._field_defaults, S(0, c=5), S.__new__.__qualname__)
M = namedtuple("M", ("u", "v"), module="models")
print(M, M.__module__)


class Sub(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2


s = Sub(3, 4)
print(s, s.norm(), type(Sub._make([1, 2])).__name__, Sub.__mro__, isinstance(s, P), s._replace(y=0))
s.extra = 7
print(s.extra, s.__dict__)


class T(tuple):
    pass


t = T((1, 2))
print(t, T((1,)) == (1,), type(t), hash(t) == hash((1, 2)), T(), T("ab"), T(range(3))[1:], t + t, type(t + t))
t.name = "tee"
print(t.name, t.__dict__, len(t), list(t))

match p:
    case P(x, y):
        print("match", x, y)
match Q(5):
    case Q(a=5, b=b):
        print("match Q", b)


def attempt(f):
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: P(1))
attempt(lambda: P())
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, x=2))
attempt(lambda: P(1, 2, z=3))
attempt(lambda: S())
attempt(lambda: S(1, 2, 3, 4))
attempt(lambda: namedtuple("T3", "a b c")())
attempt(lambda: P._make([1]))
attempt(lambda: p._replace(z=1))
attempt(lambda: Q())
attempt(lambda: Q(1, 2, 3))
attempt(lambda: setattr(p, "x", 3))
attempt(lambda: setattr(p, "z", 3))
attempt(lambda: p.__dict__)
attempt(lambda: namedtuple("1x", "a"))
attempt(lambda: namedtuple("X", "a class"))
attempt(lambda: namedtuple("X", "_a"))
attempt(lambda: namedtuple("X", "a a"))
attempt(lambda: namedtuple("X", "a", defaults=[1, 2]))
attempt(lambda: namedtuple("X", ["a", 1]))
attempt(lambda: T(1, 2))
attempt(lambda: T(5))
attempt(lambda: p + [3])
attempt(lambda: NamedTuple("X", [("a", int)], b=int))


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


def bad_new():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


attempt(bad_order)
attempt(bad_new)
