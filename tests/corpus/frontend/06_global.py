# Global declarations from functions.
total = 0


def bump(n):
    global total
    total += n
    return total


def read():
    return total


bump(3)
bump(4)
print(read(), total)
