# Subclasses of str (docs/runtime-subclasses.md): the instance is a str with the subclass as its
# type; str's methods and operators return plain str; a subclass's __new__, __repr__, __str__,
# __eq__/__hash__, __add__, __getitem__ and __len__ win; instances have a __dict__ unless every
# class declares __slots__.
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, repr(n), n.shout(), isinstance(n, str), type(n).__name__, len(n), n + "x", type(n + "x"), n[0], n == "bob", hash(n) == hash("bob"))
print({n: 1}["bob"], "bob" in {n}, n.upper(), type(n.upper()), f"{n}", "%s" % n, str(n), type(str(n)), sorted([Name("b"), Name("a")]))
n.meta = 1
print(n.meta, n.__dict__, Name(), Name(5), "-".join([n, n]), n.startswith("b"), n * 2, list(n), n in "a bob c", "o" in n)


class Tag(str):
    def __new__(cls, value, prefix="#"):
        return super().__new__(cls, prefix + value)

    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"

    def __eq__(self, other):
        return str.__eq__(self, other) or str.__eq__(self, "#" + other)

    __hash__ = str.__hash__


t = Tag("x")
print(t, repr(t), [t], t == "x", t == "#x", t != "y", t.prefix if hasattr(t, "prefix") else None, {t: 2})


class Loud(str):
    def __str__(self):
        return self.upper()

    def __add__(self, other):
        return Loud(str.__add__(self, other))

    def __getitem__(self, i):
        return "<" + super().__getitem__(i) + ">"

    def __len__(self):
        return 42


w = Loud("hey")
print(w, str(w), repr(w), f"{w}", "{}".format(w), "%s" % (w,), w + "!", type(w + "!").__name__, w[1], len(w), w.split("e"))
print(type(w.split("e")[0]), w.replace("h", "H"), w.encode(), w.strip("h"), w < "z", max(w, "a"), ",".join(w))
print(sorted([Name("b"), "c", Name("a")]), Name("x") in ["x"], {"x": 1}[Name("x")], Name("k") in {"k": 0})


class Slotted(str):
    __slots__ = ()


sl = Slotted("s")
try:
    sl.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
