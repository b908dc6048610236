# any/all/nonzero/where on float tensors read each element's value (issue 16: they read bytes).
import torch

a = torch.tensor([0.5, 0.0])
print(a.any(), a.all())
print(torch.tensor([0.0, -0.0]).any(), torch.tensor([1.5, -2.0]).all())
print(torch.tensor([float("nan"), 0.0]).any(), torch.tensor([float("nan")]).all())
print(torch.nonzero(torch.tensor([0.5, 0.0, 2.0])))
print(torch.tensor([[0.25, 0.0], [0.0, 3.0]]).nonzero())
print(torch.where(torch.tensor([0.5, 0.0, 2.0])))
print(torch.tensor([0, 256, 0], dtype=torch.int64).nonzero())
print(torch.tensor([0.0, 1e-30]).any(), torch.tensor([1e-30, 2.0]).all())
print(torch.tensor([[0.5, 0.0], [1.0, 2.0]]).any(dim=1), torch.tensor([[0.5, 0.0], [1.0, 2.0]]).all(dim=1))
print(torch.tensor([0.1, 0.0], dtype=torch.float64).any(), torch.tensor([0.1], dtype=torch.float64).nonzero())
print(torch.count_nonzero(torch.tensor([0.5, 0.0, 2.0])))
