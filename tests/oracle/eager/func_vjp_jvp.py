# torch.func.vjp and torch.func.jvp (their API pages' examples, with torch.ones/arange data):
# several primals, tuple and dict outputs, has_aux, vjp_fn called repeatedly, jvp of several
# inputs, forward-over-reverse hvp, vjp nested in grad, and the errors on bad primals/outputs.
# Expected output: PyTorch 1.13's functorch through the torch.func shim of tests/oracle/regen.py
# (errors whose texts changed after 1.13: tests/golden/eager/116_func_transforms_2x.py).
import torch
from torch.func import vjp, jvp, grad, vmap

torch.manual_seed(0)
x = torch.randn([5])
f = lambda x: x.sin().sum()
(_, vjpfunc) = vjp(f, x)
g = vjpfunc(torch.tensor(1.))[0]
print(g, torch.allclose(g, torch.func.grad(f)(x)))

f = lambda x: (x.sin(), x.cos())
(out, vjpfunc) = vjp(f, x)
print(out)
vjps = vjpfunc((torch.ones([5]), torch.ones([5])))
print(vjps, torch.allclose(vjps[0], x.cos() + -x.sin()))
print(vjpfunc((torch.ones([5]), torch.zeros([5]))))

f = lambda x: {'first': x.sin(), 'second': x.cos()}
(_, vjpfunc) = vjp(f, x)
cotangents = {'first': torch.ones([5]), 'second': torch.ones([5])}
vjps = vjpfunc(cotangents)
print(torch.allclose(vjps[0], x.cos() + -x.sin()))

a, b = torch.arange(20.).view(5, 4) / 10, torch.arange(20.).view(4, 5) / 7
(_, vjpfunc) = vjp(torch.matmul, a, b)
cotangents = torch.arange(25.).view(5, 5) / 3
vjps = vjpfunc(cotangents)
print(len(vjps))
print(vjps[0])
print(torch.allclose(vjps[0], torch.matmul(cotangents, b.transpose(0, 1))))
print(torch.allclose(vjps[1], torch.matmul(a.transpose(0, 1), cotangents)))


def f(x, scale=4.):
    return x * scale


(_, vjpfunc) = vjp(f, x)
vjps = vjpfunc(torch.ones_like(x))
print(vjps, torch.allclose(vjps[0], torch.full(x.shape, 4.)))

out, vjpfunc, aux = vjp(lambda t: (t.exp(), {"n": t.sum()}), x, has_aux=True)
print(out, aux)
print(vjpfunc(torch.ones(5)))

x = torch.randn([])
f = lambda x: x * torch.tensor([1., 2., 3])
value, gr = jvp(f, (x,), (torch.tensor(1.),))
print(value, gr, torch.allclose(value, f(x)), torch.allclose(gr, torch.tensor([1., 2, 3])))

x = torch.randn(5)
y = torch.randn(5)
f = lambda x, y: (x * y)
_, output = jvp(f, (x, y), (torch.ones(5), torch.ones(5)))
print(output, torch.allclose(output, x + y))
print(jvp(lambda x, y: (x.sin() * y, y.exp()), (x, y), (torch.ones(5), torch.zeros(5))))
print(jvp(lambda t: t.tanh().sum(), (x,), (torch.arange(5.),)))
print(jvp(lambda t: (t ** 2, 2 * t), (x,), (torch.ones(5),), has_aux=True))
print(jvp(lambda t: torch.ones(3), (x,), (torch.ones(5),)))


def hvp(f, primals, tangents):
    return jvp(grad(f), primals, tangents)[1]


print(hvp(lambda t: (t ** 3).sum(), (torch.arange(4.),), (torch.ones(4),)))
print(grad(lambda t: vjp(torch.sin, t)[1](torch.ones(3))[0].sum())(torch.arange(3.)))
print(vmap(lambda t: jvp(torch.exp, (t,), (torch.ones(2),))[1])(torch.arange(6.).view(3, 2)))

for case in [
    lambda: jvp(torch.sin, x, (torch.ones(5),)),
    lambda: jvp(torch.sin, (), ()),
    lambda: jvp(torch.sin, (x,), (1.0,)),
    lambda: jvp(lambda t: 1.0, (x,), (torch.ones(5),)),
    lambda: vjp(lambda t: (t, 1), x),
    lambda: vjp(lambda t: t.long(), x),
    lambda: vjp(torch.sin, 2.0),
    lambda: vjp(torch.sin, x, has_aux=True),
]:
    try:
        print(case())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
