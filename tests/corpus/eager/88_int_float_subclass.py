# Subclasses of int and float (docs/runtime-subclasses.md): arithmetic returns the base type,
# repr/str, isinstance, __new__ overrides, added methods and attributes, overridden operators,
# hashing and use as a dict key or an index, and the classes CPython refuses.
class Meters(int):
    def double(self):
        return Meters(self * 2)

    def __repr__(self):
        return f"Meters({int(self)})"


m = Meters(5)
print(m, repr(m), str(m), type(m).__name__, isinstance(m, int), type(m + 1).__name__, m + 1)
print(m.double(), type(m.double()).__name__, m * 3, m - 10, m // 2, m % 3, m ** 2, -m, abs(Meters(-4)), ~m)
print(m == 5, m < 6, 5 == m, hash(m) == hash(5), {m: "a"}[5], [10, 20, 30, 40, 50, 60][m])
print(m.bit_length(), m.real, int(m), type(int(m)).__name__, float(m), bool(Meters(0)), bool(m))
print(list(range(Meters(3))), divmod(m, 2), round(m), f"{m:04d}", "%d" % m, max(m, 3))
print(Meters.__mro__, Meters.__bases__, issubclass(Meters, int))


class Plain(int):
    pass


p = Plain(7)
print(p, repr(p), p + p, type(p + p).__name__, Plain("12"), Plain("ff", 16), Plain(3.9), Plain())
p.tag = "x"
print(p.tag, p.__dict__, vars(p))


class Flags(int):
    def __new__(cls, value, label="?"):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __add__(self, other):
        return Flags(int(self) + int(other), self.label + "+")


f = Flags(3, "a")
print(f, f.label, f + 1, (f + 1).label, 1 + f, type(1 + f).__name__)


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), type(c).__name__, isinstance(c, float), c.to_f(), type(c + 1).__name__, c + 1)
print(c == 21.5, hash(c) == hash(21.5), c.is_integer(), Celsius("2.5"), Celsius(3), Celsius(), float(c), int(c))
print(round(c), f"{c:.2f}", -c, abs(Celsius(-1.5)), c > 20, c * 2, c / 2, c // 2, c % 5)


class Prob(float):
    def __new__(cls, p):
        if not 0 <= p <= 1:
            raise ValueError(f"{p} is not a probability")
        return super().__new__(cls, p)

    def __repr__(self):
        return f"Prob({float(self)!r})"


print(Prob(0.25), [Prob(0.5)], Prob(0.25) + Prob(0.5))
try:
    Prob(2)
except ValueError as e:
    print("ValueError:", e)


class Slotted(int):
    __slots__ = ()


s = Slotted(4)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError:", e)

for base in (bool,):
    try:
        class B(base):
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    class Both(int, float):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Both2(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)

print(sorted([Meters(3), 1, Plain(2)]), sum([Meters(1), Meters(2)]), type(sum([Meters(1), Meters(2)])).__name__)
print(int.__add__(m, 1), float.__mul__(c, 2), Meters.__add__(m, 2))


class Money(float):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __radd__(self, other):
        return Money(super().__radd__(other))

    def __str__(self):
        return f"${float(self):.2f}"


class Euro(Money):
    pass


e = Euro(1.25)
print(e, repr(e), e + 1, 1 + e, type(e + 1).__name__, sum([Money(1), Money(2.5)]), isinstance(e, (Money, float)))
print(Euro.__mro__[1:], f"{e}", f"{e!r}", f"{e:.1f}", str([e]), e.__class__.__name__, e.__dict__)
d = {m: 1}
print(list(d)[0], type(list(d)[0]).__name__, m in d, 5 in d, {5: 1}[m], m is m, True + Meters(1))
print(int.__add__(3, 4), int.__radd__(3, 4), float.__truediv__(1.0, 4), int.__add__(1, 1.5), int.__neg__(m))
try:
    int.__add__(1.5, 1)
except TypeError as err:
    print("TypeError:", err)
try:
    [1, 2][Celsius(1.0)]
except TypeError as err:
    print("TypeError:", err)
try:
    range(Celsius(2.0))
except TypeError as err:
    print("TypeError:", err)
import math
print(math.sqrt(Celsius(16.0)), math.floor(Celsius(2.5)), "%s %r %d %.1f" % (m, m, m, c), divmod(Celsius(7.0), 2))
print(Meters(2) in range(5), Celsius(2.0) in range(5), pow(Meters(3), Meters(3), Meters(5)), [1, 2, 3][:Meters(2)], "ab" * Meters(2))
