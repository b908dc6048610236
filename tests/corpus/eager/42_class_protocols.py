# __iter__/__next__ iterators, __call__, __getattr__ fallback, __setattr__ hooks.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), [x * 2 for x in Countdown(3)])


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])))


class Dyn:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "virtual:" + name


d = Dyn()
print(d.real, d.anything, getattr(d, "x"))


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


lg = Logged()
lg.a = 1
lg.b = [2]
print(lg.a, lg.b)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq())
