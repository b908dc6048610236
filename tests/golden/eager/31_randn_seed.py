# Expected output derived from: torch.manual_seed(0); torch.randn(2, 3): Box-Muller over mt19937 doubles (the well-known 1.5410, -0.2934, -2.1788, ...).
import torch
torch.manual_seed(0)
print(torch.randn(2, 3))
