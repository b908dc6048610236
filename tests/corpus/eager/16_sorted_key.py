# sorted/min/max with key and reverse, stability.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted("Banana apple Cherry".split(), key=str.lower))
print(sorted([3, -1, -4, 2], key=abs))
print(max([], default="empty"), min(3, 1, 2), max("abc", "b", key=len))
print(sorted({"b": 1, "a": 2}), sorted([[2, 1], [1, 2], [1]]))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
print(list(reversed(sorted(range(5)))))
