# Python floats meet float64 tensors at full precision (c10's scalar_to_tensor wraps a float as a
# double tensor; before, the playground wrapped it as float32: `t64 + 0.2` gave
# 0.3000000029802322), and torch.autograd.gradcheck / gradgradcheck (torch/autograd/gradcheck.py's
# slow mode) pass, fail with GradcheckError, or return False. Expected output: PyTorch 1.13 (the
# GradcheckError text as 2.x words it; 1.13's is the same).
import torch

t = torch.zeros(3, dtype=torch.float64)
t[0] = 0.1
t[1:2] = 0.1
t.view(-1)[2] = 1 + 1e-9
print(t.tolist())
print(t.fill_(0.1).tolist(), (torch.tensor([0.1], dtype=torch.float64) + 0.2).item())
print((torch.ones(2, dtype=torch.float64) * 0.1).tolist(), torch.full((1,), 0.1, dtype=torch.float64).item())
print(torch.tensor(0.1).item(), (torch.ones(1) * 0.1).item(), (torch.ones(1, dtype=torch.float16) * 0.1).item())
print(torch.clamp(torch.tensor([0.05, 0.2], dtype=torch.float64), min=0.1).tolist())
print(torch.where(torch.tensor([True, False]), torch.zeros(2, dtype=torch.float64), 0.1).tolist())

torch.manual_seed(0)
x = torch.rand(2, 2, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.sin, x), torch.autograd.gradgradcheck(torch.sin, x))
print(torch.autograd.gradcheck(lambda a, b: a * b, (x, torch.rand(2, 2, dtype=torch.float64, requires_grad=True))))


class Wrong(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 3


print(torch.autograd.gradcheck(Wrong.apply, (x,), raise_exception=False))
try:
    torch.autograd.gradcheck(Wrong.apply, (x,))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    torch.autograd.gradcheck(torch.sin, (torch.ones(2, dtype=torch.float64),))
except ValueError as e:
    print("ValueError:", e)
print(x.grad)
