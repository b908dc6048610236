# Expected output derived from: torch/_tensor_str.py printing rules (precision 4, integer-valued floats as `1.`, sci mode when max/min > 1000, max > 1e8 or min < 1e-4; elements right-aligned to the widest; 80-column lines); nan/inf print as `nan`/`inf` without a trailing dot.
import torch
print(torch.tensor([1.0, float("nan"), float("inf")]))
print(torch.tensor([0.5, float("-inf")]))
print(torch.tensor(float("nan")))
