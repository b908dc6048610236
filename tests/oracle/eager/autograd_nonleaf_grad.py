# .grad of a non-leaf is None (PyTorch warns on stderr).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 2
h.sum().backward()
print(h.grad)
print(x.grad)
