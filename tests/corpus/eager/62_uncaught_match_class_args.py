# A class pattern with more positional sub-patterns than __match_args__ names: TypeError at match time.
class Pair:
    __match_args__ = ("left",)

    def __init__(self, left, right):
        self.left, self.right = left, right


for value in [Pair(1, 2), 3]:
    match value:
        case int(n):
            print("int", n)
        case Pair(a, b):
            print("pair", a, b)
