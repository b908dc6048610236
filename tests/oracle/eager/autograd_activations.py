# Gradients of activations through torch.nn.functional.
import torch
import torch.nn.functional as F

x0 = torch.tensor([-2.0, -0.5, 0.0, 0.5, 3.0])
for name, fn in [("gelu", F.gelu), ("silu", F.silu), ("leaky_relu", lambda t: F.leaky_relu(t, 0.1)),
                 ("elu", F.elu), ("softplus", F.softplus), ("hardtanh", F.hardtanh), ("relu6", F.relu6),
                 ("tanh", F.tanh), ("sigmoid", F.sigmoid)]:
    x = x0.clone().requires_grad_()
    fn(x).sum().backward()
    print(name, x.grad)
x = x0.clone().requires_grad_()
F.gelu(x, approximate="tanh").sum().backward()
print("gelu tanh", x.grad)
