# optimizer.step(closure) re-evaluates the loss with grad enabled and returns it.
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.25)


def closure():
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    return loss


for _ in range(3):
    loss = opt.step(closure)
    print(loss, w)
with torch.no_grad():
    print(opt.step(closure), torch.is_grad_enabled())
