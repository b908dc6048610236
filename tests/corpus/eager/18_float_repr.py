# repr and str of floats (shortest round-trip), and conversions.
vals = [0.1, 0.5, 1.0, 2.0 / 3, 1e100, 1.7976931348623157e308, 5e-324, 1e-7, 123.456,
        100.0, 1e16, 9007199254740993.0, -0.0, 3.141592653589793, 0.1 * 3, 1 / 7]
for v in vals:
    print(repr(v), str(v))
print([0.1, 2.5], (1.0,), {1.5: 2.25})
print(float("  -3.25  "), float("1e3"), float("-inf"), int(1e6), int(-2.0))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(sum([0.1] * 10), 10 * 0.1, 4.35 * 100)
print(2.0 ** 53 + 1, float(2 ** 53))
