# Expected output derived from: torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines); a 1-D row holds floor((80 - 7) / (width + 2)) elements.
import torch
print(torch.arange(30))
print(torch.arange(20) * 0.5)
