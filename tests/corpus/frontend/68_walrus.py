# Assignment expressions (PEP 572), including comprehensions binding in the enclosing scope.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data, item)
print([y := 5, y ** 2], (z := 2, z + 1), {w := 7, w})
print(total := sum(range(4)), total)
values = [v for x in range(6) if (v := x * x) % 2 == 0]
print(values, v, x if "x" in dir() else "no x")
print([last := c for c in "abc"], last)
print(max(found := [i for i in range(5)]), found)


def counter(seq):
    hits = 0
    [hits := hits + 1 for s in seq if s]
    return hits


print(counter([1, 0, 2, 0, 3]))


def nested():
    total = 0

    def add(k):
        nonlocal total
        return [total := total + i for i in range(k)]

    add(3)
    add(2)
    return total


print(nested())


def in_genexpr(xs):
    g = (m := x for x in xs)
    first = next(g)
    return first, m, list(g), m


print(in_genexpr([5, 6, 7]))


def outer_comp():
    res = [[(q := a * b) for b in range(3)] for a in range(2)]
    return res, q


print(outer_comp())


def kwarg_like(a, b=0):
    return a + b


print(kwarg_like(r := 4, b=r), r)
matrix = {k: (sq := k * k) for k in range(3)}
print(matrix, sq)
print(f"{(fmt := 'x') * 3} {fmt}")
lam = lambda: (inner := 10) + inner
print(lam())
s = "hello world"
print(s[(i := s.index(" ")) + 1 :], i)
if any((hit := e) > 2 for e in [1, 2, 3, 4]):
    print("witness", hit)
print(all((bad := e) < 3 for e in [1, 2, 3, 4]), bad)
