# Operator overloading: arithmetic, reflected ops, comparisons, container protocol.
class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.c)) + ")"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        return Vec(*[a + o for a in self.c])

    def __radd__(self, o):
        return self + o

    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c

    def __lt__(self, o):
        return sum(self.c) < sum(o.c)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __setitem__(self, i, v):
        self.c[i] = v

    def __contains__(self, v):
        return v in self.c

    def __iter__(self):
        return iter(self.c)

    def __bool__(self):
        return any(self.c)

    def __hash__(self):
        return hash(tuple(self.c))


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, 2 * a, a * 3, -a)
print(a == Vec(1, 2), a != b, a < b, b > a, sorted([b, a]))
print(len(a), a[0], a[-1], a[0:1], 2 in a, 5 in a, list(a), sum(Vec(1, 2, 3)))
a[0] = 10
print(a, bool(Vec(0, 0)), bool(a), {a: 1}[Vec(10, 2)])
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
