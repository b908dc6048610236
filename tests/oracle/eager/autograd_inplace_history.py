# In-place ops that give history to a tensor an earlier op saved (x /= x + layer_norm(x);
# y = x * w; x.add_(y)): the values and gradients, and the version-counter error where PyTorch
# raises it. The graphs they make are freed with the program (no reference cycle).
import torch

torch.manual_seed(0)
ln = torch.nn.LayerNorm(4)
x = torch.arange(8.0).reshape(2, 4).clone()
x /= x + ln(x)
print(x)
try:
    x.sum().backward()
except RuntimeError as e:
    print(e)
print(ln.weight.grad, ln.bias.grad)
w = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
x = torch.ones(2, 4)
y = x * w
x.add_(y)
print(x, x.grad_fn.name())
try:
    x.sum().backward()
except RuntimeError as e:
    print(e)
print(w.grad)
v = torch.ones(4)
z = v * 2
v.add_(z * w)
v.sum().backward()
print(v, w.grad)
