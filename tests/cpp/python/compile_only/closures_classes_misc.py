def outer(a, b, *args, c, d=4, **kw):
    def inner():
        return a + d + len(args)
    x = [a for _ in range(2)]
    return inner() + sum(x) + c


class Meta:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]

    def m(self):
        return __class__, super().__init__()


def tf():
    try:
        return compute()
    finally:
        cleanup()


def with_ret(p):
    with open(p) as f, lock:
        return f.read()


def loops(xs):
    for x in xs:
        try:
            if x:
                continue
            break
        finally:
            print(x)
    while xs and not xs[0]:
        xs.pop()
    else:
        return 1
    return 2


def posonly(a, b, /, c, *, d):
    return a, b, c, d


big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, x]
bd = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12, 'm': 13, 'n': 14, 'o': 15, 'p': 16, 'q': y}
a[i].x += 1
a[1:2] = b[::-1]
del a[0], b.c, d
global gg
gg = 1
s = f"{x!r:>{w}.{p}} {y=:>3} {z!a}"
e = b'\'"'
u = 'caf\xe9 \u20ac \n\t\x01'
w = lambda *, k: k
v = 1 if x else 2 if y else 3
t = x < y < z
@dec(1)
@dec2
class K(Base, *bases, metaclass=M, **kw):
    pass
r = (yy for a in b if a for c in a if c if not c)
