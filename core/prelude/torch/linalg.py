# torch.linalg (mirrors torch/linalg/__init__.py): the functions the playground has, bound to
# their ops (torch.linalg_qr: core/torch/linalg.cpp).
import torch

qr = torch.linalg_qr


def cross(input, other, *, dim=-1, out=None):
    return torch.functional.linalg_cross(input, other, dim=dim, out=out)
