# while loops with break/continue/else.
n = 0
total = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    total += n
else:
    print("not reached")
print(n, total)
i = 3
while i:
    i -= 1
else:
    print("while-else ran", i)
