# Tuple unpacking, starred targets, swaps and chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = z2 = (7, 8, 9)
print(x, y, z, z2)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
p = q = r = 0
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
a, b, c = 1, 2, 3
c, b, a = a, b, c
print(a, b, c)
