# nn.Module.load_state_dict(assign=True) (PyTorch 2.1+, Module._load_from_state_dict): the module
# takes the state_dict's tensors themselves (same storage; a plain tensor becomes a Parameter with
# the module parameter's requires_grad, buffers are replaced), where assign=False copies into the
# module's own tensors (identity kept). Expected output reviewed against torch/nn/modules/module.py
# (PyTorch 1.13 has no assign=).
import torch
from torch import nn
torch.manual_seed(0)
src = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
sd = src.state_dict()
dst = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
w = dst[0].weight
print(dst.load_state_dict(sd, assign=True))
print(dst[0].weight is w, type(dst[0].weight).__name__, dst[0].weight.requires_grad, torch.equal(dst[0].weight, src[0].weight))
print(dst[1].running_mean is sd["1.running_mean"], dst[0].weight.data_ptr() == sd["0.weight"].data_ptr())
dst[0].weight.requires_grad_(False)
dst.load_state_dict(src.state_dict(), assign=True)
print(dst[0].weight.requires_grad, [n for n, _ in dst.named_parameters()])
d2 = nn.Linear(2, 2)
w2 = d2.weight
d2.load_state_dict(nn.Linear(2, 2).state_dict())
print(d2.weight is w2)
