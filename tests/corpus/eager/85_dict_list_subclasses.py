# Subclasses of dict and list (docs/runtime-subclasses.md): the instance carries the built-in's
# contents, every built-in operation accepts it, methods and dunders the subclass defines win
# (seen by d[k], d[k] = v, len, in, iteration, ==, +, bool), super() reaches the built-in's, and
# instances have a __dict__; copy.copy / copy.deepcopy keep the subclass.
import copy
from collections import namedtuple


class D(dict):
    def __missing__(self, k):
        return k * 2


d = D(a=1)
print(d, d["a"], d[3], isinstance(d, dict), len(d), list(d.items()), type(d).__name__, d.get(3), 3 in d)


class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)

    def __setattr__(self, k, v):
        self[k] = v


cfg = AttrDict(lr=0.1, layers=[4, 8])
cfg.momentum = 0.9
print(cfg.lr, cfg, cfg.layers, hasattr(cfg, "nope"), dict(cfg), {**cfg}, sorted(cfg), len(cfg))


class Logged(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k) + 1

    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 10)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)


u = Logged(a=1)
u["b"] = 2
print(u, u["a"], u["b"], u.get("b"), dict(u), u == {"a": 1, "b": 20}, list(u), u.copy(), type(u.copy()))
del u["a"]
print(u, "a" in u, u.pop("b"), u, bool(u))


class Counted(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.created = True

    def __len__(self):
        return 100

    def __contains__(self, k):
        return k == "magic"

    def __iter__(self):
        return iter(["x", "y"])


c = Counted([("p", 1)], q=2)
print(c, len(c), "magic" in c, "p" in c, list(c), c.created, c.__dict__, bool(Counted()), sorted(c.keys()))


class L(list):
    def push(self, x):
        self.append(x)


l = L([1])
l.push(2)
print(l, len(l), l + [3], isinstance(l, list), sum(l), type(l + [3]), l[1:], type(l[1:]), l * 2, l == [1, 2])
l += [5]
print(l, type(l), l.pop(), l, sorted(L([3, 1, 2])), L(), L("ab"), bool(L()), [x * 2 for x in l])
l.tag = "t"
print(l.tag, l.__dict__, l.copy(), type(l.copy()))


class Stack(list):
    def __init__(self, n):
        super().__init__(range(n))

    def __getitem__(self, i):
        return "item%d" % super().__getitem__(i)

    def __setitem__(self, i, v):
        super().__setitem__(i, v + 100)

    def __add__(self, other):
        return "added"

    def __radd__(self, other):
        return "radded"

    def __eq__(self, other):
        return isinstance(other, Stack) and len(self) == len(other)

    __hash__ = None

    def __bool__(self):
        return False


s = Stack(3)
s[0] = 7
print(s, s[0], s[2], s + [1], [1] + s, s == Stack(3), s == [0, 1, 2], s != Stack(1), bool(s), list(s), max(s))


class Ordered(list):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([Ordered([9, 9]), Ordered([1])]), Ordered([5]) < Ordered([1, 1]), Ordered([5]) > [1])


class Mixin:
    def describe(self):
        return type(self).__name__ + " with " + str(len(self))


class Both(Mixin, dict):
    pass


class Both2(Mixin, list):
    pass


print(Both(a=1).describe(), Both2([1, 2]).describe(), Both.__mro__, Both2.__mro__)


class Deep(D):
    pass


print(Deep(z=0)["q"], isinstance(Deep(), D), type(Deep()).__mro__)


def attempt(f):
    try:
        f()
    except (TypeError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: hash(L()))
attempt(lambda: hash(D()))
attempt(lambda: hash(Stack(1)))
attempt(lambda: Logged()["missing"])
attempt(lambda: AttrDict().missing)
attempt(lambda: L(1, 2))
attempt(lambda: D(1, 2))
attempt(lambda: D([1]))
attempt(lambda: L([1]) + (2,))
attempt(lambda: L([1]).nothing)


def layout():
    class Bad(dict, list):
        pass


def bool_base():
    class Bad(bool):
        pass


attempt(layout)
attempt(bool_base)


# copy.copy / copy.deepcopy rebuild instances of subclasses as CPython's __reduce_ex__ does.
P = namedtuple("P", "x y")
p = P([1], {"a": [2]})
q = copy.deepcopy(p); r = copy.copy(p)
print(q, type(q).__name__, q == p, q.x is p.x, r.x is p.x, type(r).__name__)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
d = D(a=[1]); d.tag = "t"
e = copy.deepcopy(d); f = copy.copy(d)
print(e, type(e).__name__, e.tag, e["a"] is d["a"], f["a"] is d["a"], type(f).__name__, f.tag)
class L(list): pass
l = L([[1], 2]); l.n = 3
m = copy.deepcopy(l); n = copy.copy(l)
print(m, type(m).__name__, m.n, m[0] is l[0], n[0] is l[0], type(n).__name__)
class T(tuple): pass
t = T(([1],))
print(copy.deepcopy(t), type(copy.deepcopy(t)).__name__, copy.copy(t) == t, copy.deepcopy((1, [2])), copy.copy([1]), copy.deepcopy({"k": [1]}))


# dir() lists an instance's attributes; a class defining __eq__ without __hash__ is unhashable.
class Eq(tuple):
    def __eq__(self, other):
        return True


attempt(lambda: hash(Eq()))
dd = D(a=1)
dd.z = 2
print("z" in dir(dd), "keys" in dir(dd), vars(dd), issubclass(D, dict), Eq.__hash__)


class Shown(P):
    def __repr__(self):
        return "Shown:" + super().__repr__()


print(Shown(1, 2), [Shown(1, 2)], str(Shown(1, 2)), Shown(1, 2)._asdict(), set([P(1, 2), (1, 2)]))


# dict.fromkeys on a subclass builds the subclass through its own __setitem__.
class Boxed(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])


fk = Boxed.fromkeys("ab", 1)
print(fk, type(fk).__name__, dict.fromkeys([1, 2]), type({}.fromkeys("x")), Boxed(a=0).fromkeys("z"))
