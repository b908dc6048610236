# Set and tuple displays, with unpacking.
s = {1, 2, 3}
s2 = {3, 4, *s}
t = (1, 2, 3)
t2 = (*t, 4)
single = (5,)
empty = ()
lst = [*t, *s2]
print(sorted(s), sorted(s2), t, t2, single, empty)
print(sorted(lst))
print(s & {2, 3, 9}, s | {0}, s - {1})
print(len(t2), t2.count(4), t.index(2))
x, = single
print(x)
