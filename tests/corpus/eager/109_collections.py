# collections (CPython 3.11): Counter (construction, arithmetic, in-place and unary operators,
# comparisons, most_common, elements, total, update / subtract, missing keys, repr ordering),
# deque (every method, maxlen, rotation, indexing, comparisons, errors), defaultdict,
# OrderedDict (move_to_end, popitem(last=), equality, reversed, views), ChainMap, namedtuple
# options, UserDict / UserList / UserString, and the error texts.
import collections
from collections import (ChainMap, Counter, OrderedDict, UserDict, UserList, UserString,
                         defaultdict, deque, namedtuple)

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), sorted(c), c.most_common(2), c.most_common())
print(Counter({"x": 2, "y": -1}), Counter(cats=4, dogs=8), Counter(), repr(Counter()))
print(sorted(c.elements()), c.total(), isinstance(c, dict), type(c).__name__)
c2 = Counter(a=1, b=5, z=3)
print(c + c2, c - c2, c | c2, c & c2)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
d = Counter(a=3, b=1)
d.update("aab")
d.update({"c": 2})
d.subtract(a=10)
d.subtract(Counter(c=1))
print(d, d.most_common(1))
e = Counter(a=1)
e += Counter(a=2, b=1)
e -= Counter(b=5)
e |= Counter(c=2)
e &= Counter(a=2, c=9)
print(e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=0), Counter(a=1) < Counter(a=1))
del c["a"]
del c["nothing"]
print(c, Counter.fromkeys if False else "fromkeys", c.copy() == c, type(c.copy()).__name__)
print(Counter("hello").most_common(0), list(Counter("bca"))[:3], Counter(["x", "x", 3]))

dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
dq.extend([5, 6])
dq.extendleft([-1, -2])
print(dq, len(dq), dq[0], dq[-1], dq.pop(), dq.popleft(), dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.count(2), dq.index(3), dq.index(3, 2) if 3 in list(dq)[2:] else None)
dq.insert(1, 99)
dq.remove(99)
dq.reverse()
print(dq, 3 in dq, 42 in dq, list(reversed(dq)), dq.copy(), dq.copy() is dq)
dq[0] = "first"
del dq[1]
print(dq, dq == deque(dq), dq != deque(), bool(deque()), deque() < deque([1]))
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen, deque().maxlen)
bounded.append(5)
bounded.appendleft(-1)
print(bounded)
bounded.extend(range(10, 20))
print(bounded, deque("abc", 0), repr(deque([], maxlen=2)))
dq.clear()
print(dq, deque([1, 2]) + deque([3]), deque([1]) * 3, deque("ab") == deque(["a", "b"]))
x = deque([1, 2])
x += [3]
x *= 2
print(x, x.index(2, 2), deque([3, 1, 2]) > deque([3, 1]))

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, isinstance(dd, dict), "c" in dd, dd.get("c"), len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["zz"], defaultdict(), repr(defaultdict(None, {1: 2})))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]), type(nested["x"]).__name__)
dd2 = dd.copy()
print(dd2 == dd, dd2 is dd, type(dd2).__name__, dd2.default_factory)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(OrderedDict.fromkeys("xyz"))), OrderedDict.fromkeys("ab", 0), repr(OrderedDict()))
o2 = OrderedDict([("k", 1)])
o2.update(j=2)
print(o2, o2.setdefault("k", 5), o2.setdefault("new", 6), o2.pop("k"), o2, isinstance(o2, dict))
print(od.keys(), o2.items(), o2.values())

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm)
cm["d"] = 4
print(over, cm.maps[0] is over, list(cm.keys()))
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], len(child.maps), repr(ChainMap({1: 2}, {3: 4})))
del cm["d"]
print(over, dict(cm), ChainMap().maps)

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(9), P3._field_defaults, namedtuple("R", "def x def", rename=True)._fields)
print(namedtuple("M", "a", module="mymod").__module__, isinstance(p, tuple), p == (1, 2))

ud = UserDict({"a": 1})
ud["b"] = 2
print(ud, ud.data, len(ud), "a" in ud, isinstance(ud, dict), sorted(ud.items()), ud.get("z", 9))
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"KEY": 1})
ld["Other"] = 2
print(ld, ld.copy(), type(ld.copy()).__name__)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul.data, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul * 2, 2 in ul, ul == [0, 1, 2, 3])
us = UserString("Hello")
print(us, us.upper(), us + "!", len(us), us[1:3], us.data, type(us.lower()).__name__, us == "Hello", "ell" in us)
print(repr(us), repr(ul), repr(ud))

def err(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1]).remove(5))
err(lambda: deque([1]).index(5))
err(lambda: deque([1])[5])
err(lambda: deque([1], maxlen=-1))
err(lambda: deque([1], maxlen=1).insert(0, 2))
err(lambda: OrderedDict().popitem())
err(lambda: OrderedDict().move_to_end("x"))
err(lambda: ChainMap({}).pop("x"))
err(lambda: ChainMap({}, {"a": 1}).__delitem__("a"))
err(lambda: ChainMap()["missing"])
err(lambda: defaultdict(5))
err(lambda: defaultdict()["nope"])
err(lambda: Counter(a=1) + 5)
err(lambda: namedtuple("Bad", "a a"))
err(lambda: namedtuple("Bad", "_a"))
err(lambda: namedtuple("1x", "a"))
err(lambda: Point(1))
err(lambda: hash(deque()))
