# batch_norm's backward through ATen's two CPU paths: contiguous input and gradient (per-plane
# vectorized sums) and the general loop (an expanded gradient from sum()), in training and eval
# mode, for BatchNorm1d/2d with and without affine parameters; printed at full precision.
import torch
import torch.nn as nn

torch.manual_seed(7)
for shape, mod in (((4, 3, 5, 5), nn.BatchNorm2d(3)), ((3, 2, 4, 6), nn.BatchNorm2d(2, affine=False)),
                   ((5, 3, 7), nn.BatchNorm1d(3)), ((6, 4), nn.BatchNorm1d(4))):
    x = (torch.rand(*shape) * 6 - 2).requires_grad_()  # rand: no libm in the draws (wasm)
    for training in (True, False):
        mod.train(training)
        for how in ("sum", "weighted"):
            x.grad = None
            for p in mod.parameters():
                p.grad = None
            y = mod(x)
            if how == "sum":
                y.sum().backward()
            else:
                (y * (y.detach() * 0.3 - 1)).sum().backward()
            print(type(mod).__name__, shape, training, how)
            print(x.grad.flatten()[:6].tolist())
            print(x.grad.sum(dim=0).flatten()[:4].tolist())
            if mod.affine:
                print(mod.weight.grad.tolist(), mod.bias.grad.tolist())
    print(y.flatten()[:5].tolist())
