# torch.meshgrid with both indexings (torch/functional.py).
import torch

x, y = torch.meshgrid(torch.arange(2), torch.arange(3), indexing="ij")
print(x, y, sep="\n")
x, y = torch.meshgrid(torch.tensor([1., 2.]), torch.tensor([3., 4., 5.]), indexing="xy")
print(x, y, sep="\n")
