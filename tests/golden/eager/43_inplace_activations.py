# Expected output derived from: PyTorch's native_functions.yaml (relu_, sigmoid_, tanh_, exp_, abs_
# are declared with "variants: function, method", so torch.relu_(x) and x.relu_() both exist and
# return self), torch/nn/functional.py (`relu_ = _add_docstr(torch.relu_, ...)`, so
# F.relu_ is torch.relu_) and torch/_tensor_str.py printing rules (precision 4, integer-valued
# floats as "2.", int tensors padded to the widest element).
import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 2.0])
y = torch.relu_(x)
print(y, x, y is x)
z = torch.tensor([[-3, 4]])
F.relu_(z)
print(z, F.relu_ is torch.relu_)
t = torch.tensor([0.0, -2.0])
print(t.relu_(), t)
s = torch.tensor([0.0])
torch.sigmoid_(s)
print(s)
u = torch.tensor([0.0, -0.0])
torch.tanh_(u)
torch.exp_(u)
print(u)
v = torch.tensor([-5, 3])
torch.abs_(v)
print(v, F.relu(torch.tensor([-1.5, 1.5]), inplace=True))
