# Generator functions: yield, send, return values, StopIteration, throw, close, yield from.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count(4)), sum(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e), e.value, e.args)
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e), e.value)


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


acc = accumulator()
print(acc.send(None), acc.send(3), acc.send(4))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append("caught " + str(e))
    finally:
        print("echo finally", received)


e = echo()
print(next(e), e.send("a"), e.throw(ValueError("bad")), e.throw(ValueError, "worse"))
print(e.throw(ValueError, ValueError("inst")))
e.close()
e.close()
print(next(e, "closed"))


def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2


i = ignores()
next(i)
try:
    i.close()
except RuntimeError as err:
    print("RuntimeError:", err)
print(i.close(), next(i, "finished"))


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return 5


r = returns_on_exit()
next(r)
print(r.close())
print(returns_on_exit().close())


def unstarted():
    print("never runs")
    yield 1


u = unstarted()
try:
    u.throw(KeyError("k"))
except KeyError as err:
    print("KeyError", err)
print(list(u))


def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except ZeroDivisionError:
        print("inner caught")
        yield "i3"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    r2 = yield from iter("ab")
    return r2


o = outer()
print(next(o), o.send("S"), o.throw(ZeroDivisionError), next(o), list(o))


def delegating_close():
    try:
        yield from echo()
    finally:
        print("outer finally")


d = delegating_close()
print(next(d), d.send("x"))
d.close()


def gen_pep479():
    yield 1
    next(iter([]))


try:
    list(gen_pep479())
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__, err.__suppress_context__)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(list(take(10, fib())))
print([x * y for x, y in zip(count(3), fib())])
gen_lambda = lambda: (yield 7)
gl = gen_lambda()
print(next(gl), next(gl, "end"))


class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


print(list(Tree(1, Tree(2, Tree(3)), Tree(4))))
gs = count(3)
print(gs.__name__, gs.__qualname__, gs.gi_running, iter(gs) is gs, gs.__next__(), gs.gi_code.co_name)
print(type(gs).__name__)


def exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        raise


es = exc_state()
next(es)
try:
    next(es)
except KeyError as err:
    print("re-raised", repr(err))


def closure_gen(n):
    def bump():
        nonlocal n
        n += 1
    while n < 3:
        bump()
        yield n


print(list(closure_gen(0)))
