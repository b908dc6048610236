# dis of starred subscripts (PEP 646): a[*b] is a[(*b,)], in loads, stores, deletes, augmented
# assignments and with slices.
class A(dict):
    pass


a = A()
b = [1, 2]
a[*b] = 1
a[*b, 3] = 2
a[0, *b, *b] = 3
a[*b] += 10
print(a[*b], a[*b, 3], sorted(a.items()))
del a[*b]


def f(x, *y):
    return x[*y], x[1:2, *y]


print(f({(1, 2): 5}, 1, 2) if False else len(a))
