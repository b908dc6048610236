# An exception raised two generators deep: the traceback names each frame of the
# yield-from chain, innermost last.
def leaf(n):
    for i in range(n):
        yield 10 // (2 - i)


def middle(n):
    total = yield from leaf(n)
    return total


def top():
    for v in middle(4):
        print(v)


top()
