# float64 gradients print with their dtype-independent values.
import torch

x = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64, requires_grad=True)
y = (x.sin() * x.cos()).sum()
y.backward()
print(x.grad)
print(torch.autograd.grad((x ** 3).sum(), x)[0])
