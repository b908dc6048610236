# torch.linalg.qr (LAPACK's Householder signs, modes, batches, errors) and torch.erfinv (values,
# edges, dtypes, in-place, gradient).
import torch

a = torch.tensor([[2.0, -1.0, 0.5], [1.0, 3.0, -2.0], [-4.0, 0.0, 1.0], [0.5, 2.0, 2.0]])
q, r = torch.linalg.qr(a)
print(q)
print(r)
print(torch.allclose(q @ r, a, atol=1e-5))
print(torch.linalg.qr(a.t()))
qc, rc = torch.linalg.qr(a, mode="complete")
print(qc.shape, rc.shape)
print(rc)
print(torch.linalg.qr(a, mode="r").Q.shape)
torch.manual_seed(0)
b = torch.randn(2, 3, 3, dtype=torch.float64)
qb, rb = torch.linalg.qr(b)
print(qb, rb, sep="\n")
print(torch.linalg.qr(torch.tensor([[0.0, 1.0], [0.0, 2.0]])))
for bad in (torch.ones(3), torch.ones(2, 2, dtype=torch.long)):
    try:
        torch.linalg.qr(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    torch.linalg.qr(a, mode="full")
except Exception as e:
    print(type(e).__name__, e)

x = torch.tensor([-1.0, -0.99, -0.7, -0.3, 0.0, 0.1, 0.69, 0.71, 0.999, 1.0, 1.5])
print(torch.erfinv(x))
print(x.double().erfinv())
print(torch.tensor([0, 1]).erfinv())
y = torch.tensor([0.2, -0.5, 0.9], requires_grad=True)
z = y.erfinv()
print(z)
z.sum().backward()
print(y.grad)
w = torch.linspace(-0.95, 0.95, 7)
w.erfinv_()
print(w)
