# Mirrors torch/optim/rprop.py (_single_tensor_rprop): the sign of grad * prev picks etaplus,
# etaminus or 1 for each element's step size (clamped to step_sizes), a gradient whose sign flipped
# is zeroed, param.addcmul_(grad.sign(), step_size, value=-1) and prev takes the gradient.
import torch
from torch.optim.optimizer import Optimizer, _check_lr, _closure_loss


class Rprop(Optimizer):
    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), *, capturable=False, foreach=None,
                 maximize=False, differentiable=False):
        _check_lr(lr)
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError("Invalid eta values: " + str(etas[0]) + ", " + str(etas[1]))
        defaults = dict(lr=lr, etas=etas, step_sizes=step_sizes, foreach=foreach, maximize=maximize,
                        differentiable=differentiable, capturable=capturable)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            etaminus, etaplus = group["etas"]
            step_size_min, step_size_max = group["step_sizes"]
            maximize = group["maximize"]
            for param in group["params"]:
                if param.grad is None:
                    continue
                state = self.state[param]
                if len(state) == 0:
                    state["step"] = torch.tensor(0.0)
                    state["prev"] = torch.zeros_like(param)
                    state["step_size"] = torch.full_like(param.grad, group["lr"])
                grad = param.grad if not maximize else -param.grad
                prev = state["prev"]
                step_size = state["step_size"]
                state["step"] += 1
                sign = grad.mul(prev).sign()
                sign[sign.gt(0)] = etaplus
                sign[sign.lt(0)] = etaminus
                sign[sign.eq(0)] = 1
                step_size.mul_(sign).clamp_(step_size_min, step_size_max)
                grad = grad.clone()
                grad[sign.eq(etaminus)] = 0
                param.addcmul_(grad.sign(), step_size, value=-1)
                prev.copy_(grad)
        return loss
