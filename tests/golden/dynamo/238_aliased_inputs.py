# eager-equal
# Spec: docs/compiler-api.md "Aliased inputs" — one object passed through two arguments is one
# tracker (VariableBuilder.__call__ finds it in side_effects; a DUPLICATE_INPUT guard), so a
# mutation through one name is seen through the other; `x is y` of two tensors is decided by the
# tracker and kept true by a NO_TENSOR_ALIASING guard; `p is q` of two different objects of a user
# class is PyTorch's "Failed to trace builtin operator" graph break. Every call equals eager.
import torch


class A:
    def __init__(self):
        self.n = 0


@torch.compile(backend="eager")
def bump(x, p, q):
    p.n = p.n + 1
    return x + q.n


@torch.compile(backend="eager")
def append(x, p, q):
    p.append(2)
    return x + len(q)


@torch.compile(backend="eager")
def setkey(x, p, q):
    p["k"] = 1
    return x + len(q)


@torch.compile(backend="eager")
def same_tensor(x, y):
    if x is y:
        return x + 1
    return x - 1


@torch.compile(backend="eager")
def same_object(x, p, q):
    if p is q:
        return x + 1
    return x - 1


a, b = A(), A()
z = torch.zeros(1)
print(bump(z, a, a), bump(z, a, b), a.n, b.n)
l1, l2 = [1], [1]
print(append(z, l1, l1), append(z, l1, l2), l1, l2)
d1, d2 = {}, {}
print(setkey(z, d1, d1), setkey(z, d2, {}), d1, d2)
t = torch.zeros(1)
print(same_tensor(t, torch.zeros(1)), same_tensor(t, t), same_tensor(t, torch.ones(1)))
print(same_object(z, a, b), same_object(z, a, a), same_object(z, b, b))
