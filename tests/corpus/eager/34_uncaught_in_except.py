# Uncaught exception raised in an except block from a failing float conversion.
def to_float(s):
    try:
        return float(s)
    except ValueError:
        return int(s, 16) / 0


print(to_float("2.5"))
print(to_float("ff"))
