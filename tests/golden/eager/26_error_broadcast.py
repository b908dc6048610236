# Expected output derived from: PyTorch's error text for non-broadcastable shapes (TensorIterator / infer_size).
import torch
try:
    torch.ones(2, 3) + torch.ones(4)
except RuntimeError as e:
    print("RuntimeError:", e)
