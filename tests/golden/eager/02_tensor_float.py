# Expected output derived from: PyTorch docs, torch.tensor examples; torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines).
import torch
print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([[0.1, 1.2], [2.2, 3.1], [4.9, 5.2]]))
print(torch.tensor([0.5, -1.25]))
