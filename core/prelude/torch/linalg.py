# torch.linalg (mirrors torch/linalg/__init__.py): the functions the playground has, bound to
# their ops (torch.linalg_qr: core/torch/linalg.cpp).
import torch
import torch._linalg

qr = torch.linalg_qr
cross = torch._linalg.linalg_cross
