# Tensor.__setitem__ with scalars, tensors, broadcasting, masks and lists.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


def s(label, idx, v, base=None):
    x = torch.zeros(3, 4) if base is None else base
    try:
        x[idx] = v
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", x)


s("int", 1, 5.)
s("row tensor", 0, torch.tensor([1., 2., 3., 4.]))
s("row bcast", 2, torch.tensor(7.))
s("col bcast", (slice(None), 1), torch.tensor([1., 2., 3.]))
s("col bad", (slice(None), 1), torch.tensor([1., 2.]))
s("block", (slice(0, 2), slice(1, 3)), torch.tensor([[1., 2.]]))
s("block col", (slice(0, 2), slice(1, 3)), torch.tensor([[1.], [2.]]))
s("mask", torch.tensor([True, False, True]), 9.)
s("mask 2d", torch.eye(3, 4).bool(), torch.tensor([1., 2., 3.]))
s("mask 2d bad", torch.eye(3, 4).bool(), torch.tensor([1., 2.]))
s("list", [0, 2], torch.tensor([[1.], [2.]]))
s("pairs", ([0, 1, 2], [3, 2, 1]), torch.tensor([5., 6., 7.]))
s("dup pairs", ([0, 0], [0, 0]), torch.tensor([1., 2.]))
s("int into float", (0, 0), 3)
s("float into int", (0, 0), 3.9, torch.zeros(2, 2, dtype=torch.int64))
s("tensor f into int", 0, torch.tensor([1.5, 2.5]), torch.zeros(2, 2, dtype=torch.int64))
s("bool into float", 1, True)
s("ellipsis", (Ellipsis, 0), -1.)
s("None", (None, 0), 4.)
s("step", (slice(None), slice(None, None, 2)), 8.)
s("neg", -1, torch.arange(4.))
s("oob", 5, 1.)
s("too big value", 0, torch.ones(2, 4))
s("leading ones ok", 0, torch.ones(1, 1, 4))
s("nan", (1, 1), float("nan"))
s("rg leaf", 0, 1., torch.zeros(2, 2, requires_grad=True))
