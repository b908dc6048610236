# Optimizer state_dict / load_state_dict: packed param indices, state tensors, resuming training
# gives the same result as not stopping.
import torch


def make():
    torch.manual_seed(0)
    return torch.randn(3, requires_grad=True), torch.randn(2, requires_grad=True)


def step(opt, a, b):
    opt.zero_grad(set_to_none=True)
    ((a ** 2).sum() * b.sum()).backward()
    opt.step()


a, b = make()
opt = torch.optim.Adam([{"params": [a]}, {"params": [b], "lr": 0.01}], lr=0.1)
for _ in range(3):
    step(opt, a, b)
sd = opt.state_dict()
print(sorted(sd.keys()), sd["param_groups"][0]["params"], sd["param_groups"][1]["params"])
print(sorted(sd["state"].keys()), sorted(sd["state"][0].keys()))
print(sd["state"][1]["exp_avg"], sd["state"][0]["step"])
a2, b2 = make()
with torch.no_grad():
    a2.copy_(a)
    b2.copy_(b)
opt2 = torch.optim.Adam([{"params": [a2]}, {"params": [b2], "lr": 0.5}], lr=0.5)
opt2.load_state_dict(sd)
print([g["lr"] for g in opt2.param_groups])
for _ in range(2):
    step(opt2, a2, b2)
a3, b3 = make()
opt3 = torch.optim.Adam([{"params": [a3]}, {"params": [b3], "lr": 0.01}], lr=0.1)
for _ in range(5):
    step(opt3, a3, b3)
print(torch.equal(a3, a2), torch.equal(b3, b2), a2.detach())
s = torch.optim.SGD([a], lr=0.1, momentum=0.9)
print(s.state_dict()["state"], s.state_dict()["param_groups"][0]["momentum"], s.state_dict()["param_groups"][0]["params"])
try:
    opt2.load_state_dict({"state": {}, "param_groups": []})
except Exception as e:
    print(type(e).__name__, e)
