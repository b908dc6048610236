# Spec: torch/nn/modules/linear.py Bilinear (weight (out, in1, in2) and bias from
# U(-1/sqrt(in1), 1/sqrt(in1))), F.bilinear = torch.bilinear (aten/src/ATen/native/Linear.cpp: the
# dtype and size checks, inputs flattened to 2-D, _trilinear's two contractions, the result reshaped
# to the batch dims + (out,), plus the bias): repr, values, grad_fns, gradients, errors. Expected
# output: PyTorch 1.13 (ATEN_CPU_CAPABILITY=default) except the reviewed lines: without a bias the
# result's grad_fn is ViewBackward0 in 2.x (reshape of a contiguous tensor is a view; 1.13 printed
# ReshapeAliasBackward0), and the dtype-mismatch message is 2.x's check ("All tensors must have the
# same dtype, ..."; 1.13 failed later with "expected scalar type Double but found Float").
import torch
import torch.nn.functional as F

torch.manual_seed(0)
m = torch.nn.Bilinear(3, 2, 4)
print(m)
print(m.weight, m.bias)
x1 = torch.randn(5, 3)
x2 = torch.randn(5, 2)
y = m(x1, x2)
print(y, y.grad_fn.name())
y.pow(2).sum().backward()
print(m.weight.grad, m.bias.grad)
nb = torch.nn.Bilinear(2, 2, 3, bias=False)
print(nb, nb.bias)
a = torch.randn(2, 4, 2, requires_grad=True)
b = torch.randn(2, 4, 2, requires_grad=True)
z = nb(a, b)
print(z.shape, z.grad_fn.name())
z.sum().backward()
print(a.grad, b.grad)
print(F.bilinear(torch.ones(1, 2), torch.ones(1, 2), torch.arange(8.).view(2, 2, 2), torch.tensor([1., -1.])))
print(F.bilinear(torch.ones(2), torch.ones(2), torch.arange(8.).view(2, 2, 2)))
w = torch.randn(4, 3, 2)
for f in (lambda: F.bilinear(torch.randn(2, 3), torch.randn(2, 2, 1), w),
          lambda: F.bilinear(torch.randn(2, 3), torch.randn(3, 2), w),
          lambda: F.bilinear(torch.randn(2, 4), torch.randn(2, 2), w),
          lambda: F.bilinear(torch.randn(2, 3), torch.randn(2, 3), w),
          lambda: F.bilinear(torch.randn(2, 3), torch.randn(2, 2), w, torch.randn(5)),
          lambda: F.bilinear(torch.randn(2, 3, dtype=torch.float64), torch.randn(2, 2), w)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
