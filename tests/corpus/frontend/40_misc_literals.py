# Miscellaneous literals: ints in different bases, floats, None, Ellipsis, bools.
print(0x1F, 0o17, 0b101, 1_000_000)
print(1.5e3, 2.5e-3, 1e16, 1e-5, 0.1 + 0.2, 3.0)
print(None, ..., True, False, Ellipsis)
print(type(1j).__name__, 10 / 4, 7.0 // 2)
big = 2 ** 62
print(big, -big)
print([1, 2, 3], [], [1], (1, 2, 3), {1: 2})
print(float("inf") > 1e308)
