# From pytorch/tutorials beginner_source/blitz/autograd_tutorial.py, its earlier version ("Autograd:
# automatic differentiation", with torch.autograd.Variable, which PyTorch 2.9 still accepts), its
# code pasted as written. Adapted: torch.manual_seed(0) added. Every line equals PyTorch 1.13's output.
import torch
from torch.autograd import Variable
torch.manual_seed(0)

x = Variable(torch.ones(2, 2), requires_grad=True)
print(x)

y = x + 2
print(y)

print(y.grad_fn)

z = y * y * 3
out = z.mean()

print(z, out)

out.backward()

print(x.grad)

x = torch.randn(3)
x = Variable(x, requires_grad=True)

y = x * 2
while y.data.norm() < 1000:
    y = y * 2

print(y)

gradients = torch.FloatTensor([0.1, 1.0, 0.0001])
y.backward(gradients)

print(x.grad)
