# Assignments through slices, steps, negative indices and chained indexing.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(20).view(4, 5)
x[1:3, 1:4] = 0
print(x)
x[:, ::2] = -1
print(x)
x[-1] = torch.arange(5) * 10
print(x)
x[0][1] = 99
print(x[0])
x[..., -1] = torch.tensor([1, 2, 3, 4])
print(x)
x[2:, :2] = torch.tensor([[7, 8]])
print(x)
x[x < 0] = 0
print(x)
x[[0, 3], [0, 4]] = torch.tensor([55, 66])
print(x)
y = torch.zeros(2, 3, dtype=torch.float64)
y[0] = 1.5
y[1, 1:] = torch.tensor([2, 3])
print(y)
z = torch.zeros(5)
z[1:4] += 1
z[2] *= 10
print(z)
b = torch.zeros(3, dtype=torch.bool)
b[1] = True
b[2] = 5
print(b)
