class C:
    x = yield from range(3)
