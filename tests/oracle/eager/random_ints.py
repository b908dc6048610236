# randint / randperm / random_ values and dtypes under a seed.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


torch.manual_seed(2024)
print(torch.randint(0, 10, (10,)))
print(torch.randint(100, (3, 3)))
print(torch.randint(-100, 100, (5,), dtype=torch.int16))
print(torch.randint(0, 256, (6,), dtype=torch.uint8))
print(torch.randint(0, 5, (4,), dtype=torch.float32))
print(torch.randint(2 ** 33, (3,)))
print(torch.randperm(8))
print(torch.randperm(30))
print(torch.randperm(5, dtype=torch.int32))
print(torch.randint_like(torch.zeros(4), 10))
print(torch.randint_like(torch.zeros(2, dtype=torch.int64), 3, 9))
print(torch.rand_like(torch.zeros(3)))
print(torch.randn_like(torch.zeros(2, 2)))
print(torch.randint(1, 2, (3,)))
