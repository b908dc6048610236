# List, set and dict comprehensions with nested loops and conditions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3)) if v})
print([(i, j) for i in range(3) for j in range(i)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print({w[0]: w for w in words})
print([y for x in range(6) for y in [x * x] if y > 5])
print([x if x > 2 else -x for x in range(5)])
