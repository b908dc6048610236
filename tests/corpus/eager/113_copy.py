# copy (CPython 3.11's Lib/copy.py): shallow and deep copies of containers, user instances
# (__dict__, __slots__), shared and cyclic references through the memo, __copy__ / __deepcopy__,
# __reduce_ex__, __getstate__ / __setstate__, atomic values, and the collections types.
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]["k"] is a[2]["k"])
class P:
    def __init__(self, x): self.x = x; self.items = [x]
p = P(1)
q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q is p, q.items is p.items, r.items is p.items, r.x)
shared = [1]
d = copy.deepcopy([shared, shared])
print(d[0] is d[1])
cyc = [1]; cyc.append(cyc)
e = copy.deepcopy(cyc); print(e[1] is e, e is cyc)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
print(copy.copy((1, 2)), copy.deepcopy((1, [2]))[1], copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
t = (1, [2]); print(copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(3.5))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s.b = 2
s2 = copy.deepcopy(s); print(s2.a, s2.b, s2.a is s.a)
print(copy.Error is copy.error)
import collections
od = collections.OrderedDict(a=[1]); od2 = copy.deepcopy(od); print(od2, od2["a"] is od["a"], type(od2).__name__)
dd = collections.defaultdict(list, {"x": [1]}); dd2 = copy.copy(dd); print(dd2, dd2["x"] is dd["x"])
print(copy.deepcopy(collections.Counter("aab")), copy.copy(collections.deque([1, 2], maxlen=3)))
class R:
    def __init__(self): self.v = 1
    def __reduce_ex__(self, proto): return (R, ())
print(copy.copy(R()).v)
class St:
    def __init__(self): self.a = [1]; self.secret = "s"
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, state): self.__dict__.update(state); self.restored = True
st = copy.deepcopy(St()); print(sorted(vars(st)), st.restored)
class Node:
    def __init__(self, name): self.name = name; self.children = []; self.parent = None
root = Node("root"); kid = Node("kid"); kid.parent = root; root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not kid, root2.name)
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v * 10,), {"extra": [1]})
rd = copy.deepcopy(Red(2)); print(rd.v, rd.extra)
memo = {}
x = [1]; y1 = copy.deepcopy(x, memo); y2 = copy.deepcopy(x, memo); print(y1 is y2, id(x) in memo)
