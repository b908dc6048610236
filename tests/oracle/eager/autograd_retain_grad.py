# retain_grad() on non-leaf tensors.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2
h.retain_grad()
o = (h ** 2).sum()
o.retain_grad()
o.backward()
print(h.grad, o.grad, x.grad, h.retains_grad, x.retains_grad)
