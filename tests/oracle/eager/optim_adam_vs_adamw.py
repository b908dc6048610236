# Adam's L2 weight decay versus AdamW's decoupled weight decay on the same problem, and AdamW with
# weight_decay=0 equal to Adam.
import torch


def run(cls, wd):
    w = torch.tensor([2.0, -3.0, 0.5], requires_grad=True)
    opt = cls([w], lr=0.1, weight_decay=wd)
    for _ in range(8):
        opt.zero_grad(set_to_none=True)
        ((w - 1) ** 2).sum().backward()
        opt.step()
    return w.detach()


a = run(torch.optim.Adam, 0.5)
b = run(torch.optim.AdamW, 0.5)
print(a)
print(b)
print(torch.equal(run(torch.optim.Adam, 0.0), run(torch.optim.AdamW, 0.0)))
print(run(torch.optim.AdamW, 0.01))
