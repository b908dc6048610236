# A 20-step regression training loop (MLP, MSELoss, SGD with weight decay), eager and compiled.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(32, 3)
y = (x @ torch.tensor([[1.0], [-2.0], [0.5]])) + 0.1 * torch.randn(32, 1)
for compiled in (False, True):
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
    run = torch.compile(model) if compiled else model
    opt = torch.optim.SGD(model.parameters(), lr=0.05, weight_decay=1e-3)
    losses = []
    for step in range(20):
        opt.zero_grad(set_to_none=True)
        loss = nn.functional.mse_loss(run(x), y)
        loss.backward()
        opt.step()
        losses.append("%.4f" % loss.item())
    print("compiled" if compiled else "eager", " ".join(losses))
    print(model[2].bias.detach())
