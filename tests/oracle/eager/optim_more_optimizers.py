# Adagrad, Adadelta, Adamax, RAdam, ASGD and Rprop (NAdam: optim_nadam_2x) training a small linear regression for a
# few steps (with weight decay, maximize and other options): weights, losses and the optimizer state.
import torch


def make():
    torch.manual_seed(0)
    m = torch.nn.Linear(3, 2)
    x = torch.randn(8, 3)
    y = torch.randn(8, 2)
    return m, x, y


def train(name, n=6, **kwargs):
    m, x, y = make()
    opt = getattr(torch.optim, name)(m.parameters(), **kwargs)
    losses = []
    for _ in range(n):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(m(x), y)
        loss.backward()
        opt.step()
        losses.append("%.6f" % loss.item())
    print(name, kwargs, losses)
    print(m.weight.detach(), m.bias.detach())
    st = opt.state[m.weight]
    for k in sorted(st):
        v = st[k]
        if k == "step":
            v = float(v)  # a float32 tensor in PyTorch 2.x (Adadelta's and Rprop's were ints in 1.13)
        print("  ", k, v if not isinstance(v, torch.Tensor) or v.dim() == 0 else (v.shape, v.dtype))
    return opt


train("Adagrad", lr=0.1)
train("Adagrad", lr=0.1, lr_decay=0.01, weight_decay=0.1, initial_accumulator_value=0.5, eps=1e-6)
train("Adadelta")
train("Adadelta", lr=0.5, rho=0.8, weight_decay=0.01, maximize=True)
train("Adamax", lr=0.05)
train("Adamax", lr=0.05, betas=(0.8, 0.9), weight_decay=0.1)
train("RAdam", lr=0.05, n=8)
train("RAdam", lr=0.05, weight_decay=0.1, n=8)
train("ASGD", lr=0.1)
train("ASGD", lr=0.1, lambd=0.01, alpha=0.5, t0=2, weight_decay=0.05)
train("Rprop", lr=0.05)
train("Rprop", lr=0.05, etas=(0.3, 1.5), step_sizes=(0.01, 0.2))
