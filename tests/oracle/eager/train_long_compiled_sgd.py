# A compiled model trained for many steps: the graph's outputs and each step's gradients and
# momentum temporaries (about 8 MB a step) are collected between steps, while the compiled
# entry keeps what its guards and graph hold.
import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(512, 512), torch.nn.ReLU(), torch.nn.Linear(512, 512))
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
cmodel = torch.compile(model)
x = torch.randn(16, 512)
y = torch.randn(16, 512)
for step in range(120):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(cmodel(x), y)
    loss.backward()
    opt.step()
    if step % 30 == 0:
        print(step, round(loss.item(), 4))
print(round(sum(p.sum().item() for p in model.parameters()), 2))
