# layout= and memory_format= as tutorials pass them: torch.strided, contiguous_format and preserve_format
# change nothing for strided tensors.
import torch
print(torch.zeros(2, layout=torch.strided))
print(torch.ones(2, 2, layout=torch.strided, device="cpu", requires_grad=True))
print(torch.empty(2, memory_format=torch.contiguous_format).shape)
print(torch.zeros_like(torch.ones(2), layout=torch.strided, memory_format=torch.preserve_format))
print(torch.randn(2, 2, pin_memory=False).shape, torch.channels_last, torch.contiguous_format, torch.strided)
x = torch.ones(2, 3)
print(x.contiguous(memory_format=torch.contiguous_format).shape, x.layout, x.clone(memory_format=torch.preserve_format).shape)
print(torch.empty_like(x, memory_format=torch.preserve_format).shape)
