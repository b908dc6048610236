# PEP 646 syntax (CPython 3.11): `*args: *Ts` annotations, `*` in subscripts and annotations.
class Ts:
    def __iter__(self):
        return iter(["unpacked Ts"])

    def __repr__(self):
        return "Ts"


Ts = Ts()


class Sub:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)

    def __class_getitem__(cls, key):
        return ("class", key)


def f(*args: *Ts) -> None:
    return args


print(f.__annotations__, f(1, 2))


def g(x: int, *rest: *(str,), k: float = 1.0, **kw: bool):
    return x, rest, k, kw


print(g.__annotations__)
print(g(1, 2, 3, k=2.0, z=True))
s = Sub()
b = [1, 2]
print(s[*b], s[*b, 3], s[0, *b], s[*b, *b], s[*()], s[1:2, *b], s[*b,])
s[*b] = "v"
s[*b, 4] = "w"
del s[*b]
print(Sub[*b], Sub[int, *b])
x: Sub[*b]
print(__annotations__)
try:
    def h(*a: *None): pass
except TypeError as e:
    print("TypeError", e)
try:
    def h2(*a: *[1, 2]): pass
except ValueError as e:
    print("ValueError", e)
print((lambda *a: a)(*b))


class C:
    def m(self, *__a: *Ts):
        pass


print(C.m.__annotations__)
