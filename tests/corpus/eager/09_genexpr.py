# Generator expressions: laziness, consumption, sum/any/all short-circuit.
seen = []


def noisy(x):
    seen.append(x)
    return x


g = (noisy(x) * 2 for x in range(5))
print(seen)
print(next(g), next(g))
print(seen)
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(any(noisy(x) > 2 for x in range(10)), seen[-1])
print(all(x < 3 for x in [1, 2, 5, 0]))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(sorted(set(c for c in "mississippi")))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(tuple(i for i in range(3)))
