# enum: IntEnum / IntFlag / StrEnum members are int / str instances, mixins with int, str and
# float, and re's flags as re.RegexFlag (an IntFlag).
import enum
import re
from enum import Enum, IntEnum, IntFlag, StrEnum, Flag, auto


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404


ok = Status.OK
print(isinstance(ok, int), isinstance(ok, Status), type(ok), type(ok).__mro__)
print(ok, repr(ok), str(ok), f"{ok}", f"{ok:>6}", "%d %s %r" % (ok, ok, ok), format(ok, "x"))
print(ok + 1, ok * 2, ok // 7, -ok, ok == 200, ok < Status.NOT_FOUND, sorted([Status.NOT_FOUND, ok]))
print(hash(ok) == hash(200), {200: "two hundred"}[ok], [0] * 3 + [1][:ok], int(ok), float(ok))
print(ok.real, ok.bit_length(), ok.to_bytes(2, "big"), ok.value, ok.name, Status(201), Status["NOT_FOUND"])
print(list(Status), len(Status), Status(404) is Status.NOT_FOUND, max(Status), sum(Status))
print(ok.__class__.__name__, isinstance(ok, Enum), issubclass(Status, int), int.__repr__(ok))
try:
    Status(500)
except ValueError as e:
    print("ValueError:", e)


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    DARK_BLUE = auto()


r = Color.RED
print(isinstance(r, str), r, repr(r), f"[{r:^9}]", r.upper(), r + "!", len(r), r == "red", "e" in r)
print(list(Color), Color("green"), Color.DARK_BLUE.value, r.startswith("r"), ",".join(Color), sorted(Color))
print({"red": 1}[r], r.split("e"), r[0], str.__str__(r), type(r.upper()))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(isinstance(rw, int), rw, repr(rw), rw == 6, rw + 1, rw | 8, repr(rw | 8), repr(Perm(0)))
print(Perm.R & 4, repr(Perm.R ^ 3), repr(~Perm.R), list(rw), len(rw), Perm.W in rw, bool(Perm(0)))
print(repr(Perm.R | 1), repr(1 | Perm.R), type(Perm.R | 1).__name__, type(Perm.R + 1).__name__, f"{rw}")


class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"


s = Shape.CIRCLE
print(isinstance(s, str), s, repr(s), f"{s}", s.upper(), s == "circle", Shape("square"), s.value)


class Num(int, Enum):
    ONE = 1
    TWO = "2"


print(Num.ONE, repr(Num.TWO), Num.TWO + 1, Num.TWO.value, isinstance(Num.ONE, int), f"{Num.ONE}")


class Level(float, Enum):
    LOW = 0.5
    HIGH = 2.5


print(Level.LOW, repr(Level.HIGH), Level.HIGH * 2, isinstance(Level.LOW, float), Level(2.5))


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()


print(repr(Bits.A | Bits.C), isinstance(Bits.A, int), list(Bits.A | Bits.B))

# re's flags: re.RegexFlag members, ints.
print(re.I, repr(re.M), type(re.I), isinstance(re.I, int), isinstance(re.I, re.RegexFlag))
print(re.I | re.M, re.A | re.I, re.X | re.S | re.I, re.NOFLAG, re.I | 1024, ~re.I, re.I & re.M)
print(re.I + 0, re.I == 2, re.IGNORECASE is re.I, re.RegexFlag(8), re.RegexFlag(1024), list(re.I | re.S))
print("%s|%d|%r" % (re.I, re.I, re.I), f"{re.S}", (re.I | re.M).value, re.U.name, re.RegexFlag.__mro__)
p = re.compile("a.b", re.I | re.S)
print(p, p.flags, p.flags == re.I | re.S | re.U, bool(re.match("A\nB", "a\nb", re.I | re.S)))
print(re.findall("^x", "x\nx", flags=re.M), re.sub("a", "-", "AaA", flags=re.I))
ok + "x"
