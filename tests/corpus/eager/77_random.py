# random: CPython's Mersenne Twister stream for int, negative, big, float, str and bytes seeds;
# the integer helpers (getrandbits, randrange, randint, choice, shuffle, sample), choices with
# weights, the float distributions, Random instances, getstate/setstate and the error texts.
# Results of log/exp/sin/cos-based distributions are printed to 10 digits.
import random


def show(x):
    return f"{x:.10f}"


random.seed(0)
print(random.random(), random.random(), random.random())
print([random.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 100)])
print(random.getrandbits(0))
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], random.randrange(-50, 50), random.randrange(0, 100, 7),
      random.randrange(100, 0, -3))
print(random.randint(0, 10 ** 30), random.randrange(2 ** 70, 2 ** 71))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample(range(10000), 30))
print(random.sample(["red", "green", "blue"], 3), random.sample("xyz", k=2))
print(random.sample(["a", "b"], k=5, counts=[4, 2]))
print(random.choices("abc", k=8))
print(random.choices(["win", "lose", "draw"], [18, 18, 2], k=10))
print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2]))
print(random.uniform(1, 2), random.uniform(-5.5, 5.5))
print(show(random.triangular()), show(random.triangular(0, 10, 3)), show(random.triangular(2, 2)))
print([show(random.gauss()) for _ in range(3)], show(random.gauss(10, 2)))
print([show(random.normalvariate(0, 1)) for _ in range(3)], show(random.lognormvariate(0, 0.5)))
print(show(random.expovariate(2)), show(random.paretovariate(3)), show(random.weibullvariate(1, 2)))
print(show(random.gammavariate(2.5, 1)), show(random.gammavariate(1, 2)), show(random.gammavariate(0.5, 1)))
print(show(random.betavariate(2, 3)), show(random.vonmisesvariate(1, 4)))

# Seeds of other sizes and types.
for s in (1, 42, -42, 2 ** 32, 2 ** 100 + 12345, 123456789012345678901234567890):
    random.seed(s)
    print(s, random.random(), random.randint(0, 999))
random.seed(3.5)
print(random.random())
random.seed("hello")
print(random.random())
random.seed(b"bytes seed")
print(random.randrange(1000))
random.seed(None)
print(0.0 <= random.random() < 1.0)

# Independent generators.
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
print(random.Random("torch").random())
state = a.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
g = random.Random(7)
g.gauss()
st = g.getstate()
print(g.gauss() == (g.setstate(st) or g.gauss()))
random.seed(0)
x = random.random()
random.seed(0)
print(x == random.random())


class MyRandom(random.Random):
    def roll(self):
        return self.randint(1, 6)


m = MyRandom(5)
print([m.roll() for _ in range(5)])

for bad in (
    lambda: random.randrange(0),
    lambda: random.randrange(5, 2),
    lambda: random.randrange(1, 5, 0),
    lambda: random.randrange(5, 1, 2),
    lambda: random.randrange(10, step=2),
    lambda: random.choice([]),
    lambda: random.sample([1], 2),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample(["a"], 1, counts=[1, 2]),
    lambda: random.getrandbits(-1),
    lambda: random.choices([1], [1, 2]),
    lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1, 2], 3),
    lambda: random.gammavariate(0, 1),
    lambda: random.seed([1, 2]),
    lambda: random.setstate((9, (), None)),
    lambda: random.setstate((3, (1, 2), None)),
    lambda: random.randrange("7"),
):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
