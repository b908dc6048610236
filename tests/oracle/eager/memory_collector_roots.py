# Tensors reachable only through objects the playground's tensor collector must look into
# (closures, native iterators, generator frames, autograd hooks and saved tensors, exceptions,
# defaults, class attributes, bound methods) survive the collections that ~320 MB of garbage
# tensors cause, and still hold their values afterwards.
import torch


def garbage(n=80):
    # Each tensor is 4 MB and nothing keeps it: the heap grows past the collector's threshold
    # several times.
    s = 0.0
    for i in range(n):
        t = torch.full((1024, 1024), float(i))
        s += t[0, 0].item()
    return s


def make_scaler():
    k = torch.full((3,), 2.0)
    return lambda v: v * k


scale = make_scaler()
it_map = map(lambda a: a + 1, [torch.ones(2), torch.ones(2) * 2])
it_zip = zip([torch.zeros(2)], [torch.ones(2)])
it_enum = enumerate([torch.full((2,), 5.0)])
it_filter = filter(None, [torch.tensor(7.0)])
it_list = iter([torch.full((2,), 9.0)])
it_values = iter({"a": torch.ones(1) * 12}.values())
it_reversed = reversed([torch.full((2,), 13.0), torch.full((2,), 14.0)])


def gen():
    g = torch.full((2,), 3.0)
    yield 1
    yield g * 2


gi = gen()
next(gi)

w = torch.ones(3, requires_grad=True)


def make_hook():
    m = torch.full((3,), 10.0)
    return lambda grad: grad * m


w.register_hook(make_hook())
out = (w * 2).sum()


class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a * 1.0)
        return a * a

    @staticmethod
    def backward(ctx, g):
        (a,) = ctx.saved_tensors
        return 2 * a * g


a = torch.full((2,), 3.0, requires_grad=True)
b = Sq.apply(a * 1.0).sum()

try:
    raise ValueError(torch.full((2,), 4.0))
except ValueError as e:
    saved_exc = e


def with_default(x, d=torch.full((2,), 6.0)):
    return x + d


class C:
    attr = torch.full((2,), 8.0)

    def m(self):
        return self.v


c = C()
c.v = torch.full((2,), 11.0)
bm = c.m
nested = {"k": [(torch.full((2,), 15.0),)]}
view_base_dropped = torch.arange(6.0).reshape(2, 3)[1]

print(garbage())
print(garbage())
print(scale(torch.ones(3)))
print(list(it_map))
print(list(it_zip))
print(list(it_enum))
print(list(it_filter))
print(list(it_list))
print(list(it_values))
print(list(it_reversed))
print(next(gi))
out.backward()
print(w.grad)
b.backward()
print(a.grad)
print(saved_exc.args[0])
print(with_default(torch.zeros(2)))
print(C.attr, bm())
print(nested["k"][0][0])
print(view_base_dropped)
