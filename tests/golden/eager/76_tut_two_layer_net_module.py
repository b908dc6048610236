# Mirrors pytorch/tutorials beginner_source/examples_nn/two_layer_net_module.py ("PyTorch: Custom nn
# Modules", the pre-0.4 version: torch.autograd.Variable, MSELoss(size_average=False), loss.data[0]),
# pasted as written without its docstrings. Adapted: torch.manual_seed(0); `print(t, loss.data[0])`
# prints the IndexError PyTorch 0.4+ raises for it and loss.item(). Variable(t) is t.detach()
# and size_average=False means reduction="sum" (with PyTorch's deprecation warning on stderr); every
# line equals PyTorch 1.13's.
import torch
from torch.autograd import Variable

torch.manual_seed(0)


class TwoLayerNet(torch.nn.Module):
    def __init__(self, D_in, H, D_out):
        super(TwoLayerNet, self).__init__()
        self.linear1 = torch.nn.Linear(D_in, H)
        self.linear2 = torch.nn.Linear(H, D_out)

    def forward(self, x):
        h_relu = self.linear1(x).clamp(min=0)
        y_pred = self.linear2(h_relu)
        return y_pred


N, D_in, H, D_out = 64, 1000, 100, 10

x = Variable(torch.randn(N, D_in))
y = Variable(torch.randn(N, D_out), requires_grad=False)

model = TwoLayerNet(D_in, H, D_out)

criterion = torch.nn.MSELoss(size_average=False)
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)
for t in range(500):
    y_pred = model.forward(x)

    loss = criterion(y_pred, y)
    try:
        print(t, loss.data[0])
    except IndexError as e:
        print(t, "IndexError:", e, loss.item())

    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
