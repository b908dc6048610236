# Mixing global, nonlocal, and class scopes.
x = "global"


def f():
    x = "enclosing"

    def g():
        nonlocal x
        x = "modified"

    g()
    return x


class C:
    x = "class"

    def m(self):
        return x


def h():
    global x
    x = "rebound"


print(f(), C().m(), C.x)
h()
print(x)
