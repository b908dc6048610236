# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Attribute writes through __dict__" — `obj.__dict__[name] = v` in the
# traced code is an attribute store that bypasses the class's __setattr__ (GetAttrVariable
# `__dict__`.__setitem__: method_setattr_standard with directly_update_dict); `obj.__dict__[name]`
# and `obj.__dict__.get(name)` read the attribute the trace knows (one written earlier in the
# trace included). The writes happen after the graph, as for `obj.a = v`.
import torch


class Box:
    def __init__(self):
        self.a = torch.zeros(2)


class Loud:
    def __setattr__(self, name, value):
        raise RuntimeError("no setattr")


@torch.compile(backend="eager", fullgraph=True)
def write_dict(box, x):
    box.__dict__["a"] = x + 1
    box.__dict__["b"] = x * 2
    return box.a + box.b


b = Box()
print(write_dict(b, torch.ones(2)), b.a, b.b, sorted(b.__dict__))


@torch.compile(backend="eager", fullgraph=True)
def read_after_set(box, x):
    box.a = x - 1
    return box.__dict__["a"] * 3, box.__dict__.get("a")


b = Box()
print(read_after_set(b, torch.ones(2)), b.a)


@torch.compile(backend="eager", fullgraph=True)
def new_object(x):
    o = Box()
    o.__dict__["c"] = x + 5
    return o.c, o.__dict__["a"]


print(new_object(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def bypass_setattr(o, x):
    o.__dict__["v"] = x
    return o.v + 1


lo = Loud()
print(bypass_setattr(lo, torch.ones(2)), lo.v)


@torch.compile(backend="eager", fullgraph=True)
def contains_and_whole(box, x):
    box.__dict__["z"] = x
    has = ("z" in box.__dict__, "q" in box.__dict__, "q" not in box.__dict__)
    return has, box.__dict__.get("q", 7), box.__dict__


b = Box()
has, dflt, d = contains_and_whole(b, torch.ones(2))
print(has, dflt, d is b.__dict__, sorted(d))
