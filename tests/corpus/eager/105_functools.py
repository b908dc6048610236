# functools (CPython 3.11): reduce, partial (repr, nesting, attributes), partialmethod,
# lru_cache / cache (cache_info, cache_clear, typed, maxsize eviction, cache_parameters),
# cached_property, singledispatch / singledispatchmethod (register by annotation, by type, MRO
# dispatch, registry), total_ordering, wraps / update_wrapper, cmp_to_key, and error texts.
import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial, partialmethod,
                       reduce, singledispatch, singledispatchmethod, total_ordering,
                       update_wrapper, wraps)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, [], 0), reduce(operator.add, ["x"]), reduce(max, [3, 9, 2]))

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
print(square(5), square(5, exp=3), square(7, mod=10))
p = partial(power, 2, mod=1000)
print(p(10), p.func is power, p.args, p.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(int, base=2)))
pp = partial(p, 3)
print(pp(), pp.func is power, pp.args, pp.keywords)
print(partial(int, base=2)("101"), callable(p))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x

calls.clear()
ident(1); ident(1.0); ident(1); ident(True)
print(calls, ident.cache_info(), ident.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@cache
def kw(a, b=1, **k):
    calls.append(("kw", a, b))
    return a + b

calls.clear()
print(kw(1), kw(1), kw(1, b=2), kw(1, b=2), kw(a=1), calls, kw.cache_info())

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__)
del d.total
print(d.total, d.computed)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)

@singledispatch
def show(arg):
    return "default " + repr(arg)

@show.register
def _(arg: int):
    return "int " + str(arg)

@show.register(list)
def _(arg):
    return "list of " + str(len(arg))

def show_float(arg):
    return "float %.2f" % arg
show.register(float, show_float)

class MyList(list):
    pass

print(show("x"), show(3), show(True), show([1, 2]), show(MyList([1])), show(2.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show_float)
print(sorted(k.__name__ for k in show.registry), show.__name__)

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a " + type(arg).__name__)
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg

n = Neg()
print(n.neg(5), n.neg(True))
try:
    n.neg("s")
except NotImplementedError as e:
    print(e)

@total_ordering
class Version:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V%d" % self.v

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= a, sorted([b, a]), max(a, b))

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(G(1) < G(2), G(1) >= G(2), G(3) <= G(3))

def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs)
    return wrapper

@deco
def documented(x):
    """The documented function."""
    return x + 1

print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(5))
print(documented.__qualname__, documented.__module__)

def target():
    "target doc"
target.extra = "attr"
def plain():
    pass
update_wrapper(plain, target)
print(plain.__name__, plain.__doc__, plain.extra, plain.__wrapped__ is target)
def plain2():
    pass
update_wrapper(plain2, target, assigned=("__doc__",), updated=())
print(plain2.__name__, plain2.__doc__, hasattr(plain2, "extra"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: reduce(operator.add, []))
err(lambda: reduce(operator.add, 5))
err(lambda: partial())
err(lambda: partial(5))
err(lambda: lru_cache(maxsize="x"))
err(lambda: show.register(5))
err(lambda: hash(K(1)))
err(lambda: singledispatch(lambda: 1)())
