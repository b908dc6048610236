# The torch.utils.data surface the tutorials use (beginner_source/basics/data_tutorial.py's custom
# Dataset, DataLoader with batch_size / shuffle / drop_last, TensorDataset, random_split,
# default_collate of tuples, dicts and numbers), and ops the tutorials print with: linspace of
# several lengths, pow with a tensor exponent, torch.matmul / torch.add with out=, random_().
import math

import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset, random_split

torch.manual_seed(0)


class CustomDataset(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        return {"x": torch.full((2,), float(idx)), "label": idx % 3, "w": idx / 2}


ds = CustomDataset(7)
dl = DataLoader(ds, batch_size=3)
print(len(dl))
for batch in dl:
    print(batch)

td = TensorDataset(torch.arange(10.0).view(10, 1), torch.arange(10))
print(len(td), td[3])
for X, y in DataLoader(td, batch_size=4, shuffle=True):
    print(X.view(-1), y)
print(torch.rand(2))
loader = DataLoader(td, batch_size=4, shuffle=True, drop_last=True)
print(len(loader), [y.tolist() for _, y in loader])
g = torch.Generator().manual_seed(42)
train, test = random_split(td, [7, 3], generator=g)
print(len(train), len(test), train.indices, test.indices)
train, test = random_split(td, [0.8, 0.2])
print(len(train), len(test), train.indices, test.indices)
print([b for b in DataLoader(train, batch_size=5)])
print(DataLoader([1.5, 2.5, 3.5], batch_size=2).__iter__().__next__())
print(list(DataLoader([(1, "a"), (2, "b")], batch_size=2)))
print(next(iter(DataLoader(td, batch_size=None))))

for n in (1, 2, 5, 15, 16, 17, 31, 32, 33, 48, 100, 1000):
    a = torch.linspace(-math.pi, math.pi, n)
    b = torch.linspace(-1, 3, n, dtype=torch.float64)
    print(n, a.sum().item(), a[n // 3].item(), a[-2 if n > 1 else 0].item(), b.sum().item(), b[n // 2].item())

x = torch.linspace(-2, 2, 9)
print(x.unsqueeze(-1).pow(torch.tensor([1, 2, 3])).tolist())
print(torch.pow(x, torch.full((9,), 3.0)).tolist())
print(torch.pow(2.0, x).tolist())

t = torch.ones(3, 3)
out = torch.empty(3, 3)
r = torch.matmul(t, t.T * 2, out=out)
print(out, r is out)
res = torch.empty(3, 3)
torch.add(t, 5, out=res)
print(res)
w = torch.ones(3, requires_grad=True)
try:
    torch.mul(w, w, out=torch.empty(3))
except RuntimeError as e:
    print(type(e).__name__, e)
with torch.no_grad():
    print(torch.mul(w, w, out=torch.empty(3)))

print(torch.empty((), dtype=torch.int64).random_().item(), torch.empty(3, dtype=torch.int32).random_())
print(torch.empty(4, dtype=torch.float32).random_(), torch.empty(2, dtype=torch.bool).random_())
