# Tensor attributes: shape, size, dim, dtype, device, layout, is_leaf, grad, T, ndim, names.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.zeros(2, 3)
y = torch.ones(3, requires_grad=True)
print(x.shape, x.size(), x.dim(), x.ndim, x.numel())
print(x.dtype, x.device, x.layout, x.is_cuda if hasattr(x, "is_cuda") else "no is_cuda")
print(x.requires_grad, x.is_leaf, x.grad, x.grad_fn)
print(y.requires_grad, y.is_leaf, y.grad)
z = y * 2
print(z.is_leaf, z.requires_grad, type(z.grad_fn).__name__)
print(x.T.shape, x.is_contiguous(), x.T.is_contiguous())
print(x.is_floating_point(), torch.is_tensor(x), torch.is_tensor(3), torch.is_floating_point(x))
print(torch.numel(x), x.element_size(), x.nbytes if hasattr(x, "nbytes") else None)
print(isinstance(x, torch.Tensor), type(x).__name__, type(x))
print(x.shape == (2, 3), x.shape[1], len(x.shape), tuple(x.shape))
print(x.size(0) * x.size(1), list(x.shape))
print(torch.Size([2, 3]) == x.shape, x.shape.numel())
print(x.storage_offset(), x.stride(), x[1].storage_offset())
