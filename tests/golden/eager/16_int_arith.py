# Expected output derived from: PyTorch semantics: `//` floors and `%` takes the sign of the divisor (like Python); `/` of ints is true division.
import torch
x = torch.tensor([-7, 7, 5])
print(x // 2)
print(x % 3)
print(x / 2)
print(x * 3, -x)
print(x ** 2)
