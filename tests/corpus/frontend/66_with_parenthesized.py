# Parenthesized with-items (PEP 617 grammar): `with (a, b):` enters two managers, while
# `with (a, b) as t:` and `with (a, b), c:` still use a tuple expression as the first item.
log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return False


a, b, c = CM("a"), CM("b"), CM("c")
with (a, b):
    log.append("body 1")
with (a as x, b as y):
    log.append("body 2 " + x + y)
with (a, b as y,):
    log.append("body 3 " + y)
with (CM("p")):
    log.append("body 4")
with (a), (b):
    log.append("body 5")
print(log)
log.clear()
try:
    with (a, b) as t:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with (a, b), c:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(log)


def f(m, n):
    with (m, n):
        return 1


print(f(a, c), log)
