# nn.init.trunc_normal_ and nn.init.orthogonal_ with a seed, and their argument errors.
import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(3, 5)
r = nn.init.trunc_normal_(w)
print(r is w)
print(w)
torch.manual_seed(0)
print(nn.init.trunc_normal_(torch.empty(6), mean=1.0, std=0.5, a=0.5, b=1.5))
print(nn.init.trunc_normal_(torch.empty(2, 2), std=0.02))
torch.manual_seed(0)
q = nn.init.orthogonal_(torch.empty(3, 5))
print(q)
print(torch.allclose(q @ q.t(), torch.eye(3), atol=1e-6))
torch.manual_seed(0)
q2 = nn.init.orthogonal_(torch.empty(4, 2), gain=2.0)
print(q2)
torch.manual_seed(1)
print(nn.init.orthogonal_(torch.empty(2, 2, 2)))
try:
    nn.init.orthogonal_(torch.empty(3))
except Exception as e:
    print(type(e).__name__, e)
