# copy.copy / copy.deepcopy as CPython 3.11: objects rebuilt from their class and state (__dict__,
# __slots__), __copy__/__deepcopy__, the memo keeping shared and cyclic references shared, tuples
# kept when their items are unchanged, namedtuple / OrderedDict / defaultdict / list subclasses.
import copy
class P:
    def __init__(self, a):
        self.a = a
        self.items = [a]
p = P([1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q is p, q.a is p.a, r.a is p.a, r.a == p.a, r.items[0] is r.a)
class S:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
s2 = copy.deepcopy(S())
print(s2.x, hasattr(s2, "y"))
class C:
    def __init__(self): self.n = 0
    def __deepcopy__(self, memo):
        c = C(); c.n = self.n + 100; return c
    def __copy__(self):
        c = C(); c.n = -1; return c
print(copy.deepcopy(C()).n, copy.copy(C()).n)
a = [1]; a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
from collections import namedtuple, OrderedDict, defaultdict
Pt = namedtuple("Pt", "x y")
print(copy.deepcopy(Pt([1], 2)), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, {1: [2]})))
t = (1, [2])
class L(list): pass
l2 = copy.deepcopy(L([1, [2]]))
print(type(l2).__name__, l2)
