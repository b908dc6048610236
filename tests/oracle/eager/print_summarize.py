# Summarized printing past the threshold: rows, columns and 3-D tensors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


print(torch.arange(1001))
print(torch.arange(2000.).view(40, 50))
print(torch.arange(3000).view(3, 1000))
print(torch.arange(3000).view(1000, 3))
print(torch.arange(1200.).view(2, 20, 30) / 3)
print(torch.linspace(0, 1, 1500))
print(torch.ones(1001, dtype=torch.bool))
print(torch.arange(1001) * 1000000)
x = torch.arange(1001.)
x[500] = float("nan")
x[3] = 1e-9
print(x)
print(torch.zeros(1001))
torch.set_printoptions(threshold=10, edgeitems=2)
print(torch.arange(12.).view(3, 4))
print(torch.arange(24).view(2, 3, 4))
