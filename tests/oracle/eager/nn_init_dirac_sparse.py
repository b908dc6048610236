# nn.init.dirac_ (3-, 4- and 5-D, groups) and nn.init.sparse_ (seeded), with their errors.
import torch

w = torch.empty(4, 2, 3)
print(torch.nn.init.dirac_(w))
w = torch.empty(4, 4, 3, 3)
torch.nn.init.dirac_(w, groups=2)
print(w.sum(), w.nonzero().tolist())
w = torch.empty(2, 3, 1, 3, 2)
print(torch.nn.init.dirac_(w).nonzero().tolist())
conv = torch.nn.Conv2d(3, 3, 3, padding=1, bias=False)
torch.nn.init.dirac_(conv.weight)
x = torch.arange(48.0).reshape(1, 3, 4, 4)
print(torch.equal(conv(x), x), conv.weight.requires_grad)
torch.manual_seed(0)
w = torch.empty(5, 3)
print(torch.nn.init.sparse_(w, sparsity=0.4))
print(torch.nn.init.sparse_(torch.empty(4, 2), 0.5, std=1.0))
for f, args in [(torch.nn.init.dirac_, (torch.empty(3, 3),)), (torch.nn.init.dirac_, (torch.empty(3, 2, 2), 2)),
                (torch.nn.init.sparse_, (torch.empty(2, 2, 2), 0.5))]:
    try:
        f(*args)
    except ValueError as e:
        print(type(e).__name__, e)
