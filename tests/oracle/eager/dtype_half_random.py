# Random sampling into float16 / bfloat16 tensors: uniform draws use as many random bits as the
# dtype's significand (11 / 8), randn of 16+ elements runs Box-Muller with the radius and angle
# rounded to the dtype, smaller tensors draw in double and round.
import torch

torch.manual_seed(0)
print(torch.rand(3, dtype=torch.float16))
print(torch.rand(3, dtype=torch.bfloat16))
print(torch.randn(3, dtype=torch.float16))
print(torch.randn(5, dtype=torch.bfloat16))
print(torch.randn(20, dtype=torch.float16))
print(torch.randn(16, dtype=torch.bfloat16))
print(torch.randn(2, 17, dtype=torch.float16))
print(torch.empty(4, dtype=torch.float16).uniform_(-1, 1))
print(torch.empty(4, dtype=torch.bfloat16).uniform_(2, 5))
print(torch.empty(18, dtype=torch.bfloat16).normal_(3, 0.5))
print(torch.randint(0, 100, (4,), dtype=torch.float16))
print(torch.rand(2, 2).half())
