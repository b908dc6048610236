# Expected output derived from: PyTorch docs: unsqueeze / squeeze / flatten / permute shapes.
import torch
x = torch.zeros(2, 1, 3)
print(x.squeeze().shape, x.squeeze(1).shape, x.unsqueeze(0).shape)
print(x.flatten().shape, x.permute(2, 0, 1).shape, x.reshape(3, 2).shape)
y = torch.arange(6).reshape(2, 3)
print(y.flatten(), y.permute(1, 0))
