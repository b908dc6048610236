# retain_graph=True keeps saved tensors; a second backward without it raises PyTorch's error.
import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
y = (x.exp() * x).sum()
y.backward(retain_graph=True)
print(x.grad)
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
z = (x + 1).sum()
z.backward()
z.backward()
print(x.grad)
