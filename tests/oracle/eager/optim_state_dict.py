# Optimizer state_dict / load_state_dict: a restored optimizer continues identically.
import torch


def run(opt_state=None, steps=3):
    torch.manual_seed(0)
    w = torch.randn(3, requires_grad=True)
    with torch.no_grad():
        w.copy_(torch.tensor([1.0, -1.0, 0.5]))
    opt = torch.optim.Adam([w], lr=0.1)
    if opt_state is not None:
        opt.load_state_dict(opt_state)
    for _ in range(steps):
        opt.zero_grad()
        (w ** 2).sum().backward()
        opt.step()
    return w, opt


w1, opt1 = run()
sd = opt1.state_dict()
print(sorted(sd.keys()), sorted(sd["state"].keys()), sd["param_groups"][0]["params"], sd["param_groups"][0]["lr"])
print(sd["state"][0]["step"], sd["state"][0]["exp_avg_sq"])
w2, opt2 = run(sd, steps=2)
print(w2)
try:
    torch.optim.Adam([torch.zeros(1, requires_grad=True)], lr=0.1).load_state_dict(
        {"state": {}, "param_groups": []})
except ValueError as e:
    print(type(e).__name__, e)
