# torch._C._linalg: the C++ functions behind torch.linalg that the playground writes over its
# registered ops (core/torch/stats_ops.cpp). Dynamo records a call of one of them as a single
# `torch._C._linalg.NAME` node (core/dynamo/variables/builder.cpp), as PyTorch does.
import torch


def linalg_cross(input, other, *, dim=-1):
    return torch.linalg_cross(input, other, dim=dim)
