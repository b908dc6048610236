# state_dict / load_state_dict of the newer optimizers: the state's keys and values after a few
# steps, and a copy loaded into a fresh optimizer continuing exactly like the original.
import copy
import torch


def run(name, **kwargs):
    torch.manual_seed(1)
    w = torch.randn(4, requires_grad=True)
    w2 = w.detach().clone().requires_grad_(True)
    opt = getattr(torch.optim, name)([w], **kwargs)
    for i in range(3):
        opt.zero_grad()
        (w ** 2 * torch.arange(1.0, 5.0)).sum().backward()
        opt.step()
    sd = opt.state_dict()
    print(name, sorted(sd["state"][0].keys()), sd["param_groups"][0]["params"], sd["param_groups"][0]["lr"])
    for k in sorted(sd["state"][0]):
        v = sd["state"][0][k]
        print("  ", k, float(v) if k == "step" else v)
    w2.data.copy_(w.detach())
    opt2 = getattr(torch.optim, name)([w2], **kwargs)
    opt2.load_state_dict(copy.deepcopy(sd))
    for o, p in ((opt, w), (opt2, w2)):
        for i in range(2):
            o.zero_grad()
            (p ** 2 * torch.arange(1.0, 5.0)).sum().backward()
            o.step()
    print("  ", w.detach(), torch.equal(w, w2))


run("Adagrad", lr=0.1)
run("Adadelta", lr=1.0)
run("Adamax", lr=0.1)
run("RAdam", lr=0.1)
run("ASGD", lr=0.05, t0=1)
run("Rprop", lr=0.1)

try:
    torch.optim.Adagrad([torch.zeros(1, requires_grad=True)], lr=-1)
except ValueError as e:
    print(type(e).__name__, e)
for name, kw in [("Adagrad", {"lr_decay": -1}), ("Adagrad", {"initial_accumulator_value": -1}),
                 ("Adadelta", {"rho": 1.5}), ("Adamax", {"betas": (1.0, 0.9)}), ("NAdam", {"momentum_decay": -1}),
                 ("RAdam", {"eps": -1}), ("ASGD", {"weight_decay": -1}), ("Rprop", {"etas": (1.5, 1.2)})]:
    try:
        getattr(torch.optim, name)([torch.zeros(1, requires_grad=True)], **kw)
    except ValueError as e:
        print(name, type(e).__name__, e)
