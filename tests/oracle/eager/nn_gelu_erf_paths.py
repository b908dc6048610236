# GELU (exact, erf) near x = -3 where float32 1 + erf(x / sqrt(2)) cancels: PyTorch's vectorized
# path (contiguous, 2+ elements: Abramowitz-Stegun erf) and its scalar path (one element, strided:
# std::erf) print different values.
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 7)
print(F.gelu(x))
print(F.gelu(x).tolist()[:2])
print(torch.nn.GELU()(torch.tensor([-3.0, -2.5])), F.gelu(torch.tensor([-3.0])))
print(F.gelu(torch.tensor(-3.0)).item(), F.gelu(torch.full((5,), -3.0))[0].item())
print(F.gelu(torch.linspace(-3, 3, 13)[::2])[0].item())
print(F.gelu(torch.full((2, 3), -3.0)).t()[0].tolist())
print(F.gelu(x.double())[0].item())
print(F.gelu(x, approximate="tanh"))
