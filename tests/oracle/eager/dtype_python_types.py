# Python's int, float and bool stand for dtypes wherever torch takes one (THPPythonScalarType_Check):
# float is torch.float64, int torch.int64, bool torch.bool.
import torch

x = torch.ones(3)
print(torch.zeros(2, dtype=float))
print(torch.ones(2, dtype=int), torch.tensor([1, 0], dtype=bool))
print(torch.arange(3).to(float), x.to(dtype=int))
print(x.new_zeros(2, dtype=float), torch.full((2,), 1, dtype=int), torch.empty(2, dtype=bool).dtype)
print(torch.eye(2, dtype=float))
print(torch.linspace(0, 1, 3, dtype=float))
print(torch.tensor([1.5, -2.5]).to(int), x.sum(dtype=float))
print(torch.tensor([1, 2], dtype=float) / 3)
