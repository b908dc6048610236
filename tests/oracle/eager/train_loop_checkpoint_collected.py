# The tutorial training pattern in functions: a DataLoader over a TensorDataset, a train() and an
# evaluate() under torch.no_grad(), and the best model's state_dict kept with copy.deepcopy. Each
# step makes a few MB of tensors, so the playground's tensor collector runs between steps; the
# deep-copied checkpoint, reachable only through a dict, keeps its values and loads back.
import copy

import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(64, 256)
Y = (X[:, :8].sum(dim=1, keepdim=True) > 0).float()
loader = DataLoader(TensorDataset(X, Y), batch_size=16, shuffle=True)
model = torch.nn.Sequential(torch.nn.Linear(256, 512), torch.nn.ReLU(), torch.nn.Linear(512, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = torch.nn.BCEWithLogitsLoss()


def train_epoch():
    model.train()
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(loader)


@torch.no_grad()
def evaluate():
    model.eval()
    return loss_fn(model(X), Y).item()


initial = copy.deepcopy(model.state_dict())
best = {"loss": float("inf"), "state": None, "epoch": -1}
for epoch in range(12):
    train_loss = train_epoch()
    val = evaluate()
    if val < best["loss"]:
        best = {"loss": val, "state": copy.deepcopy(model.state_dict()), "epoch": epoch}
    if epoch % 3 == 0:
        print(epoch, round(train_loss, 4), round(val, 4))
print("best epoch", best["epoch"], round(best["loss"], 4))
model.load_state_dict(best["state"])
print(round(evaluate(), 4) == round(best["loss"], 4))
print(sorted(best["state"].keys()))
print(round(initial["0.weight"].sum().item(), 3), round(initial["2.bias"].item(), 4))
