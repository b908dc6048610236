# Decorators, with and without arguments; classmethod/staticmethod/property.
def shout(fn):
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(x):
            return [fn(x) for _ in range(n)]
        return wrapper
    return deco


@shout
def hello(name):
    return "hello " + name


@repeat(3)
def double(x):
    return x * 2


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def unit():
        return "C"


print(hello("bob"), double(4))
print(Temp(100).fahrenheit, Temp.freezing().fahrenheit, Temp.unit())
