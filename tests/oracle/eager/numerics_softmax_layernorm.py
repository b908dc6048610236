# softmax/log_softmax (last and other dims), var/std, layer_norm and unary math in float32, printed
# as exact Python floats: ATen's CPU order of operations (SoftMaxKernel.cpp, moments_utils.h).
import torch
torch.manual_seed(1)
for shape, d in [((3, 5), 1), ((4, 20), 1), ((5, 7), 0), ((2, 3, 9), 1), ((2, 40), -1), ((6, 33), 0), ((2, 300), 1), ((3, 1000), -1), ((4, 9, 3), 1), ((2, 17), 1)]:
    x = torch.randn(*shape) * 3
    print(torch.softmax(x, d).reshape(-1).tolist())
    print(torch.log_softmax(x, d).reshape(-1).tolist())
    print(x.var(d).reshape(-1).tolist(), x.std().item())
    print(torch.nn.functional.layer_norm(x, (shape[-1],)).reshape(-1).tolist())
    print(x.exp().reshape(-1).tolist())
    print(x.tanh().reshape(-1).tolist(), x.sigmoid().reshape(-1).tolist())
ln = torch.nn.LayerNorm(24)
with torch.no_grad():
    ln.weight.copy_(torch.randn(24))
    ln.bias.copy_(torch.randn(24))
print(ln(torch.randn(3, 24)).reshape(-1).tolist())
print(torch.randn(2, 5, dtype=torch.float64).softmax(-1).tolist())
