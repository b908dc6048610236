# A 20-step training loop of a small MLP (SGD with momentum), eager and compiled.
import torch
import torch.nn as nn


def make():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


torch.manual_seed(1)
x = torch.randn(16, 4)
y = torch.randint(0, 3, (16,))
for compiled in (False, True):
    model = make()
    step_model = torch.compile(model) if compiled else model
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for step in range(20):
        opt.zero_grad()
        loss = loss_fn(step_model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    print("compiled" if compiled else "eager", " ".join("%.4f" % l for l in losses))
    print(model[0].weight.grad.shape, model[2].bias)
