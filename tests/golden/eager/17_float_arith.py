# Expected output derived from: torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines).
import torch
x = torch.tensor([1.0, 2.0, 4.0])
print(x / 3)
print(x * x)
print(1 / x)
print(x.sqrt())
print(2 ** x)
