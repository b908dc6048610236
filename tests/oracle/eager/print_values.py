# Tensor printing of large and small magnitudes, nan/inf, -0.0, integers and bools.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([1e-4, 1.0]))
print(torch.tensor([123456.0, 1.0]))
print(torch.tensor([1e8, 1.0]))
print(torch.tensor([1e9]))
print(torch.tensor([0.1, 0.25, 1e-10]))
print(torch.tensor([float("nan"), 1.5, float("inf")]))
print(torch.tensor([float("-inf"), 0.0]))
print(torch.tensor([float("nan")]))
print(torch.tensor([-0.0, 1.0]))
print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([100.0, -2.5]))
print(torch.tensor([1, -22, 333]))
print(torch.tensor([10 ** 12, -1]))
print(torch.tensor([True, False]))
print(torch.tensor([[True], [False]]))
print(torch.tensor([1, 2], dtype=torch.uint8))
print(torch.tensor([1.5], dtype=torch.float64))
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.tensor([1e20, 1e-20], dtype=torch.float64))
print(torch.tensor([5e-5, 5e5]))
print(torch.tensor([0.0, 0.0]))
print(torch.tensor([1e-40]))
print(torch.tensor([3.0e38, -3.0e38]))
print(torch.tensor([[1.5, -2.25], [1000.125, 0.0]]))
print(torch.tensor([2.0 ** 24, 1.0]))
