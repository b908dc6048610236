# Shape mismatch messages of elementwise, matmul and reduction ops.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("add", lambda: torch.ones(2, 3) + torch.ones(2))
t("mul 3d", lambda: torch.ones(2, 3, 4) * torch.ones(3, 3))
t("mm", lambda: torch.mm(torch.ones(2, 3), torch.ones(2, 3)))
t("mm 1d", lambda: torch.mm(torch.ones(3), torch.ones(3, 2)))
t("matmul", lambda: torch.ones(2, 3) @ torch.ones(4))
t("matmul 1d", lambda: torch.ones(3) @ torch.ones(4))
t("matmul 0d", lambda: torch.tensor(1.) @ torch.ones(2))
t("bmm", lambda: torch.bmm(torch.ones(2, 3, 4), torch.ones(3, 4, 5)))
t("bmm 2d", lambda: torch.bmm(torch.ones(3, 4), torch.ones(4, 5)))
t("dot", lambda: torch.dot(torch.ones(3), torch.ones(4)))
t("dot 2d", lambda: torch.dot(torch.ones(2, 2), torch.ones(2, 2)))
t("mv", lambda: torch.mv(torch.ones(2, 3), torch.ones(2)))
t("outer", lambda: torch.outer(torch.ones(2), torch.ones(3)).shape)
t("where", lambda: torch.where(torch.ones(2, dtype=torch.bool), torch.ones(3), torch.ones(2)))
t("masked_fill", lambda: torch.ones(3).masked_fill(torch.ones(2, dtype=torch.bool), 0))
t("lerp", lambda: torch.lerp(torch.ones(2), torch.ones(3), 0.5))
t("cross entropy", lambda: torch.nn.functional.cross_entropy(torch.ones(2, 3), torch.tensor([0, 1, 2])))
t("linear", lambda: torch.nn.functional.linear(torch.ones(2, 3), torch.ones(4, 5)))
t("mse", lambda: torch.nn.functional.mse_loss(torch.ones(2), torch.ones(2, 2)))
t("eq", lambda: torch.ones(2) == torch.ones(3))
t("equal", lambda: torch.equal(torch.ones(2), torch.ones(3)))
t("allclose", lambda: torch.allclose(torch.ones(2), torch.ones(3)))
t("copy_", lambda: torch.ones(2).copy_(torch.ones(3)))
t("dtype mm", lambda: torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.float64))
