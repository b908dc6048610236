# collections.abc (CPython 3.11): isinstance of built-in and collections values against every ABC,
# the one-trick ABCs' __subclasshook__, the mixin methods of Mapping / Sequence / MutableSet,
# abstract-class instantiation errors.
import collections.abc as cabc
from collections.abc import (Callable, Container, Generator, Hashable, ItemsView, Iterable,
                             Iterator, KeysView, Mapping, MutableMapping, MutableSequence,
                             MutableSet, Sequence, Set, Sized, ValuesView, Collection, Reversible)
import collections
values = [1, 1.5, "s", b"b", (1,), [1], {1: 2}, {1}, frozenset(), range(3), iter([1]), (x for x in []),
          len, lambda: 0, int, None, {}.keys(), {}.values(), {}.items(), collections.OrderedDict(),
          collections.deque(), collections.Counter(), collections.defaultdict(int), collections.ChainMap(),
          collections.UserDict(), collections.UserList(), collections.UserString("x")]
abcs = [Callable, Container, Generator, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
        MutableMapping, MutableSequence, MutableSet, Sequence, Set, Sized, ValuesView, Collection, Reversible]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "0" for a in abcs))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m))
print(repr(m.keys()).startswith("KeysView("), isinstance(m, dict), dict(m))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = MySeq(5)
print(list(s), 9 in s, s.index(9), s.count(4), list(reversed(s)))
class MySet(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([9]))
a |= [7]; a -= [1]
print(list(a), a.pop(), list(a))
try:
    Mapping()
except TypeError as e:
    print(e)
try:
    class Bad(Sequence): pass
    Bad()
except TypeError as e:
    print(e)
class Callme:
    def __call__(self): pass
print(isinstance(Callme(), Callable), issubclass(list, Iterable), issubclass(int, Iterable), cabc.Sized.__module__)
print(Mapping.__name__, sorted(cabc.__all__)[:4])
