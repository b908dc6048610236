# randn / normal_ through the scalar (<16) and vectorized (16+) paths, float32 and float64.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


torch.manual_seed(11)
print(torch.randn(15))
print(torch.randn(16))
print(torch.randn(33))
print(torch.randn(3, 7))
print(torch.empty(20).normal_())
print(torch.empty(5, dtype=torch.float64).normal_(1, 2))
print(torch.randn(18, dtype=torch.float64))
print(torch.rand(20))
print(torch.rand(3, dtype=torch.float64))
print(torch.empty(17).uniform_(-3, 3))
print(torch.randn(2, 2).sum())
