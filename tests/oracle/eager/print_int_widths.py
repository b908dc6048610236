# Integer tensor printing: column widths, negatives, wrapping past linewidth.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


print(torch.tensor([1, 10, 100, 1000]))
print(torch.tensor([-1, 10, -100]))
print(torch.tensor([[1, -2], [300, 4]]))
print(torch.arange(30))
print(torch.arange(-15, 15).view(5, 6))
print(torch.tensor([2 ** 62, -5]))
print(torch.tensor([0], dtype=torch.int8))
print(torch.tensor([[0, 255]], dtype=torch.uint8))
print(torch.arange(40).view(2, 20) * 1000)
print(torch.tensor([[True, False, True]] * 3))
print(torch.zeros(2, 3, dtype=torch.int32))
print(torch.arange(24).view(2, 3, 4))
print(torch.arange(6).view(1, 1, 6))
