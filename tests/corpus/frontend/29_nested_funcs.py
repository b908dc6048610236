# Nested functions, recursion and qualnames.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def outer():
    def helper(k):
        return k + 1

    class Local:
        def method(self):
            return helper(1)

    return Local().method(), helper.__qualname__, Local.method.__qualname__


print(fib(10))
print(outer())


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(6))
