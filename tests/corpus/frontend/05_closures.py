# Closures, nonlocal and cell variables.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner()
    return middle()


c = make_counter()
c()
c(5)
print(c())
print(outer(21))
adders = [lambda y, k=k: y + k for k in range(3)]
print([f(10) for f in adders])
