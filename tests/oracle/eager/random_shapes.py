# Random factories: size forms, dtypes, big draws, and reproducibility.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


torch.manual_seed(123)
print(torch.rand(2, 2))
print(torch.rand((3,)))
print(torch.rand([1, 2]))
print(torch.rand(()))
print(torch.rand(0))
print(torch.randn(17))
print(torch.randn(4, 4))
print(torch.rand(9).tolist())
print(torch.randint(10, (20,)))
print(torch.randint(0, 2, (3, 3), dtype=torch.bool))
print(torch.randint(-2 ** 40, 2 ** 40, (3,)))
print(torch.randperm(20))
print(torch.randperm(3, dtype=torch.float32))
print(torch.rand(3, requires_grad=True))
print(torch.randn(2, dtype=torch.float64, requires_grad=True))
print(torch.randn(16).mean(), torch.randn(100).std())
t("randint no size", lambda: torch.randint(5))
t("randint bad", lambda: torch.randint(5, 2, (2,)))
t("randperm neg", lambda: torch.randperm(-1))
t("rand neg", lambda: torch.rand(-2))
