# Expected output derived from: torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines); 0-d tensors print without brackets.
import torch
print(torch.tensor(3.5))
print(torch.tensor(2.0))
print(torch.tensor(7))
print(torch.tensor(True))
print(torch.tensor(-0.25))
