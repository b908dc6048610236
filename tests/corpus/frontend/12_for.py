# for loops with else, break, continue, nested loops and unpacking.
pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter)
for i in range(5):
    if i == 3:
        break
    print("i", i)
else:
    print("no break")
for i in [1, 2]:
    for j in (3, 4):
        if j == 4:
            continue
        print(i, j)
else:
    print("done")
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
