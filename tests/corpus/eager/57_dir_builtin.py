# dir(): names of the current scope, of modules, classes, instances, and a custom __dir__.
import collections


class A:
    x = 1

    def f(self):
        pass


class B(A):
    def g(self):
        pass


b = B()
b.y = 2
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "__class__" in dir(B), "x" in dir(A))


def h(p, q=1):
    r = 3
    print(dir())


h(1)


class C:
    def __dir__(self):
        return ["z", "a", "m"]


print(dir(C()))
print("OrderedDict" in dir(collections), "deque" in dir(collections))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
try:
    dir(1, 2)
except TypeError as e:
    print(e)
