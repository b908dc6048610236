# Gradient accumulation over micro-batches equals one big batch (up to rounding).
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 3)
y = torch.randn(8, 1)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    for i in range(4):
        loss = nn.functional.mse_loss(model(x[2 * i:2 * i + 2]), y[2 * i:2 * i + 2]) / 4
        loss.backward()
    print(step, model.weight.grad, model.bias.grad)
    opt.step()
print(model.weight, model.bias)
