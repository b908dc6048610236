# Printing of 0-d, empty, high-dimensional and wide tensors, and reprs with suffixes.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


print(torch.tensor(3.5))
print(torch.tensor(-2))
print(torch.tensor(True))
print(torch.tensor([]))
print(torch.zeros(0, 3))
print(torch.zeros(2, 0))
print(torch.zeros(0, dtype=torch.int64))
print(torch.ones(2, 0, dtype=torch.int32))
print(torch.arange(8.).view(2, 2, 2))
print(torch.arange(16).view(2, 2, 2, 2))
print(torch.arange(40.).view(2, 20))
print(torch.arange(100.) / 7)
print(torch.ones(1, 1, 1))
print(repr(torch.tensor([1.0], requires_grad=True)))
print(torch.tensor([1.0], requires_grad=True) * 2)
print(torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True).sum())
print(str(torch.tensor([1, 2])))
print(f"{torch.tensor(2.5)}")
print("%s" % torch.tensor([1]))
print([torch.tensor(1.), torch.tensor([2, 3])])
print({"a": torch.zeros(2)})
print(torch.tensor(1.5).item(), torch.tensor(7).item(), torch.tensor(True).item())
print(format(torch.tensor(2.5), ".3f"))
print(torch.tensor([[1, 2], [3, 4]]).tolist())
print(torch.Size([2, 3]), torch.Size([]), torch.Size([4]))
print(torch.zeros(3, 4).shape, torch.zeros(3).size())
