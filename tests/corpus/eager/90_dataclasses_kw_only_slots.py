# dataclasses (3.11): kw_only=True, field(kw_only=True), the KW_ONLY sentinel, slots=True,
# InitVar, ClassVar, the generated __init__'s argument errors, and the other class-level errors.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, replace, asdict, astuple
from dataclasses import FrozenInstanceError
from typing import ClassVar, List


def attempt(fn, *args, **kwargs):
    try:
        print("ok:", fn(*args, **kwargs))
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


@dataclass(kw_only=True)
class P:
    x: int
    y: int = 2


print(P(x=1), P(y=5, x=3), P.__match_args__)
attempt(P, 1)
attempt(P, 1, 2)
attempt(P, 1, y=3)
attempt(P)
attempt(P, y=1)
attempt(P, x=1, z=2)


@dataclass
class Q:
    a: int
    b: int = 0
    _: KW_ONLY
    c: int
    d: str = "d"


print(Q(1, c=3), Q(1, 2, c=3, d="e"), Q.__match_args__, [f.name for f in fields(Q)])
print([(f.name, f.kw_only) for f in fields(Q)])
attempt(Q, 1)
attempt(Q)
attempt(Q, 1, 2, 3)
attempt(Q, 1, 2, 3, c=4)
attempt(Q, 1, 2, 3, 4, c=4, d="x")
attempt(Q, 1, a=2, c=3)
print(Q.__doc__)


@dataclass
class R:
    a: int = 1
    b: int = field(kw_only=True)
    c: List[int] = field(default_factory=list, kw_only=True)


print(R(b=2), R(5, b=2, c=[1]), R.__match_args__, R.__doc__)
attempt(R)
attempt(R, 1, 2)


@dataclass(kw_only=True)
class Base:
    x: int = 0


@dataclass
class Derived(Base):
    y: int


print(Derived(3), Derived(3, x=4), Derived.__match_args__)

try:
    @dataclass
    class Twice:
        _: KW_ONLY
        a: int
        __: KW_ONLY
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class NoFollow:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class S:
    x: int
    y: float = 1.5


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__qualname__, type(s) is S)
s.x = 10
print(s.x, s == S(10), S(10, 2.0) != s)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    @dataclass(slots=True)
    class Twice2:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(weakref_slot=True)
    class Weak:
        a: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class S2(S):
    z: int = 0


print(S2(1, 2.0, 3), S2.__slots__)


@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: int = 0


fs = FS(1)
print(fs, hash(fs) == hash(FS(1, 0)), fs.__getstate__())
try:
    fs.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    label: InitVar[str] = "l"
    total: int = field(init=False)
    count: ClassVar[int] = 0

    def __post_init__(self, scale, label):
        self.total = self.x * scale
        WithInit.count += 1
        print("post_init", scale, label)


w = WithInit(3, 4)
print(w, [f.name for f in fields(w)], WithInit.__match_args__, WithInit.count, WithInit.scale)
print(asdict(w), astuple(w), WithInit.__doc__)
print(replace(w, x=5, scale=1), WithInit.count)
print(WithInit.__dataclass_fields__["scale"]._field_type, WithInit.__dataclass_fields__["count"]._field_type)
print(repr(InitVar[int]), repr(InitVar[List[int]]))
attempt(replace, w, total=3)


@dataclass
class NeedsInit:
    x: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.x += k


print(NeedsInit(1, 2))
attempt(replace, NeedsInit(1, 2), x=3)

try:
    @dataclass
    class BadVar:
        c: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadInitVar:
        c: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int


try:
    @dataclass
    class Thawed(Frozen):
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class Ordered:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Unordered:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(unsafe_hash=True)
    class Hashed:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Own:
    a: int

    def __repr__(self):
        return "Own!"


print(Own(1), Own(1) == Own(1))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)
print(repr(fields(P)[0]).replace(repr(fields(P)[0].default), "MISSING"))
P(1, 2)
