# Closures, nonlocal counters, late binding in loops.
def make_counter(start=0):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i * i for i in range(4)]
print([g() for g in gs])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return middle(), x


print(outer())


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)
    return add


acc = accumulate()
print([acc(v) for v in (1, 2, 3, 4)])
