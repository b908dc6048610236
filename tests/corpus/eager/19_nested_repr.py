# repr of nested containers and user objects.
data = {"name": "x", "vals": [1, 2.5, None, True], "t": (1, (2, 3)), "s": {4}, "e": [], "et": (), "d": {}}
print(data)
print(repr(data["t"]), str([("a", 'b"c', "d'e")]))
print([[[]]], [(), [()]], ((1,),), [1, [2, [3, [4]]]])
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("nl\ntab\t\\"))


class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __repr__(self):
        return f"Node({self.v!r}, {self.kids!r})" if self.kids else f"Node({self.v!r})"


print(Node(1, [Node("a"), Node(2, [Node(3.0)])]))
print([Node(None)], {"k": Node(True)})


class S:
    def __str__(self):
        return "str-of-S"

    def __repr__(self):
        return "repr-of-S"


print(S(), [S()], str(S()), repr(S()), f"{S()} {S()!r}")
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
