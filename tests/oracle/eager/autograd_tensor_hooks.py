# Tensor.register_hook on leaves and intermediates: observing, replacing the gradient, order of
# several hooks, removing a handle, retain_grad together with hooks.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
seen = []
h1 = x.register_hook(lambda g: seen.append(("x", g.clone())))
y = x * 2
y.register_hook(lambda g: g * 10)
y.retain_grad()
y.register_hook(lambda g: print("second hook sees", g))
z = (y ** 2).sum()
z.backward()
print(seen)
print(x.grad, y.grad)
h1.remove()
x.grad = None
seen.clear()
(x * x).sum().backward()
print(seen, x.grad)
w = torch.tensor(2.0, requires_grad=True)
w.register_hook(lambda g: g + 1)
w.register_hook(lambda g: g * 3)
(w * 5).backward()
print(w.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except Exception as e:
    print(type(e).__name__, e)
a = torch.tensor([1.0, -1.0], requires_grad=True)
b = a.exp()
b.register_hook(lambda g: None)
b.sum().backward()
print(a.grad)
