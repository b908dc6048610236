# Arithmetic, constant folding and operator precedence.
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +b, ~a, not a)
print(2 * 3 + 4, 2 ** 10, -1, 10 - -3, (1 + 2) * 3)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(7.5 / 2, -7 // 2, -7 % 3, 2 ** -1)
x = 1 + 2 * 3 - 4 / 2
print(x)
print(a @ b if False else "no matmul")
