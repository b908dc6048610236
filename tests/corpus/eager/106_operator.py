# operator (CPython 3.11): every function and its dunder alias, the in-place functions (mutating
# and not), itemgetter / attrgetter / methodcaller (reprs, dotted names, several items),
# length_hint, index, concat, countOf / indexOf, truth, is_ / is_not, and error texts.
import operator
from operator import attrgetter, itemgetter, methodcaller

names = ["abs", "add", "and_", "concat", "contains", "countOf", "delitem", "eq", "floordiv",
         "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul",
         "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
         "is_not", "isub", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul",
         "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub",
         "truediv", "truth", "xor", "attrgetter", "itemgetter", "methodcaller"]
print(all(hasattr(operator, n) for n in names), [n for n in names if not hasattr(operator, n)])
dunders = [n for n in names if not n.endswith("_") and n not in
           ("countOf", "indexOf", "length_hint", "attrgetter", "itemgetter", "methodcaller",
            "is_", "is_not", "truth", "concat", "iconcat") and hasattr(operator, "__%s__" % n)]
print(dunders, operator.__add__ is operator.add, operator.__not__ is operator.not_)

print(operator.abs(-3), operator.add(2, 3), operator.and_(12, 10), operator.concat([1], [2]))
print(operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.eq(1, 1.0))
print(operator.floordiv(7, 2), operator.ge(2, 2), operator.gt(2, 2), operator.le(1, 2))
print(operator.lshift(1, 4), operator.lt(3, 2), operator.mod(-7, 3), operator.mul("ab", 2))
print(operator.ne(1, 2), operator.neg(5), operator.not_([]), operator.or_(8, 1), operator.pos(-2))
print(operator.pow(2, 10), operator.rshift(256, 3), operator.sub(1, 10), operator.truediv(7, 2))
print(operator.truth("x"), operator.truth(0), operator.xor(6, 3), operator.inv(5), operator.invert(0))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.indexOf("abc", "c"))
print(operator.getitem([1, 2, 3], 1), operator.getitem("hello", slice(1, 3)), operator.getitem({"a": 9}, "a"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst)
d = {"x": 1}
operator.setitem(d, "y", 2)
operator.delitem(d, "x")
print(d)

class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
    def __index__(self):
        return 42
    def __length_hint__(self):
        return 17
    def __repr__(self):
        return "M(%r)" % self.v

print(operator.matmul(M(2), M(3)), operator.imatmul(M(2), M(3)), operator.index(M(0)))

a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b)
t = (1,)
u = operator.iadd(t, (2,))
print(t, u)
a = [1]
print(operator.iconcat(a, [5]), a)
s = {1, 2}
print(operator.iand(s, {2, 3}), s, operator.ior({1}, {4}), operator.ixor({1, 2}, {2}))
print(operator.isub(10, 3), operator.imul([0], 3), operator.itruediv(9, 2), operator.ifloordiv(9, 2))
print(operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(16, 2))
print(operator.iand(12, 10), operator.ior(12, 3), operator.ixor(12, 10))

print(operator.length_hint([1, 2, 3]), operator.length_hint({1: 2}), operator.length_hint(M(0)))
print(operator.length_hint(5, 99), operator.length_hint(range(10)), operator.length_hint(x for x in "ab"))

ig = itemgetter(1)
print(ig("ABC"), ig([1, 2]), itemgetter(1, 0)("AB"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))("xyz"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(1, 2))))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)))

class P:
    def __init__(self):
        self.name = "p"
        self.child = None
p = P()
p.child = P()
p.child.name = "c"
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(repr(attrgetter("name")), repr(attrgetter("a", "b.c")))

mc = methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), methodcaller("upper")("x"), methodcaller("count", "a")("banana"))
print(repr(mc), repr(methodcaller("upper")), repr(methodcaller("f", 1, 2)))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: operator.index(1.5))
err(lambda: operator.index("x"))
err(lambda: operator.concat(1, 2))
err(lambda: operator.concat([1], (2,)))
err(lambda: operator.iconcat(1, 2))
err(lambda: operator.indexOf([1, 2], 3))
err(lambda: operator.countOf(5, 1))
err(lambda: operator.length_hint(5, "x"))
err(lambda: itemgetter())
err(lambda: attrgetter())
err(lambda: attrgetter(1))
err(lambda: methodcaller())
err(lambda: methodcaller(5))
err(lambda: attrgetter("nope")(p))
err(lambda: attrgetter("child.nope")(p))
err(lambda: itemgetter(5)([1]))
err(lambda: methodcaller("nope")(1))
err(lambda: operator.add(1, "a"))
err(lambda: operator.neg("a"))
err(lambda: operator.matmul(1, 2))
err(lambda: operator.lt(1, "a"))
