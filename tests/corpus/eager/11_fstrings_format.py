# f-strings with conversions, nested specs and format mini-language.
name = "Ada"
pi = 3.14159265
n = 1234567
print(f"{name!r} {name!s} {name:>8}|{name:<8}|{name:^9}|")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3g}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {-n:+d} {n:+d}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#010b}")
print(f"{0.25:%} {0.125:.1%} {1e-7:g} {1e16:g} {123456789.0:g}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}]")
print(f"{'nested ' + name.upper()}")
print(f"{3 + 4 = }")
print(f"{{literal}} {n!r:>10}")
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{0} {1} {0}".format("x", "y"), "{k}={v}".format(k="key", v=42))
print(format(1.5, ".3f"), format(42, "08b"), format("s", "3"))
print("%s %r %d %5.2f %-4d| %x %%" % ("s", "r", 7, 2.345, 3, 255))
print(f"{True} {None} {[1, 'a']} {(1,)} {1.0} {-0.0}")
