# Iterator classes (the playground's stand-in for generator functions), iter() with a sentinel-free
# protocol, generator expressions over them, and StopIteration handling.
class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        out = []
        while a <= self.limit:
            out.append(a)
            a, b = b, a + b
        return iter(out)


print(list(CountDown(3)))
c = CountDown(2)
print(next(c), next(c), next(c, "exhausted"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(list(Fib(50)), sum(Fib(10)), max(Fib(100)))
print([x * y for x in CountDown(3) for y in Fib(2)])
evens = (v for v in Fib(100) if v % 2 == 0)
print(next(evens), list(evens))
squares = (i * i for i in range(5))
print(3 in CountDown(5), 9 in squares, list(squares))
pairs = zip(CountDown(3), "abc")
print(dict(pairs), sorted(CountDown(4)), tuple(reversed(list(CountDown(3)))))
it = iter(range(3))
print(iter(it) is it, list(it), list(it))
