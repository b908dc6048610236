# Expected output derived from: PyTorch printing: blank line between 2-D blocks of a 3-D tensor, each level indented one more column.
import torch
print(torch.arange(8).reshape(2, 2, 2))
print(torch.zeros(2, 1, 3))
