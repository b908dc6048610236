# Expected output derived from: PyTorch type promotion docs (torch.result_type): int tensor with float scalar -> default float; int32 tensor with int scalar stays int32.
import torch
a = torch.tensor([1, 2])
print(a * 1.5)
print((a + torch.tensor([0.5, 0.5])).dtype)
print((torch.tensor([1, 2], dtype=torch.int32) + 1).dtype)
print((torch.tensor([1.0]) + torch.tensor([1.0], dtype=torch.float64)).dtype)
print((a > 1).dtype, (a / a).dtype, (a // a).dtype)
