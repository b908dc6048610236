# More int/float subclass behaviour against CPython 3.11: comparison and hash overrides, the
# reflected operator of a subclass on the right, classmethods, super() of dunders, formatting,
# and instances carrying ints beyond 64 bits (index errors name the subclass).
class Version(int):
    def __eq__(self, other):
        return int(self) // 10 == int(other) // 10

    def __hash__(self):
        return hash(int(self) // 10)

    def __lt__(self, other):
        return int(self) // 10 < int(other) // 10


v = Version(12)
print(v == 15, v == 21, v != 15, 15 == v, v < 25, v < 19, sorted([Version(31), Version(12), Version(20)]))
print({Version(12): "a"}.get(Version(15)), len({Version(12), Version(13), Version(25)}))


class Rev(int):
    def __rsub__(self, other):
        return "rsub:" + str(int(other) - int(self))

    def __radd__(self, other):
        return "radd"


print(10 - Rev(3), 1 + Rev(2), Rev(2) + 1, Rev(5) - 1)


class Big(int):
    def __repr__(self):
        return "Big(" + super().__repr__() + ")"

    def __str__(self):
        return "big " + super().__str__()

    def __format__(self, spec):
        return "<" + format(int(self), spec) + ">"


b = Big(2 ** 70)
print(repr(b), str(b), b, f"{b:x}", "{:d}".format(b), [b], b + 1, type(b + 1).__name__)
print(Big.from_bytes(b"\x01\x00", "big"), type(Big.from_bytes(b"\x01\x00", "big")).__name__)


class Half(float):
    def __neg__(self):
        return Half(-float(self) / 2)

    def __abs__(self):
        return "abs"

    def __round__(self, n=None):
        return "round" + str(n)

    def __bool__(self):
        return False


h = Half(3.0)
print(-h, type(-h).__name__, +h, type(+h).__name__, abs(h), round(h), round(h, 2), bool(h), not h)
print(h.is_integer(), h.real, Half("inf"), Half("-1e3"), h ** 2, 2 ** h, h // 2)
print(isinstance(True, Version), issubclass(Version, (str, int)), Version.__bases__, Half.__name__, Half.__qualname__)
print(max(Half(1.5), 2), min(Version(5), 7), sum([Half(0.5)] * 4), [1, 2, 3][Version(1):], "x" * Version(3))
print("%5.1f|%-4d|%s" % (Half(2.25), Version(7), Half(0.5)), "{0:.2f} {1}".format(Half(1.0), Version(3)))


class M(int):
    pass


class F(float):
    pass


a = M(10**30)
print(a, a + M(1), type(a + 1).__name__, a == 10**30, hash(a) == hash(10**30), a > 5, -a, abs(M(-10**30)), a // 7, a.bit_length())
try:
    M('x')
except ValueError as e:
    print("ValueError", e)
try:
    F(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    [0][M(10**30)]
except IndexError as e:
    print("IndexError", e)
try:
    M(3) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(M(True), type(M(True)).__name__, F(M(3)), F("nan") == F("nan"), M(1.5e20), M(-0.5), F(-0.0))
