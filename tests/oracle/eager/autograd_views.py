# Gradients through views: view/reshape/transpose/permute/unsqueeze/squeeze/expand/indexing.
import torch

x0 = torch.arange(6.0).reshape(2, 3)
cases = {
    "view": lambda t: (t.view(3, 2) * torch.tensor([1.0, 2.0])).sum(),
    "t": lambda t: (t.t() @ torch.ones(2, 2)).sum(),
    "permute": lambda t: (t.unsqueeze(0).permute(2, 0, 1) * torch.arange(3.0).view(3, 1, 1)).sum(),
    "expand": lambda t: t[:, :1].expand(2, 4).sum(),
    "squeeze": lambda t: t.unsqueeze(1).squeeze(1).pow(2).sum(),
    "select": lambda t: t[1].sum() * 2,
    "slice": lambda t: t[:, 1:].sum(),
    "step": lambda t: t[:, ::2].pow(2).sum(),
    "advanced": lambda t: t[[0, 1, 1], [2, 0, 0]].sum(),
    "mask": lambda t: t[t > 2].sum(),
    "flatten": lambda t: (t.flatten() * torch.arange(6.0)).sum(),
}
for name, f in cases.items():
    x = x0.clone().requires_grad_()
    f(x).backward()
    print(name, x.grad)
