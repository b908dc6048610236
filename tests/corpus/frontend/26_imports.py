# Import forms.
import math
import os.path
import os.path as osp
from collections import OrderedDict, namedtuple as nt
from functools import reduce

print(math.sqrt(16), math.floor(2.7))
print(os.path.basename("/a/b/c.txt"), osp.splitext("x.py"))
Point = nt("Point", ["x", "y"])
p = Point(1, 2)
print(p.x + p.y, OrderedDict(a=1))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))


def uses_math():
    import math as m
    return m.pi > 3


print(uses_math())
