# Deep (bounded) recursion works; an uncaught error deep in recursion prints a repeated traceback.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(200))


def fact(n):
    if n < 0:
        raise ValueError("negative")
    return 1 if n == 0 else n * fact(n - 1)


print(fact(10))
try:
    fact(-1)
except ValueError as e:
    print("caught", e)


def boom(n):
    if n == 0:
        return {}["k"]
    return boom(n - 1)


boom(3)
