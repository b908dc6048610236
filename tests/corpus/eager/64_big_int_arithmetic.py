# Arbitrary-precision ints: literals, + - * // % divmod, pow, bit ops and shifts, comparisons,
# mixed int/float arithmetic, and the unboxed small-int path meeting big results.
a = 2**64
b = 123456789012345678901234567890
c = -98765432109876543210
print(a, b, c, -a, +b, abs(c))
print(a + 1, a - 1, a * a, b * c, a + c)
print(9223372036854775807 + 1, -9223372036854775808 - 1, -(-9223372036854775808))
print((2**63) * 2, 3037000500 * 3037000500, 2**62 + 2**62)
for x, y in [(b, 7), (-b, 7), (b, -7), (-b, -7), (b, c), (c, b), (a, 3), (10**30, 10**15)]:
    print(x // y, x % y, divmod(x, y))
print(2**100, (-3)**41, 7**77, 2**-2, 0**0, (-1)**(10**20), 1**(2**70))
print(pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, -1, 7), pow(2**100, 2, -7), pow(5, 10**20, 97))
print(b & c, b | c, b ^ c, ~b, ~c, b & 0xFFFF, -b & (2**80 - 1))
print(1 << 100, b << 3, b >> 40, c >> 40, -1 >> 200, b >> 1000, (1 << 64) >> 63)
print(a == 2**64, a != a + 1, a < a + 1, c < 0 < b, sorted([b, c, a, 0, -a, 5]))
print(a == 18446744073709551616.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308)
print(10**400 < float("inf"), -10**400 > float("-inf"), 10**20 == 1e20, 10**23 == 1e23)
print(a / 2, b / c, 10**30 / 10**10, 1 / 3, (2**64 + 1) / 2, 2**200 / 2**100)
print(a * 1.5, b + 0.5, 1.0 * 2**1000 > 1e300, a // 2.5, a % 7.5)
print(max(b, c, a), min([b, c, a]), sum([a, a, a]), sum(range(10**6)) * 10**12)
print(hash(a), hash(-a), hash(b), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(c))
print(hash(2**64) == hash(2**64 % (2**61 - 1)), {a: 1, 2**64: 2}, {2**70, 2**70, 1})
x = 1
for i in range(100):
    x *= 3
print(x, x.bit_length(), len(str(x)))
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(isinstance(a, int), type(a).__name__, type(b) is int, bool(a), bool(-a), not a)
print(round(b, -5), round(c, -12), round(2**70), round(15, -1), round(25, -1))
print(int(2**64), int("-" + "9" * 40), int(1e30), int(-2.5e20), int(float(2**80)))
