# Integer and float arithmetic edge cases.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(7.0 // 2, -7.0 // 2, -7.5 % 2, 7.5 % -2)
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5, 10 ** 15, 10 ** 18)
print(0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1.5e-5, 0.0001, 1e-4 / 10)
print(float("inf"), -float("inf"), float("nan"), 1e308 * 10)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5))
print(abs(-3), abs(-3.5), int(3.9), int(-3.9), int("-17"), int("ff", 16), int("0b101", 0))
print(float("1.5"), float(3), 3 == 3.0, 1 / 4 == 0.25, True + True, 5 * False)
print(1 << 10, 1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -1 >> 1)
print(max(1, 2.5), min(-0.0, 0), 3.0.is_integer(), (10).bit_length())
print(10 ** 17 // 7, 2 ** 62, -(2 ** 62) // 3, (2 ** 62 - 1) * 2 + 1)
print(1e22, 1e21, 1e-5, 12345.678, 0.5 ** 10, 3.0 * 1.1)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
