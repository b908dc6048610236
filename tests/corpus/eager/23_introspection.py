# isinstance, getattr/setattr/hasattr/delattr, type(), callable, vars-free reflection.
class Box:
    kind = "box"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


b = Box(5)
print(isinstance(b, Box), isinstance(b, object), isinstance(5, (str, int)), isinstance(True, int))
print(isinstance(3.0, int), isinstance("s", (list, tuple)), isinstance(None, type(None)))
print(getattr(b, "v"), getattr(b, "missing", "dflt"), getattr(b, "kind"), getattr(Box, "kind"))
setattr(b, "w", 7)
print(b.w, hasattr(b, "w"), hasattr(b, "zz"), hasattr(Box, "get"))
delattr(b, "w")
print(hasattr(b, "w"))
print(getattr(b, "get")(), type(b).__name__, type(b) is Box, type(3), type("s"), type(None))
print(callable(b.get), callable(b), callable(Box), callable(len), callable(3))
print(type(b.get).__name__, Box.get(b), b.__class__.__name__, b.__dict__)
print(type(len), type(Box), type(type), isinstance(Box, type))
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Box.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
print(issubclass(bool, int), issubclass(int, (str, object)), int.__name__, str.__mro__)
