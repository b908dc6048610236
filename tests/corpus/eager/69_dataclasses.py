# dataclasses: @dataclass with defaults and field(default_factory=), __post_init__, repr/eq/order,
# frozen, inheritance, match, asdict/astuple/fields/replace, and CPython's error messages.
from dataclasses import dataclass, field, asdict, fields, replace, astuple
from typing import List, Optional

@dataclass
class P:
    x: int
    y: int = 0

@dataclass
class Config:
    name: str
    layers: List[int] = field(default_factory=list)
    lr: float = 1e-3
    tag: Optional[str] = None

    def __post_init__(self):
        self.n = len(self.layers)

print(P(1), P(1, 2) == P(1, 2), P(1) == P(2), P(1) != P(1, 1))
c = Config("net", [1, 2])
print(c, c.n, asdict(c), astuple(c))
print([f.name for f in fields(Config)], replace(c, lr=0.5))
a, b = Config("a"), Config("b")
a.layers.append(3)
print(a.layers, b.layers)
for args in [(), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    P(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class R:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class S:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
print(P.__match_args__, P.__hash__)

@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "x"

v = V(1)
print(v, hash(v) == hash(V(1)), V(1) < V(2), sorted([V(3), V(1, "z"), V(1)]))
try:
    v.a = 5
except Exception as e:
    print(type(e).__name__, e)

@dataclass
class Nested:
    p: P
    items: List[P] = field(default_factory=list)

n = Nested(P(1, 2), [P(3), P(4, 5)])
print(asdict(n))
match P(7, 8):
    case P(x, y):
        print("matched", x, y)

@dataclass
class Child(P):
    z: int = 9
print(Child(1, 2, 3), Child(4))
