# Attributes of the user's own on tensors (THPVariable's __dict__, python_variable.cpp): set, read,
# listed in __dict__, deleted; a view is another tensor object (its own __dict__); the attribute
# stays on the object through in-place ops that return it; nn.Parameter has one too; getattr with
# a default, hasattr, and the AttributeError of a missing name.
import torch

t = torch.ones(2)
t.foo = 1
t.name_tag = "weights"
print(t.foo, t.name_tag, hasattr(t, "bar"), getattr(t, "bar", None))
print(t.__dict__)
try:
    t.bar
except AttributeError as e:
    print(e)
r = t.add_(1)
print(r is t, r.foo)
v = t.view(2)
print(hasattr(v, "foo"), v.__dict__)
del t.foo
print(hasattr(t, "foo"), t.__dict__)
try:
    del t.foo
except AttributeError as e:
    print(e)
setattr(t, "scale", 0.5)
print(t.scale, t * t.scale)
p = torch.nn.Parameter(torch.ones(1))
p.tag = 3
print(p.tag, p.__dict__)
lin = torch.nn.Linear(2, 1)
lin.weight.is_special = True
print([n for n, q in lin.named_parameters() if getattr(q, "is_special", False)])
u = torch.zeros(1)
print(u.__dict__)
u.__dict__["direct"] = 7
print(u.direct)


def tag(x, label):
    x.label = label
    return x


a = tag(torch.ones(1), "first")
print(a.label)
