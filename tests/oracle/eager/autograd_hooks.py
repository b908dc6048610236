# Tensor.register_hook: hooks see the gradient and may replace it; handle.remove() takes them away.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
seen = []
h1 = x.register_hook(lambda g: seen.append(g.clone()))
h2 = x.register_hook(lambda g: g * 10)
(x * x).sum().backward()
print(seen, x.grad)
h2.remove()
x.grad = None
(x * x).sum().backward()
print(x.grad, len(seen))
y = x * 2
y.register_hook(lambda g: g + 1)
y.sum().backward()
print(x.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print(type(e).__name__, e)
