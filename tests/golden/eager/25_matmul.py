# Expected output derived from: Matrix product values computed by hand.
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[5.0], [6.0]])
print(a @ b)
print(torch.mm(a, a))
print(torch.matmul(torch.tensor([1.0, 1.0]), a))
print(a.matmul(torch.eye(2)))
