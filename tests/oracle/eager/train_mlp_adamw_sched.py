# An MLP regression trained with AdamW and a StepLR schedule; MSE loss; eval at the end.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-1, 1, 32).unsqueeze(1)
y = x ** 3 - 0.5 * x
model = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.AdamW(model.parameters(), lr=0.05)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)
loss_fn = nn.MSELoss()
for step in range(30):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    if step % 5 == 4:
        print(step, "%.4f" % loss.item(), sched.get_last_lr())
with torch.no_grad():
    print("%.4f" % loss_fn(model(x), y).item())
