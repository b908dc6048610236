# Training an MLP with BatchNorm1d and Dropout for 10 steps (seeded), then eval predictions and
# running statistics, eager and compiled.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(16, 4)
y = torch.randint(0, 2, (16,))
for compiled in (False, True):
    torch.manual_seed(3)
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.2), nn.Linear(8, 2))
    run = torch.compile(model) if compiled else model
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)
    losses = []
    torch.manual_seed(7)
    for step in range(10):
        opt.zero_grad(set_to_none=True)
        loss = nn.functional.cross_entropy(run(x), y)
        loss.backward()
        opt.step()
        losses.append("%.4f" % loss.item())
    print("compiled" if compiled else "eager", " ".join(losses))
    model.eval()
    with torch.no_grad():
        print(run(x).argmax(1))
    print(model[1].running_mean)
    print(model[1].num_batches_tracked)
