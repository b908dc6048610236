# Reprs with requires_grad and grad_fn suffixes after common ops.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(x)
print(x * 2)
print(x + 1)
print(x.sum())
print(x.mean())
print(x.exp())
print(x[0])
print(x[1:])
print(x.view(3, 1))
print(x.unsqueeze(0))
print(x.t())
print(x.relu())
print(x.pow(2))
print(torch.stack([x, x]))
print(torch.cat([x, x]))
print(x.max())
print(x.detach())
print(x.clone())
print(x.to(torch.float64))
print(x.sigmoid())
print(x @ x)
print(x.expand(2, 3))
with torch.no_grad():
    print(x * 2)
