# while loops with complex conditions.
items = [5, 3, 8, 1]
i = 0
while i < len(items) and items[i] != 8:
    i += 1
print("found at", i)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
while True:
    steps -= 50
    if steps < 0:
        break
print(steps)
