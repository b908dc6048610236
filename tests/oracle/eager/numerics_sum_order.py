# float32 sums and means accumulate in float32 in ATen's order (cascade sum over 8-lane vectors,
# inner and outer reductions, strided views); printed as exact Python floats (repr round-trips) so any rounding difference shows.
import torch

torch.manual_seed(0)


def show(label, t):
    print(label, t.reshape(-1).tolist())


for n in [1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 65, 100, 127, 129, 255, 256, 257, 300, 1000, 4099]:
    x = torch.randn(n)
    show("sum %d" % n, x.sum())
    show("mean %d" % n, x.mean())

for shape in [(3, 5), (4, 8), (5, 17), (16, 9), (33, 40), (2, 3, 4), (3, 20, 7), (4, 5, 6, 7)]:
    x = torch.randn(*shape)
    for d in range(len(shape)):
        show("sum %s dim %d" % (shape, d), x.sum(d))
        show("mean %s dim %d" % (shape, d), x.mean(d, keepdim=True))
    show("sum %s dims (0, -1)" % (shape,), x.sum((0, -1)))
    show("sum %s transposed dim 0" % (shape,), x.transpose(0, -1).sum(0))
    show("sum %s full" % (shape,), x.sum())

x = torch.randn(6, 10)[:, ::2]
show("strided sum 1", x.sum(1))
show("strided sum 0", x.sum(0))
show("double", torch.randn(50, dtype=torch.float64).sum())
show("double dim", torch.randn(7, 19, dtype=torch.float64).sum(1))
show("float as double", torch.randn(40).sum(dtype=torch.float64))

z = torch.randn(100)
z = (z - z.mean()) / z.std()
print(z.mean())
print(torch.softmax(torch.randn(3, 5), dim=1).sum(1))
print(torch.tensor([-0.0]).sum(), torch.zeros(0).sum(), torch.zeros(0).mean())
