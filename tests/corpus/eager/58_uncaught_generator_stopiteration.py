# PEP 479: StopIteration raised inside a generator surfaces as RuntimeError, chained from it.
def numbers():
    yield 1
    raise StopIteration(5)


g = numbers()
print(next(g))
print(next(g))
