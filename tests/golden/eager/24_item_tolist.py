# Expected output derived from: PyTorch docs: Tensor.item / Tensor.tolist return Python numbers.
import torch
x = torch.tensor([[1.5, 2.0], [3.0, 4.25]])
print(x.tolist())
print(x[0, 0].item(), type(x[1, 1].item()).__name__)
print(torch.tensor([1, 2]).tolist(), torch.tensor(7).item())
print(torch.tensor(True).item(), float(torch.tensor(2.5)), int(torch.tensor(3.9)))
