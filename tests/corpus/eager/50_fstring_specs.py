# f-string format specs people use: width, alignment, fill, sign, precision, thousands,
# percentages, bases, conversions and nested fields.
x, n, name = 3.14159265, 1234567, "torch"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}|{x:g}|{1e-7:g}|{x:%}|{0.256:.1%}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:+d}|{n:x}|{n:#x}|{n:o}|{n:#b}|{255:X}")
print(f"[{name:>8}]|[{name:<8}]|[{name:^9}]|[{name:*^11}]|[{name!r}]|[{name!s:>7}]|{name.upper()=}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{'abc':{'>'}{w}}|{n=}|{x * 2 = :.3f}")
print(f"{True}|{None}|{[1, 2]}|{ {'a': 1} }|{(1,)}|{3!a}|{'é'!a}")
print("{:>6}|{:<6}|{:^6}|{:.3}".format("ab", "cd", "ef", "ghijk"), "{0}{1}{0}".format("x", "y"))
print("{name} is {age:d}".format(name="Ann", age=7), "%5.2f|%-5d|%s|%r|%03d" % (2.5, 42, "s", "r", 7))
print(format(12.5, "08.3f"), format(-3, "05d"), format(0.000123, ".2e"), format(1234.5, ",.1f"))
