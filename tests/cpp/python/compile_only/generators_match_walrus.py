# Compile-only coverage (names are undefined): generators in handlers and with-blocks, yield in
# odd positions, walrus in nested scopes, match in loops and handlers, or-patterns that reorder.
def g1(a):
    with a as b, open(b) as c:
        x = yield b
        yield from c
    try:
        yield
    except E as e:
        yield e
        raise
    finally:
        y = yield (yield 1)
    return (yield from g2()), x, y


def g2():
    for i in range(3):
        if i:
            continue
        yield i
    else:
        return [j for j in (yield)] if False else 0
    while (n := f()) > 0:
        yield n
        break


lam = lambda: (yield from z)
gen_in_class = type("C", (), {"m": lambda self: (yield self)})


class K:
    def m(self):
        yield super().m()
        yield __class__


def w1(xs):
    def inner():
        nonlocal total
        total = [(t := t + x) for x in xs for _ in [0] if (q := x) > 0]
        return t, q
    total = t = q = 0
    return inner(), [[(u := v) for v in row] for row in xs], u


def m1(cmd, extra):
    for c in cmd:
        match c:
            case [x, y] | [y, x, _]:
                continue
            case {"a": [1, *_], "b": {"c": q}} | {"a": q, "b": None}:
                break
            case K(m=1, n=[a, *b]) if (z := a) > extra:
                return z, b
            case K(1, 2, m=K(3)) as k:
                pass
            case (1 | 2 | 3) as small if small < extra:
                yield small
            case {**kw}:
                yield kw
            case [*_, [a, b], c] | [c, [b, a]]:
                pass
            case -1 | 0.5 | "s" | b"b" | None | True:
                pass
            case M.A.B:
                pass
    try:
        match extra:
            case str(s) if s:
                raise V(s)
            case _ if extra:
                pass
    except V as v:
        match v.args:
            case (msg,):
                return msg
    match extra, cmd:
        case (a, b):
            return a


def m2(p):
    match p:
        case (a, b, c) | [c, a, b] | {"x": b, "y": c, "z": a}:
            return a, b, c
        case (K(x=a) | [a]) as whole if (w := whole):
            return a, w
        case [[1, x], [2, y]] | [[2, y], [1, x]]:
            return x + y
        case {"k": [*rest]} | {"j": rest}:
            return rest
    match p:
        case _:
            pass


async_like = [m for m in (x for x in range(3)) if (ww := m)]
