# Generator expressions consumed by builtins.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in data if x > 2))
print(max(x * 2 for x in data))
print(any(x > 8 for x in data), all(x > 0 for x in data))
g = (c.upper() for c in "abc")
print(next(g), list(g))
print(sorted((y for y in data), reverse=True)[:3])
print(dict((k, len(k)) for k in ["a", "bb"]))
total = sum(a * b for a, b in zip(data, data[1:]))
print(total)
