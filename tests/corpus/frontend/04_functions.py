# Functions with positional, default, keyword-only, *args and **kwargs parameters.
def add(a, b):
    return a + b


def greet(name, greeting="Hello", *, punct="!"):
    return greeting + ", " + name + punct


def collect(*args, **kwargs):
    return len(args), sorted(kwargs.items())


def noop():
    pass


print(add(1, 2))
print(greet("Bob"), greet("Ann", "Hi"), greet("Z", punct="?"))
print(collect(1, 2, 3, x=1, y=2))
print(noop())
print(add(b=5, a=1))
