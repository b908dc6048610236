# LBFGS with a closure: a least-squares fit and the Rosenbrock function, with and without the
# strong_wolfe line search, max_iter / history_size, the state counters, and the errors.
import torch

torch.manual_seed(0)
A = torch.randn(6, 3)
b = torch.randn(6)


def fit(**kwargs):
    x = torch.zeros(3, requires_grad=True)
    opt = torch.optim.LBFGS([x], **kwargs)
    calls = [0]

    def closure():
        calls[0] += 1
        opt.zero_grad()
        loss = ((A @ x - b) ** 2).sum()
        loss.backward()
        return loss

    for i in range(3):
        loss = opt.step(closure)
        print(" ", i, "%.6f" % loss.item(), x.detach())
    st = opt.state[x]
    print(kwargs, calls[0], st["func_evals"], st["n_iter"], sorted(st.keys()))


fit()
fit(lr=0.5, max_iter=4)
fit(line_search_fn="strong_wolfe")
fit(history_size=2, max_iter=6, line_search_fn="strong_wolfe")


def rosen(line_search_fn):
    p = torch.tensor([-1.5, 2.0], requires_grad=True)
    opt = torch.optim.LBFGS([p], lr=1, max_iter=50, line_search_fn=line_search_fn)

    def closure():
        opt.zero_grad()
        loss = (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
        loss.backward()
        return loss

    for i in range(4):
        loss = opt.step(closure)
        print(line_search_fn, i, "%.5f" % loss.item(), ["%.4f" % v for v in p.tolist()])


rosen("strong_wolfe")
rosen(None)

w = torch.zeros(2, requires_grad=True)
try:
    torch.optim.LBFGS([{"params": [w]}, {"params": [torch.zeros(1, requires_grad=True)]}])
except ValueError as e:
    print(type(e).__name__, e)
opt = torch.optim.LBFGS([w], line_search_fn="armijo")


def c():
    opt.zero_grad()
    loss = (w - 1).pow(2).sum()
    loss.backward()
    return loss


try:
    opt.step(c)
except RuntimeError as e:
    print(type(e).__name__, e)
print(opt.defaults["max_eval"], sorted(opt.defaults))
