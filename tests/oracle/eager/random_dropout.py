# Dropout masks and shuffling by index under a fixed seed.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


import torch.nn.functional as F
torch.manual_seed(5)
x = torch.ones(10)
print(F.dropout(x, 0.5))
print(F.dropout(x, 0.2, training=True))
print(F.dropout(x, 0.5, training=False))
print(F.dropout(torch.ones(2, 8), 0.75))
d = torch.nn.Dropout(0.3)
print(d(torch.ones(12)))
d.eval()
print(d(torch.ones(3)))
data = torch.arange(10) * 10
idx = torch.randperm(10)
print(idx, data[idx])
print(torch.rand(3) < 0.5)
t("p bad", lambda: F.dropout(x, 1.5))
print(F.dropout(x, 1.0))
print(F.dropout(x, 0.0))
