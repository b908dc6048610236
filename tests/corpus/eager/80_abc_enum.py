# abc and enum on metaclasses: abstract classes (CPython's TypeError texts, inherited and
# implemented abstract methods, abstract properties, register / __subclasshook__), Enum members
# (aliases, lookup by value and name, iteration, __members__, reprs and strs, _missing_, methods,
# tuple values with __init__), IntEnum / StrEnum / Flag / IntFlag, auto, unique, the functional
# API and the error texts; a hand-written metaclass with __call__, __getitem__ and properties.
import enum
from abc import ABC, ABCMeta, abstractmethod
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class HalfDone(Shape):
    def area(self):
        return 1


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__,
      Square.__abstractmethods__)
print(type(Shape), isinstance(sq, Shape), issubclass(Square, ABC), Shape.__mro__)


class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...


class Plain:
    pass


try:
    Named()
except TypeError as e:
    print(e)
Named.register(Plain)
print(isinstance(Plain(), Named), issubclass(Plain, Named), issubclass(int, Named))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", f"[{Color.BLUE:>12}]", Color.RED.name, Color.RED.value)
print(Color.RED.describe(), Color.favourite(), type(Color.RED), type(Color), repr(Color), Color)
print(Color.__members__)
print(list(Color.__members__), {Color.RED, Color.GREEN, Color.BLUE}, list(reversed(Color)))
print(Color.RED in Color, Color.RED == Color.CRIMSON, Color.RED != Color.GREEN, isinstance(Color.RED, Color))
print({c: c.value * 10 for c in Color}, sorted(Color, key=lambda c: -c.value))
for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.GREEN, lambda: unique(Color),
            lambda: setattr(Color, "RED", 5), lambda: 3 in Color):
    try:
        print(bad())
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Shade(Enum):
    LIGHT = auto()
    DARK = auto()
    UNKNOWN = 10
    LATER = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(list(Shade), Shade("dark"), repr(auto()))


@unique
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), f"{Status.NOT_FOUND}", Status.OK == 200, Status.OK + 1, Status.NOT_FOUND > Status.OK,
      sorted([Status.NOT_FOUND, Status.OK]), [0, 1, 2][Status.OK - 199], hash(Status.OK) == hash(200),
      int(Status.NOT_FOUND), Status(404), Status.OK.bit_length(), {Status.OK: "fine"}[200])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode.WRITE.upper(), f"<{Mode.WRITE}>", Mode("w"), len(Mode.READ))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


print(list(Perm), Perm.RW, repr(Perm.R | Perm.W), str(Perm.R | Perm.X), repr(Perm(0)), str(Perm(0)), Perm(7))
print(repr(~Perm.R), Perm.R in Perm.RW, Perm.X in Perm.RW, list(Perm.R | Perm.X), len(Perm.RW), bool(Perm(0)),
      Perm.RW & Perm.W, Perm.R ^ Perm.RW, Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print(repr(str(e)))


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print(list(Opt), Opt.AB, repr(Opt.A | Opt.C), Opt(3) is Opt.AB)


class Bits(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Bits(8)), str(Bits(8)), repr(Bits(13)), str(Bits.R | Bits.W), repr(~Bits.R), Bits.R + 1, repr(Bits.R | 8),
      repr(Bits(0)), Bits.R | Bits.W == 6, f"{Bits.W:03}")

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), Animal(3))
Pair = Enum("Pair", [("X", 10), ("Y", 20)])
Dictish = IntEnum("Dictish", {"LOW": 1, "HIGH": 9})
print(list(Pair), list(Dictish), Dictish.HIGH + 0)


class Meta(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Meta"
        return obj

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

    @property
    def label(cls):
        return cls.__name__.upper()


class Widget(metaclass=Meta):
    def __init__(self, size):
        self.size = size


w = Widget(4)
print(w.size, w.created_by, Widget["x"], Widget.label, type(Widget).__name__, isinstance(Widget, Meta))
Dyn = type("Dyn", (Widget,), {"extra": lambda self: self.size * 2})
print(Dyn(5).extra(), Dyn(5).created_by, type(Dyn).__name__, Dyn.__name__, Dyn.__mro__)
