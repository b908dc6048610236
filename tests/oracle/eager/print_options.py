# torch.set_printoptions: precision, sci_mode, linewidth, threshold, edgeitems, profiles.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([1.123456789, 22.5, 333.25])
print(x)
torch.set_printoptions(precision=2)
print(x)
torch.set_printoptions(precision=6)
print(x)
torch.set_printoptions(precision=4, sci_mode=True)
print(x)
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-8, 1e8]))
torch.set_printoptions(sci_mode=None)
print(torch.tensor([1e-8, 1e8]))
torch.set_printoptions(linewidth=30)
print(torch.arange(20.))
torch.set_printoptions(linewidth=80, threshold=5)
print(torch.arange(10))
torch.set_printoptions(edgeitems=1)
print(torch.arange(10))
print(torch.arange(30).view(5, 6))
torch.set_printoptions(profile="default")
print(torch.arange(2000))
torch.set_printoptions(profile="short")
print(x, torch.arange(2000))
torch.set_printoptions(profile="full")
print(torch.arange(1001))
torch.set_printoptions(profile="default")
print(x)
