# Classes a learner writes: properties with setters and validation, __repr__/__eq__/__lt__,
# class attributes, inheritance with super(), __len__/__getitem__/__iter__/__contains__, and
# sorting objects by key.
class Param:
    count = 0

    def __init__(self, name, value):
        self.name = name
        self._value = value
        Param.count += 1

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError(f"{self.name} must be non-negative, got {v}")
        self._value = v

    @property
    def doubled(self):
        return self._value * 2

    def __repr__(self):
        return f"Param({self.name!r}, {self._value})"

    def __eq__(self, other):
        return isinstance(other, Param) and (self.name, self._value) == (other.name, other._value)

    def __lt__(self, other):
        return self._value < other._value

    __hash__ = None


class Scaled(Param):
    def __init__(self, name, value, scale=2):
        super().__init__(name, value)
        self.scale = scale

    @property
    def value(self):
        return self._value * self.scale


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        return any(p.name == x for p in self.items)

    def __iter__(self):
        return iter(self.items)


p = Param("lr", 0.1)
p.value = 0.5
print(p, p.value, p.doubled, Param.count)
try:
    p.value = -1
except ValueError as e:
    print("error:", e)
s = Scaled("w", 3)
print(s, s.value, s.doubled, Param.count, isinstance(s, Param), type(s).__name__)
try:
    s.value = 4
except AttributeError as e:
    print("AttributeError:", e)
bag = Bag(Param("c", 3), Param("a", 1), Param("b", 2))
print(len(bag), bag[0], bag[-1], "a" in bag, "z" in bag)
print(sorted(bag), sorted(bag, key=lambda q: q.name), max(bag), min(bag, key=lambda q: -q.value))
print([q.name for q in bag if q.value > 1], {q.name: q.value for q in bag}, Param("a", 1) == bag[1])
print(sorted(bag, reverse=True)[0].name, [str(q) for q in reversed(bag.items)])
print(getattr(p, "missing", "default"), hasattr(p, "doubled"), vars(Bag(1))["items"])
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
