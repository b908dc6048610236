# Big-int edge cases around the unboxed fast path: int64 boundaries in every operator, in-place
# operators, containers keyed by big ints, big ints in range()/len()-style index positions.
M = 9223372036854775807
m = -M - 1
print(M + 1, m - 1, M * 2, m * -1, -m, abs(m), m // -1, m % -1, divmod(m, -1), M ** 2, (-m) - 1)
print(m >> 1, m << 1, M << 1, ~m, ~M, m & M, m | M, m ^ M, -(m + 1), 1 << 63, -1 << 63)
x = M
x += 1
x *= 3
x -= 2**64
x //= 7
x **= 2
x %= 10**20
x <<= 5
x >>= 3
x &= 2**70 - 1
x |= 1
x ^= 2**68
print(x, type(x) is int, x == int(str(x)))
d = {2**64: "a", 2**64 + 0.0: "b", M + 1: "c"}
print(d, 2**64 in d, len({2**64, 2.0**64, M + 1}))
print([1, 2, 3][M // M], "abc" * 0, sorted({2**65, -(2**65), 0}), min(2**70, 2**69 + 0.5))
for bad in [lambda: [1][2**64], lambda: "ab" * 2**64, lambda: (1, 2)[-(2**70)], lambda: "abc"[2**64]]:
    try:
        print(bad())
    except (IndexError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
