# Spec: docs/eager-semantics.md — nn modules take the factory arguments device= and dtype= as in
# PyTorch 2.x (torch/nn/modules/linear.py, conv.py, sparse.py, normalization.py, batchnorm.py:
# factory_kwargs = {"device": device, "dtype": dtype}): parameters and buffers are created with them,
# so a float64 module draws its initial values in double from the same generator; a CUDA device
# fails as torch.empty(device="cuda") does. (The compiling-optimizer recipes build
# torch.nn.Linear(1024, 1024, False, device="cuda").)
import torch
torch.manual_seed(0)
l = torch.nn.Linear(3, 2, False, device="cpu")
print(l, l.weight)
l = torch.nn.Linear(3, 2, dtype=torch.float64)
print(l.weight, l.bias)
c = torch.nn.Conv2d(1, 2, 2, device="cpu", dtype=torch.float64)
print(c.weight.dtype, c.bias)
c = torch.nn.Conv1d(1, 2, 2, dtype=torch.float64)
print(c.bias)
e = torch.nn.Embedding(4, 2, dtype=torch.float64)
print(e.weight)
ln = torch.nn.LayerNorm(3, dtype=torch.float64)
print(ln.weight)
bn = torch.nn.BatchNorm1d(3, dtype=torch.float64)
print(bn.running_mean, bn.num_batches_tracked)
g = torch.nn.GroupNorm(1, 2, dtype=torch.float64)
print(g.bias)
try:
    torch.nn.Linear(2, 2, device="cuda")
except Exception as e:
    print(type(e).__name__, e)
