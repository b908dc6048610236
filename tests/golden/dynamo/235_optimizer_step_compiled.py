# eager-equal
# Spec: docs/compiler-api.md "torch.optim in compiled code" — optimizer.zero_grad(), backward()
# and optimizer.step() (SGD, Adam) inside a compiled function: the playground does not trace the
# step yet (reading `p.grad` is its "Not supported by the playground yet" graph break; backward()
# is PyTorch's own graph break), so they run eagerly between graphs, and the parameters after
# several compiled steps are exactly eager's.
import torch


def make():
    m = torch.nn.Linear(3, 2)
    with torch.no_grad():
        m.weight.copy_(torch.arange(6.0).reshape(2, 3) / 10)
        m.bias.fill_(0.5)
    return m


x = torch.ones(4, 3)


def step(m, opt):
    opt.zero_grad()
    loss = m(x).pow(2).sum()
    loss.backward()
    opt.step()
    return loss


@torch.compile(backend="eager")
def opt_step(opt):
    opt.step()


for name, kwargs in [("SGD", {"lr": 0.1, "momentum": 0.9}), ("Adam", {"lr": 0.1})]:
    m = make()
    opt = getattr(torch.optim, name)(m.parameters(), **kwargs)
    cstep = torch.compile(step, backend="eager")
    for i in range(3):
        print(name, i, f"{cstep(m, opt).item():.4f}")
    print(m.weight, m.bias)
    m = make()
    opt = getattr(torch.optim, name)(m.parameters(), **kwargs)
    for i in range(3):
        opt.zero_grad()
        m(x).sum().backward()
        opt_step(opt)
    print(m.weight, m.bias)
