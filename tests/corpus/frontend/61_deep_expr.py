# Larger expressions and many locals (stack depth).
def poly(x):
    a0, a1, a2, a3, a4 = 1, -2, 3, -4, 5
    return a0 + a1 * x + a2 * x ** 2 + a3 * x ** 3 + a4 * x ** 4


vals = [poly(i) for i in range(-2, 3)]
print(vals)
t = ((1, 2), (3, (4, 5)), [6, [7, [8]]])
print(t[1][1][0] + t[2][1][1][0])
print(sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) * (2 - 3) // 4)
