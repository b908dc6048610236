# Gradients of unary ops.
import torch

x0 = torch.tensor([0.3, -0.7, 1.2, 2.0])
for name in ["exp", "log", "sqrt", "tanh", "sigmoid", "relu", "sin", "cos", "abs", "neg", "rsqrt", "reciprocal",
             "square", "log1p", "expm1", "erf"]:
    x = x0.abs().clone().requires_grad_() if name in ("log", "sqrt", "rsqrt") else x0.clone().requires_grad_()
    getattr(torch, name)(x).sum().backward()
    print(name, x.grad)
