# The ops of ops_pad_distance.py inside torch.compiled functions (tests/oracle/regen.py runs them
# with torch.compile as the identity, so the expected lines are PyTorch's eager results): values,
# grad_fns of the graph outputs and gradients through the compiled forward.
import torch
import torch.nn as nn
import torch.nn.functional as F


refl = nn.ReflectionPad1d(1)


@torch.compile(backend="eager")
def pads(x):
    return (F.pad(x, (1, 2)), F.pad(x, (2, 1), mode="reflect"), F.pad(x, (1, 1), mode="replicate"),
            F.pad(x, (2, 2), mode="circular"), F.pad(x, (-1, 1), value=0.5), refl(x))


@torch.compile(backend="eager")
def distances(a, b, labels):
    return (F.normalize(a, dim=-1), F.cosine_similarity(a, b), F.pairwise_distance(a, b),
            torch.cdist(a, b, p=1.0), torch.cdist(a, b), F.one_hot(labels, 4) * a[:, :1])


@torch.compile(backend="eager")
def products(s, b1, b2, v):
    return torch.baddbmm(s, b1, b2, beta=0.5, alpha=2.0), s.baddbmm(b1, b2), F.interpolate(v, size=7)


torch.manual_seed(0)
x = torch.randn(2, 2, 4, requires_grad=True)
outs = pads(x)
for o in outs:
    print(o, o.grad_fn.name() if o.grad_fn is not None else None)
sum((o * torch.arange(1., 1. + o.numel()).reshape(o.shape)).sum() for o in outs).backward()
print("pad grad", x.grad)

a = torch.randn(3, 5, requires_grad=True)
b = torch.randn(4, 5, requires_grad=True)
outs = distances(a, b[:3], torch.tensor([3, 0, 1]))
for o in outs:
    print(o)
sum((o * torch.linspace(-1., 2., o.numel()).reshape(o.shape)).sum() for o in outs).backward()
print("distance grads", a.grad, b.grad)
big = torch.randn(30, 5, requires_grad=True)
d = torch.compile(lambda p, q: torch.cdist(p, q), backend="eager")(big, b)
print(d[:2], d.grad_fn.name())
(d * torch.linspace(0., 1., d.numel()).reshape(d.shape)).sum().backward()
print("cdist mm grads", big.grad[:2], b.grad)

s = torch.randn(2, 3, 4, requires_grad=True)
b1 = torch.randn(2, 3, 5, requires_grad=True)
b2 = torch.randn(2, 5, 4, requires_grad=True)
v = torch.randn(1, 2, 3, requires_grad=True)
outs = products(s, b1, b2, v)
for o in outs:
    print(o.detach(), o.grad_fn.name() if o is not outs[2] else "")  # 2.x: UpsampleNearest1DBackward0
sum((o * torch.linspace(-2., 1., o.numel()).reshape(o.shape)).sum() for o in outs).backward()
print("product grads", s.grad, b1.grad, b2.grad, v.grad)
