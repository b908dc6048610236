# From pytorch/tutorials beginner_source/blitz/neural_networks_tutorial.py, the loss cells of its
# earlier version (before 2021 the dummy target was `torch.arange(1, 11)`, an int64 tensor), pasted as
# written. The forward promotes (float loss); the backward does not: mse_loss_backward_out (Loss.cpp)
# iterates over (grad_input, input, target, grad) without type promotion, so PyTorch 2.9 (and 1.13)
# raise "Found dtype Long but expected Float" in loss.backward(). Adapted: torch.manual_seed(0); the
# backward in a try that prints the error.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)

net = nn.Sequential(nn.Linear(8, 6), nn.ReLU(), nn.Linear(6, 10))
input = torch.randn(1, 8)

output = net(input)
target = torch.arange(1, 11)  # a dummy target, for example
target = target.view(1, -1)  # make it the same shape as output
criterion = nn.MSELoss()

loss = criterion(output, target)
print(loss)

net.zero_grad()     # zeroes the gradient buffers of all parameters

print('conv1.bias.grad before backward')
print(net[0].bias.grad)

try:
    loss.backward()
except RuntimeError as e:
    print(f"RuntimeError: {e}")
print(net[0].bias.grad)

# The same for huber_loss (no promotion either), and not for l1_loss / smooth_l1_loss (they promote).
x = torch.ones(3, requires_grad=True)
for fn in (F.huber_loss, F.l1_loss, F.smooth_l1_loss, F.mse_loss):
    try:
        fn(x, torch.tensor([0, 2, 5])).backward()
        print(fn.__name__, x.grad)
    except RuntimeError as e:
        print(fn.__name__, f"RuntimeError: {e}")
    x.grad = None
# A float64 target: the loss is float64, the backward stops at the target.
try:
    F.mse_loss(x, torch.zeros(3, dtype=torch.float64)).backward()
except RuntimeError as e:
    print(f"RuntimeError: {e}")
