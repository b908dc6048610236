# Expected output derived from: PyTorch docs: torch.Size repr, Tensor.size/dim/numel/dtype.
import torch
x = torch.zeros(2, 3, 4)
print(x.shape, x.size(), x.size(1), x.size(-1))
print(x.dim(), x.ndim, x.numel(), x.dtype, len(x))
print(x.shape[0] * x.shape[2], list(x.shape), tuple(x.shape))
print(x.stride(), x.is_contiguous(), x.t if False else x.transpose(0, 2).shape)
