# Checkpointing a training run into io.BytesIO (model, optimizer, scheduler, step) and resuming it
# in new objects gives the same parameters as training straight through.
import io
import torch
import torch.nn as nn


def make():
    torch.manual_seed(0)
    m = nn.Linear(3, 1)
    o = torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
    s = torch.optim.lr_scheduler.StepLR(o, 2, gamma=0.5)
    return m, o, s


x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
y = torch.tensor([[1.0], [0.0]])


def train(m, o, s, n):
    for _ in range(n):
        o.zero_grad(set_to_none=True)
        nn.functional.mse_loss(m(x), y).backward()
        o.step()
        s.step()


m1, o1, s1 = make()
train(m1, o1, s1, 6)
m2, o2, s2 = make()
train(m2, o2, s2, 3)
buf = io.BytesIO()
torch.save({"model": m2.state_dict(), "opt": o2.state_dict(), "sched": s2.state_dict(), "step": 3}, buf)
buf.seek(0)
ck = torch.load(buf)
m3, o3, s3 = make()
m3.load_state_dict(ck["model"])
o3.load_state_dict(ck["opt"])
s3.load_state_dict(ck["sched"])
train(m3, o3, s3, 3)
print(ck["step"], s3.last_epoch, o3.param_groups[0]["lr"])
print(torch.equal(m1.weight, m3.weight), torch.equal(m1.bias, m3.bias))
print(m3.weight.detach(), m3.bias.detach())
