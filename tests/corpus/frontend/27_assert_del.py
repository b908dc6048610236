# assert and del statements.
x = 10
assert x == 10
assert x > 5, "x too small"
try:
    assert x < 5, "x is %d" % x
except AssertionError as e:
    print("assertion:", e)
y = [1, 2, 3]
del y[0]
z = 5
del z
print(y)
try:
    print(z)
except NameError:
    print("z deleted")


class O:
    pass


o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
