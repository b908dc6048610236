# Expected output derived from: torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines).
import torch
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([1e9, 1.0]))
print(torch.tensor([0.00001234]))
print(torch.tensor([123456789.0, 0.5]))
print(torch.tensor([1.0, 1000.0]))
print(torch.tensor([1.0, 1001.0]))
