# f-strings with conversions and format specs.
name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!")
print(f"{n} {n!r} {name!r} {name!s}")
print(f"{pi:.2f} {n:>6} {n:<4}|")
width = 8
print(f"{name:>{width}}|")
print(f"{n + 1} {'nested'} {[1, 2][0]}")
print(f"{{literal}} {n}")
items = [1, 2, 3]
print(f"sum={sum(items)} len={len(items)}", f"x" "y", f"")
print(f"{name=}")
