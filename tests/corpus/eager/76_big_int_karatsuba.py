# Products of big ints around and far above the Karatsuba cutoff (66 limbs here, 70 digits in CPython),
# lopsided sizes, signs and squares: same values as CPython's k_mul.
a = 3 ** 20000 + 12345
b = 7 ** 15000 - 999
c = a * b
print(c % (10**40 + 7), c.bit_length(), hash(c))
for n in (60, 66, 67, 70, 100, 133, 200, 500, 1000):
    x = (1 << (32 * n)) - 1
    y = (1 << (32 * n + 17)) - 3
    z = x * y
    assert z == y * x
    print(n, z % 1000000007, (x * x) % 998244353, (x * (y >> 900)) % 65537, (-x * y) % 12345)
x = 10 ** 5000 + 1
print((x * x * x) % (2 ** 127 - 1))
big = 3 ** 200000
sq = big * big
print(sq.bit_length(), sq % (10 ** 30))
print(str(3**1000 * 5**1200)[:50])
