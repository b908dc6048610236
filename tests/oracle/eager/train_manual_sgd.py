# The tutorial's manual training loop: tensors with requires_grad, updates under no_grad, .grad.zero_().
import torch

torch.manual_seed(0)
x = torch.randn(20, 1)
y = 3 * x + 2 + 0.1 * torch.randn(20, 1)
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1
for epoch in range(20):
    pred = x * w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 4 == 3:
        print(epoch, "%.4f" % loss.item(), w, b)
print(w.is_leaf, w.requires_grad, w.grad)
