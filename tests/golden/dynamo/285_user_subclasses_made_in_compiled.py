# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — instances of user subclasses of list, dict and tuple
# made inside compiled code (fullgraph=True: no graph break, as PyTorch 2.9's
# UserDefinedListVariable / UserDefinedDictVariable / UserDefinedTupleVariable): the built-in part
# is filled as list.__init__ / dict.__init__ / tuple.__new__ fill it, a Python __init__ (calling
# super().__init__) is inlined, methods and properties the class defines are inlined, the built-in
# type's methods (append, __getitem__) work on the built-in part, an attribute set in __init__ is
# tracked, __missing__ is called for an absent key. Returned, each is rebuilt as an instance of its
# class with its attributes.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch


class MyList(list):
    def total(self):
        return sum(self)


class Stack(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name

    def push(self, x):
        self.append(x)
        return self

    def top(self):
        return self[-1]


class Config(dict):
    def scaled(self, x):
        return x * self["s"]


class Pair(tuple):
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]


class Missing(dict):
    def __missing__(self, key):
        return len(key)


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    l = MyList([x, x + 1])
    s = Stack([x], "st")
    s.push(x * 3)
    c = Config(s=3)
    p = Pair((x, x - 1))
    m = Missing(a=1)
    r = l.total() + s.top() + c.scaled(x) + p.first() + p.second + m["abcd"] + m["a"]
    return r, l, s, s.name, c, p, m, len(l), isinstance(l, list), type(s) is Stack


out = f(torch.ones(2))
for o in out:
    print(type(o).__name__, o)
print(out[2].name, out[2].top())
