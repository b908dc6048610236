# eager-equal
# Spec: docs/autograd.md "torch.optim" — the other optimizers (Adagrad, Adadelta, Adamax, NAdam,
# RAdam, ASGD, Rprop, LBFGS with a compiled closure) stepped inside or around compiled functions,
# with lr schedulers stepped between: as for SGD and Adam (235_optimizer_step_compiled), reading
# `p.grad` in compiled code is a playground graph break, so step() runs eagerly and the parameters
# are exactly eager's.
import torch


def make():
    m = torch.nn.Linear(3, 2)
    with torch.no_grad():
        m.weight.copy_(torch.arange(6.0).reshape(2, 3) / 10 - 0.2)
        m.bias.fill_(0.1)
    return m


x = torch.linspace(-1, 1, 12).reshape(4, 3)
y = torch.tensor([[0.5, -0.5], [1.0, 0.0], [0.0, 1.0], [-1.0, 0.5]])


@torch.compile(backend="eager")
def train_step(m, opt):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(m(x), y)
    loss.backward()
    opt.step()
    return loss


for name, kwargs in [("Adagrad", {"lr": 0.1}), ("Adadelta", {"lr": 1.0}), ("Adamax", {"lr": 0.05}),
                     ("NAdam", {"lr": 0.05, "weight_decay": 0.01, "decoupled_weight_decay": True}),
                     ("RAdam", {"lr": 0.05}), ("ASGD", {"lr": 0.1, "t0": 2}),
                     ("Rprop", {"lr": 0.05})]:
    torch.compiler.reset()  # a fresh cache per optimizer class (train_step guards on type(opt))
    m = make()
    opt = getattr(torch.optim, name)(m.parameters(), **kwargs)
    sched = torch.optim.lr_scheduler.PolynomialLR(opt, total_iters=8)
    losses = []
    for i in range(7):
        losses.append(f"{train_step(m, opt).item():.5f}")
        sched.step()
    print(name, losses, sched.get_last_lr())
    print(m.weight.data, m.bias.data)

m = make()
opt = torch.optim.LBFGS(m.parameters(), lr=0.5, max_iter=5, line_search_fn="strong_wolfe")


@torch.compile(backend="eager")
def closure():
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(m(x), y)
    loss.backward()
    return loss


for i in range(3):
    print("LBFGS", f"{opt.step(closure).item():.6f}")
print(m.weight.data, m.bias.data, opt.state[m.weight]["func_evals"])

torch.compiler.reset()
m = make()
opt = torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=6)
for i in range(6):
    loss = train_step(m, opt)
    sched.step()
    print("OneCycleLR", f"{loss.item():.5f}", f"{sched.get_last_lr()[0]:.5f}", f"{opt.param_groups[0]['momentum']:.4f}")
m = make()
opt = torch.optim.Adam(m.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=0, factor=0.5)
for i in range(6):
    loss = train_step(m, opt)
    sched.step(1.0)
    print("ReduceLROnPlateau", f"{loss.item():.5f}", sched.get_last_lr())
