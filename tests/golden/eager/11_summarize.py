# Expected output derived from: PyTorch printing: more than 1000 elements are summarized to 3 edge items with `...` (threshold=1000, edgeitems=3).
import torch
print(torch.arange(2000))
print(torch.arange(1001).shape)
