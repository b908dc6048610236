# bfloat16 math as PyTorch's CPU kernels do it: float32 compute, one rounding per op (unary math,
# softmax, matmul, Linear, autograd through bfloat16 ops).
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


b = torch.tensor([[0.1, 0.5, 1.0], [2.0, -3.0, 10.0]], dtype=torch.bfloat16)
for name in ["exp", "log", "sqrt", "tanh", "sigmoid", "relu", "sin", "cos", "floor", "round", "rsqrt", "log1p", "erf"]:
    t(name, lambda: getattr(torch, name)(b.abs() if name in ("log", "sqrt", "rsqrt") else b))
t("clamp", lambda: b.clamp(0, 1))
t("softmax", lambda: torch.softmax(b, -1))
t("gelu", lambda: torch.nn.functional.gelu(b))
t("matmul", lambda: b @ b.t())
t("mv", lambda: b @ torch.tensor([1., 2., 3.], dtype=torch.bfloat16))
t("bmm", lambda: torch.bmm(b.unsqueeze(0), b.t().unsqueeze(0)))
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2).to(torch.bfloat16)
t("linear params", lambda: (lin.weight.dtype, lin.bias.dtype))
t("linear", lambda: lin(b))
w = torch.tensor([0.5, -1.0, 2.0], dtype=torch.bfloat16, requires_grad=True)
y = (w * w * 3 + w).sum()
y.backward()
t("backward", lambda: (y, w.grad))
w2 = torch.tensor([1.0, 2.0], dtype=torch.bfloat16, requires_grad=True)
z = torch.exp(w2).mean()
z.backward()
t("exp backward", lambda: (z, w2.grad))
w3 = torch.tensor([[1., 2.], [3., 4.]], dtype=torch.bfloat16, requires_grad=True)
(w3 @ w3).sum().backward()
t("mm backward", lambda: w3.grad)
h = torch.tensor([1.0, 2.0], dtype=torch.float16, requires_grad=True)
q = (h * h + h / 3).sum()
q.backward()
t("half backward", lambda: (q, h.grad))
