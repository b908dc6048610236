# Mirrors torch/optim/adamax.py (_single_tensor_adamax): exp_avg.lerp_(grad, 1 - beta1), the
# infinity norm torch.maximum(exp_inf.mul_(beta2), grad.abs().add_(eps), out=exp_inf), then
# param.addcdiv_(exp_avg, exp_inf, value=-lr / (1 - beta1 ** step)).
import torch
from torch.optim.optimizer import Optimizer, _check_betas, _check_eps, _check_lr, _check_weight_decay, _closure_loss


class Adamax(Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None, *,
                 maximize=False, differentiable=False, capturable=False):
        _check_lr(lr)
        _check_eps(eps)
        _check_betas(betas)
        _check_weight_decay(weight_decay)
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach, maximize=maximize,
                        differentiable=differentiable, capturable=capturable)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr = group["lr"]
            eps = group["eps"]
            weight_decay = group["weight_decay"]
            maximize = group["maximize"]
            for param in group["params"]:
                if param.grad is None:
                    continue
                state = self.state[param]
                if len(state) == 0:
                    state["step"] = torch.tensor(0.0)
                    state["exp_avg"] = torch.zeros_like(param)
                    state["exp_inf"] = torch.zeros_like(param)
                grad = param.grad if not maximize else -param.grad
                exp_avg = state["exp_avg"]
                exp_inf = state["exp_inf"]
                step_t = state["step"]
                step_t += 1
                if weight_decay != 0:
                    grad = grad.add(param, alpha=weight_decay)
                exp_avg.lerp_(grad, 1 - beta1)
                torch.maximum(exp_inf.mul_(beta2), grad.abs().add_(eps), out=exp_inf)
                bias_correction = 1 - beta1 ** step_t.item()
                clr = lr / bias_correction
                param.addcdiv_(exp_avg, exp_inf, value=-clr)
        return loss
