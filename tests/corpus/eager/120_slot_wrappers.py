# The special methods of built-in types as attributes (slot wrappers and method-wrappers), as
# CPython 3.11 exposes them: calls, NotImplemented for operands of another type, reprs (without
# the addresses), identity of the unbound wrappers, and the descriptor errors.
print((3).__float__(), (3.7).__int__(), (5).__index__(), (-2).__abs__(), (2.5).__neg__())
print(int.__add__(1, 2), (1).__add__(2), (10).__sub__(3), (10).__rsub__(3), (7).__floordiv__(2))
print((7).__truediv__(2), (7).__mod__(3), (7).__divmod__(2), (2).__pow__(10), (2).__pow__(10, 1000))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (32).__rshift__(2), (5).__invert__())
print(int.__add__(1, 2.0), (1).__radd__("a"), float.__truediv__(1.0, "a"), (1.0).__add__(2), (1.5).__radd__(1))
print((1).__lt__(2), (1).__lt__(2.0), (1.0).__lt__(2), (1).__eq__(1), (1).__eq__("1"), (1.0).__eq__(1))
print((2.5).__round__(), (2.567).__round__(2), (7).__round__(-1), (3.7).__trunc__(), (3.2).__ceil__(), (-3.2).__floor__())
print((0).__bool__(), (3).__bool__(), (0.0).__bool__(), True.__and__(False), True.__or__(1), bool.__and__(True, True))
print(str.__mod__("%d-%s", (3, "x")), "abc".__len__(), "abc".__getitem__(1), "ab".__add__("cd"), "ab".__mul__(3))
print("ab".__rmul__(2), "b".__contains__("a"), "abc".__iter__().__next__(), "x".__hash__() == hash("x"))
print("a".__lt__("b"), "a".__eq__(1), "abc".__repr__(), "abc".__str__(), "ab".__rmod__(1), "x".__rmod__("%s!"))
print(str.__len__("hello"), str.__add__("a", "b"), str.__getitem__("xyz", slice(None, None, -1)))
print([3, 1].__len__(), [1, 2].__getitem__(0), [1].__add__([2]), [1].__mul__(2), [1, 2].__contains__(2))
it = [10, 20].__iter__()
print(it.__next__(), next(it), it.__iter__() is it)
lst = [1, 2, 3]
list.__setitem__(lst, 0, 100)
lst.__delitem__(1)
lst.__iadd__([7])
print(lst, lst.__imul__(2), lst)
print([1].__eq__([1]), [1].__lt__([2]), [1].__eq__((1,)), [].__lt__(()), (1, 2).__add__((3,)), (1,).__mul__(3))
print((1, 2).__hash__() == hash((1, 2)), (1, 2).__len__(), (5, 6).__getitem__(-1), (1, 2).__contains__(3))
d = {"a": 1}
print(dict.__getitem__(d, "a"), d.__len__(), d.__contains__("a"), d.__or__({"b": 2}), d.__ror__({"z": 0}))
dict.__setitem__(d, "c", 3)
d.__delitem__("a")
print(d, d.__eq__({"c": 3}), d.__lt__({}), list(d.__iter__()), d.__ior__({"e": 5}))
s = {1, 2}
print(s.__or__({3}), s.__and__({2}), s.__sub__({1}), s.__xor__({2, 5}), s.__or__([3]), s.__contains__(1), s.__len__())
print(frozenset({1}).__or__({2}), s.__le__({1, 2, 3}), s.__eq__(frozenset({1, 2})), s.__ior__({9}), s)
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3), range(0).__bool__())
print(b"ab".__add__(b"c"), b"ab".__len__(), b"ab".__getitem__(0), b"ab".__mul__(2), b"a".__contains__(97))
print(None.__bool__(), None.__repr__(), len.__call__([1, 2]), (lambda x: x + 1).__call__(1))

# the wrappers are the same objects each time (slot wrappers); reprs
print(int.__add__ is int.__add__, list.__len__ is list.__len__, bool.__add__ is int.__add__)
print(repr(int.__add__), repr(list.__setitem__), repr(object.__lt__), repr(bool.__and__), repr(bool.__add__))
print(repr(str.__mod__), repr(dict.__len__), repr(float.__truediv__), repr(tuple.__hash__))
print(repr((1).__add__).split(" at ")[0], repr([].__iter__).split(" at ")[0], repr("a".__len__).split(" at ")[0])
print(type(int.__add__).__name__, type((1).__add__).__name__, callable(int.__add__))


class A:
    pass


class Num(int):
    def __add__(self, other):
        return "Num.__add__"


a = A()
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__lt__(a), A.__lt__ is object.__lt__, repr(A.__ge__))
print(Num(2) + 1, int.__add__(Num(2), 1), Num(2).__sub__(1), type(int.__add__(Num(2), 1)).__name__)


class L(list):
    def __len__(self):
        return 99


ll = L([1, 2])
print(len(ll), list.__len__(ll), ll.__getitem__(1), L.__iter__ is list.__iter__)
print(hasattr([], "__iter__"), hasattr(1, "__iter__"), hasattr(1, "__add__"), hasattr("", "__len__"))
print(getattr(3, "__mul__")(4), [f.__name__ for f in (int.__add__, (1).__sub__)])

for bad in [
    lambda: int.__add__("a", 1),
    lambda: int.__add__(1),
    lambda: list.__len__((1,)),
    lambda: (1).__add__(1, 2),
    lambda: "a".__mul__("b"),
    lambda: [].__add__((1,)),
    lambda: (1,).__add__([2]),
    lambda: object.__lt__(),
    lambda: (1).__foo__,
]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# an instance attribute named like a special method wins over the wrapper (a non-data descriptor)
a.__lt__ = lambda other: "instance attribute"
print(a.__lt__(1), A().__lt__(1))

import types

print(types.WrapperDescriptorType, types.MethodWrapperType, isinstance(int.__add__, types.WrapperDescriptorType))
print(isinstance((1).__add__, types.MethodWrapperType), isinstance([].__len__, types.MethodWrapperType))
