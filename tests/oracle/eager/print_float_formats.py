# Float tensor printing: fixed vs scientific choice, integral floats, mixed magnitudes.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([1.5, 2.25, 3.125]))
print(torch.tensor([0.001, 0.01]))
print(torch.tensor([0.0001, 10.0]))
print(torch.tensor([1000.0, 0.5]))
print(torch.tensor([99999.0, 1.0]))
print(torch.tensor([100000000.0, 1.5]))
print(torch.tensor([1e-3, 1e3]))
print(torch.tensor([1e-4, 1e4]))
print(torch.tensor([-1e-4, 1.0]))
print(torch.tensor([123.456, -0.001]))
print(torch.tensor([[1e10, 1.0], [2.0, 3.0]]))
print(torch.tensor([1.0, float("nan"), 1e10]))
print(torch.tensor([float("inf"), 2.5]))
print(torch.tensor([0.1, 0.2, 0.3]) * 3)
print(torch.tensor([1.0, 2.0], dtype=torch.float64) / 3)
print(torch.tensor([12345678.0]))
print(torch.tensor([-5.0, 5.0]))
print(torch.tensor([1e-9, 1e-9]))
print(torch.tensor([3.14159265358979]))
print(torch.tensor([2.5]).view(1, 1))
