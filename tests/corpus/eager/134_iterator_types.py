# The classes of the built-in iterators (Objects/listobject.c, tupleobject.c, rangeobject.c,
# setobject.c, dictobject.c, unicodeobject.c, bytesobject.c, iterobject.c, enumobject.c,
# bltinmodule.c): names, reprs as ids print them, `cannot create` errors, iter(callable, sentinel).
import re


class S:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


d = {"a": 1, "b": 2}
its = [iter([1]), iter((1,)), iter(range(3)), iter({1}), iter(frozenset({1})), iter(d), iter(d.keys()),
       iter(d.values()), iter(d.items()), iter("abc"), iter("é"), iter("€x"), iter(""), iter(b"ab"),
       iter(bytearray(b"x")), reversed([1]), reversed((1,)), reversed(range(3)), reversed(d), reversed(d.keys()),
       reversed(d.values()), reversed(d.items()), reversed("ab"), iter(S()), zip(), map(str, []),
       filter(None, []), enumerate([]), iter(zip([1])), iter(lambda: 1, 1)]
for it in its:
    t = type(it)
    r = re.sub("0x[0-9a-f]+", "0x...", repr(it))
    print(t.__name__, t.__qualname__, t.__module__, t.__mro__, r, iter(it) is it)
print(type(iter([])) is type(iter([2])), type(iter([])) is type(iter(())), isinstance(iter([]), type(iter(S()))))
print(list(iter(S())), list(reversed(d.items())), list(reversed("héllo")), list(iter({}.values())))
for t in (type(iter([])), type(iter({})), type(iter("")), type(iter(S())), type(iter(lambda: 0, 0))):
    try:
        t()
    except TypeError as e:
        print(e)
print(list(type(zip())([1, 2], "ab")), list(type(map(int, []))(abs, [-1, 2])), list(type(enumerate([]))("xy", 5)))
print(list(type(filter(None, []))(None, [0, 1, 2])), list(type(reversed(()))((1, 2))))
n = iter([3, 2, 1, 0, -1]).__next__
print(list(iter(n, 0)))
calls = []


def gen():
    calls.append(1)
    if len(calls) > 3:
        raise StopIteration
    return len(calls)


ci = iter(gen, 99)
print(list(ci), list(ci), len(calls))
try:
    iter(1, 2)
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
try:
    iter([], 1, 2)
except TypeError as e:
    print(e)
print(type(iter([])).__next__(iter([5])), type(iter(range(2))).__iter__(iter(range(1))).__class__.__name__)

# zip, map, filter, enumerate and reversed are the classes of their objects; zip(strict=True)'s errors.
z = zip([1],[2]); print(type(z) is zip, isinstance(z, zip), zip, enumerate[int], list(z), list(map(abs, [-1])), list(enumerate("ab", start=1)), list(zip([1], strict=True)), list(reversed([1,2])), list(filter(None, [0, 1])))
try: zip([1], [1, 2], strict=True) and list(zip([1], [1, 2], strict=True))
except ValueError as e: print(e)
print(zip.__name__, zip.__module__, type(zip), map.__qualname__)
for args in ([[1], [1, 2]], [[1, 2], [1], [1]], [[1], [1], [1, 2]], [[1, 2], [1, 2], [1]], [[], [], []]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(isinstance(enumerate([]), enumerate), isinstance(iter([]), zip), issubclass(map, object), type(map(abs, [])) is map, type(filter(None, [])) is filter, type(reversed(())) is reversed)
