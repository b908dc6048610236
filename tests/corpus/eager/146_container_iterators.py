# The iterators of deque, OrderedDict (and its views) and memoryview: CPython's classes, and
# their checks for a container changed while it is iterated.
import collections


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d = collections.deque([1, 2, 3])
od = collections.OrderedDict(a=1, b=2, c=3)
m = memoryview(b"xyz")
for it in (iter(d), reversed(d), iter(od), reversed(od), iter(od.keys()), iter(od.values()),
           iter(od.items()), reversed(od.items()), reversed(od.values()), iter(m)):
    print(type(it).__name__, type(it).__module__, type(it), list(it))


def deque_append():
    q = collections.deque([1, 2])
    seen = []
    for v in q:
        seen.append(v)
        q.append(v * 10)
    return seen


def deque_then_next():
    q = collections.deque([1, 2, 3])
    it = iter(q)
    next(it)
    q.appendleft(0)
    out = []
    for step in range(2):
        try:
            out.append(next(it))
        except Exception as e:
            out.append(type(e).__name__)
    return out


def deque_rotate():
    q = collections.deque([1, 2, 3])
    for v in q:
        q.rotate(1)


def deque_reversed_pop():
    q = collections.deque([1, 2, 3])
    for v in reversed(q):
        q.pop()


def deque_setitem():
    q = collections.deque([1, 2, 3])
    out = []
    for v in q:
        out.append(v)
        q[2] = 30
    return out, q


def deque_last_then_append():
    q = collections.deque([1, 2])
    out = []
    it = iter(q)
    out.append(next(it))
    out.append(next(it))
    q.append(3)
    out.append(next(it, "end"))
    return out


def odict_add():
    o = collections.OrderedDict(a=1, b=2)
    for k in o:
        o[k + k] = 0


def odict_add_at_last():
    o = collections.OrderedDict(a=1)
    for k in o:
        o["b"] = 2
    return o


def odict_delete():
    o = collections.OrderedDict(a=1, b=2, c=3)
    for k in o:
        del o["c"]


def odict_move_to_end():
    o = collections.OrderedDict(a=1, b=2, c=3)
    for k in o:
        o.move_to_end("a")


def odict_set_value():
    o = collections.OrderedDict(a=1, b=2)
    for k, v in o.items():
        o[k] = v * 100
    return o


def odict_values_pop():
    o = collections.OrderedDict(a=1, b=2, c=3)
    it = iter(o.values())
    first = next(it)
    o.pop("b")
    return first, list(it)


def odict_reversed_setdefault():
    o = collections.OrderedDict(a=1, b=2)
    for k in reversed(o):
        o.setdefault("z", 0)


def odict_after_error():
    o = collections.OrderedDict(a=1, b=2)
    it = iter(o)
    next(it)
    o["c"] = 3
    try:
        next(it)
    except RuntimeError as e:
        print("first:", e)
    return next(it, "exhausted")


def memory_live():
    ba = bytearray(b"abc")
    mv = memoryview(ba)
    it = iter(mv)
    first = next(it)
    ba[1] = 0x5A
    return first, list(it)


def memory_released():
    mv = memoryview(b"abc")
    it = iter(mv)
    next(it)
    mv.release()
    return next(it)


for fn in (deque_append, deque_then_next, deque_rotate, deque_reversed_pop, deque_setitem,
           deque_last_then_append, odict_add, odict_add_at_last, odict_delete, odict_move_to_end,
           odict_set_value, odict_values_pop, odict_reversed_setdefault, odict_after_error,
           memory_live, memory_released):
    attempt(fn.__name__, fn)
