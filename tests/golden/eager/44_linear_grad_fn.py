# Expected output derived from: aten/src/ATen/native/Linear.cpp `linear` (PyTorch main): a 2-D input
# with a bias is at::addmm(bias, input, weight.t()) (grad_fn=<AddmmBackward0>, also when the input
# is a non-contiguous 2-D view); a contiguous input of another rank with a 1-D contiguous bias goes
# through _flatten_nd_linear (reshape to 2-D, addmm, then .view back: grad_fn=<ViewBackward0>);
# a non-contiguous input of another rank is at::matmul(input, weight.t()) then output.add_(bias)
# (grad_fn=<AddBackward0>); without a bias a 2-D input is mm (grad_fn=<MmBackward0>).
# Values: weight 0.5, bias 0.25, inputs of ones with 3 features: 3 * 0.5 + 0.25 = 1.75.
import torch
import torch.nn as nn

lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.fill_(0.5)
    lin.bias.fill_(0.25)
print(lin(torch.ones(2, 3)))
print(lin(torch.ones(3)))
print(lin(torch.ones(2, 2, 3)))
print(lin(torch.ones(3, 2).t()))
print(lin(torch.ones(1, 3, 2).transpose(1, 2)))
lin2 = nn.Linear(3, 2, bias=False)
with torch.no_grad():
    lin2.weight.fill_(1.0)
print(lin2(torch.ones(1, 3)))
print(torch.nn.functional.linear(torch.ones(1, 2), torch.ones(3, 2), torch.zeros(3)))
