# torch.save / torch.load through io.BytesIO: tensors, dicts of tensors, a state_dict, nested
# containers, dtypes preserved, and loading into a fresh model.
import io
import torch
import torch.nn as nn

buf = io.BytesIO()
t = torch.arange(6.0).reshape(2, 3)
torch.save(t, buf)
buf.seek(0)
u = torch.load(buf)
print(u, u.dtype, torch.equal(t, u), u is t)
obj = {"a": torch.tensor([1, 2], dtype=torch.int64), "b": [torch.ones(2, dtype=torch.float64), 3, "x"],
       "c": (1.5, None)}
buf = io.BytesIO()
torch.save(obj, buf)
buf.seek(0)
back = torch.load(buf)
print(back)
print(back["a"].dtype, back["b"][0].dtype)
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
buf = io.BytesIO()
torch.save(m.state_dict(), buf)
buf.seek(0)
sd = torch.load(buf)
print(list(sd.keys()))
torch.manual_seed(1)
m2 = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
print(m2.load_state_dict(sd))
print(torch.equal(m2[0].weight, m[0].weight))
x = torch.tensor([1.0], requires_grad=True)
buf = io.BytesIO()
torch.save(x, buf)
buf.seek(0)
y = torch.load(buf)
print(y, y.requires_grad, y.is_leaf)
