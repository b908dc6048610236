# Expected output derived from: torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines).
import torch
x = torch.tensor([-2.5, 0.0, 1.5])
print(x.abs(), -x)
print(x.clamp(-1, 1))
print(torch.relu(x), x.neg().exp().shape)
print(x.floor(), x.ceil())
