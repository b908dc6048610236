# Gradient clipping in a training loop: clip_grad_norm_ returns the total norm before clipping;
# clip_grad_value_ clamps each gradient element.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
x = torch.randn(10, 3)
y = torch.randn(10, 1) * 5
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    opt.step()
    print(step, "%.4f" % loss.item(), "%.4f" % total.item())
opt.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
nn.utils.clip_grad_value_(model.parameters(), 0.05)
print(model[2].weight.grad, model[2].bias.grad)
