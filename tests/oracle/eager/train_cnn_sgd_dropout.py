# A small CNN with Dropout and AdaptiveAvgPool2d trained with SGD; seeded dropout masks;
# eval() switches dropout off.
import torch
import torch.nn as nn

torch.manual_seed(3)
x = torch.randn(6, 2, 5, 5)
y = torch.randint(0, 2, (6,))
torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(2, 3, 3), nn.ReLU(), nn.Dropout(0.25), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                      nn.Linear(3, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.2, weight_decay=1e-3)
for step in range(20):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    if step % 4 == 3:
        print(step, "%.4f" % loss.item())
model.eval()
with torch.no_grad():
    print("%.4f" % nn.functional.cross_entropy(model(x), y).item())
