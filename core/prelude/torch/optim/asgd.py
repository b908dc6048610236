# Mirrors torch/optim/asgd.py (_single_tensor_asgd): eta and mu are float32 0-d tensors in the
# state; the parameter is decayed by 1 - lambd * eta and stepped by -eta, the average ax follows
# (copied while mu is 1), then eta = lr / (1 + lambd * lr * step) ** alpha and
# mu = 1 / max(1, step - t0) are stored back (rounded to float32 by torch.as_tensor).
import torch
from torch.optim.optimizer import Optimizer, _check_lr, _check_weight_decay, _closure_loss


class ASGD(Optimizer):
    def __init__(self, params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0, foreach=None,
                 maximize=False, differentiable=False, capturable=False):
        _check_lr(lr)
        _check_weight_decay(weight_decay)
        defaults = dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0, weight_decay=weight_decay, foreach=foreach,
                        maximize=maximize, differentiable=differentiable, capturable=capturable)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            lr = group["lr"]
            lambd = group["lambd"]
            alpha = group["alpha"]
            t0 = group["t0"]
            weight_decay = group["weight_decay"]
            maximize = group["maximize"]
            for param in group["params"]:
                if param.grad is None:
                    continue
                state = self.state[param]
                if len(state) == 0:
                    state["step"] = torch.zeros(())
                    state["eta"] = torch.as_tensor(lr, dtype=torch.float32).clone().detach()
                    state["mu"] = torch.ones(())
                    state["ax"] = torch.zeros_like(param)
                grad = param.grad if not maximize else -param.grad
                ax = state["ax"]
                step_t = state["step"]
                eta = state["eta"]
                mu = state["mu"]
                step_t += 1
                if weight_decay != 0:
                    grad = grad.add(param, alpha=weight_decay)
                eta_value = eta.item()
                param.mul_(1 - lambd * eta_value)
                param.add_(grad, alpha=-eta_value)
                if mu.item() != 1:
                    ax.add_(param.sub(ax).mul_(mu))
                else:
                    ax.copy_(param)
                step = step_t.item()
                new_eta = torch.as_tensor(lr / ((1 + lambd * lr * step) ** alpha))
                eta.copy_(new_eta)
                new_mu = torch.as_tensor(1 / max(1, step - t0))
                mu.copy_(new_mu)
        return loss
