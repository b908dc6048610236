# The descriptor protocol for Python classes (__get__ / __set__ / __delete__, data descriptors
# before the instance dict, non-data after it, __set_name__) and the numbers ABCs (virtual
# subclasses through the registry of the class and of its subclasses only), as CPython 3.11.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class P:
    x = Typed()
    def __init__(self, x):
        self.x = x

p = P(3)
print(p.x, p.__dict__, type(P.__dict__['x']).__name__, P.x.__class__.__name__)
p.x = 5
print(p.x)
try:
    p.x = "a"
except TypeError as e:
    print(e)
p.__dict__['x'] = 99
print(p.x)
del p.x
print(p.x)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Q:
    calls = 0
    @Lazy
    def val(self):
        Q.calls += 1
        return 10
q = Q()
print(q.val, q.val, Q.calls)
import numbers
print(isinstance(3, numbers.Number), isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(2.5, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(True, numbers.Integral), isinstance("x", numbers.Number))
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Complex), numbers.Integral.__mro__[1].__name__)
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(e)
