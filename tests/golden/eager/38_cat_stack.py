# Expected output derived from: PyTorch docs: torch.cat / torch.stack.
import torch
a = torch.tensor([[1, 2]])
b = torch.tensor([[3, 4]])
print(torch.cat([a, b]))
print(torch.cat((a, b), dim=1))
print(torch.stack([a[0], b[0]]).shape, torch.stack([a[0], b[0]], dim=1))
