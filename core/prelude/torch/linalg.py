# torch.linalg (mirrors torch/linalg/__init__.py): the functions the playground has, bound to
# their ops (torch.linalg_qr: core/torch/linalg.cpp).
import torch

qr = torch.linalg_qr
cross = torch.linalg_cross
