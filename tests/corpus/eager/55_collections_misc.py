# collections.deque, dict() from a mapping object, divmod/modulo error texts, ascii() and !a,
# and the AttributeError for assigning a read-only property.
from collections import deque, defaultdict, Counter


class Registry:
    def __init__(self):
        self._data = {"b": 2, "a": 1}

    def keys(self):
        return list(self._data)

    def __getitem__(self, k):
        return self._data[k] * 10


q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 3 in q, list(reversed(q)))
q.rotate(1)
print(q, q.popleft(), q.pop(), q)
d = deque()
d.extend("ab")
d.extendleft("xy")
print(d, bool(d), bool(deque()), deque(range(3)) == deque([0, 1, 2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
dd = defaultdict(int)
for w in "a b a c a".split():
    dd[w] += 1
print(dict(dd), dict(Registry()), dict(Counter("aab")), dict([("x", 1)], y=2))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print("ValueError:", e)
for a, b in [(7, 0), (7.5, 0), (7, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            print(divmod(a, b) if op == "divmod" else (a // b if op == "//" else a % b))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
print(ascii("naïve ☃ 𝔘"), f"{'é'!a}", ascii(["ü", 1]), repr("ü"))


class Temp:
    @property
    def kelvin(self):
        return 300


try:
    Temp().kelvin = 1
except AttributeError as e:
    print("AttributeError:", e)
