# A training loop longer than the playground's memory budget would allow if every step's tensors
# were kept until the run ends (each step makes a few MB of gradients, Adam's temporaries and
# autograd intermediates): the tensor collector gives back the unreachable ones.
import torch

torch.manual_seed(0)
x = torch.randn(8, 512)
y = torch.randn(8, 512)
w = torch.randn(512, 512, requires_grad=True)
opt = torch.optim.Adam([w], lr=1e-3)
for step in range(150):
    opt.zero_grad()
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 30 == 0:
        print(step, round(loss.item(), 3))
print(round(w.sum().item(), 2))
