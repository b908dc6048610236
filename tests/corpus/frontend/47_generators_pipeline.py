# Generator-expression pipelines.
numbers = range(1, 20)
evens = (n for n in numbers if n % 2 == 0)
squares = (n * n for n in evens)
small = [s for s in squares if s < 150]
print(small)
words = ["apple", "banana", "cherry"]
lengths = dict(zip(words, (len(w) for w in words)))
print(lengths)
print(sum(1 for w in words if "a" in w))
print(list(zip(*[(1, 2), (3, 4)])))
