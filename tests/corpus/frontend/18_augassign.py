# Augmented assignment on names, attributes and subscripts.
class Box:
    def __init__(self):
        self.v = 1


box = Box()
items = [1, 2, 3]
d = {"k": 10}
n = 5
n += 3
n -= 1
n *= 2
n //= 3
n **= 2
n %= 7
n <<= 2
n >>= 1
n |= 8
n &= 12
n ^= 5
box.v += 10
items[1] *= 7
d["k"] -= 4
s = "ab"
s += "cd"
print(n, box.v, items, d, s)
