# matmul / mm / mv / dot / bmm / outer results and shapes with small integer values.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.arange(6.).view(2, 3)
b = torch.arange(12.).view(3, 4)
v = torch.tensor([1., 0., -1.])
t("mm", lambda: a @ b)
t("mv", lambda: a @ v)
t("vm", lambda: torch.tensor([1., 2.]) @ a)
t("dot", lambda: v @ v)
t("matmul 3d", lambda: (torch.ones(5, 2, 3) @ b).shape)
t("matmul 1d 3d", lambda: (v @ torch.ones(4, 3, 2)).shape)
t("bmm", lambda: torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3, 1)))
t("outer", lambda: torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
t("int mm", lambda: torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[5], [6]]))
t("f64 mm", lambda: torch.ones(2, 2, dtype=torch.float64) @ torch.ones(2, 2, dtype=torch.float64))
t("mm method", lambda: a.mm(b).shape)
t("matmul empty", lambda: (torch.ones(2, 0) @ torch.ones(0, 3)))
t("t @", lambda: a.t() @ a)
t("einsum-like", lambda: (a.unsqueeze(2) * b.unsqueeze(0)).sum(1))
t("addmm", lambda: torch.addmm(torch.ones(2, 4), a, b))
t("addmm beta alpha", lambda: torch.addmm(torch.ones(2, 4), a, b, beta=0.5, alpha=2))
t("mm 0d", lambda: torch.mm(torch.tensor(1.), torch.ones(1, 1)))
