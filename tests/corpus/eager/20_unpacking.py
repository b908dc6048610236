# Unpacking in assignments, loops, calls and literals.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)


def f(a, b, c=3, *args, d, **kw):
    return (a, b, c, args, d, kw)


print(f(1, 2, d=4))
print(f(*[1, 2, 3, 4, 5], d=6, e=7))
print(f(**{"a": 1, "b": 2, "d": 0}))
print([*range(3), *"ab"], (*[1], 2), {*(1, 2), 3}, {**{"a": 1}, "b": 2})
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, d=1, a=5)
except TypeError as e:
    print("TypeError:", e)
