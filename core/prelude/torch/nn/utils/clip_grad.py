# Mirrors torch/nn/utils/clip_grad.py (foreach=False): the total norm is the norm of the
# per-gradient norms; gradients are scaled by min(max_norm / (total_norm + 1e-6), 1).
import math

import torch


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    grads = [p.grad for p in parameters if p.grad is not None]
    max_norm = float(max_norm)
    norm_type = float(norm_type)
    if len(grads) == 0:
        return torch.tensor(0.0)
    with torch.no_grad():
        if norm_type == math.inf:
            norms = [g.abs().max() for g in grads]
            total_norm = norms[0] if len(norms) == 1 else torch.stack(norms).max()
        else:
            total_norm = torch.norm(torch.stack([torch.norm(g, norm_type) for g in grads]), norm_type)
        if error_if_nonfinite and (total_norm.isnan() or total_norm.isinf()):
            raise RuntimeError("The total norm of order " + str(norm_type) + " for gradients from `parameters` is "
                               "non-finite, so it cannot be clipped. To disable this error and scale the gradients "
                               "by the non-finite norm anyway, set `error_if_nonfinite=False`")
        clip_coef = max_norm / (total_norm + 1e-6)
        clip_coef_clamped = torch.clamp(clip_coef, max=1.0)
        for g in grads:
            g.mul_(clip_coef_clamped)
    return total_norm


def clip_grad_value_(parameters, clip_value, foreach=None):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    clip_value = float(clip_value)
    with torch.no_grad():
        for p in parameters:
            if p.grad is not None:
                p.grad.clamp_(min=-clip_value, max=clip_value)
