# Lambdas: defaults, closures, keyword-only args.
square = lambda x: x * x
add = lambda a, b=10: a + b
kwl = lambda *, k=1: k * 2
va = lambda *args, **kw: (args, kw)
print(square(4), add(1), add(1, 2), kwl(), kwl(k=5))
print(va(1, 2, z=3))
pairs = sorted([(3, "c"), (1, "a"), (2, "b")], key=lambda p: p[0])
print(pairs)


def make_mul(n):
    return lambda x: x * n


print(make_mul(3)(7))
