# Logistic regression with BCEWithLogitsLoss and SGD(momentum, nesterov), then accuracy.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(32, 2)
y = (x[:, 0] + 0.5 * x[:, 1] > 0).float().unsqueeze(1)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9, nesterov=True)
loss_fn = nn.BCEWithLogitsLoss()
for step in range(20):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    if step % 5 == 4:
        print(step, "%.4f" % loss.item())
with torch.no_grad():
    acc = ((model(x) > 0).float() == y).float().mean()
print("accuracy", acc)
