# Expected output derived from: PyTorch docs: torch.max(input, dim) returns the named tuple torch.return_types.max(values, indices).
import torch
x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
r = torch.max(x, 1)
print(r)
print(r.values, r.indices)
v, i = x.min(dim=0)
print(v, i)
print(x.argmax(), x.argmax(dim=1))
