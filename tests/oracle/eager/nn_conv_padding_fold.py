# Convolution paddings and sliding blocks: padding='same' / 'valid' (modules and torch.conv1d /
# conv2d; an even kernel pads the input on the right first), padding_mode 'reflect' / 'replicate' /
# 'circular', their errors and reprs; nn.Unfold / nn.Fold and F.unfold / F.fold (shapes, values,
# gradients, errors). Integer-valued data keeps every value exact. Also inside torch.compile.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(2 * 5 * 6, dtype=torch.float32).view(1, 2, 5, 6) % 7 - 3


def int_weights(m):
    with torch.no_grad():
        m.weight.copy_(torch.arange(m.weight.numel(), dtype=torch.float32).view(m.weight.shape) % 5 - 2)
        if m.bias is not None:
            m.bias.copy_(torch.arange(m.bias.numel(), dtype=torch.float32))
    return m


for kw in [dict(padding="same"), dict(padding="valid"), dict(padding="same", dilation=2),
           dict(padding=1, padding_mode="reflect"), dict(padding=(1, 2), padding_mode="replicate"),
           dict(padding=1, padding_mode="circular"), dict(padding="same", padding_mode="circular")]:
    m = int_weights(nn.Conv2d(2, 3, (2, 3), **kw))
    y = m(x)
    print(m)
    print(y.shape, y[0, 1])

c1 = int_weights(nn.Conv1d(2, 2, 4, padding="same", bias=False))
print(c1, c1(x[:, :, 0]))
c1r = int_weights(nn.Conv1d(2, 2, 3, padding=2, padding_mode="reflect"))
print(c1r, c1r(x[:, :, 0]))
w = torch.arange(24, dtype=torch.float32).view(3, 2, 2, 2) % 3 - 1
print(F.conv2d(x, w, padding="same")[0, 2])
print(torch.conv2d(x, w, padding="valid").shape, torch.conv1d(x[:, :, 0], w[:, :, 0], padding="same"))

for bad in [lambda: nn.Conv2d(2, 3, 3, stride=2, padding="same"),
            lambda: nn.Conv2d(2, 3, 3, padding="full"),
            lambda: nn.Conv2d(2, 3, 3, padding_mode="mirror"),
            lambda: F.conv2d(x, w, padding="same", stride=2),
            lambda: F.conv2d(x, w, padding="full")]:
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)

# Sliding blocks.
img = torch.arange(2 * 3 * 4 * 5, dtype=torch.float32).view(2, 3, 4, 5)
u = nn.Unfold(kernel_size=(2, 3), dilation=1, padding=1, stride=(2, 1))
cols = u(img)
print(u, cols.shape)
print(cols[0, :4, :6])
f = nn.Fold(output_size=(4, 5), kernel_size=(2, 3), padding=1, stride=(2, 1))
print(f)
print(f(cols)[1, 2])
print(F.unfold(torch.arange(16.).view(1, 4, 4), 2, stride=2))
print(F.unfold(torch.arange(16.).view(1, 1, 4, 4), 3, dilation=(1, 2), padding=(0, 1)))
print(F.fold(torch.arange(8.).view(1, 4, 2), (2, 4), 2, stride=(1, 2)))
print(F.fold(torch.ones(1, 4, 9), (4, 4), 2, stride=1))

inp = (torch.arange(12.).view(1, 1, 3, 4) % 5).requires_grad_()
blocks = F.unfold(inp, 2)
(blocks * torch.arange(blocks.numel()).view(blocks.shape)).sum().backward()
print(inp.grad)
colsg = torch.arange(8.).view(1, 4, 2).requires_grad_()
folded = F.fold(colsg, (2, 4), 2, stride=(1, 2))
(folded * torch.arange(folded.numel()).view(folded.shape)).sum().backward()
print(colsg.grad)

# The documentation's example: a convolution as unfold + matmul + fold.
inp = torch.randn(1, 3, 10, 12)
w = torch.randn(2, 3, 4, 5)
inp_unf = F.unfold(inp, (4, 5))
out_unf = inp_unf.transpose(1, 2).matmul(w.view(w.size(0), -1).t()).transpose(1, 2)
out = F.fold(out_unf, (7, 8), (1, 1))
print(out.shape, (F.conv2d(inp, w) - out).abs().max() < 1e-4)

for bad in [lambda: F.unfold(torch.ones(1, 1, 2, 2), 3), lambda: F.fold(torch.ones(1, 5, 4), (3, 3), 2),
            lambda: F.fold(torch.ones(1, 4, 5), (3, 3), 2), lambda: F.unfold(torch.ones(1, 1, 4, 4), 0)]:
    try:
        bad()
    except RuntimeError as e:
        print(type(e).__name__, e)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = int_weights(nn.Conv2d(2, 4, 3, padding="same"))
        self.c2 = int_weights(nn.Conv2d(4, 2, 3, padding=1, padding_mode="reflect"))
        self.unfold = nn.Unfold(2, stride=2)

    def forward(self, x):
        y = self.c2(self.c1(x).relu())
        return self.unfold(y).sum(1), F.conv1d(x.flatten(2), torch.ones(3, 2, 2), padding="valid")


net = Net()
print(net)
compiled = torch.compile(net, backend="eager")
for a, b in zip(compiled(x), net(x)):
    print(torch.equal(a, b), a)
